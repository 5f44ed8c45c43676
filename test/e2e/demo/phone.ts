import {
  Invitation,
  Inviter,
  Registerer,
  RegistererState,
  type Session,
  type SessionDescriptionHandler,
  SessionState,
  UserAgent,
} from 'sip.js';
import { makeInviter, type SessionSource, trackSession, trackUserAgent } from '../../../src/index';

/** The demo's settings, read from the query string. */
export interface Settings {
  /** SIP over WebSocket server, e.g. `ws://127.0.0.1:8088`. */
  readonly server: string;
  /** SIP user name (also the authorization user). */
  readonly user: string;
  readonly password: string;
  /** SIP domain of the user's address. */
  readonly domain: string;
  /** BCP-47 tag for `<CallStatus>`. */
  readonly locale: string;
  /** Register to receive calls (on by default). */
  readonly register: boolean;
  /** Reject every incoming call with this status code (e.g. 486), to play a busy callee. */
  readonly autoReject: number | undefined;
  /** Retry-After seconds sent with `autoReject`. */
  readonly retryAfter: number | undefined;
  /** Seconds an incoming call rings before SIP.js answers 480 itself (SIP.js's `noAnswerTimeout`). */
  readonly noAnswer: number | undefined;
}

const numberParam = (params: URLSearchParams, name: string) => {
  const value = Number(params.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/** Reads the settings from a query string such as `?server=ws://127.0.0.1:8088&user=alice&locale=ar-AE`. */
export function readSettings(search: string): Settings {
  const params = new URLSearchParams(search);
  return {
    server: params.get('server') ?? `ws://${location.hostname}:8088`,
    user: params.get('user') ?? 'alice',
    password: params.get('password') ?? '',
    domain: params.get('domain') ?? '127.0.0.1',
    locale: params.get('locale') ?? navigator.language,
    register: params.get('register') !== '0',
    autoReject: numberParam(params, 'autoReject'),
    retryAfter: numberParam(params, 'retryAfter'),
    noAnswer: numberParam(params, 'noAnswer'),
  };
}

/** The call the page shows: a SIP.js session, or only a tracker for a target that could not be dialed. */
export interface Call {
  /** The SIP Call-ID (or a local id for a call that never got a session). */
  readonly id: string;
  readonly source: SessionSource;
  readonly session: Session | undefined;
  /** What the user dialed (outgoing calls). */
  readonly target?: string;
}

/** Where the page's registration is. */
export type Registration = 'off' | 'unregistered' | 'registering' | 'registered' | 'failed';

/** What the page renders. */
export interface PhoneState {
  readonly registration: Registration;
  readonly call: Call | undefined;
  readonly messages: readonly string[];
}

/** The softphone's controller: one SIP.js UserAgent and what the page shows. */
export interface Phone {
  readonly userAgent: UserAgent;
  getState(): PhoneState;
  subscribe(listener: () => void): () => void;
  dial(target: string): void;
  answer(): void;
  decline(): void;
  hangUp(): void;
  dismiss(): void;
  setPassword(password: string): void;
}

/** The parts of SIP.js's Web session description handler the page uses. */
type WebHandler = SessionDescriptionHandler & { peerConnection?: RTCPeerConnection; remoteMediaStream?: MediaStream };

const audioOnly = { constraints: { audio: true, video: false } };

/** What the page reports to the tests' probe. */
export interface PhoneHooks {
  /** A SIP MESSAGE arrived with this text. */
  onMessage(text: string): void;
  /** The call's WebRTC peer connection changed state. */
  onMedia(callId: string, state: RTCPeerConnectionState): void;
}

/** Creates the UserAgent, registers, reconnects after the server drops, and answers MESSAGEs. */
export function createPhone(settings: Settings, hooks: PhoneHooks): Phone {
  let state: PhoneState = { registration: settings.register ? 'unregistered' : 'off', call: undefined, messages: [] };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<PhoneState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  let localIds = 0;
  const remoteAudio = new Audio();

  const register = () => {
    set({ registration: 'registering' });
    registerer
      .register({
        requestDelegate: {
          onAccept: () => set({ registration: 'registered' }),
          onReject: () => set({ registration: 'failed' }),
        },
      })
      .catch(() => set({ registration: 'failed' }));
  };

  // SIP.js does not reconnect by itself (its own reconnection options are deprecated): retry every 300 ms.
  let reconnecting = false;
  const reconnect = () => {
    if (reconnecting) return;
    reconnecting = true;
    const attempt = () =>
      userAgent.reconnect().then(
        () => {
          reconnecting = false;
        },
        () => setTimeout(attempt, 300),
      );
    setTimeout(attempt, 300);
  };

  const show = (session: Session, target?: string) => {
    const id = session instanceof Inviter ? session.request.callId : (session as Invitation).request.callId;
    set({ call: { id, source: session, session, ...(target === undefined ? {} : { target }) } });
    session.stateChange.addListener((sessionState) => {
      if (sessionState !== SessionState.Established) return;
      const sdh = session.sessionDescriptionHandler as WebHandler | undefined;
      const peerConnection = sdh?.peerConnection;
      if (peerConnection) {
        hooks.onMedia(id, peerConnection.connectionState);
        peerConnection.addEventListener('connectionstatechange', () =>
          hooks.onMedia(id, peerConnection.connectionState),
        );
      }
      if (!sdh?.remoteMediaStream) return;
      remoteAudio.srcObject = sdh.remoteMediaStream;
      remoteAudio.play().catch(() => {});
    });
  };

  // Live until the kit says the call ended: SIP.js leaves a ringing call "Establishing" forever when the server goes away.
  const live = () => {
    const session = state.call?.session;
    return session !== undefined && trackSession(session).getSnapshot().phase !== 'ended';
  };

  const uri =
    UserAgent.makeURI(`sip:${settings.user}@${settings.domain}`) ?? UserAgent.makeURI('sip:anonymous@invalid');
  const userAgent = new UserAgent({
    ...(uri ? { uri } : {}),
    transportOptions: { server: settings.server },
    authorizationUsername: settings.user,
    authorizationPassword: settings.password,
    ...(settings.noAnswer ? { noAnswerTimeout: settings.noAnswer } : {}),
    logLevel: 'warn',
    // No STUN server (there is no internet): ICE gathering on loopback finishes at once.
    sessionDescriptionHandlerFactoryOptions: {
      peerConnectionConfiguration: { iceServers: [] },
      iceGatheringTimeout: 500,
    },
    delegate: {
      onConnect: () => {
        if (settings.register) register();
      },
      onDisconnect: (error) => {
        if (settings.register) set({ registration: 'unregistered' });
        if (error) reconnect();
      },
      onInvite: (invitation) => {
        if (live()) {
          invitation.reject({ statusCode: 486 }).catch(() => {});
          return;
        }
        show(invitation);
        if (settings.autoReject) {
          const extraHeaders = settings.retryAfter ? [`Retry-After: ${settings.retryAfter}`] : [];
          invitation.reject({ statusCode: settings.autoReject, extraHeaders }).catch(() => {});
        }
      },
      onMessage: (message) => {
        message.accept().catch(() => {});
        const text = message.request.body;
        set({ messages: [...state.messages, text] });
        hooks.onMessage(text);
      },
    },
  });
  // Track every session from its creation, so the history misses none.
  trackUserAgent(userAgent);
  const registerer = new Registerer(userAgent, { expires: 300 });
  registerer.stateChange.addListener((registererState) => {
    if (registererState === RegistererState.Registered) set({ registration: 'registered' });
  });
  userAgent.start().catch(reconnect);

  return {
    userAgent,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dial(target) {
      if (live()) return;
      const { inviter, tracker } = makeInviter(userAgent, target, { sessionDescriptionHandlerOptions: audioOnly });
      if (!inviter) {
        set({ call: { id: `local-${++localIds}`, source: tracker, session: undefined, target } });
        return;
      }
      show(inviter, target);
      // A failure shows through the tracker; nothing to do with the rejection here.
      inviter.invite().catch(() => {});
    },
    answer() {
      const session = state.call?.session;
      if (session instanceof Invitation && session.state === SessionState.Initial) {
        session.accept({ sessionDescriptionHandlerOptions: audioOnly }).catch(() => {});
      }
    },
    decline() {
      const session = state.call?.session;
      if (session instanceof Invitation && session.state === SessionState.Initial) {
        session.reject({ statusCode: 603 }).catch(() => {});
      }
    },
    hangUp() {
      const session = state.call?.session;
      if (!session) return;
      if (session.state === SessionState.Established) session.bye().catch(() => {});
      else if (session instanceof Inviter) session.cancel().catch(() => {});
      else if (session.state === SessionState.Initial)
        (session as Invitation).reject({ statusCode: 603 }).catch(() => {});
    },
    dismiss() {
      if (!live()) set({ call: undefined });
    },
    setPassword(password) {
      userAgent.configuration.authorizationPassword = password;
    },
  };
}
