import { Core } from 'sip.js';

type TimerName = keyof typeof Core.Timers;

/**
 * Scales SIP.js's global timers to a short T1 (default 10 ms; Timer B, F, L… follow as 64 × T1), then applies any
 * other overrides, so tests need not wait 32 s; returns a function that restores the previous values.
 */
export function shortenSipTimers(overrides: Partial<Record<TimerName, number>> = {}): () => void {
  const timers = Core.Timers as Record<TimerName, number>;
  const saved = { ...timers };
  const scale = (overrides.T1 ?? 10) / saved.T1;
  for (const name of Object.keys(saved) as TimerName[]) timers[name] = Math.round(saved[name] * scale);
  Object.assign(timers, overrides);
  return () => {
    Object.assign(timers, saved);
  };
}
