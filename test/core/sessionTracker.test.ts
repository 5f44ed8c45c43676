import { type Invitation, Inviter, type Session, SessionState, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallEnd } from '../../src/core/callEnd';
import { makeInviter } from '../../src/core/makeInviter';
import { type SessionTracker, trackSession } from '../../src/core/sessionTracker';
import {
  createSandboxUserAgent,
  type FakeSessionDescriptionHandler,
  type SandboxUserAgent,
  type SandboxUserAgentOptions,
  shortenSipTimers,
} from '../../src/testing';

let restoreTimers = () => {};
let running: UserAgent[] = [];

beforeEach(() => {
  restoreTimers = shortenSipTimers({ T1: 5 });
});

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop().catch(() => {})));
  running = [];
  restoreTimers();
});

async function start(options: SandboxUserAgentOptions = {}): Promise<SandboxUserAgent> {
  const sandbox = createSandboxUserAgent(options);
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

/** Resolves with the tracker's end as soon as it is set. */
function ended(tracker: SessionTracker): Promise<CallEnd> {
  return new Promise((resolve) => {
    const check = () => {
      const end = tracker.getSnapshot().end;
      if (end) {
        unsubscribe();
        resolve(end);
      }
    };
    const unsubscribe = tracker.subscribe(check);
    check();
  });
}

/** Resolves once the tracker reaches a phase. */
function reaches(tracker: SessionTracker, phase: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (tracker.getSnapshot().phase === phase) {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = tracker.subscribe(check);
    check();
  });
}

function call(userAgent: UserAgent, user: string) {
  const made = makeInviter(userAgent, `sip:${user}@sandbox`);
  if (!made.inviter) throw new Error('no inviter');
  const invited = made.inviter.invite();
  invited.catch(() => {});
  return { inviter: made.inviter, tracker: made.tracker, invited };
}

/** The next incoming call the peer places, tracked from `onInvite` like an app would. */
function nextInvitation(userAgent: UserAgent): Promise<{ invitation: Invitation; tracker: SessionTracker }> {
  return new Promise((resolve) => {
    userAgent.delegate = {
      onInvite: (invitation) => resolve({ invitation, tracker: trackSession(invitation) }),
    };
  });
}

const base = { reasons: [], redirectTargets: [] };

