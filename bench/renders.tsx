import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { CallStatus } from '../src/components/CallStatus';
import { type SessionSnapshot, type SessionTracker, trackSession } from '../src/core/sessionTracker';
import { BareCallStatus, type BareView } from './BareCallStatus';
import {
  BareSessionProbe,
  Board,
  type BoardControl,
  CountedCallStatus,
  counts,
  handlers,
  keysFor,
  mount,
  normalizedMarkup,
  recordViews,
  replayTracker,
  SessionProbe,
  SessionView,
  StoreView,
} from './probes';
import { cpuTimer, dial, fullGc, interleave, median, startSandbox, terminated, tick } from './util';

/** Renders per change for one scenario, and the cost of an update against the bare baseline. */
export interface RenderResult {
  readonly scenario: string;
  /** Snapshot changes React could see (changes in one microtask count once). */
  readonly changes: number;
  readonly phases: readonly string[];
  readonly useSession: { readonly renders: number; readonly commits: number };
  readonly callStatus: { readonly renders: number; readonly commits: number };
  /** The same counts when the recorded snapshots are replayed as in the timing loop (proof the replay is faithful). */
  readonly replayed: { readonly callStatusRenders: number; readonly callStatusCommits: number };
  readonly markupIdentical: boolean;
  /** Median CPU µs per component to mount `<CallStatus>` and the bare baseline. */
  readonly mount: { readonly callStatusUs: number; readonly bareUs: number };
  /** Median CPU µs per component per change, and the ratios to the bare baseline. */
  readonly update: {
    readonly callStatusUs: number;
    readonly bareUs: number;
    readonly callStatusRatio: number;
    readonly useSessionUs: number;
    readonly bareSessionUs: number;
    readonly useSessionRatio: number;
    /** The same markup from a bare `useSyncExternalStore` over the same store: React's own cost of a store subscription. */
    readonly storeFloorUs: number;
    /** Of `callStatusUs`, the wall µs spent inside `<CallStatus>`'s own function (hooks, text, JSX), not in React or the DOM. */
    readonly callStatusFunctionUs: number;
  };
}

/** Resolves once the tracker reaches `phase`. */
function reaches(tracker: SessionTracker, phase: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (tracker.getSnapshot().phase !== phase) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = tracker.subscribe(check);
    check();
  });
}

/** Plays a scenario over a real SIP.js session with `<CallStatus>` and a `useSession` probe mounted; records the snapshots. */
async function live(scenario: string) {
  const { userAgent } = await startSandbox();
  const inviter = dial(userAgent, scenario);
  const tracker = trackSession(inviter);
  const snapshots: SessionSnapshot[] = [tracker.getSnapshot()];
  let pending = false;
  const unsubscribe = tracker.subscribe(() => {
    if (pending) return;
    pending = true;
    // React renders once per microtask batch; keep what it renders.
    queueMicrotask(() => {
      pending = false;
      snapshots.push(tracker.getSnapshot());
    });
  });
  const a = mount();
  const b = mount();
  flushSync(() => {
    a.root.render(<CountedCallStatus session={inviter} {...handlers} />);
    b.root.render(<SessionProbe session={inviter} />);
  });
  await tick(10);
  const before = structuredClone(counts);
  const done = terminated(inviter);
  inviter.invite().catch(() => {});
  if (scenario === 'ring') {
    await reaches(tracker, 'ringing');
    await tick(20);
    await inviter.cancel();
  }
  await done;
  await tick(50);
  const result = {
    snapshots,
    callStatus: {
      renders: counts.callStatus.renders - before.callStatus.renders,
      commits: counts.callStatus.commits - before.callStatus.commits,
    },
    useSession: {
      renders: counts.session.renders - before.session.renders,
      commits: counts.session.commits - before.session.commits,
    },
  };
  unsubscribe();
  a.unmount();
  b.unmount();
  await userAgent.stop();
  return result;
}

/** True when `<CallStatus>` and the bare baseline produce the same markup at every step. */
async function sameMarkup(snapshots: readonly SessionSnapshot[], views: readonly BareView[]): Promise<boolean> {
  const tracker = replayTracker(snapshots);
  const a = mount();
  const b = mount();
  let same = true;
  for (let step = 0; step < snapshots.length; step++) {
    flushSync(() => {
      if (step === 0) a.root.render(<CountedCallStatus session={tracker} {...handlers} />);
      else tracker.show(step);
      b.root.render(<BareCallStatus view={views[step]!} />);
    });
    await tick();
    const expected = normalizedMarkup(b.container);
    const actual = normalizedMarkup(a.container);
    if (actual !== expected) {
      same = false;
      process.stderr.write(
        `markup differs at ${snapshots[step]!.phase}:\n  CallStatus ${actual}\n  bare       ${expected}\n`,
      );
    }
  }
  a.unmount();
  b.unmount();
  return same;
}

/** CPU µs per component: mounting, and each change of `steps` (all components change together, one commit). */
interface Timing {
  readonly mountUs: number;
  readonly updateUs: number;
  /** Wall µs inside `<CallStatus>`'s own function (its hooks and JSX), per component per change; 0 unless counted. */
  readonly functionUs: number;
}

