import type { Session, SessionState } from 'sip.js';
import type { CallDirection, CallEnd } from './callEnd';
import { CallEndCause, causeFromStatusCode } from './causes';
import { parseContacts, parseReason, parseRetryAfter, parseWarning, type ReasonHeader } from './headers';
import { createStore } from './store';

/** Where a call is, from the user's point of view. Phases only move forward, in this order. */
export type CallPhase = 'idle' | 'calling' | 'ringing' | 'connected' | 'ending' | 'ended';

/** Everything the UI needs to show one call. Immutable: a new object on every change. */
export interface SessionSnapshot {
  /** Where the call is. */
  phase: CallPhase;
  /** Which way the call goes. */
  direction: CallDirection;
  /** The SIP.js session state. */
  state: SessionState;
  /** When the INVITE was sent (outgoing) or received (incoming). */
  startedAt?: number;
  /** When the far end started ringing (outgoing 18x) or when the incoming call arrived. */
  ringingAt?: number;
  /** When the call was answered. */
  answeredAt?: number;
  /** Why the call ended; set exactly once, never changed afterwards. */
  end?: CallEnd;
  /** Signaling connection: `'lost'` while the transport is down during a call (media may still flow). */
  connection: 'ok' | 'lost';
  /** The far end's URI as a string (remote text: show as plain text only). */
  remoteUri?: string;
  /** The far end's display name, if it sent one (remote text: show as plain text only). */
  remoteDisplayName?: string;
}

/** Observes one SIP.js session and learns why it ended. Ready for `useSyncExternalStore`. */
export interface SessionTracker {
  /** The tracked session (undefined for a call that never got a session, such as an invalid target). */
  readonly session: Session | undefined;
  /** The current snapshot; the same object until something changes. */
  getSnapshot(): SessionSnapshot;
  /** Calls `listener` after every snapshot change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops observing the session and removes every listener and hook the tracker added. Idempotent. */
  dispose(): void;
}

/** Options for {@link trackSession}. */
export interface TrackSessionOptions {
  /** Clock in milliseconds; `Date.now` by default (tests may pass their own). */
  now?: () => number;
  /**
   * How long a call may stay `ending` (a CANCEL or BYE with no answer from the far end) before the tracker ends it anyway.
   * @default 32000
   */
  endingTimeoutMs?: number;
}

const phaseOrder: readonly CallPhase[] = ['idle', 'calling', 'ringing', 'connected', 'ending', 'ended'];
// Typed loosely so any `name` can be looked up: only these strings match.
const mediaDenied: readonly unknown[] = [
  'NotAllowedError',
  'PermissionDeniedError',
  'SecurityError',
  'NotFoundError',
  'NotReadableError',
];