describe('trackSession — final responses to our INVITE', () => {
  it.each([
    ['busy', 'Busy', 486, 'Busy Here', { retryAfter: { seconds: 30 } }],
    ['busyeverywhere', 'Busy', 600, 'Busy Everywhere', {}],
    ['forbidden', 'Rejected', 403, 'Forbidden', {}],
    ['decline', 'Rejected', 603, 'Decline', { reasons: [{ protocol: 'Q.850', cause: 21, text: 'Call rejected' }] }],
    ['gone', 'Unavailable', 410, 'Gone', {}],
    ['unavailable', 'Unavailable', 480, 'Temporarily Unavailable', { retryAfter: { seconds: 60 } }],
    ['flowfailed', 'Unavailable', 430, 'Flow Failed', {}],
    ['timeout', 'Unavailable', 408, 'Request Timeout', {}],
    ['notfound', 'Not Found', 404, 'Not Found', {}],
    ['nowhere', 'Not Found', 604, 'Does Not Exist Anywhere', {}],
    ['incomplete', 'Address Incomplete', 484, 'Address Incomplete', {}],
    [
      'badsdp',
      'Incompatible SDP',
      488,
      'Not Acceptable Here',
      { warning: { code: 305, agent: 'sandbox', text: 'Incompatible media format' } },
    ],
    ['notacceptable', 'Incompatible SDP', 606, 'Not Acceptable', {}],
    ['weird', 'SIP Failure Code', 599, 'Weird Failure', {}],
    ['servererror', 'SIP Failure Code', 500, 'Server Internal Error', {}],
    ['overloaded', 'SIP Failure Code', 503, 'Service Unavailable', { retryAfter: { seconds: 120 } }],
    ['unwanted', 'SIP Failure Code', 607, 'Unwanted', {}],
    ['blocked', 'SIP Failure Code', 608, 'Rejected', {}],
  ] as const)('%s → %s (%i)', async (user, cause, statusCode, reasonPhrase, extra) => {
    const { userAgent } = await start();
    const { tracker } = call(userAgent, user);
    const end = await ended(tracker);
    expect(end).toEqual({
      ...base,
      cause,
      originator: 'remote',
      direction: 'outgoing',
      statusCode,
      reasonPhrase,
      endedAt: expect.any(Number),
      ...extra,
    });
    expect(end.internal).toBeUndefined();
    expect(tracker.getSnapshot().phase).toBe('ended');
  });

  it('redirect: every Contact, highest q first', async () => {
    const { userAgent } = await start();
    const end = await ended(call(userAgent, 'multiple').tracker);
    expect(end.cause).toBe('Redirected');
    expect(end.statusCode).toBe(300);
    expect(end.redirectTargets).toEqual(['sip:bob@desk.sandbox', 'sip:bob@mobile.sandbox', 'sip:bob@home.sandbox']);
  });

  it('a wrong password ends as AUTHENTICATION_ERROR with the second challenge', async () => {
    const { userAgent } = await start({ authorizationPassword: 'wrong' });
    const end = await ended(call(userAgent, 'auth').tracker);
    expect(end).toMatchObject({ cause: 'Authentication Error', originator: 'remote', statusCode: 401 });
  });

  it('the right password is answered, not a failure', async () => {
    const { userAgent } = await start();
    const { tracker } = call(userAgent, 'proxyauth');
    await reaches(tracker, 'connected');
    expect(tracker.getSnapshot().end).toBeUndefined();
  });

  it("SIP.js's own 408 (no response at all) is REQUEST_TIMEOUT from the system", async () => {
    const { userAgent } = await start();
    const end = await ended(call(userAgent, 'silent').tracker);
    expect(end).toMatchObject({ cause: 'Request Timeout', originator: 'system', statusCode: 408, internal: true });
  });

  it("SIP.js's own 503 (transport down before the INVITE) is CONNECTION_ERROR, never a server's 503", async () => {
    const { userAgent, peer } = await start({ reconnectionAttempts: 0 });
    peer.drop();
    const end = await ended(call(userAgent, 'answer').tracker);
    expect(end).toMatchObject({ cause: 'Connection Error', originator: 'system', statusCode: 503, internal: true });
  });
});