/**
 * Mounts `count` components, then times every change of `steps`: each is flushed synchronously, then gets a macrotask
 * (and a new millisecond) for the follow-up work it schedules, such as `<CallStatus>`'s clock starting. The stopwatch
 * counts CPU time only, so the waiting itself costs nothing.
 */
async function timeSteps(
  count: number,
  steps: number,
  render: () => ReactElement,
  show: (step: number) => void,
): Promise<Timing> {
  const { root, unmount } = mount();
  const mounting = cpuTimer();
  flushSync(() => root.render(render()));
  const mountMs = mounting();
  fullGc();
  const functionMs = counts.callStatus.functionMs;
  const updating = cpuTimer();
  for (let step = 1; step < steps; step++) {
    flushSync(() => show(step));
    await tick(1);
  }
  const updateMs = updating();
  const perChange = (ms: number) => (ms * 1000) / count / (steps - 1);
  unmount();
  return {
    mountUs: (mountMs * 1000) / count,
    updateUs: perChange(updateMs),
    functionUs: perChange(counts.callStatus.functionMs - functionMs),
  };
}

/** `<CallStatus>` components over replayed snapshots; `counted` ones count renders and time their own function. */
function timeCallStatus(snapshots: readonly SessionSnapshot[], count: number, counted = false): Promise<Timing> {
  const trackers = Array.from({ length: count }, () => replayTracker(snapshots));
  const Component = counted ? CountedCallStatus : CallStatus;
  return timeSteps(
    count,
    snapshots.length,
    () => (
      <>
        {trackers.map((tracker) => (
          <Component key={tracker.key} session={tracker} {...handlers} />
        ))}
      </>
    ),
    (step) => {
      for (const tracker of trackers) tracker.show(step);
    },
  );
}

/** `SessionView` (or, as `floor`, `StoreView`) components over replayed snapshots. */
function timeSession(snapshots: readonly SessionSnapshot[], count: number, floor = false): Promise<Timing> {
  const trackers = Array.from({ length: count }, () => replayTracker(snapshots));
  return timeSteps(
    count,
    snapshots.length,
    () => (
      <>
        {trackers.map((tracker) =>
          floor ? (
            <StoreView key={tracker.key} tracker={tracker} />
          ) : (
            <SessionView key={tracker.key} session={tracker} />
          ),
        )}
      </>
    ),
    (step) => {
      for (const tracker of trackers) tracker.show(step);
    },
  );
}

/** Bare components, all updated by one state change of their parent. */
function timeBare<T>(
  values: readonly T[],
  count: number,
  child: (value: T, key: string) => ReactElement,
): Promise<Timing> {
  const control: BoardControl = { show: () => {} };
  return timeSteps(
    count,
    values.length,
    () => <Board values={values} keys={keysFor(count)} child={child} control={control} />,
    (step) => control.show(step),
  );
}

/** Section 1: renders per change over real sessions, then the update cost against the bare baseline. */
export async function measureRenders(
  scenarios: readonly string[] = ['hangup', 'busy', 'ring'],
  { count = 60, probeCount = 1000, rounds = 7 } = {},
): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  for (const scenario of scenarios) {
    const run = await live(scenario);
    const { snapshots } = run;
    const views = await recordViews(snapshots);
    const phases = snapshots.map((snapshot) => snapshot.phase);
    const before = structuredClone(counts);
    await timeCallStatus(snapshots, 1, true);
    const replayed = {
      callStatusRenders: counts.callStatus.renders - before.callStatus.renders - 1,
      callStatusCommits: counts.callStatus.commits - before.callStatus.commits - 1,
    };
    const markupIdentical = await sameMarkup(snapshots, views);
    // The first round warms the JIT up and is dropped.
    const times = await interleave(rounds + 1, {
      callStatus: () => timeCallStatus(snapshots, count),
      bare: () => timeBare(views, count, (view, key) => <BareCallStatus key={key} view={view} />),
      useSession: () => timeSession(snapshots, probeCount),
      storeFloor: () => timeSession(snapshots, probeCount, true),
      bareSession: () => timeBare(phases, probeCount, (phase, key) => <BareSessionProbe key={key} phase={phase} />),
    });
    for (const timings of Object.values(times)) timings.shift();
    // Instrumented separately, so the timed rounds run `<CallStatus>` exactly as apps do.
    const { functionUs } = await timeCallStatus(snapshots, count, true);
    const updates = (timings: readonly Timing[]) => median(timings.map((timing) => timing.updateUs));
    const mounts = (timings: readonly Timing[]) => median(timings.map((timing) => timing.mountUs));
    const [callStatusUs, bareUs, useSessionUs, bareSessionUs, storeFloorUs] = [
      updates(times.callStatus),
      updates(times.bare),
      updates(times.useSession),
      updates(times.bareSession),
      updates(times.storeFloor),
    ];
    results.push({
      scenario,
      changes: snapshots.length - 1,
      phases,
      useSession: run.useSession,
      callStatus: run.callStatus,
      replayed,
      markupIdentical,
      update: {
        callStatusUs,
        bareUs,
        callStatusRatio: callStatusUs / bareUs,
        useSessionUs,
        bareSessionUs,
        useSessionRatio: useSessionUs / bareSessionUs,
        storeFloorUs,
        callStatusFunctionUs: functionUs,
      },
      mount: { callStatusUs: mounts(times.callStatus), bareUs: mounts(times.bare) },
    });
  }
  return results;
}
