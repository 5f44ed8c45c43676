import { trackSession } from '../src/core/sessionTracker';
import { collectGarbage, dial, listenerCount, median, startSandbox, terminated } from './util';

/** Section 4 figures. */
export interface MemoryResult {
  readonly sessions: number;
  /** Heap used after full GC at the start, in bytes. */
  readonly heapBefore: number;
  /** Heap used after full GC minus the start, in bytes, every `checkpointEvery` sessions. */
  readonly checkpoints: readonly { readonly sessions: number; readonly heapDelta: number }[];
  /**
   * The heap growth after all sessions: the median of the last three checkpoints, since V8's own housekeeping (JIT
   * code, bytecode flushing) moves a single reading by about a megabyte either way.
   */
  readonly heapDelta: number;
  /** Least-squares growth per session over the checkpoints, in bytes: a leak shows here as a steady slope. */
  readonly bytesPerSession: number;
  /** Listeners left on the ended sessions, summed over all sessions. */
  readonly sessionListeners: number;
  /** Listeners on the UserAgent's transport after the calls, minus those before. */
  readonly userAgentListeners: number;
  /** Sessions the garbage collector reclaimed (a FinalizationRegistry saw them go). */
  readonly collected: number;
}

/** The slope of the least-squares line through the points. */
function slope(points: readonly { x: number; y: number }[]): number {
  const mean = (of: (p: { x: number; y: number }) => number) =>
    points.reduce((sum, p) => sum + of(p), 0) / points.length;
  const [mx, my] = [mean((p) => p.x), mean((p) => p.y)];
  return mean((p) => (p.x - mx) * (p.y - my)) / mean((p) => (p.x - mx) ** 2);
}

/**
 * Section 4: `sessions` busy calls, each tracked and ended, on one UserAgent; the heap after GC against the start, and
 * every listener left behind.
 */
export async function measureMemory({
  sessions = 10_000,
  batch = 100,
  checkpointEvery = 2000,
} = {}): Promise<MemoryResult> {
  const { userAgent, peer, media } = await startSandbox();
  const transport = userAgent.transport;
  let collected = 0;
  const registry = new FinalizationRegistry(() => {
    collected++;
  });
  let sessionListeners = 0;

  const run = async (count: number, watch: boolean) => {
    for (let placed = 0; placed < count; placed += batch) {
      const ends = Array.from({ length: Math.min(batch, count - placed) }, async () => {
        const inviter = dial(userAgent, 'busy');
        trackSession(inviter);
        if (watch) registry.register(inviter, undefined);
        inviter.invite().catch(() => {});
        // Resumes after SIP.js's Terminated emit has run every listener, the tracker's included.
        await terminated(inviter);
        if (watch) sessionListeners += listenerCount(inviter.stateChange);
      });
      await Promise.all(ends);
      peer.log.length = 0;
      media.handlers.length = 0;
    }
  };
  // Forgets what the test doubles (not the code under test) remember about every call: the peer's log and dialogs, the
  // fake media factory's handlers; then collects everything else.
  const settledHeap = async () => {
    peer.log.length = 0;
    media.handlers.length = 0;
    await transport.disconnect();
    await transport.connect();
    await collectGarbage();
    return process.memoryUsage().heapUsed;
  };

  // Warm up code paths and lazily built state, so the start is a fair baseline.
  await run(batch * 5, false);
  const heapBefore = await settledHeap();
  const transportListeners = listenerCount(transport.stateChange);

  const checkpoints: { sessions: number; heapDelta: number }[] = [];
  for (let done = 0; done < sessions; done += checkpointEvery) {
    await run(Math.min(checkpointEvery, sessions - done), true);
    checkpoints.push({
      sessions: Math.min(done + checkpointEvery, sessions),
      heapDelta: (await settledHeap()) - heapBefore,
    });
  }
  const userAgentListeners = listenerCount(transport.stateChange) - transportListeners;
  await userAgent.stop();
  return {
    sessions,
    heapBefore,
    checkpoints,
    heapDelta: median(checkpoints.slice(-3).map((checkpoint) => checkpoint.heapDelta)),
    bytesPerSession: slope(checkpoints.map(({ sessions: x, heapDelta: y }) => ({ x, y }))),
    sessionListeners,
    userAgentListeners,
    collected,
  };
}