describe('trackSession — outgoing call life', () => {
  it('moves calling → ringing → connected and records the times', async () => {
    const { userAgent } = await start();
    const { tracker } = call(userAgent, 'answer');
    const phases: string[] = [];
    tracker.subscribe(() => {
      const { phase } = tracker.getSnapshot();
      if (phases.at(-1) !== phase) phases.push(phase);
    });
    await reaches(tracker, 'connected');
    expect(phases).toEqual(['calling', 'ringing', 'connected']);
    const snapshot = tracker.getSnapshot();
    expect(snapshot.startedAt).toBeLessThanOrEqual(snapshot.ringingAt ?? 0);
    expect(snapshot.ringingAt).toBeLessThanOrEqual(snapshot.answeredAt ?? 0);
    expect(snapshot.remoteUri).toBe('sip:answer@sandbox');
  });

  it('remote BYE with its Q.850 Reason', async () => {
    const { userAgent } = await start();
    const end = await ended(call(userAgent, 'hangup').tracker);
    expect(end).toEqual({
      cause: 'Terminated',
      originator: 'remote',
      direction: 'outgoing',
      reasons: [{ protocol: 'Q.850', cause: 16, text: 'Normal call clearing' }],
      redirectTargets: [],
      endedAt: expect.any(Number),
      answeredAt: expect.any(Number),
    });
  });

  it('our BYE is local', async () => {
    const { userAgent } = await start();
    const { inviter, tracker } = call(userAgent, 'answer');
    await reaches(tracker, 'connected');
    await inviter.bye();
    expect(await ended(tracker)).toMatchObject({ cause: 'Terminated', originator: 'local' });
  });

  it('our CANCEL while ringing is CANCELED (local) with the 487', async () => {
    const { userAgent, peer } = await start();
    const { inviter, tracker } = call(userAgent, 'ring');
    await reaches(tracker, 'ringing');
    await inviter.cancel();
    expect(tracker.getSnapshot().phase).toBe('ending');
    const end = await ended(tracker);
    expect(end).toMatchObject({ cause: 'Canceled', originator: 'local', statusCode: 487 });
    expect(peer.log.some((entry) => entry.message.method === 'CANCEL')).toBe(true);
  });

  it('a CANCEL the far end never answers does not leave the call ending forever', async () => {
    const { userAgent, peer } = await start();
    const receive = peer.receive.bind(peer);
    peer.receive = (raw) => {
      if (!raw.startsWith('CANCEL')) receive(raw);
    };
    const made = makeInviter(userAgent, 'sip:ring@sandbox', undefined, { endingTimeoutMs: 50 });
    made.inviter?.invite().catch(() => {});
    await reaches(made.tracker, 'ringing');
    await made.inviter?.cancel();
    expect(made.tracker.getSnapshot().phase).toBe('ending');
    expect(await ended(made.tracker)).toMatchObject({ cause: 'Canceled', originator: 'local' });
    expect(made.inviter?.state).toBe(SessionState.Terminating);
  });

  it('a WebSocket drop while ringing ends the call promptly as CONNECTION_ERROR', async () => {
    const { userAgent } = await start({ reconnectionAttempts: 0 });
    const { inviter, tracker } = call(userAgent, 'drop-ringing');
    const end = await ended(tracker);
    expect(end).toMatchObject({ cause: 'Connection Error', originator: 'system', direction: 'outgoing' });
    // SIP.js alone would still say Establishing.
    expect(inviter.state).toBe(SessionState.Establishing);
  });

  it('a drop during the call shows connection lost without claiming the call ended', async () => {
    const { userAgent } = await start({ reconnectionAttempts: 0 });
    const { tracker } = call(userAgent, 'drop-connected');
    await reaches(tracker, 'connected');
    await new Promise<void>((resolve) => {
      const unsubscribe = tracker.subscribe(() => {
        if (tracker.getSnapshot().connection === 'lost') {
          unsubscribe();
          resolve();
        }
      });
    });
    expect(tracker.getSnapshot()).toMatchObject({ phase: 'connected', connection: 'lost' });
    expect(tracker.getSnapshot().end).toBeUndefined();
  });

  it('a bad SDP answer (SIP.js ACKs then BYEs with Reason 488) is BAD_MEDIA_DESCRIPTION', async () => {
    const { userAgent, peer } = await start();
    const end = await ended(call(userAgent, 'badanswer').tracker);
    expect(end).toMatchObject({ cause: 'Bad Media Description', originator: 'system' });
    expect(end.reasons[0]).toMatchObject({ protocol: 'SIP', cause: 488 });
    await peer.waitFor('BYE');
  });

  it('a denied microphone is USER_DENIED_MEDIA_ACCESS and sends nothing', async () => {
    const { userAgent, peer } = await start({ media: { denyMedia: true } });
    const { tracker, invited } = call(userAgent, 'answer');
    await expect(invited).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(await ended(tracker)).toMatchObject({ cause: 'User Denied Media Access', originator: 'local' });
    expect(peer.log.some((entry) => entry.message.method === 'INVITE')).toBe(false);
  });

  it('no WebRTC (the SDH factory throws ReferenceError) is WEBRTC_NOT_SUPPORTED although SIP.js stays Initial', async () => {
    const { userAgent } = await start({ media: { noWebRTC: true } });
    const made = makeInviter(userAgent, 'sip:answer@sandbox');
    expect(() => made.inviter?.invite()).toThrow(ReferenceError);
    expect(made.tracker.getSnapshot().end).toMatchObject({ cause: 'WebRTC not supported', originator: 'system' });
    expect(made.inviter?.state).toBe(SessionState.Initial);
  });

  it('a failed peer connection during the call is RTP_TIMEOUT', async () => {
    const { userAgent } = await start();
    const { inviter, tracker } = call(userAgent, 'answer');
    await reaches(tracker, 'connected');
    (inviter.sessionDescriptionHandler as FakeSessionDescriptionHandler).peerConnection.setConnectionState('failed');
    expect(tracker.getSnapshot().end).toMatchObject({ cause: 'RTP Timeout', originator: 'system' });
  });

  it('an in-dialog request answered 481 (the far end forgot the dialog) is DIALOG_ERROR', async () => {
    const { userAgent, peer } = await start();
    const { inviter, tracker } = call(userAgent, 'amnesia');
    await reaches(tracker, 'connected');
    await peer.waitFor('ACK');
    // The peer forgets the dialog right after the ACK, on its next timer turn.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const seen: number[] = [];
    await inviter.info({ requestDelegate: { onReject: (response) => seen.push(response.message.statusCode ?? 0) } });
    const end = await ended(tracker);
    expect(end).toMatchObject({ cause: 'Dialog Error', originator: 'remote', statusCode: 481 });
    // The app's own delegate still hears about it.
    expect(seen).toEqual([481]);
  });

  it('an unparseable target is INVALID_TARGET without any Inviter', async () => {
    const { userAgent } = await start();
    for (const target of ['', '   ', 'sip:', 'bob smith', 'sip:@@@']) {
      const made = makeInviter(userAgent, target);
      expect(made.inviter).toBeUndefined();
      expect(made.tracker.getSnapshot()).toMatchObject({ phase: 'ended', end: { cause: 'Invalid target' } });
    }
    expect(makeInviter(userAgent, 'bob@example.com').inviter?.remoteIdentity.uri.toString()).toBe(
      'sip:bob@example.com',
    );
    expect(makeInviter(userAgent, '1234').inviter?.remoteIdentity.uri.toString()).toBe('sip:1234@sandbox');
  });
});

