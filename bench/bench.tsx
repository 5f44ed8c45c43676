import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { version as reactVersion } from 'react';
import { measureDashboard } from './dashboard';
import { readLatency } from './latency';
import { measureMemory } from './memory';
import { measureRenders } from './renders';
import { measureTrackerCost } from './trackerCost';
import { cpuTimer, round } from './util';

const started = performance.now();
const cpu = cpuTimer();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  react: reactVersion,
  loadAverageAtStart: loadavg().map((load) => round(load)),
};
const say = (text: string) => process.stdout.write(`${text}\n`);
say(
  `sip-call-status bench · ${machine.cpu} × ${machine.cores} · Node ${machine.node} · React ${machine.react} (production)`,
);
say(`load average at start: ${machine.loadAverageAtStart.join(' ')} (ratios are measured in one run, interleaved)\n`);

// Memory first, on the cleanest heap; then throughput; the React parts last.
const progress = (name: string) =>
  process.stderr.write(
    `… ${name} (${round((performance.now() - started) / 1000, 1)} s, CPU ${round(cpu() / 1000, 1)} s)\n`,
  );
progress('4. memory');
const memory = await measureMemory();
progress('3. tracker cost');
const trackerCost = await measureTrackerCost();
progress('1. renders');
const renders = await measureRenders();
progress('2. dashboard');
const dashboard = await measureDashboard();
progress('5. latency');
const latency = readLatency();

type Row = { section: string; measure: string; result: string; goal: string; met: boolean | undefined };
const rows: Row[] = [];
const row = (section: string, measure: string, result: string, goal = '—', met?: boolean) =>
  rows.push({ section, measure, result, goal, met });
const times = (value: number) => `${round(value)}×`;
const perScenario = (value: (result: (typeof renders)[number]) => string) =>
  renders.map((result) => `${result.scenario} ${value(result)}`).join(' · ');

for (const [label, of] of [
  ['useSession renders / change', (r: (typeof renders)[number]) => r.useSession.renders],
  ['<CallStatus> renders / change', (r: (typeof renders)[number]) => r.callStatus.renders],
  ['<CallStatus> commits / change', (r: (typeof renders)[number]) => r.callStatus.commits],
] as const) {
  row(
    '1',
    label,
    perScenario((r) => `${of(r)}/${r.changes}`),
    'exactly 1',
    renders.every((r) => of(r) === r.changes),
  );
}
row(
  '1',
  'same markup as bare baseline',
  renders.every((r) => r.markupIdentical) ? 'yes' : 'NO',
  'yes',
  renders.every((r) => r.markupIdentical),
);
const weighted = (of: (r: (typeof renders)[number]) => number) =>
  renders.reduce((sum, r) => sum + of(r) * r.changes, 0);
