/**
 * A cache of modules loaded on demand, by key: each loads once (a failed load may be tried again), and
 * listeners hear when one arrives. Plain TypeScript (no React, no Vite), so node tests can drive it with
 * their own loaders; views.ts gives it the lenses' view chunks.
 */
export interface Loader<K, V> {
  /** The value if it is loaded, else undefined. */
  loaded(key: K): V | undefined;
  /** Whether the last load of `key` failed (cleared when it is tried again): the page says so, with a retry. */
  failed(key: K): boolean;
  /** Loads it (one request for concurrent calls); rejects if the load fails or the key has no loader. */
  load(key: K): Promise<V>;
  /** Calls `listener` after each load, each failure, and a new try after a failure; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createLoader<K, V>(loaders: ReadonlyMap<K, () => Promise<V>>, preloaded: Iterable<readonly [K, V]> = []): Loader<K, V> {
  const done = new Map<K, V>(preloaded);
  const pending = new Map<K, Promise<V>>();
  const failures = new Set<K>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  return {
    loaded: (key) => done.get(key),
    failed: (key) => failures.has(key),
    load(key) {
      const have = done.get(key);
      if (have !== undefined) return Promise.resolve(have);
      const waiting = pending.get(key);
      if (waiting) return waiting;
      const load = loaders.get(key);
      if (!load) return Promise.reject(new Error(`Nothing to load for ${String(key)}`));
      if (failures.delete(key)) notify();
      const p = load().then(
        (value) => {
          done.set(key, value);
          pending.delete(key);
          notify();
          return value;
        },
        (error: unknown) => {
          pending.delete(key);
          failures.add(key);
          notify();
          throw error;
        },
      );
      pending.set(key, p);
      return p;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