describe('trackSession — incoming calls', () => {
  it('the caller cancels: CANCELED (remote, incoming)', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('cancel');
    const { tracker } = await next;
    expect(tracker.getSnapshot()).toMatchObject({ phase: 'ringing', direction: 'incoming' });
    expect(await ended(tracker)).toEqual({
      ...base,
      cause: 'Canceled',
      originator: 'remote',
      direction: 'incoming',
      endedAt: expect.any(Number),
    });
  });

  it('CANCEL with Reason SIP;cause=200 is COMPLETED_ELSEWHERE', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('elsewhere');
    const end = await ended((await next).tracker);
    expect(end).toMatchObject({
      cause: 'Call completed elsewhere',
      originator: 'remote',
      reasons: [{ protocol: 'SIP', cause: 200, text: 'Call completed elsewhere' }],
    });
  });

  it('we reject with 486: BUSY (local)', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('ring');
    const { invitation, tracker } = await next;
    await invitation.reject({ statusCode: 486 });
    expect(await ended(tracker)).toMatchObject({ cause: 'Busy', originator: 'local', statusCode: 486 });
  });

  it('answered, then the caller hangs up: BYE (remote)', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('hangup');
    const { invitation, tracker } = await next;
    await invitation.accept();
    expect(await ended(tracker)).toMatchObject({
      cause: 'Terminated',
      originator: 'remote',
      direction: 'incoming',
      reasons: [{ protocol: 'Q.850', cause: 16 }],
    });
  });

  it('no ACK after our 200: NO_ACK', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('noack');
    const { invitation, tracker } = await next;
    await invitation.accept();
    expect(await ended(tracker)).toMatchObject({ cause: 'No ACK', originator: 'system' });
  });

  it('no PRACK after our reliable 183: NO_PRACK', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('noprack');
    const { invitation, tracker } = await next;
    await invitation.progress({ rel100: true }).catch(() => {});
    expect(await ended(tracker)).toMatchObject({ cause: 'No PRACK', originator: 'system' });
  });

  it('the INVITE Expires elapses: EXPIRES', async () => {
    const { userAgent, peer } = await start();
    const next = nextInvitation(userAgent);
    peer.call('ring', { expires: 0.05 });
    expect(await ended((await next).tracker)).toMatchObject({ cause: 'Expires', originator: 'system' });
  });

  it("SIP.js's no-answer timer fires: NO_ANSWER", async () => {
    const { userAgent, peer } = await start({ noAnswerTimeout: 0.05 });
    const next = nextInvitation(userAgent);
    peer.call('ring');
    expect(await ended((await next).tracker)).toMatchObject({ cause: 'No Answer', originator: 'system' });
    await peer.waitFor(480);
  });

  it('a denied microphone on accept: USER_DENIED_MEDIA_ACCESS, and SIP.js tells the caller 480', async () => {
    const { userAgent, peer } = await start({ media: { denyMedia: true } });
    const next = nextInvitation(userAgent);
    peer.call('ring');
    const { invitation, tracker } = await next;
    await expect(invitation.accept()).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(await ended(tracker)).toMatchObject({ cause: 'User Denied Media Access', originator: 'local' });
    await peer.waitFor(480);
  });
});

