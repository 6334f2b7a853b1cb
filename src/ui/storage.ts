/**
 * localStorage that never throws: reads give null when storage is off, writes
 * say why they failed (the page keeps the text in memory and tells the user).
 */
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string };

export function isQuotaError(err: unknown): boolean {
  if (!(err instanceof DOMException) && !(err instanceof Error)) return false;
  const e = err as DOMException;
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): WriteResult {
  try {
    window.localStorage.setItem(key, value);
    return { ok: true };
  } catch (err) {
    if (isQuotaError(err)) return { ok: false, reason: 'quota', message: 'this browser’s storage for the page is full' };
    return { ok: false, reason: 'unavailable', message: 'this browser does not let the page store data (private mode or blocked storage)' };
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to do
  }
}
