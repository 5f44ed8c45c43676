import type { UserAgent } from 'sip.js';
import { trackSession } from '../src/core/sessionTracker';
import type { SandboxUserAgent } from '../src/testing';
import { cpuTimer, dial, median, startSandbox, terminated } from './util';

/** Section 3 figures. */
export interface TrackerCostResult {
  readonly calls: number;
  readonly batch: number;
  /**
   * Median calls per CPU second over the batches (SIP.js, the peer and the tracker all run in this process), without and
   * with `trackSession`.
   */
  readonly untracked: number;
  readonly tracked: number;
  /** The median of tracked / untracked over neighbouring batches, which a burst of noise cannot move much. */
  readonly ratio: number;
  /** tracked / untracked over all calls (total CPU time). */
  readonly totalRatio: number;
  /** What tracking adds to one call, in CPU microseconds. */
  readonly addedUsPerCall: number;
  /** Calls per wall-clock second, which a busy machine distorts. */
  readonly wall: { readonly untracked: number; readonly tracked: number; readonly ratio: number };
}

/** Places `count` busy calls at once and waits until SIP.js has terminated them all; returns CPU and wall milliseconds. */
async function batchOfCalls(sandbox: SandboxUserAgent, count: number, track: boolean) {
  const cpu = cpuTimer();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, () => {
      const inviter = dial(sandbox.userAgent, 'busy');
      if (track) trackSession(inviter);
      inviter.invite().catch(() => {});
      return terminated(inviter);
    }),
  );
  const result = { cpuMs: cpu(), wallMs: performance.now() - start };
  // The peer logs every message and the fake media factory keeps every handler: forgetting them keeps heaps small.
  sandbox.peer.log.length = 0;
  sandbox.media.handlers.length = 0;
  return result;
}

/**
 * Section 3: busy calls through the in-memory peer, `batch` at a time, alternating batch by batch between an untracked
 * and a tracked UserAgent (ABBA order), so both variants meet the same machine from one moment to the next.
 */
export async function measureTrackerCost({ calls = 2500, batch = 50 } = {}): Promise<TrackerCostResult> {
  const untrackedSandbox = await startSandbox();
  const trackedSandbox = await startSandbox();
  const totals = { untracked: { cpuMs: 0, wallMs: 0 }, tracked: { cpuMs: 0, wallMs: 0 } };
  const rates = { untracked: [] as number[], tracked: [] as number[] };
  const ratios: number[] = [];
  for (let warmup = 0; warmup < 4; warmup++) {
    await batchOfCalls(untrackedSandbox, batch, false);
    await batchOfCalls(trackedSandbox, batch, true);
  }
  for (let placed = 0; placed < calls; placed += batch) {
    const trackedFirst = (placed / batch) % 2 === 1;
    const run = () => batchOfCalls(untrackedSandbox, batch, false);
    const runTracked = () => batchOfCalls(trackedSandbox, batch, true);
    const [a, b] = trackedFirst ? [await runTracked(), await run()] : [await run(), await runTracked()];
    const [untracked, tracked] = trackedFirst ? [b, a] : [a, b];
    totals.untracked.cpuMs += untracked.cpuMs;
    totals.untracked.wallMs += untracked.wallMs;
    totals.tracked.cpuMs += tracked.cpuMs;
    totals.tracked.wallMs += tracked.wallMs;
    rates.untracked.push(batch / (untracked.cpuMs / 1000));
    rates.tracked.push(batch / (tracked.cpuMs / 1000));
    ratios.push(untracked.cpuMs / tracked.cpuMs);
  }
  await Promise.all(
    [untrackedSandbox, trackedSandbox].map(({ userAgent }: { userAgent: UserAgent }) => userAgent.stop()),
  );
  const perSecond = (ms: number) => calls / (ms / 1000);
  const wall = { untracked: perSecond(totals.untracked.wallMs), tracked: perSecond(totals.tracked.wallMs) };
  return {
    calls,
    batch,
    untracked: median(rates.untracked),
    tracked: median(rates.tracked),
    ratio: median(ratios),
    totalRatio: totals.untracked.cpuMs / totals.tracked.cpuMs,
    addedUsPerCall: ((totals.tracked.cpuMs - totals.untracked.cpuMs) * 1000) / calls,
    wall: { ...wall, ratio: wall.tracked / wall.untracked },
  };
}