describe('trackSession — contract', () => {
  it('is idempotent per session', async () => {
    const { userAgent } = await start();
    const inviter = new Inviter(userAgent, userAgent.configuration.uri);
    expect(trackSession(inviter)).toBe(trackSession(inviter));
  });

  it('keeps snapshots immutable and replaced only on change', async () => {
    const { userAgent } = await start();
    const { tracker } = call(userAgent, 'busy');
    const first = tracker.getSnapshot();
    expect(tracker.getSnapshot()).toBe(first);
    await ended(tracker);
    expect(tracker.getSnapshot()).not.toBe(first);
    expect(Object.isFrozen(tracker.getSnapshot().end)).toBe(true);
  });

  it("the app's delegates set BEFORE tracking still fire", async () => {
    const { userAgent } = await start();
    const seen: string[] = [];
    const inviter = new Inviter(userAgent, UserAgent.makeURI('sip:hangup@sandbox')!);
    inviter.delegate = {
      onBye: (bye) => {
        seen.push('onBye');
        bye.accept();
      },
    };
    const tracker = trackSession(inviter);
    await inviter.invite({
      requestDelegate: {
        onProgress: (response) => seen.push(`onProgress ${response.message.statusCode}`),
        onAccept: () => seen.push('onAccept'),
      },
    });
    expect(await ended(tracker)).toMatchObject({ cause: 'Terminated', originator: 'remote' });
    expect(seen).toEqual(['onProgress 180', 'onAccept', 'onBye']);
  });

  it("the app's delegates set AFTER tracking still fire", async () => {
    const { userAgent } = await start();
    const seen: string[] = [];
    const inviter = new Inviter(userAgent, UserAgent.makeURI('sip:busy@sandbox')!);
    const tracker = trackSession(inviter);
    inviter.delegate = { onBye: () => seen.push('onBye') };
    await inviter.invite({
      requestDelegate: { onReject: (response) => seen.push(`onReject ${response.message.statusCode}`) },
    });
    expect(await ended(tracker)).toMatchObject({ cause: 'Busy', statusCode: 486 });
    expect(seen).toEqual(['onReject 486']);
  });

  it('exactly one end, never changed by later events', async () => {
    const { userAgent } = await start({ reconnectionAttempts: 0 });
    const { inviter, tracker } = call(userAgent, 'drop-ringing');
    const end = await ended(tracker);
    await inviter.cancel().catch(() => {});
    await userAgent.transport.connect();
    expect(tracker.getSnapshot().end).toBe(end);
  });

  it('a session that had already ended gets a defined, honest unknown end', async () => {
    const { userAgent } = await start();
    const inviter = new Inviter(userAgent, userAgent.configuration.uri);
    await inviter.cancel();
    expect(inviter.state).toBe(SessionState.Terminated);
    const late = trackSession(inviter);
    expect(late.getSnapshot()).toMatchObject({ phase: 'ended', end: { unknown: true, originator: 'system' } });
  });

  it('leaves no hook or listener on the session or the UserAgent once the call ended or the tracker is disposed', async () => {
    const { userAgent } = await start();
    const transportListeners = () =>
      (userAgent.transport.stateChange as unknown as { listeners: unknown[] }).listeners.length;
    const sessionListeners = (session: Session) =>
      (session.stateChange as unknown as { listeners: unknown[] }).listeners.length;
    const before = transportListeners();

    const hooks = ['onReject', 'onRedirect', 'onProgress', 'onByeRequest', '_bye', 'invite', 'getOffer', 'setAnswer'];
    const shadowed = (session: Session) => hooks.filter((name) => Object.hasOwn(session, name));
    const { inviter, tracker } = call(userAgent, 'busy');
    expect(shadowed(inviter)).toEqual(hooks);
    expect(transportListeners()).toBe(before + 1);
    await ended(tracker);
    expect(transportListeners()).toBe(before);
    expect(sessionListeners(inviter)).toBe(0);
    expect(shadowed(inviter)).toEqual([]);

    const idle = new Inviter(userAgent, userAgent.configuration.uri);
    const idleTracker = trackSession(idle);
    expect(sessionListeners(idle)).toBe(1);
    idleTracker.dispose();
    expect(sessionListeners(idle)).toBe(0);
    expect(transportListeners()).toBe(before);
    expect(shadowed(idle)).toEqual([]);
  });
});
