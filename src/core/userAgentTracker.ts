import type { Session, UserAgent } from 'sip.js';
import type { CallDirection, CallEnd } from './callEnd';
import { onEarlyDispose, type SessionTracker, type TrackSessionOptions, trackSession } from './sessionTracker';
import { createStore } from './store';

/** The signaling connection of a UserAgent, from SIP.js's transport state. */
export type TransportStatus = 'connecting' | 'connected' | 'disconnecting' | 'disconnected';

/** What the app shows about its UserAgent: the connection, and how many calls are live. */
export interface UserAgentSnapshot {
  /** The transport (WebSocket) state. */
  readonly connection: TransportStatus;
  /** Sessions created on this UserAgent that have not ended yet. */
  readonly activeCalls: number;
}

/** One ended call in a UserAgent's history. */
export interface CallHistoryEntry {
  /** SIP.js's session id. */
  readonly id: string;
  /** Which way the call went. */
  readonly direction: CallDirection;
  /** The far end's URI (remote text: show as plain text only). */
  readonly remoteUri?: string;
  /** The far end's display name, if any (remote text: show as plain text only). */
  readonly remoteDisplayName?: string;
  /** When the call started. */
  readonly startedAt?: number;
  /** Why it ended. */
  readonly end: CallEnd;
}

/** Tracks every session of a UserAgent from its creation, its connection, and the last calls that ended. */
export interface UserAgentTracker {
  /** The current snapshot; the same object until something changes. */
  getSnapshot(): UserAgentSnapshot;
  /** Calls `listener` after every snapshot change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The most recent ended calls, newest first; the same array until a call ends. */
  getHistory(): readonly CallHistoryEntry[];
  /** Calls `listener` whenever a call is added to the history; returns the unsubscribe function. */
  subscribeHistory(listener: () => void): () => void;
  /** Stops tracking new sessions and removes every listener and hook this tracker added. Idempotent. */
  dispose(): void;
}

/** Options for {@link trackUserAgent}. */
export interface TrackUserAgentOptions extends TrackSessionOptions {
  /** How many ended calls the history keeps. @default 50 */
  historySize?: number;
}

const statusOf = (state: string): TransportStatus => state.toLowerCase() as TransportStatus;
const trackers = new WeakMap<UserAgent, UserAgentTracker>();

/**
 * Tracks every session created on `userAgent` from the moment SIP.js creates it (so a component mounted after a call ended still
 * gets its `CallEnd`), the transport state, and a bounded history of ended calls. Idempotent per UserAgent.
 */
export function trackUserAgent(userAgent: UserAgent, options: TrackUserAgentOptions = {}): UserAgentTracker {
  let tracker = trackers.get(userAgent);
  if (!tracker) {
    tracker = createUserAgentTracker(userAgent, options);
    trackers.set(userAgent, tracker);
  }
  return tracker;
}

function createUserAgentTracker(userAgent: UserAgent, options: TrackUserAgentOptions): UserAgentTracker {
  const historySize = Math.max(0, options.historySize ?? 50);
  const store = createStore<UserAgentSnapshot>({ connection: statusOf(userAgent.transport.state), activeCalls: 0 });
  const history = createStore<readonly CallHistoryEntry[]>([]);
  const unsubscribers = new Map<SessionTracker, () => void>();

  const setActive = () => {
    const activeCalls = unsubscribers.size;
    if (store.getSnapshot().activeCalls !== activeCalls) store.set({ ...store.getSnapshot(), activeCalls });
  };

  const follow = (session: Session) => {
    const tracker = trackSession(session, options);
    if (unsubscribers.has(tracker)) return;
    const record = () => {
      const { end, direction, remoteUri, remoteDisplayName, startedAt } = tracker.getSnapshot();
      if (!end) return;
      unsubscribers.get(tracker)?.();
      unsubscribers.delete(tracker);
      const entry: CallHistoryEntry = Object.freeze({
        id: session.id,
        direction,
        end,
        ...(remoteUri === undefined ? {} : { remoteUri }),
        ...(remoteDisplayName === undefined ? {} : { remoteDisplayName }),
        ...(startedAt === undefined ? {} : { startedAt }),
      });
      history.set([entry, ...history.getSnapshot()].slice(0, historySize));
      setActive();
    };
    unsubscribers.set(tracker, tracker.subscribe(record));
    // The app may dispose that tracker before the end: follow a fresh one, or the call would stay active and unrecorded.
    onEarlyDispose(tracker, () => {
      unsubscribers.get(tracker)?.();
      if (unsubscribers.delete(tracker)) follow(session);
    });
    setActive();
    record();
  };

  // SIP.js registers every new Inviter/Invitation in `userAgent._sessions` at the end of its constructor, before any
  // event, and before `delegate.onInvite`. Watching that map is the only way to see every session without taking over
  // the app's delegates. `stop()` replaces the map, hence the accessor.
  const host = userAgent as unknown as { _sessions: Record<string, Session> };
  const watch = (sessions: Record<string, Session>) =>
    new Proxy(sessions, {
      set(target, key, value) {
        target[key as string] = value;
        if (value && typeof value === 'object' && 'stateChange' in value) follow(value as Session);
        return true;
      },
    });
  let sessions = host._sessions;
  let watched = watch(sessions);
  Object.defineProperty(host, '_sessions', {
    configurable: true,
    enumerable: true,
    get: () => watched,
    set(next: Record<string, Session>) {
      sessions = next;
      watched = watch(next);
    },
  });
  for (const session of Object.values(sessions)) follow(session);

  const onTransport = (state: string) => store.set({ ...store.getSnapshot(), connection: statusOf(state) });
  userAgent.transport.stateChange.addListener(onTransport);

  let disposed = false;
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    getHistory: history.getSnapshot,
    subscribeHistory: history.subscribe,
    dispose() {
      if (disposed) return;
      disposed = true;
      Object.defineProperty(host, '_sessions', {
        configurable: true,
        enumerable: true,
        writable: true,
        value: sessions,
      });
      userAgent.transport.stateChange.removeListener(onTransport);
      for (const unsubscribe of unsubscribers.values()) unsubscribe();
      unsubscribers.clear();
      trackers.delete(userAgent);
    },
  };
}
