import { useSyncExternalStore } from 'react';
import type { Session } from 'sip.js';
import type { CallEnd } from '../core/callEnd';
import { type SessionSnapshot, type SessionTracker, trackSession } from '../core/sessionTracker';

/** A SIP.js session, or a tracker (e.g. from `makeInviter`) for calls that never got a session. */
export type SessionSource = Session | SessionTracker;

/** Subscribe for hooks with nothing to watch (no session): never notifies. */
export const noSubscribe = () => () => {};
/** Snapshot for hooks with nothing to watch. */
export const nothing = () => undefined;

function isTracker(source: SessionSource): source is SessionTracker {
  return typeof (source as SessionTracker).getSnapshot === 'function';
}

/** The tracker for a session or tracker; trackSession is idempotent, so calling it while rendering is safe. */
export function trackerOf(source: SessionSource | undefined): SessionTracker | undefined {
  if (!source) return undefined;
  return isTracker(source) ? source : trackSession(source);
}

/**
 * The live snapshot of a SIP.js session (phase, timestamps, connection, and `end` once it ended), re-rendering once per change.
 * Returns undefined without a session. SSR-safe: the server snapshot is the same snapshot.
 */
export function useSession(session: SessionSource | undefined): SessionSnapshot | undefined {
  const tracker = trackerOf(session);
  const getSnapshot = tracker ? tracker.getSnapshot : nothing;
  return useSyncExternalStore(tracker ? tracker.subscribe : noSubscribe, getSnapshot, getSnapshot);
}

/** Why the session ended, or undefined while it is live (or without a session). Re-renders only when the end arrives. */
export function useCallEnd(session: SessionSource | undefined): CallEnd | undefined {
  const tracker = trackerOf(session);
  const getEnd = tracker ? () => tracker.getSnapshot().end : nothing;
  return useSyncExternalStore(tracker ? tracker.subscribe : noSubscribe, getEnd, getEnd);
}
