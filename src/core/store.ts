/** A minimal external store: immutable snapshots, replaced only on change, for `useSyncExternalStore`. */
export interface Store<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** Creates a store and its private `set`, which notifies only when the snapshot object actually changes. */
export function createStore<T>(initial: T): Store<T> & { set(next: T): void } {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      if (Object.is(next, snapshot)) return;
      snapshot = next;
      for (const listener of [...listeners]) {
        // A throwing app listener must not stop the others or break SIP.js's call stack.
        try {
          listener();
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
