import type { Kamailio } from './kamailio';
import type { PhonePage } from './PhonePage';

/**
 * How long a failure takes to reach the user, in milliseconds, split where we can observe it:
 * - `network`: Kamailio logs `E2E-SENT <Call-ID> <time>` right before it sends the final response (its wall clock, in µs)
 *   → the page's WebSocket `message` event for that response (the demo's probe listens before SIP.js does). Same machine, same
 *   clock: the page's `performance.timeOrigin + performance.now()` is wall-clock time too.
 * - `toDom`: that event → the MutationObserver seeing `<CallStatus>` turn `data-phase="ended"` (SIP.js parsing, the tracker,
 *   React's render and commit).
 * - `toFrame`: → the next animation frame, the one that paints the message.
 * `total` is the sum: from the response leaving Kamailio to the frame that shows the text.
 */
export interface LatencySample {
  readonly scenario: string;
  readonly network: number;
  readonly toDom: number;
  readonly toFrame: number;
  readonly total: number;
}

/** Reads one call's timings from Kamailio's log and the page; undefined if either side has none. */
export async function latencyOf(
  scenario: string,
  kamailio: Kamailio,
  phone: PhonePage,
  callId: string,
): Promise<LatencySample | undefined> {
  const sent = kamailio.sentTimes().get(callId);
  const page = await phone.timings(callId);
  if (!sent || page?.received === undefined || page.inDom === undefined || page.painted === undefined) return undefined;
  return {
    scenario,
    network: page.received - sent.at,
    toDom: page.inDom - page.received,
    toFrame: page.painted - page.inDom,
    total: page.painted - sent.at,
  };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))] ?? Number.NaN;
};

/** One summary line: medians of each part, and the total's 90th percentile and maximum. */
export function latencySummary(samples: readonly LatencySample[]): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const median = (key: keyof Omit<LatencySample, 'scenario'>) =>
    percentile(
      samples.map((s) => s[key]),
      0.5,
    );
  const totals = samples.map((s) => s.total);
  const slowest = samples.reduce<LatencySample | undefined>((a, s) => (!a || s.total > a.total ? s : a), undefined);
  return (
    `Latency, final response leaving Kamailio → message on screen, over ${samples.length} failure calls: ` +
    `median ${ms(median('total'))} (Kamailio→WebSocket ${ms(median('network'))}, WebSocket→DOM ${ms(median('toDom'))}, ` +
    `DOM→next frame ${ms(median('toFrame'))}); p90 ${ms(percentile(totals, 0.9))}; ` +
    `max ${ms(Math.max(...totals))}${slowest ? ` (${slowest.scenario})` : ''}`
  );
}

/** The same figures as the summary line, for `npm run bench`: medians in ms, p90, max and the sample count. */
export function latencyFigures(samples: readonly LatencySample[]) {
  const median = (key: keyof Omit<LatencySample, 'scenario'>) =>
    percentile(
      samples.map((s) => s[key]),
      0.5,
    );
  const totals = samples.map((s) => s.total);
  return {
    samples: samples.length,
    medianMs: median('total'),
    networkMedianMs: median('network'),
    toDomMedianMs: median('toDom'),
    toFrameMedianMs: median('toFrame'),
    p90Ms: percentile(totals, 0.9),
    maxMs: Math.max(...totals),
  };
}
