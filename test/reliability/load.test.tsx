import { act, render, waitFor } from '@testing-library/react';
import { type Invitation, Inviter, type Session, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { CallStatus } from '../../src/components/CallStatus';
import { causeKey } from '../../src/core/actions';
import type { CallEnd } from '../../src/core/callEnd';
import { CallEndCause } from '../../src/core/causes';
import { type SessionTracker, trackSession } from '../../src/core/sessionTracker';
import { trackUserAgent } from '../../src/core/userAgentTracker';
import { createSandboxUserAgent, shortenSipTimers } from '../../src/testing';

// A hundred calls at once through one UserAgent and the in-memory peer, each tracked and shown by a mounted
// <CallStatus>: every call must end with the cause its scenario produces, and nothing may be left behind.

type Expected = Pick<CallEnd, 'cause' | 'originator'> & Partial<Pick<CallEnd, 'statusCode' | 'internal'>>;

/** One kind of call: how it is placed (or answered), what the app does, and the end it must produce. */
interface Kind {
  name: string;
  /** Outgoing: the scenario dialed. Incoming: the caller scenario the peer plays. */
  direction: 'outgoing' | 'incoming';
  scenario: string;
  /** What the app does with the session once it is tracked. */
  app?: (session: Session, tracker: SessionTracker) => Promise<unknown>;
  expected: Expected;
}

const remote = (cause: CallEnd['cause'], statusCode: number): Expected => ({ cause, originator: 'remote', statusCode });
/** Resolves once the call reaches `wanted` (or ends before: then the app's next call fails, as it would in an app). */
const phase = (tracker: SessionTracker, wanted: string) =>
  new Promise<void>((resolve) => {
    const check = () => {
      const current = tracker.getSnapshot().phase;
      if (current !== wanted && current !== 'ended') return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = tracker.subscribe(check);
    check();
  });
const hangUpWhenConnected = async (session: Session, tracker: SessionTracker) => {
  await phase(tracker, 'connected');
  await session.bye();
};

const kinds: Kind[] = [
  { name: 'busy', direction: 'outgoing', scenario: 'busy', expected: remote(CallEndCause.BUSY, 486) },
  { name: 'decline', direction: 'outgoing', scenario: 'decline', expected: remote(CallEndCause.REJECTED, 603) },
  { name: 'forbidden', direction: 'outgoing', scenario: 'forbidden', expected: remote(CallEndCause.REJECTED, 403) },
  { name: 'redirect', direction: 'outgoing', scenario: 'redirect', expected: remote(CallEndCause.REDIRECTED, 302) },
  { name: 'notfound', direction: 'outgoing', scenario: 'notfound', expected: remote(CallEndCause.NOT_FOUND, 404) },
  {
    name: 'unavailable',
    direction: 'outgoing',
    scenario: 'unavailable',
    expected: remote(CallEndCause.UNAVAILABLE, 480),
  },
  {
    name: 'incomplete',
    direction: 'outgoing',
    scenario: 'incomplete',
    expected: remote(CallEndCause.ADDRESS_INCOMPLETE, 484),
  },
  { name: 'badsdp', direction: 'outgoing', scenario: 'badsdp', expected: remote(CallEndCause.INCOMPATIBLE_SDP, 488) },
  {
    name: 'real 503',
    direction: 'outgoing',
    scenario: 'overloaded',
    expected: remote(CallEndCause.SIP_FAILURE_CODE, 503),
  },
  { name: 'real 408', direction: 'outgoing', scenario: 'timeout', expected: remote(CallEndCause.UNAVAILABLE, 408) },
  {
    name: 'no response (Timer B)',
    direction: 'outgoing',
    scenario: 'silent',
    expected: { cause: CallEndCause.REQUEST_TIMEOUT, originator: 'system', statusCode: 408, internal: true },
  },
  {
    name: 'remote hangup',
    direction: 'outgoing',
    scenario: 'hangup',
    expected: { cause: CallEndCause.BYE, originator: 'remote' },
  },
  {
    name: 'local hangup',
    direction: 'outgoing',
    scenario: 'answer',
    app: hangUpWhenConnected,
    expected: { cause: CallEndCause.BYE, originator: 'local' },
  },
  {
    name: 'local hangup after digest auth',
    direction: 'outgoing',
    scenario: 'auth',
    app: hangUpWhenConnected,
    expected: { cause: CallEndCause.BYE, originator: 'local' },
  },
  {
    name: 'local cancel',
    direction: 'outgoing',
    scenario: 'ring',
    app: async (session, tracker) => {
      await phase(tracker, 'ringing');
      await (session as Inviter).cancel();
    },
    expected: { cause: CallEndCause.CANCELED, originator: 'local', statusCode: 487 },
  },
  {
    name: 'bad SDP answer',
    direction: 'outgoing',
    scenario: 'badanswer',
    expected: { cause: CallEndCause.BAD_MEDIA_DESCRIPTION, originator: 'system' },
  },
  {
    name: 'missed',
    direction: 'incoming',
    scenario: 'cancel',
    expected: { cause: CallEndCause.CANCELED, originator: 'remote' },
  },
  {
    name: 'answered elsewhere',
    direction: 'incoming',
    scenario: 'elsewhere',
    expected: { cause: CallEndCause.COMPLETED_ELSEWHERE, originator: 'remote' },
  },
  {
    name: 'answered, caller hangs up',
    direction: 'incoming',
    scenario: 'hangup',
    app: (session) => (session as Invitation).accept(),
    expected: { cause: CallEndCause.BYE, originator: 'remote' },
  },
  {
    name: 'declined',
    direction: 'incoming',
    scenario: 'ring',
    app: (session) => (session as Invitation).reject({ statusCode: 603 }),
    expected: { cause: CallEndCause.REJECTED, originator: 'local', statusCode: 603 },
  },
  {
    name: 'answered, never ACKed',
    direction: 'incoming',
    scenario: 'noack',
    app: (session) => (session as Invitation).accept(),
    expected: { cause: CallEndCause.NO_ACK, originator: 'system' },
  },
  {
    name: 'not answered',
    direction: 'incoming',
    scenario: 'ring',
    expected: { cause: CallEndCause.NO_ANSWER, originator: 'system' },
  },
];

/** A wall of call statuses, one per session. */
function Board({ sessions }: { sessions: readonly Session[] }) {
  return (
    <>
      {sessions.map((session) => (
        <CallStatus key={session.id} session={session} onRetry={() => {}} onCallBack={() => {}} />
      ))}
    </>
  );
}

let restoreTimers = () => {};
let consoleErrors: MockInstance<typeof console.error>;

beforeEach(() => {
  // Timer B = 64 × T1 = 1.6 s: under this load a response may take a few hundred ms, which must not look like silence.
  restoreTimers = shortenSipTimers({ T1: 25 });
  consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  restoreTimers();
  const reported = consoleErrors.mock.calls.map((args) => String(args[0])).filter((text) => !text.includes('act('));
  consoleErrors.mockRestore();
  expect(reported).toEqual([]);
});

const listenersOf = (emitter: unknown) => (emitter as { listeners: unknown[] }).listeners.length;

describe('load', () => {
  it('100 simultaneous calls, tracked and shown: every end as its scenario says, nothing left behind', {
    timeout: 20_000,
  }, async () => {
    const { userAgent, peer } = createSandboxUserAgent({ noAnswerTimeout: 1 });
    const uaTracker = trackUserAgent(userAgent, { historySize: 200 });
    await userAgent.start();
    const transportBaseline = listenersOf(userAgent.transport.stateChange);
    const calls: Array<{ kind: Kind; session: Session; tracker: SessionTracker; done: Promise<unknown> }> = [];
    const byCallId = new Map<string, Kind>();
    const adopt = (kind: Kind, session: Session) => {
      const tracker = trackSession(session);
      const done = Promise.resolve(kind.app?.(session, tracker)).catch(() => {});
      calls.push({ kind, session, tracker, done });
    };
    userAgent.delegate = {
      onInvite: (invitation) => {
        const kind = byCallId.get(invitation.request.callId);
        if (kind) adopt(kind, invitation);
      },
    };

    const started = performance.now();
    const plan = Array.from({ length: 100 }, (_, index) => kinds[index % kinds.length] as Kind);
    for (const kind of plan) {
      if (kind.direction === 'outgoing') {
        const inviter = new Inviter(userAgent, UserAgent.makeURI(`sip:${kind.scenario}@sandbox`)!);
        adopt(kind, inviter);
        inviter.invite().catch(() => {});
      } else {
        byCallId.set(peer.call(kind.scenario, kind.scenario === 'hangup' ? { bye: { after: 40 } } : {}).callId, kind);
      }
    }
    const { container, rerender, unmount } = render(<Board sessions={calls.map((call) => call.session)} />);
    await waitFor(() => expect(calls).toHaveLength(100));
    rerender(<Board sessions={calls.map((call) => call.session)} />);
    expect(uaTracker.getSnapshot().activeCalls).toBeGreaterThan(0);

    await waitFor(() => expect(calls.filter((call) => !call.tracker.getSnapshot().end)).toEqual([]), {
      timeout: 10_000,
    });
    await act(() => Promise.all(calls.map((call) => call.done)));
    const elapsed = performance.now() - started;

    for (const { kind, tracker, session } of calls) {
      const end = tracker.getSnapshot().end as CallEnd;
      expect({ name: kind.name, ...end }).toMatchObject({
        name: kind.name,
        direction: kind.direction,
        ...kind.expected,
      });
      const section = container.querySelector(
        `section:nth-of-type(${calls.findIndex((call) => call.session === session) + 1})`,
      );
      await waitFor(() => expect(section).toHaveAttribute('data-cause', causeKey(end.cause)));
    }
    expect(new Set(calls.map((call) => call.kind.name)).size).toBe(kinds.length);
    expect(container.querySelectorAll('section[data-phase="ended"]')).toHaveLength(100);
    // The UserAgent tracker saw the same hundred ends, each once.
    expect(uaTracker.getSnapshot().activeCalls).toBe(0);
    const history = uaTracker.getHistory();
    expect(history).toHaveLength(100);
    expect(new Set(history.map((entry) => entry.end))).toEqual(
      new Set(calls.map((call) => call.tracker.getSnapshot().end)),
    );

    unmount();
    await waitFor(() => expect(calls.every((call) => call.session.state === 'Terminated')).toBe(true));
    for (const call of calls) expect(listenersOf(call.session.stateChange)).toBe(0);
    expect(listenersOf(userAgent.transport.stateChange)).toBe(transportBaseline);
    uaTracker.dispose();
    await userAgent.stop();
    // Bounded by the slowest scenarios (Timer B/H, 1.6 s), not by the number of calls.
    expect(elapsed).toBeLessThan(8_000);
  });
});
