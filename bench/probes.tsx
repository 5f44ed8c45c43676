import { type ReactElement, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CallStatus, type CallStatusProps } from '../src/components/CallStatus';
import type { SessionSnapshot, SessionTracker } from '../src/core/sessionTracker';
import { createStore } from '../src/core/store';
import { type CallStatusHandlers, useCallStatus } from '../src/react/useCallStatus';
import { type SessionSource, useSession } from '../src/react/useSession';
import { type BareView, bareViewOf } from './BareCallStatus';
import { tick } from './util';

/** Handlers a typical app passes, so the action buttons render as they would in an app. */
export const handlers = { onRetry: () => {}, onDismiss: () => {} } satisfies CallStatusHandlers;

/**
 * Render passes (function calls) and commits per probe kind, and the time spent in `<CallStatus>`'s own function;
 * React's production build calls no Profiler callbacks.
 */
export const counts = { callStatus: { renders: 0, commits: 0, functionMs: 0 }, session: { renders: 0, commits: 0 } };

/** `<CallStatus>` itself (called as a plain function so its hooks are its own), counting its render passes and commits. */
export function CountedCallStatus(props: CallStatusProps) {
  counts.callStatus.renders++;
  useLayoutEffect(() => {
    counts.callStatus.commits++;
  });
  const start = performance.now();
  const element = CallStatus(props);
  counts.callStatus.functionMs += performance.now() - start;
  return element;
}

/** The smallest `useSession` consumer. */
export function SessionView({ session }: { session: SessionSource }) {
  const snapshot = useSession(session);
  return <p data-phase={snapshot?.phase}>{snapshot?.phase}</p>;
}

/** The floor for any store-backed hook: the same markup straight from `useSyncExternalStore` over the tracker. */
export function StoreView({ tracker }: { tracker: SessionTracker }) {
  const snapshot = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  return <p data-phase={snapshot.phase}>{snapshot.phase}</p>;
}

/** `SessionView`, counting its render passes and commits. */
export function SessionProbe(props: { session: SessionSource }) {
  counts.session.renders++;
  useLayoutEffect(() => {
    counts.session.commits++;
  });
  return SessionView(props);
}

/** The same markup as `SessionView`, from a precomputed phase. */
export function BareSessionProbe({ phase }: { phase: string }) {
  return <p data-phase={phase}>{phase}</p>;
}

/** A tracker that replays recorded snapshots of a real session: React sees exactly what the real tracker gave it. */
export interface ReplayTracker extends SessionTracker {
  /** A unique React key. */
  readonly key: string;
  show(step: number): void;
}

let replays = 0;

/** A replay of `snapshots`, starting at the first. */
export function replayTracker(snapshots: readonly SessionSnapshot[]): ReplayTracker {
  const store = createStore(snapshots[0]!);
  return {
    key: `replay-${++replays}`,
    session: undefined,
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    dispose() {},
    show: (step) => store.set(snapshots[step]!),
  };
}

/** Lets a benchmark change a `Board`'s step from outside React. */
export interface BoardControl {
  show(step: number): void;
}

/** `count` unique React keys. */
export const keysFor = (count: number) => Array.from({ length: count }, (_, i) => `k${i}`);

/** The bare baselines' parent: one state change re-renders every child with the next precomputed value. */
export function Board<T>({
  values,
  keys,
  child,
  control,
}: {
  values: readonly T[];
  keys: readonly string[];
  child: (value: T, key: string) => ReactElement;
  control: BoardControl;
}) {
  const [step, setStep] = useState(0);
  useLayoutEffect(() => {
    control.show = setStep;
  }, [control]);
  const value = values[step]!;
  return <>{keys.map((key) => child(value, key))}</>;
}

/** A root in a fresh container attached to the document. */
export function mount(): { root: Root; container: HTMLElement; unmount(): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    root,
    container,
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

function Recorder({ session, onView }: { session: SessionSource; onView: (view: BareView) => void }) {
  const view = useCallStatus(session, handlers);
  useLayoutEffect(() => {
    onView(bareViewOf(view));
  });
  return null;
}

/** The bare baseline's props for each snapshot: what `useCallStatus` computed once everything settled. */
export async function recordViews(snapshots: readonly SessionSnapshot[]): Promise<BareView[]> {
  const tracker = replayTracker(snapshots);
  const views: BareView[] = [];
  let latest: BareView | undefined;
  const { root, unmount } = mount();
  flushSync(() => root.render(<Recorder session={tracker} onView={(view) => (latest = view)} />));
  for (let step = 0; step < snapshots.length; step++) {
    if (step > 0) flushSync(() => tracker.show(step));
    await tick();
    views.push(latest!);
  }
  unmount();
  return views;
}

/** Markup without the per-instance `useId` values, to compare `<CallStatus>` with the bare baseline. */
export function normalizedMarkup(element: Element): string {
  return element.innerHTML.replace(/(aria-controls|id|for)="[^"]*-(message|help|text)"/g, '$1="ID-$2"');
}
