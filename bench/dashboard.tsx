import { flushSync } from 'react-dom';
import type { Inviter } from 'sip.js';
import { type SessionSnapshot, trackSession } from '../src/core/sessionTracker';
import { BareCallStatus, type BareView } from './BareCallStatus';
import { Board, type BoardControl, CountedCallStatus, counts, handlers, keysFor, mount, recordViews } from './probes';
import { cpuTimer, dial, fullGc, interleave, median, startSandbox, tick } from './util';

/** Section 2 figures in CPU milliseconds: the burst split of the round with the median total, the bare median. */
export interface DashboardResult {
  readonly components: number;
  readonly rounds: number;
  /** From the first `bye()` to the commit of every ended `<CallStatus>`: SIP.js + tracker + React. */
  readonly totalMs: number;
  /** The part spent in SIP.js and the trackers (1,000 BYEs, 1,000 terminations, 1,000 notifications). */
  readonly sipMs: number;
  /** The part spent in React rendering and committing the 1,000 updates. */
  readonly reactMs: number;
  /** The same 1,000 ends as precomputed props, one parent state change. */
  readonly bareMs: number;
  readonly reactRatio: number;
  readonly totalRatio: number;
  /** Every component showed the end after the burst, in every round. */
  readonly allEnded: boolean;
  /** React "Maximum update depth exceeded" errors thrown into the trackers while the calls connected (first round). */
  readonly updateDepthErrors: number;
  /** While 1,000 calls are connected and nothing happens: commits and CPU time per second (one-second clocks). */
  readonly idle: { readonly commitsPerSecond: number; readonly cpuMsPerSecond: number };
}

/**
 * Counts React's "Maximum update depth exceeded" (#185) errors, which the tracker's store catches and logs with
 * console.error when a listener throws; other errors still print.
 */
function countUpdateDepthErrors(): { stop(): number } {
  const original = console.error;
  let errors = 0;
  console.error = (...args: unknown[]) => {
    if (String(args[0]).includes('#185')) errors++;
    else original(...args);
  };
  return {
    stop() {
      console.error = original;
      return errors;
    },
  };
}

/** Resolves once every tracker shows the call connected (or fails after `ms`). */
async function allConnected(inviters: readonly Inviter[], ms = 30_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (inviters.some((inviter) => trackSession(inviter).getSnapshot().phase !== 'connected')) {
    if (performance.now() > deadline) throw new Error('dashboard calls did not all connect');
    await tick(20);
  }
}

const endedCount = (element: Element) => element.querySelectorAll('[data-phase="ended"]').length;

/**
 * 1,000 connected calls on screen, all hung up in one burst of `bye()`; measures the commit of every end. With `arriving`,
 * the dashboard is mounted first and the calls arrive while it shows them (counting update-depth errors and idle cost);
 * otherwise it mounts once they are all connected, which is much faster to set up.
 */
async function realBurst(count: number, arriving: boolean) {
  const { userAgent, peer } = await startSandbox();
  // Answered at once: SIP.js's header parser costs about 1 ms per message, and a 180 per call would add a second per round.
  peer.defineScenario('pickup', [{ answer: true }]);
  const inviters = Array.from({ length: count }, () => dial(userAgent, 'pickup'));
  const { root, container, unmount } = mount();
  const show = () =>
    flushSync(() =>
      root.render(inviters.map((inviter) => <CountedCallStatus key={inviter.id} session={inviter} {...handlers} />)),
    );
  if (arriving) show();
  const errors = countUpdateDepthErrors();
  const connecting = performance.now();
  // In chunks, as calls arrive on a real dashboard, and so Timer B cannot fire while 1,000 INVITEs queue up.
  for (let i = 0; i < count; i += 100) {
    const chunk = inviters.slice(i, i + 100);
    for (const inviter of chunk) inviter.invite().catch(() => {});
    await allConnected(chunk);
  }
  const connectMs = performance.now() - connecting;
  await tick(50);
  const updateDepthErrors = errors.stop();
  if (!arriving) show();
  peer.log.length = 0;
  await tick(50);
  let idle = { commitsPerSecond: 0, cpuMsPerSecond: 0 };
  if (arriving) {
    const commits = counts.callStatus.commits;
    const cpu = cpuTimer();
    const start = performance.now();
    await tick(1000);
    const seconds = (performance.now() - start) / 1000;
    idle = { commitsPerSecond: (counts.callStatus.commits - commits) / seconds, cpuMsPerSecond: cpu() / seconds };
  }
  fullGc();
  let sipMs = 0;
  const burst = cpuTimer();
  flushSync(() => {
    for (const inviter of inviters) inviter.bye().catch(() => {});
    sipMs = burst();
  });
  const totalMs = burst();
  const allEnded = endedCount(container) === count;
  // Closing the connection first spares parsing 1,000 responses to the BYEs, which nobody waits for.
  await userAgent.transport.disconnect();
  unmount();
  await userAgent.stop();
  return { totalMs, sipMs, reactMs: totalMs - sipMs, allEnded, idle, updateDepthErrors, connectMs };
}

/** The floor: `count` bare components showing the live view, switched to the end view by one parent state change. */
function bareBurst(views: readonly BareView[], count: number): { ms: number; allEnded: boolean } {
  const control: BoardControl = { show: () => {} };
  const { root, container, unmount } = mount();
  flushSync(() =>
    root.render(
      <Board
        values={views}
        keys={keysFor(count)}
        child={(view, key) => <BareCallStatus key={key} view={view} />}
        control={control}
      />,
    ),
  );
  fullGc();
  const burst = cpuTimer();
  flushSync(() => control.show(1));
  const ms = burst();
  const allEnded = endedCount(container) === count;
  unmount();
  return { ms, allEnded };
}

/** The connected and ended snapshots of one real call hung up with `bye()`, for the bare baseline's props. */
async function connectedAndEnded(): Promise<SessionSnapshot[]> {
  const { userAgent } = await startSandbox();
  const inviter = dial(userAgent, 'answer');
  const tracker = trackSession(inviter);
  inviter.invite().catch(() => {});
  await allConnected([inviter]);
  const connected = tracker.getSnapshot();
  await inviter.bye();
  const ended = tracker.getSnapshot();
  await userAgent.stop();
  return [connected, ended];
}

/** Section 2: a supervisor dashboard of `count` live `<CallStatus>`, and a burst of `count` call ends. */
export async function measureDashboard({ count = 1000, rounds = 3 } = {}): Promise<DashboardResult> {
  const views = await recordViews(await connectedAndEnded());
  const real: Awaited<ReturnType<typeof realBurst>>[] = [];
  let allEnded = true;
  const times = await interleave(rounds, {
    real: async () => {
      const run = await realBurst(count, real.length === 0);
      real.push(run);
      allEnded &&= run.allEnded;
      return run.totalMs;
    },
    bare: () => {
      const run = bareBurst(views, count);
      allEnded &&= run.allEnded;
      return run.ms;
    },
  });
  // The round with the median total, so its parts add up.
  const typical = real.find((run) => run.totalMs === median(times.real)) ?? real[0]!;
  const { totalMs, sipMs, reactMs } = typical;
  const bareMs = median(times.bare);
  return {
    components: count,
    rounds,
    totalMs,
    sipMs,
    reactMs,
    bareMs,
    reactRatio: reactMs / bareMs,
    totalRatio: totalMs / bareMs,
    allEnded,
    updateDepthErrors: real[0]!.updateDepthErrors,
    idle: real[0]!.idle,
  };
}