/** True when this environment has what SIP.js's web session description handler needs. */
export function isWebRTCSupported(): boolean {
  return (
    typeof RTCPeerConnection === 'function' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

/** The cause of a failure thrown by the session description handler (getUserMedia, RTCPeerConnection, SDP). */
export function causeFromMediaError(error: unknown): CallEndCause {
  if (mediaDenied.includes((error as { name?: unknown } | null)?.name)) return CallEndCause.USER_DENIED_MEDIA_ACCESS;
  if (error instanceof ReferenceError || (error instanceof TypeError && !isWebRTCSupported())) {
    return CallEndCause.WEBRTC_NOT_SUPPORTED;
  }
  return CallEndCause.BAD_MEDIA_DESCRIPTION;
}

/** The parts of SIP.js's incoming messages the tracker reads. */
interface SipMessage {
  statusCode?: number;
  reasonPhrase?: string;
  data?: unknown;
  getHeader(name: string): string | undefined;
  getHeaders(name: string): string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Fields = Mutable<
  Partial<Omit<CallEnd, 'cause' | 'originator' | 'direction' | 'endedAt'>> & Pick<CallEnd, 'cause' | 'originator'>
>;

/** The CallEnd fields carried by a final response; SIP.js's own 408/503 (no raw data) are system errors. */
function fieldsFromResponse(message: SipMessage): Fields {
  const statusCode = message.statusCode ?? 0;
  const internal = typeof message.data !== 'string';
  const fields: Fields = {
    cause: internal
      ? statusCode === 408
        ? CallEndCause.REQUEST_TIMEOUT
        : CallEndCause.CONNECTION_ERROR
      : causeFromStatusCode(statusCode),
    originator: internal ? 'system' : 'remote',
    statusCode,
    reasons: parseReason(message.getHeaders('reason')),
    redirectTargets: statusCode < 400 ? parseContacts(message.getHeaders('contact')).map((contact) => contact.uri) : [],
  };
  if (message.reasonPhrase) fields.reasonPhrase = message.reasonPhrase;
  if (internal) fields.internal = true;
  const retryAfter = parseRetryAfter(message.getHeader('retry-after'));
  if (retryAfter) fields.retryAfter = retryAfter;
  const warning = parseWarning(message.getHeaders('warning'));
  if (warning) fields.warning = warning;
  return fields;
}

const trackers = new WeakMap<Session, SessionTracker>();
const earlyDisposeHooks = new WeakMap<SessionTracker, () => void>();

/** Runs `hook` if `tracker` is disposed before its session ended, so `trackUserAgent` can follow a fresh one. @internal */
export function onEarlyDispose(tracker: SessionTracker, hook: () => void): void {
  earlyDisposeHooks.set(tracker, hook);
}

/**
 * Starts observing a SIP.js session and learns by itself why it ended. Idempotent: a second call returns the same tracker.
 *
 * Call it before the session ends: right after `new Inviter(...)`, or first thing in `onInvite`. It never replaces the app's
 * delegates; it shadows a few of the session's own methods on the instance, and removes every hook and listener when the
 * session ends or the tracker is disposed. A session that had already terminated gets an `end` with `unknown: true`
 * (cause `BYE`, originator `system`), since its real cause can no longer be learned.
 */
export function trackSession(session: Session, options: TrackSessionOptions = {}): SessionTracker {
  let tracker = trackers.get(session);
  if (!tracker) {
    tracker = createSessionTracker(session, options.now ?? Date.now, options.endingTimeoutMs ?? 32_000);
    trackers.set(session, tracker);
  }
  return tracker;
}

/** A tracker with no session, already ended: for calls that failed before SIP.js could make a session. */
export function endedTracker(end: CallEnd): SessionTracker {
  const snapshot: SessionSnapshot = {
    phase: 'ended',
    direction: end.direction,
    state: 'Terminated' as SessionState,
    end,
    connection: 'ok',
  };
  return { session: undefined, getSnapshot: () => snapshot, subscribe: () => () => {}, dispose() {} };
}

function createSessionTracker(session: Session, now: () => number, endingTimeoutMs: number): SessionTracker {
  // The session as a bag of (partly internal) members, so methods can be shadowed on the instance.
  const shadowed = session as unknown as Record<string, unknown> & {
    isCanceled?: boolean;
    incomingInviteRequest?: unknown;
    sessionDescriptionHandler?: { peerConnection?: EventTarget & { connectionState?: string } };
  };
  const direction: CallDirection = shadowed.incomingInviteRequest ? 'incoming' : 'outgoing';
  const created = now();
  const remote = safely(() => session.remoteIdentity);
  const store = createStore<SessionSnapshot>({
    phase: 'idle',
    direction,
    state: session.state,
    connection: 'ok',
    ...(remote ? { remoteUri: String(remote.uri) } : {}),
    ...(remote?.displayName ? { remoteDisplayName: remote.displayName } : {}),
  });
  const cleanups: Array<() => void> = [];
  let disposed = false;

  // Evidence gathered while the call runs, read when it ends.
  let finalResponse: SipMessage | undefined;
  let byeRequest: SipMessage | undefined;
  let cancelRequest: SipMessage | undefined;
  let ownByeReason: ReasonHeader | undefined;
  let mediaError: unknown;
  let localReject: number | undefined;
  let localBye = false;
  let ackReceived = false;
  let noAck = false;
  let noPrack = false;
  let awaitingPrack = false;

  const update = (patch: Partial<SessionSnapshot>) => {
    const current = store.getSnapshot();
    const changed = (Object.keys(patch) as Array<keyof SessionSnapshot>).some((key) => patch[key] !== current[key]);
    if (changed) store.set({ ...current, ...patch });
  };

  const advance = (phase: CallPhase, patch: Partial<SessionSnapshot>) => {
    const current = store.getSnapshot().phase;
    update(phaseOrder.indexOf(phase) > phaseOrder.indexOf(current) ? { ...patch, phase } : patch);
  };

  const finish = (fields: Fields) => {
    const current = store.getSnapshot();
    // A disposed tracker stays as it was, even when a request sent before dispose() answers later.
    if (current.end || disposed) return;
    const end: CallEnd = Object.freeze({
      reasons: [],
      redirectTargets: [],
      ...fields,
      direction,
      endedAt: now(),
      ...(current.answeredAt === undefined ? {} : { answeredAt: current.answeredAt }),
    });
    store.set({ ...current, phase: 'ended', end, state: session.state });
    release(session.state !== 'Terminated');
  };

  /** Removes hooks and listeners; keeps only the state listener while SIP.js has yet to terminate the session. */
  const release = (keepStateListener: boolean) => {
    for (const cleanup of cleanups.splice(keepStateListener ? 1 : 0)) cleanup();
  };

  // 1. State: the one public signal. Its listener is cleanups[0] so an early end can keep it.
  // One snapshot per SIP.js state change: the phase, its timestamp and the state move together.
  const onState = (state: SessionState) => {
    if (state === 'Establishing') {
      const patch = store.getSnapshot().startedAt === undefined ? { startedAt: now(), state } : { state };
      advance(direction === 'outgoing' ? 'calling' : 'ringing', patch);
    } else if (state === 'Established') {
      advance('connected', { answeredAt: now(), state });
      watchPeerConnection();
    } else if (state === 'Terminating') {
      advance('ending', { state });
      // SIP.js waits forever for the 487/200 that ends a CANCEL or BYE; the user should not.
      // Such a stuck end is ours, since we asked to end the call.
      const timer = setTimeout(
        () => finish(shadowed.isCanceled ? canceledByUs() : byeFields(undefined, 'local')),
        endingTimeoutMs,
      );
      cleanups.push(() => clearTimeout(timer));
    } else if (state === 'Terminated' && !store.getSnapshot().end) finish(classify());
    else {
      update({ state });
      if (state === 'Terminated') release(false);
    }
  };
  session.stateChange.addListener(onState);
  cleanups.push(() => session.stateChange.removeListener(onState));

  // 2. Shadow the session's own handlers: each records evidence, then runs SIP.js's code unchanged.
  const hook = (name: string, wrap: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = shadowed[name];
    if (typeof original !== 'function') return;
    const own = Object.hasOwn(shadowed, name);
    shadowed[name] = wrap(original.bind(session));
    cleanups.push(() => {
      if (own) shadowed[name] = original;
      else delete shadowed[name];
    });
  };
  const before = (name: string, record: (...args: unknown[]) => void) =>
    hook(name, (original) => (...args) => {
      record(...args);
      return original(...args);
    });
  const isEarly = () => session.state === 'Initial' || session.state === 'Establishing';
  const messageOf = (value: unknown) => (value as { message?: SipMessage } | undefined)?.message;

  before('onProgress', (response) => {
    const code = messageOf(response)?.statusCode ?? 0;
    if (code >= 180 && code < 190) advance('ringing', { ringingAt: now() });
  });
  before('onReject', (response) => {
    finalResponse ??= messageOf(response);
  });
  before('onRedirect', (response) => {
    finalResponse ??= messageOf(response);
  });
  before('ackAndBye', (_response, statusCode, reasonPhrase) => {
    if (typeof statusCode === 'number') {
      ownByeReason ??=
        typeof reasonPhrase === 'string'
          ? { protocol: 'SIP', cause: statusCode, text: reasonPhrase }
          : { protocol: 'SIP', cause: statusCode };
    }
  });
  before('onByeRequest', (request) => {
    if (session.state === 'Established') byeRequest ??= messageOf(request);
  });
  before('_bye', () => {
    localBye = true;
  });
  before('onAckRequest', () => {
    ackReceived = true;
  });
  before('_onCancel', (request) => {
    if (isEarly()) cancelRequest ??= request as SipMessage;
  });
  before('sendProgressReliableWaitForPrack', () => {
    awaitingPrack = true;
  });
  before('prackArrived', () => {
    awaitingPrack = false;
  });
  before('reject', (rejectOptions) => {
    const statusCode = (rejectOptions as { statusCode?: number } | undefined)?.statusCode || 480;
    // SIP.js itself rejects with 504 when its PRACK wait times out.
    if (awaitingPrack && statusCode === 504) noPrack = true;
    else if (isEarly()) localReject ??= statusCode;
  });
  before('onAckTimeout', () => {
    noAck = true;
  });
  for (const name of ['getOffer', 'setAnswer', 'setOfferAndGetAnswer']) {
    hook(name, (original) => (...args) => {
      try {
        return (original(...args) as Promise<unknown>).catch((error: unknown) => {
          mediaError ??= error;
          throw error;
        });
      } catch (error) {
        // Thrown synchronously (no RTCPeerConnection): SIP.js leaves the session Initial/Establishing forever.
        mediaError ??= error;
        if (causeFromMediaError(error) === CallEndCause.WEBRTC_NOT_SUPPORTED) finish(mediaFields());
        throw error;
      }
    });
  }
  // In-dialog requests answered 408/481 mean the dialog is gone (RFC 5057), though SIP.js keeps the session Established.
  const watchDialog = (delegate: unknown) => {
    const composed = Object.create((delegate as object | undefined) ?? null) as Record<string, unknown>;
    composed.onReject = (response: unknown) => {
      const message = messageOf(response);
      if (message && (message.statusCode === 408 || message.statusCode === 481)) {
        finish({ ...fieldsFromResponse(message), cause: CallEndCause.DIALOG_ERROR, redirectTargets: [] });
      }
      (delegate as { onReject?: (response: unknown) => void } | undefined)?.onReject?.(response);
    };
    return composed;
  };
  hook('_info', (original) => (delegate, requestOptions) => original(watchDialog(delegate), requestOptions));
  hook('_message', (original) => (delegate, requestOptions) => original(watchDialog(delegate), requestOptions));
  hook(
    '_refer',
    (original) => (onNotify, delegate, requestOptions) => original(onNotify, watchDialog(delegate), requestOptions),
  );
  hook('invite', (original) => (inviteOptions) => {
    if (session.state !== 'Established') return original(inviteOptions);
    const opts = (inviteOptions ?? {}) as { requestDelegate?: unknown };
    return original({ ...opts, requestDelegate: watchDialog(opts.requestDelegate) });
  });

  // 3. The signaling connection: SIP.js leaves live sessions alone when the WebSocket drops.
  const transport = safely(() => session.userAgent.transport);
  const onTransport = (transportState: string) => {
    const snapshot = store.getSnapshot();
    if (transportState === 'Connected') update({ connection: 'ok' });
    else if (transportState === 'Disconnected' && !snapshot.end) {
      if (snapshot.answeredAt === undefined && snapshot.phase !== 'idle')
        finish(shadowed.isCanceled ? canceledByUs() : lostConnection());
      else update({ connection: 'lost' });
    }
  };
  if (transport?.stateChange) {
    transport.stateChange.addListener(onTransport);
    cleanups.push(() => transport.stateChange.removeListener(onTransport));
  }

  // 4. Media: SIP.js does nothing when ICE/DTLS fails; the peer connection tells.
  const watchPeerConnection = () => {
    const peerConnection = safely(() => shadowed.sessionDescriptionHandler?.peerConnection);
    if (typeof peerConnection?.addEventListener !== 'function') return;
    const onChange = () => {
      if (peerConnection.connectionState === 'failed')
        finish({ cause: CallEndCause.RTP_TIMEOUT, originator: 'system' });
    };
    peerConnection.addEventListener('connectionstatechange', onChange);
    cleanups.push(() => peerConnection.removeEventListener('connectionstatechange', onChange));
  };

  const canceledByUs = (): Fields => {
    const { statusCode, reasonPhrase, data } = finalResponse ?? {};
    const fields: Fields = { cause: CallEndCause.CANCELED, originator: 'local' };
    // Only a response actually received tells the status; SIP.js's own have no raw data.
    if (typeof data === 'string' && statusCode !== undefined) {
      fields.statusCode = statusCode;
      if (reasonPhrase) fields.reasonPhrase = reasonPhrase;
    }
    return fields;
  };
  const lostConnection = (): Fields => ({ cause: CallEndCause.CONNECTION_ERROR, originator: 'system' });
  const mediaFields = (): Fields => {
    const cause = causeFromMediaError(mediaError);
    return { cause, originator: cause === CallEndCause.USER_DENIED_MEDIA_ACCESS ? 'local' : 'system' };
  };
  const byeFields = (request: SipMessage | undefined, originator: 'local' | 'remote'): Fields => ({
    cause: CallEndCause.BYE,
    originator,
    reasons: request ? parseReason(request.getHeaders('reason')) : [],
  });

  /** Reads the evidence once SIP.js has terminated the session. */
  const classify = (): Fields => {
    const answered = store.getSnapshot().answeredAt !== undefined;
    if (direction === 'outgoing') {
      if (shadowed.isCanceled) return canceledByUs();
      if (ownByeReason) {
        return {
          cause: CallEndCause.BAD_MEDIA_DESCRIPTION,
          originator: 'system',
          reasons: [ownByeReason],
        };
      }
      if (finalResponse) return fieldsFromResponse(finalResponse);
    } else {
      if (cancelRequest) {
        const reasons = parseReason(cancelRequest.getHeaders('reason'));
        const elsewhere = reasons.some((reason) => /^sip$/i.test(reason.protocol) && reason.cause === 200);
        return {
          cause: elsewhere ? CallEndCause.COMPLETED_ELSEWHERE : CallEndCause.CANCELED,
          originator: 'remote',
          reasons,
        };
      }
      if (noPrack) return { cause: CallEndCause.NO_PRACK, originator: 'system' };
      if (noAck) return { cause: CallEndCause.NO_ACK, originator: 'system' };
    }
    if (mediaError !== undefined) return mediaFields();
    if (byeRequest) return byeFields(byeRequest, 'remote');
    if (localBye) return byeFields(undefined, 'local');
    if (localReject !== undefined)
      return { cause: causeFromStatusCode(localReject), originator: 'local', statusCode: localReject };
    if (direction === 'incoming') {
      // SIP.js ended it silently: it BYEs a bad SDP answer in the ACK itself, or its Expires/no-answer timer fired.
      if (answered && ackReceived) return { cause: CallEndCause.BAD_MEDIA_DESCRIPTION, originator: 'system' };
      const expires = Number(
        safely(() => (session as unknown as { request: SipMessage }).request.getHeader('expires')),
      );
      const expired = expires >= 0 && now() - created >= expires * 1000 - 50;
      if (!answered) return { cause: expired ? CallEndCause.EXPIRES : CallEndCause.NO_ANSWER, originator: 'system' };
    }
    return answered ? byeFields(undefined, 'local') : lostConnection();
  };

  const tracker: SessionTracker = {
    session,
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    dispose() {
      if (disposed) return;
      disposed = true;
      release(false);
      if (!store.getSnapshot().end) {
        trackers.delete(session);
        earlyDisposeHooks.get(tracker)?.();
      }
    },
  };

  // Late start: bring the snapshot up to where the session already is.
  if (session.state === 'Terminated') {
    finish({ cause: CallEndCause.BYE, originator: 'system', unknown: true });
  } else {
    // An incoming call rings from the moment it arrives.
    if (direction === 'incoming') advance('ringing', { startedAt: created, ringingAt: created });
    if (session.state !== 'Initial') {
      onState('Establishing' as SessionState);
      onState(session.state);
    }
  }
  // Tracked after the connection dropped: no Disconnected event will come, so act on it now.
  if (transport?.state !== undefined && transport.state !== 'Connected') onTransport('Disconnected');
  return tracker;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