const callStatusOverhead = weighted((r) => r.update.callStatusUs) / weighted((r) => r.update.bareUs);
const sessionOverhead = weighted((r) => r.update.useSessionUs) / weighted((r) => r.update.bareSessionUs);
row(
  '1',
  '<CallStatus> update vs bare (CPU µs/component)',
  `${perScenario((r) => `${round(r.update.callStatusUs, 1)}/${round(r.update.bareUs, 1)}`)} → ${times(callStatusOverhead)}`,
  '≤ 1.2×',
  callStatusOverhead <= 1.2,
);
row(
  '1',
  'useSession update vs bare (CPU µs/component)',
  `${perScenario((r) => `${round(r.update.useSessionUs, 1)}/${round(r.update.bareSessionUs, 1)}`)} → ${times(sessionOverhead)}`,
  '≤ 1.2×',
  sessionOverhead <= 1.2,
);
const floorOverhead = weighted((r) => r.update.storeFloorUs) / weighted((r) => r.update.bareSessionUs);
row(
  '1',
  'bare useSyncExternalStore vs bare props (the floor)',
  `${perScenario((r) => `${round(r.update.storeFloorUs, 1)}/${round(r.update.bareSessionUs, 1)}`)} → ${times(floorOverhead)}`,
);
row(
  '1',
  '<CallStatus> own function per update (µs)',
  perScenario((r) => String(round(r.update.callStatusFunctionUs, 1))),
);
const mountRatio = weighted((r) => r.mount.callStatusUs) / weighted((r) => r.mount.bareUs);
row(
  '1',
  'mount vs bare (µs/component)',
  `${perScenario((r) => `${round(r.mount.callStatusUs)}/${round(r.mount.bareUs)}`)} → ${times(mountRatio)}`,
);
row(
  '2',
  `burst of ${dashboard.components} ends, <CallStatus>`,
  `${round(dashboard.totalMs, 1)} ms CPU (SIP.js+tracker ${round(dashboard.sipMs, 1)}, React ${round(dashboard.reactMs, 1)})`,
);
row('2', `burst of ${dashboard.components} ends, bare`, `${round(dashboard.bareMs, 1)} ms CPU`);
row(
  '2',
  'burst vs bare (React part · total)',
  `${times(dashboard.reactRatio)} · ${times(dashboard.totalRatio)}`,
  '≤ 1.2× (assumed, as 1)',
  dashboard.reactRatio <= 1.2,
);
row('2', 'every component showed its end', dashboard.allEnded ? 'yes' : 'NO', 'yes', dashboard.allEnded);
row(
  '2',
  'update-depth errors (React #185) as calls arrive',
  String(dashboard.updateDepthErrors),
  '0',
  dashboard.updateDepthErrors === 0,
);
row(
  '2',
  `idle, ${dashboard.components} connected calls`,
  `${round(dashboard.idle.commitsPerSecond)} commits/s, ${round(dashboard.idle.cpuMsPerSecond, 1)} ms CPU/s`,
);
row(
  '3',
  `calls per CPU second, untracked → tracked`,
  `${round(trackerCost.untracked)} → ${round(trackerCost.tracked)} (+${round(trackerCost.addedUsPerCall)} µs/call)`,
);
row(
  '3',
  `tracked / untracked (${trackerCost.calls} calls each, ABBA batches of ${trackerCost.batch})`,
  `${times(trackerCost.ratio)} (all calls ${times(trackerCost.totalRatio)}, wall ${times(trackerCost.wall.ratio)})`,
  '≥ 0.9×',
  trackerCost.ratio >= 0.9,
);
const mb = (bytes: number) => `${round(bytes / 1024 / 1024)} MB`;
const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${round(bytes / 1024 / 1024)}`;
row(
  '4',
  `heap after ${memory.sessions} tracked calls, after GC`,
  `${signed(memory.heapDelta)} MB over ${mb(memory.heapBefore)} (${memory.checkpoints
    .map((c) => `${c.sessions / 1000}k ${signed(c.heapDelta)}`)
    .join(', ')} MB; slope ${round(memory.bytesPerSession)} B/call)`,
  '≤ +1 MB',
  memory.heapDelta <= 1024 * 1024,
);
row('4', 'listeners left on sessions', String(memory.sessionListeners), '0', memory.sessionListeners === 0);
row('4', 'listeners left on the UserAgent', String(memory.userAgentListeners), '0', memory.userAgentListeners === 0);
row('4', 'sessions garbage-collected', `${memory.collected}/${memory.sessions}`);
row(
  '5',
  'e2e latency (wire → text visible)',
  latency
    ? Object.entries(latency.figures)
        .map(([key, value]) => `${key}: ${typeof value === 'number' ? round(value) : String(value)}`)
        .join(', ')
    : 'n/a (run npm run test:e2e first)',
);

const columns = [
  ['#', rows.map((r) => r.section)],
  ['measure', rows.map((r) => r.measure)],
  ['result', rows.map((r) => r.result)],
  ['goal', rows.map((r) => r.goal)],
  ['met', rows.map((r) => (r.met === undefined ? '' : r.met ? 'yes' : 'NO'))],
] as const;
const widths = columns.map(([title, cells]) => Math.max(title.length, ...cells.map((cell) => cell.length)));
const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' │ ');
say(line(columns.map(([title]) => title)));
say(widths.map((width) => '─'.repeat(width)).join('─┼─'));
for (let i = 0; i < rows.length; i++) say(line(columns.map(([, cells]) => cells[i]!)));

const durationMs = performance.now() - started;
say(`\n${round(durationMs / 1000, 1)} s · results in bench/results.json`);
const results = {
  date: new Date().toISOString(),
  machine,
  durationMs: round(durationMs),
  table: rows,
  renders,
  dashboard,
  trackerCost,
  memory,
  latency: latency ?? null,
};
// As Biome formats JSON (arrays of plain values on one line), so `npm run lint` passes over the committed file.
const json = JSON.stringify(results, null, 2).replace(
  /\[\n\s+([^[\]{}]*?)\n\s*\]/g,
  (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`,
);
writeFileSync('bench/results.json', `${json}\n`);
// SIP.js transaction timers (Timer M: 32 s) would otherwise keep the process alive.
process.exit(0);
