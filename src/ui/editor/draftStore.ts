/**
 * Where the draft lives besides localStorage: IndexedDB (a much larger quota)
 * when localStorage is full, and a BroadcastChannel that tells the other tabs
 * of this page what was written. Every call is total: a failure is a value.
 */
const DB = 'parallax';
const STORE = 'drafts';
const KEY = 'draft/1';
export const DRAFT_CHANNEL = 'parallax.draft/1';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

let db: Promise<IDBDatabase | null> | null = null;
const database = () => (db ??= open());

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  return database().then(
    (d) =>
      new Promise((resolve) => {
        if (!d) return resolve({ ok: false });
        try {
          const tx = d.transaction(STORE, mode);
          const req = act(tx.objectStore(STORE));
          tx.oncomplete = () => resolve({ ok: true, value: req.result });
          tx.onerror = () => resolve({ ok: false });
          tx.onabort = () => resolve({ ok: false });
        } catch {
          resolve({ ok: false });
        }
      }),
  );
}

/** The draft kept in IndexedDB (its stored JSON), or null. */
export async function idbReadDraft(): Promise<string | null> {
  const r = await run('readonly', (s) => s.get(KEY) as IDBRequest<unknown>);
  return r.ok && typeof r.value === 'string' ? r.value : null;
}

export async function idbWriteDraft(json: string): Promise<boolean> {
  return (await run('readwrite', (s) => s.put(json, KEY))).ok;
}

export async function idbDeleteDraft(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}

export interface DraftChannel {
  post(json: string): void;
  close(): void;
}

/** Messages from the other tabs (the stored JSON they wrote); a no-op where BroadcastChannel is missing. */
export function openDraftChannel(onMessage: (json: string) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(DRAFT_CHANNEL);
  ch.onmessage = (e: MessageEvent) => {
    if (typeof e.data === 'string') onMessage(e.data);
  };
  return {
    post: (json) => {
      try {
        ch.postMessage(json);
      } catch {
        // a closed channel: nothing to tell
      }
    },
    close: () => ch.close(),
  };
}
