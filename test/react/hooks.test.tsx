import { act, render, renderHook, waitFor } from '@testing-library/react';
import { Profiler, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Inviter, type Session, UserAgent } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeInviter } from '../../src/core/makeInviter';
import type { SessionTracker } from '../../src/core/sessionTracker';
import { useCallEnd, useSession } from '../../src/react/useSession';
import { useCallHistory, useUserAgentStatus } from '../../src/react/useUserAgent';
import { createSandboxUserAgent, type SandboxUserAgent, shortenSipTimers } from '../../src/testing';

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

async function start(options = {}): Promise<SandboxUserAgent> {
  const sandbox = createSandboxUserAgent(options);
  running.push(sandbox.userAgent);
  await sandbox.userAgent.start();
  return sandbox;
}

function tracked(userAgent: UserAgent, user: string): { inviter: Inviter; tracker: SessionTracker } {
  const made = makeInviter(userAgent, `sip:${user}@sandbox`);
  if (!made.inviter) throw new Error('bad target');
  return { inviter: made.inviter, tracker: made.tracker };
}

function Probe({ session, hook }: { session: Session; hook: (session: Session) => unknown }) {
  hook(session);
  return null;
}

function Phase({ session }: { session: Session }) {
  return <span>{useSession(session)?.phase}</span>;
}

/** Renders a hook and counts commits, alongside every distinct snapshot the tracker published. */
function countRenders(session: Session, tracker: SessionTracker, hook: (session: Session) => unknown) {
  let commits = 0;
  const snapshots = new Set([tracker.getSnapshot()]);
  tracker.subscribe(() => snapshots.add(tracker.getSnapshot()));
  render(
    <Profiler id="probe" onRender={() => commits++}>
      <Probe session={session} hook={hook} />
    </Profiler>,
  );
  return { commits: () => commits, snapshots: () => snapshots.size };
}

describe('useSession / useCallEnd', () => {
  it('useSession renders exactly once per snapshot change', async () => {
    const { userAgent } = await start();
    const { inviter, tracker } = tracked(userAgent, 'hangup');
    const counts = countRenders(inviter, tracker, useSession);
    await act(async () => {
      await inviter.invite();
      await new Promise<void>((resolve) => tracker.subscribe(() => tracker.getSnapshot().end && resolve()));
    });
    expect(counts.snapshots()).toBeGreaterThanOrEqual(5);
    expect(counts.commits()).toBe(counts.snapshots());
  });

  it('useCallEnd renders only for the end', async () => {
    const { userAgent } = await start();
    const { inviter, tracker } = tracked(userAgent, 'hangup');
    const counts = countRenders(inviter, tracker, useCallEnd);
    await act(async () => {
      await inviter.invite();
      await new Promise<void>((resolve) => tracker.subscribe(() => tracker.getSnapshot().end && resolve()));
    });
    expect(counts.commits()).toBe(2);
  });

  it('returns undefined without a session, and the snapshot on the server', async () => {
    const { result } = renderHook(() => useSession(undefined));
    expect(result.current).toBeUndefined();
    const { userAgent } = await start();
    const { inviter } = tracked(userAgent, 'busy');
    expect(renderToString(<Phase session={inviter} />)).toContain('idle');
  });

  it('in StrictMode subscribes once per mounted hook and unsubscribes on unmount', async () => {
    const { userAgent } = await start();
    const { inviter, tracker } = tracked(userAgent, 'ring');
    const original = tracker.subscribe;
    let live = 0;
    const counting = Object.assign(Object.create(tracker), {
      subscribe(listener: () => void) {
        live++;
        const unsubscribe = original(listener);
        return () => {
          live--;
          unsubscribe();
        };
      },
    }) as SessionTracker;
    const { unmount, result } = renderHook(() => useSession(counting), { wrapper: StrictMode });
    expect(live).toBe(1);
    inviter.invite().catch(() => {});
    await waitFor(() => expect(result.current?.phase).toBe('ringing'));
    unmount();
    expect(live).toBe(0);
    await inviter.cancel();
  });
});

describe('useUserAgentStatus / useCallHistory', () => {
  it('follows the connection and lists ended calls, newest first, even for sessions the app never tracked', async () => {
    const { userAgent, peer } = await start({ reconnectionAttempts: 0 });
    const status = renderHook(() => useUserAgentStatus(userAgent));
    const history = renderHook(() => useCallHistory(userAgent));
    expect(status.result.current).toEqual({ connection: 'connected', activeCalls: 0 });
    for (const user of ['busy', 'decline']) {
      const inviter = new Inviter(userAgent, UserAgent.makeURI(`sip:${user}@sandbox`)!);
      await act(() => inviter.invite().then(() => waitFor(() => expect(inviter.state).toBe('Terminated'))));
    }
    await waitFor(() => expect(history.result.current).toHaveLength(2));
    expect(history.result.current.map((entry) => [entry.remoteUri, entry.end.cause])).toEqual([
      ['sip:decline@sandbox', 'Rejected'],
      ['sip:busy@sandbox', 'Busy'],
    ]);
    act(() => peer.drop());
    expect(status.result.current?.connection).toBe('disconnected');
  });
});
