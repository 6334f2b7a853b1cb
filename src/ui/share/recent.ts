/**
 * The user's recent comparisons, kept in localStorage: each is the share-link
 * payload it opens with, a title (the outlets joined) and when it was made.
 * Pure: parse (total), add (newest first, one entry per set of reports, at
 * most MAX_RECENT), remove.
 */
export const RECENT_KEY = 'parallax.recent/1';
const RECENT_SCHEMA = 'parallax.recent/1';
export const MAX_RECENT = 12;

export interface RecentEntry {
  /** Identifies the set of reports (a hash of outlets and texts): the same reports replace their older entry. */
  id: string;
  /** "Reuters, AP and BBC". */
  title: string;
  /** ISO timestamp of creation. */
  created: string;
  /** The `v1.…` payload of the share link. */
  payload: string;
  reports: number;
}

/** "A and B", "A, B and C". */
export function joinOutlets(outlets: readonly string[]): string {
  const names = outlets.map((o) => o.trim()).filter((o) => o !== '');
  if (names.length <= 1) return names[0] ?? 'Untitled comparison';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** FNV-1a (32-bit, hex) over the outlets and texts: which reports a comparison holds. */
export function reportsId(reports: readonly { outlet: string; text: string }[]): string {
  let h = 0x811c9dc5;
  const s = reports.map((r) => `${r.outlet}\u0000${r.text}`).join('\u0001');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${reports.length}-${s.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
}

function isEntry(v: unknown): v is RecentEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.created === 'string' &&
    typeof e.payload === 'string' &&
    /^v\d+\./.test(e.payload) &&
    typeof e.reports === 'number'
  );
}

export function parseRecent(raw: string | null | undefined): RecentEntry[] {
  if (typeof raw !== 'string' || raw === '') return [];
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || (data as { schema?: unknown }).schema !== RECENT_SCHEMA) return [];
    const list = (data as { entries?: unknown }).entries;
    return Array.isArray(list) ? list.filter(isEntry).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export function serialiseRecent(entries: readonly RecentEntry[]): string {
  return JSON.stringify({ schema: RECENT_SCHEMA, entries });
}

/** `entry` first; an older entry for the same reports keeps its creation date but takes the new payload. */
export function addRecent(list: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  const old = list.find((e) => e.id === entry.id);
  const next = old ? { ...entry, created: old.created } : entry;
  return [next, ...list.filter((e) => e.id !== entry.id)].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly RecentEntry[], id: string): RecentEntry[] {
  return list.filter((e) => e.id !== id);
}
