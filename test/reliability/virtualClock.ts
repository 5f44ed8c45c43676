import { vi } from 'vitest';

/** A virtual clock driving SIP.js, the sandbox peer and the kit, with every escaped error collected. */
export interface VirtualClock {
  /** Virtual milliseconds (`Date.now()` is faked too). */
  now(): number;
  /** Runs due timers one by one, letting promise jobs run between them, until none is left or time passes `limit`. */
  settle(limit: number): Promise<void>;
  /** Errors that reached no app code: thrown by a timer callback, or promise rejections nobody handled. */
  readonly escaped: unknown[];
  /** Restores real timers and stops listening for unhandled rejections. */
  restore(): void;
}

// Real setImmediate (not faked): every promise job queued so far runs before it fires.
const drainPromiseJobs = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Fakes `setTimeout`/`setInterval`/`Date` so that SIP.js's timers, the peer's delays and the transport's hops run in
 * virtual time: a sequence costs only CPU, and the same seed replays the same interleaving.
 */
export function createVirtualClock(): VirtualClock {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const escaped: unknown[] = [];
  const onRejection = (reason: unknown) => {
    escaped.push(reason);
  };
  process.on('unhandledRejection', onRejection);
  return {
    now: () => Date.now(),
    escaped,
    async settle(limit) {
      for (;;) {
        await drainPromiseJobs();
        if (vi.getTimerCount() === 0 || Date.now() > limit) return;
        try {
          vi.advanceTimersToNextTimer();
        } catch (error) {
          escaped.push(error);
        }
      }
    },
    restore() {
      process.off('unhandledRejection', onRejection);
      vi.useRealTimers();
    },
  };
}
