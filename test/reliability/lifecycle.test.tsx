import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { Inviter, type Session, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { CallStatus } from '../../src/components/CallStatus';
import type { CallEnd } from '../../src/core/callEnd';
import { CallEndCause } from '../../src/core/causes';
import { type CallPhase, type SessionTracker, trackSession } from '../../src/core/sessionTracker';
import { trackUserAgent, type UserAgentTracker } from '../../src/core/userAgentTracker';
import { endMessageKeys } from '../../src/i18n/endMessage';
import deDE from '../../src/i18n/locales/de-DE';
import { enUS } from '../../src/i18n/locales/en-US';
import type { MessageKey } from '../../src/i18n/types';
import { CallStatusProvider } from '../../src/react/CallStatusProvider';
import { useCallEnd } from '../../src/react/useSession';
import { useCallHistory, useUserAgentStatus } from '../../src/react/useUserAgent';
import { createSandboxUserAgent, type SandboxUserAgent, type Scenario, shortenSipTimers } from '../../src/testing';

// React lifecycles around live calls: StrictMode's double effects, unmounting at any phase, one session in several
// places, swapping sessions and locales mid-call. No leak, no double action, no stale text, no React error.

let restoreTimers = () => {};
let running: UserAgent[] = [];
let consoleErrors: MockInstance<typeof console.error>;

beforeEach(() => {
  restoreTimers = shortenSipTimers({ T1: 5 });
  consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(async () => {
  await Promise.all(running.map((userAgent) => userAgent.stop().catch(() => {})));
  running = [];
  restoreTimers();
  // SIP.js events arrive outside act(), which React notes; anything else it reports is a bug.
  const reported = consoleErrors.mock.calls.map((args) => String(args[0])).filter((text) => !text.includes('act('));
  consoleErrors.mockRestore();
  expect(reported).toEqual([]);
});

async function start(): Promise<SandboxUserAgent> {
  const sandbox = createSandboxUserAgent();
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

const listenersOf = (emitter: unknown) => (emitter as { listeners: unknown[] }).listeners.length;

/** Counts the live subscriptions to a store by wrapping its `subscribe` (every consumer reads it from the same object). */
function countSubscriptions<T extends { subscribe(listener: () => void): () => void }>(store: T): () => number {
  const original = store.subscribe;
  let live = 0;
  store.subscribe = (listener) => {
    live++;
    const unsubscribe = original(listener);
    let done = false;
    return () => {
      if (!done) live--;
      done = true;
      unsubscribe();
    };
  };
  return () => live;
}

interface Call {
  inviter: Inviter;
  tracker: SessionTracker;
  /** Live subscriptions to the tracker. */
  live: () => number;
  /** Sends the INVITE. */
  invite(): void;
}

/** A tracked outgoing call to a scenario, not sent yet. */
function prepare(sandbox: SandboxUserAgent, user: string, scenario?: Scenario): Call {
  if (scenario) sandbox.peer.defineScenario(user, scenario);
  const inviter = new Inviter(sandbox.userAgent, UserAgent.makeURI(`sip:${user}@sandbox`)!);
  const tracker = trackSession(inviter);
  return { inviter, tracker, live: countSubscriptions(tracker), invite: () => void inviter.invite().catch(() => {}) };
}

function dial(sandbox: SandboxUserAgent, user: string, scenario?: Scenario): Call {
  const call = prepare(sandbox, user, scenario);
  call.invite();
  return call;
}

const reaches = (tracker: SessionTracker, phase: CallPhase) =>
  waitFor(() => expect(tracker.getSnapshot().phase).toBe(phase), { timeout: 3000 });
const ended = async (tracker: SessionTracker): Promise<CallEnd> => {
  await reaches(tracker, 'ended');
  return tracker.getSnapshot().end as CallEnd;
};
const phaseShown = (container: HTMLElement, index = 0) =>
  container.querySelectorAll('section')[index]?.getAttribute('data-phase');
const english = (key: MessageKey) => enUS[key] as string;
const german = (key: MessageKey) => deDE.messages[key] as string;

/** Records every `data-phase` a rendered `<CallStatus>` goes through. */
function recordPhases(container: HTMLElement): string[] {
  const seen: string[] = [];
  const note = () => {
    const phase = phaseShown(container);
    if (phase && seen.at(-1) !== phase) seen.push(phase);
  };
  note();
  new MutationObserver(note).observe(container, { attributes: true, subtree: true, attributeFilter: ['data-phase'] });
  return seen;
}

/** A softphone header: the UserAgent's live calls and its history. */
function Softphone({ userAgent }: { userAgent: UserAgent }) {
  const status = useUserAgentStatus(userAgent);
  const calls = useCallHistory(userAgent);
  return (
    <p>
      {status?.activeCalls} active, {calls.length} ended: {calls.map((entry) => entry.end.cause).join(', ')}
    </p>
  );
}

/** Reports the end a `useCallEnd` consumer sees. */
function EndProbe({ session, onEnd }: { session: Session; onEnd: (end: CallEnd) => void }) {
  const end = useCallEnd(session);
  if (end) onEnd(end);
  return null;
}

/** The first `count` of three views of one call (by session and by tracker), plus a `useCallEnd` consumer. */
function Views(props: {
  call: Call;
  handlers: readonly [() => void, () => void, () => void];
  count: number;
  onEnd: (end: CallEnd) => void;
}) {
  const { call, handlers, count, onEnd } = props;
  const views: ReactNode[] = [
    <CallStatus key="a" session={call.inviter} onRetry={handlers[0]} />,
    <CallStatus key="b" session={call.tracker} onRetry={handlers[1]} />,
    <CallStatus key="c" session={call.inviter} onRetry={handlers[2]} unstyled />,
  ];
  return (
    <>
      {views.slice(0, count)}
      <EndProbe session={call.inviter} onEnd={onEnd} />
    </>
  );
}

describe('StrictMode', () => {
  it('double effects: one subscription, phases only forward, one action per click, nothing left after unmount', async () => {
    const sandbox = await start();
    const transportBaseline = listenersOf(sandbox.userAgent.transport.stateChange);
    const call = prepare(sandbox, 'hangup');
    const onRetry = vi.fn();
    const { container, unmount } = render(
      <StrictMode>
        <CallStatus session={call.inviter} onRetry={onRetry} focusOnEnd />
      </StrictMode>,
    );
    const phases = recordPhases(container);
    expect(call.live()).toBe(1);
    call.invite();
    const end = await ended(call.tracker);
    expect(end).toMatchObject({ cause: CallEndCause.BYE, originator: 'remote' });
    await screen.findByText(english('end.BYE_REMOTE.title'));
    expect(phases).toEqual(['idle', 'calling', 'ringing', 'connected', 'ended']);
    const retry = screen.getByRole('button', { name: 'Call again' });
    expect(retry).toHaveFocus();
    await userEvent.dblClick(retry);
    await userEvent.click(retry);
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onRetry).toHaveBeenCalledWith(end);
    unmount();
    expect(call.live()).toBe(0);
    expect(listenersOf(call.inviter.stateChange)).toBe(0);
    expect(listenersOf(sandbox.userAgent.transport.stateChange)).toBe(transportBaseline);
  });

  it('a UserAgent status and history in StrictMode subscribe once each and let go on unmount', async () => {
    const sandbox = await start();
    const uaTracker: UserAgentTracker = trackUserAgent(sandbox.userAgent);
    const liveStatus = countSubscriptions(uaTracker);
    const history = { subscribe: uaTracker.subscribeHistory };
    const liveHistory = countSubscriptions(history);
    uaTracker.subscribeHistory = history.subscribe;
    const { unmount } = render(
      <StrictMode>
        <Softphone userAgent={sandbox.userAgent} />
      </StrictMode>,
    );
    expect([liveStatus(), liveHistory()]).toEqual([1, 1]);
    dial(sandbox, 'busy');
    await screen.findByText('0 active, 1 ended: Busy');
    unmount();
    expect([liveStatus(), liveHistory()]).toEqual([0, 0]);
    uaTracker.dispose();
  });
});

describe('unmount during every phase', () => {
  /** How to bring a call to a phase, and how it ends after the component is gone. */
  const cases: Array<{
    phase: CallPhase;
    user: string;
    scenario?: Scenario;
    reach(call: Call): Promise<void>;
    finish(call: Call): Promise<unknown>;
    cause: CallEnd['cause'];
  }> = [
    {
      phase: 'idle',
      user: 'busy',
      reach: async () => {},
      finish: async (call) => call.invite(),
      cause: CallEndCause.BUSY,
    },
    {
      phase: 'calling',
      user: 'slow-busy',
      scenario: [{ respond: 100 }, { respond: 486, after: 300 }],
      reach: async (call) => {
        call.invite();
        await reaches(call.tracker, 'calling');
      },
      finish: async () => {},
      cause: CallEndCause.BUSY,
    },
    {
      phase: 'ringing',
      user: 'ring',
      reach: async (call) => {
        call.invite();
        await reaches(call.tracker, 'ringing');
      },
      finish: (call) => call.inviter.cancel(),
      cause: CallEndCause.CANCELED,
    },
    {
      phase: 'connected',
      user: 'answer',
      reach: async (call) => {
        call.invite();
        await reaches(call.tracker, 'connected');
      },
      finish: (call) => call.inviter.bye(),
      cause: CallEndCause.BYE,
    },
    {
      phase: 'ending',
      user: 'ring',
      reach: async (call) => {
        call.invite();
        await reaches(call.tracker, 'ringing');
        // Terminating at once; the 487 that ends it is still on its way.
        await act(() => call.inviter.cancel());
      },
      finish: async () => {},
      cause: CallEndCause.CANCELED,
    },
    {
      phase: 'ended',
      user: 'hangup',
      reach: async (call) => {
        call.invite();
        await reaches(call.tracker, 'ended');
      },
      finish: async () => {},
      cause: CallEndCause.BYE,
    },
  ];

  it.each(cases.map((c) => [c.phase, c] as const))('%s', async (phase, { user, scenario, reach, finish, cause }) => {
    const sandbox = await start();
    const call = prepare(sandbox, user, scenario);
    const { container, unmount } = render(
      <StrictMode>
        <CallStatus session={call.inviter} onRetry={() => {}} />
      </StrictMode>,
    );
    await reach(call);
    await waitFor(() => expect(phaseShown(container)).toBe(phase));
    unmount();
    expect(call.live()).toBe(0);
    await finish(call);
    // The tracker outlives the component: the call still gets its one end, and then lets go of SIP.js.
    expect(await ended(call.tracker)).toMatchObject({ cause });
    await waitFor(() => expect(call.inviter.state).toBe('Terminated'));
    expect(listenersOf(call.inviter.stateChange)).toBe(0);
    expect(container.innerHTML).toBe('');
  });
});

describe('one session shown by several components', () => {
  it('they stay in step, share the one end, each runs its own action once, and all let go on unmount', async () => {
    const sandbox = await start();
    const call = dial(sandbox, 'ring');
    const handlers = [vi.fn(), vi.fn(), vi.fn()] as const;
    const ends = new Set<CallEnd>();
    const onEnd = (end: CallEnd) => ends.add(end);
    const { container, rerender, unmount } = render(<Views call={call} handlers={handlers} count={3} onEnd={onEnd} />);
    await waitFor(() =>
      expect([0, 1, 2].map((index) => phaseShown(container, index))).toEqual(['ringing', 'ringing', 'ringing']),
    );
    expect(call.live()).toBe(4);
    await act(() => call.inviter.cancel());
    const end = await ended(call.tracker);
    await waitFor(() => expect(screen.getAllByText(english('end.CANCELED.title'))).toHaveLength(3));
    expect([...ends]).toEqual([end]);
    const buttons = screen.getAllByRole('button', { name: 'Call again' });
    for (const button of buttons) await userEvent.dblClick(button);
    for (const handler of handlers) expect(handler.mock.calls).toEqual([[end]]);
    rerender(<Views call={call} handlers={handlers} count={1} onEnd={onEnd} />);
    expect(call.live()).toBe(2);
    expect(phaseShown(container, 0)).toBe('ended');
    unmount();
    expect(call.live()).toBe(0);
    expect(listenersOf(call.inviter.stateChange)).toBe(0);
  });
});

describe('switching the session prop', () => {
  it('mid-call: shows the new call at once, never the old one again, and unsubscribes from the old one', async () => {
    const sandbox = await start();
    const ringing = dial(sandbox, 'ring');
    const answered = dial(sandbox, 'answer');
    const onRetry = vi.fn();
    const { container, rerender } = render(<CallStatus session={ringing.inviter} onRetry={onRetry} />);
    await waitFor(() => expect(phaseShown(container)).toBe('ringing'));
    await reaches(answered.tracker, 'connected');
    rerender(<CallStatus session={answered.inviter} onRetry={onRetry} />);
    expect(phaseShown(container)).toBe('connected');
    expect([ringing.live(), answered.live()]).toEqual([0, 1]);
    // The old call ends: the view must not move.
    await act(() => ringing.inviter.cancel());
    await ended(ringing.tracker);
    expect(phaseShown(container)).toBe('connected');
    expect(container.textContent).not.toContain(english('end.CANCELED.title'));
    await act(() => answered.inviter.bye());
    await screen.findByText(english('end.BYE.title'));
    await userEvent.click(screen.getByRole('button', { name: 'Call again' }));
    expect(onRetry).toHaveBeenLastCalledWith(answered.tracker.getSnapshot().end);
    // Back to the first call: its own end, with its own (fresh) actions.
    rerender(<CallStatus session={ringing.inviter} onRetry={onRetry} />);
    expect(screen.getByText(english('end.CANCELED.title'))).toBeInTheDocument();
    expect(container.textContent).not.toContain(english('end.BYE.description'));
    await userEvent.dblClick(screen.getByRole('button', { name: 'Call again' }));
    expect(onRetry.mock.calls).toEqual([[answered.tracker.getSnapshot().end], [ringing.tracker.getSnapshot().end]]);
    rerender(<CallStatus session={undefined} onRetry={onRetry} />);
    expect(phaseShown(container)).toBe('idle');
    expect(screen.queryByRole('button')).toBeNull();
    expect([ringing.live(), answered.live()]).toEqual([0, 0]);
  });
});

describe('a provider locale change', () => {
  it('mid-call and after the end: every text follows, none is left in the other language', async () => {
    const sandbox = await start();
    const call = dial(sandbox, 'ring');
    const view = (locale: string) => (
      <CallStatusProvider locale={locale} locales={[deDE]}>
        <CallStatus session={call.inviter} onRetry={() => {}} />
      </CallStatusProvider>
    );
    const { container, rerender } = render(view('en-US'));
    await screen.findByText(/^Ringing… \d/);
    rerender(view('de-DE'));
    const section = container.querySelector('section');
    expect(section).toHaveAttribute('lang', 'de-DE');
    expect(section).toHaveAttribute('aria-label', german('label'));
    expect(screen.getByText(/^Klingelt\s… \d/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Klingelt\s…$/);
    expect(container.textContent).not.toMatch(/Ringing|Call/);
    await act(() => call.inviter.cancel());
    const end = await ended(call.tracker);
    const keys = endMessageKeys(end);
    await screen.findByText(german(keys.title));
    expect(screen.getByRole('button', { name: german('action.retry') })).toBeInTheDocument();
    expect(container.textContent).not.toContain(english(keys.title));
    rerender(view('en-US'));
    expect(section).toHaveAttribute('lang', 'en-US');
    expect(screen.getByText(english(keys.title))).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(english(keys.description));
    for (const key of [keys.title, keys.description, 'action.retry', 'label'] as const) {
      expect(container.innerHTML).not.toContain(german(key));
    }
  });
});

describe('no leak', () => {
  it('twenty calls shown in StrictMode, unmounted at random points: every listener back to baseline', async () => {
    const sandbox = await start();
    const transportBaseline = listenersOf(sandbox.userAgent.transport.stateChange);
    const users = ['busy', 'hangup', 'ring', 'answer', 'decline', 'redirect', 'silent', 'badanswer', 'ring', 'answer'];
    const calls = [...users, ...users].map((user) => dial(sandbox, user));
    const views = calls.map((call) =>
      render(
        <StrictMode>
          <CallStatus session={call.inviter} onRetry={() => {}} />
          <CallStatus session={call.tracker} />
        </StrictMode>,
      ),
    );
    // Half unmount at once, mid-call; the app hangs up what is still up; the rest unmount once everything ended.
    for (const view of views.filter((_, index) => index % 2 === 0)) view.unmount();
    await waitFor(() => expect(calls.every((call) => call.tracker.getSnapshot().phase !== 'calling')).toBe(true));
    await act(async () => {
      for (const { inviter } of calls) {
        if (inviter.state === 'Established') await inviter.bye();
        else if (inviter.state === 'Establishing') await inviter.cancel();
      }
    });
    await waitFor(() => expect(calls.every((call) => call.inviter.state === 'Terminated')).toBe(true), {
      timeout: 3000,
    });
    expect(calls.every((call) => call.tracker.getSnapshot().end)).toBe(true);
    for (const view of views.filter((_, index) => index % 2 === 1)) view.unmount();
    for (const call of calls) {
      expect(call.live()).toBe(0);
      expect(listenersOf(call.inviter.stateChange)).toBe(0);
    }
    expect(listenersOf(sandbox.userAgent.transport.stateChange)).toBe(transportBaseline);
  });
});
