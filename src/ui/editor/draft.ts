/**
 * The "New comparison" draft: what the user typed, kept in localStorage so it
 * survives a reload, a crash or a closed tab until the user clears it. Pure:
 * serialise / parse (total, never throws) and the conversions to and from the
 * shared-report shape.
 */
import { MAX_REPORTS, MIN_REPORTS } from '../../share/limits';
import type { SharedReport } from '../../share/types';

export const DRAFT_KEY = 'parallax.draft/1';
const DRAFT_SCHEMA = 'parallax.draft/1';

export interface DraftReport {
  /** Stable key (React's, and the identity by which tabs merge their drafts); not part of what is shared. */
  key: string;
  outlet: string;
  date: string;
  url: string;
  text: string;
  /** When this report was last edited (ms since 1970, increasing per tab); 0 or absent = never edited. */
  t?: number;
}

/** A report's text set aside when it was replaced, removed, cleared or lost a race with another tab. */
export interface DraftVersion {
  id: string;
  /** When it was set aside (ms). */
  at: number;
  reason: 'other-tab' | 'replaced' | 'removed' | 'cleared';
  /** The report it came from, and where it stood (to put it back). */
  key: string;
  index: number;
  outlet: string;
  date: string;
  url: string;
  text: string;
}

export interface Draft {
  reports: DraftReport[];
  /** "Comparison title" and "Note to readers" (shared with the reports in the link's view); absent = empty. */
  title?: string;
  note?: string;
  /** When the title or note was last edited (ms); the newer wins when two tabs merge. */
  aboutT?: number;
  /** Earlier versions kept in this browser (newest first). */
  versions?: DraftVersion[];
}

/** Where a stored draft came from: a revision (increasing) and the tab that wrote it. Absent = written elsewhere (e.g. "Open in the editor"): adopt it whole. */
export interface DraftStamp {
  rev: number;
  tab: string;
}

let counter = 0;
/** A fresh key for a new report row. */
export function newKey(): string {
  counter += 1;
  return `r${Date.now().toString(36)}${counter.toString(36)}`;
}

export function emptyReport(key: string = newKey()): DraftReport {
  return { key, outlet: '', date: '', url: '', text: '' };
}

/** Two empty reports: the editor's starting point. */
export function emptyDraft(): Draft {
  return { reports: Array.from({ length: MIN_REPORTS }, () => emptyReport()) };
}

/** True when nothing at all has been entered. */
export function isDraftEmpty(d: Draft): boolean {
  return (
    (d.title ?? '').trim() === '' &&
    (d.note ?? '').trim() === '' &&
    d.reports.every((r) => r.outlet.trim() === '' && r.date.trim() === '' && r.url.trim() === '' && r.text.trim() === '')
  );
}

/** The stored form. Without a stamp (another page handing reports over) the editor adopts it whole. */
export function serialiseDraft(d: Draft, stamp?: DraftStamp): string {
  return JSON.stringify({
    schema: DRAFT_SCHEMA,
    ...(stamp ? { rev: stamp.rev, tab: stamp.tab } : {}),
    ...(d.title ? { title: d.title } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...(stamp && d.aboutT && (d.title || d.note) ? { aboutT: d.aboutT } : {}),
    reports: d.reports.map(({ key, outlet, date, url, text, t }) => (stamp ? { key, outlet, date, url, text, t: t ?? 0 } : { outlet, date, url, text })),
    ...(stamp && d.versions && d.versions.length > 0 ? { versions: d.versions } : {}),
  });
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

function parseVersion(v: unknown): DraftVersion | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const reason = o.reason === 'other-tab' || o.reason === 'replaced' || o.reason === 'removed' || o.reason === 'cleared' ? o.reason : null;
  if (reason === null || typeof o.id !== 'string' || typeof o.text !== 'string') return null;
  return { id: o.id, at: num(o.at), reason, key: str(o.key), index: Math.max(0, Math.floor(num(o.index))), outlet: str(o.outlet), date: str(o.date), url: str(o.url), text: o.text };
}

/** A stored draft with its stamp (null when it has none: adopt it whole). */
export function parseStoredDraft(raw: string | null | undefined): { draft: Draft; stamp: DraftStamp | null } | null {
  const draft = parseDraft(raw);
  if (!draft) return null;
  const data = JSON.parse(raw!) as Record<string, unknown>;
  const stamp = typeof data.rev === 'number' && typeof data.tab === 'string' ? { rev: data.rev, tab: data.tab } : null;
  if (stamp && Array.isArray(data.versions)) {
    const versions = data.versions.map(parseVersion).filter((v): v is DraftVersion => v !== null);
    if (versions.length > 0) draft.versions = versions;
  }
  return { draft, stamp };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * A stored draft, or null when there is none or it cannot be read. Between
 * 2 and 6 reports come back: missing rows are added empty, extra ones dropped
 * (the editor never stores more than six).
 */
export function parseDraft(raw: string | null | undefined): Draft | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { schema?: unknown }).schema !== DRAFT_SCHEMA) return null;
  const list = (data as { reports?: unknown }).reports;
  if (!Array.isArray(list)) return null;
  const seen = new Set<string>();
  const reports = list.slice(0, MAX_REPORTS).map((r): DraftReport => {
    const o = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
    const stored = typeof o.key === 'string' && KEY.test(o.key) && !seen.has(o.key) ? o.key : null;
    const key = stored ?? newKey();
    seen.add(key);
    const row: DraftReport = { key, outlet: str(o.outlet), date: str(o.date), url: str(o.url), text: str(o.text) };
    if (num(o.t) > 0) row.t = num(o.t);
    return row;
  });
  while (reports.length < MIN_REPORTS) reports.push(emptyReport());
  const draft: Draft = { reports };
  const o = data as Record<string, unknown>;
  if (str(o.title) !== '') draft.title = str(o.title);
  if (str(o.note) !== '') draft.note = str(o.note);
  if (num(o.aboutT) > 0) draft.aboutT = num(o.aboutT);
  return draft;
}

/** The reports as they are shared: outlet collapsed, empty optional fields left out, text verbatim. */
export function toSharedReports(d: Draft): SharedReport[] {
  return d.reports.map((r) => {
    const out: SharedReport = { outlet: r.outlet.replace(/\s+/g, ' ').trim(), text: r.text };
    const date = r.date.trim();
    const url = r.url.trim();
    if (date !== '') out.date = date;
    if (url !== '') out.url = url;
    return out;
  });
}

/** A draft holding shared reports (to edit a comparison opened from a link or a file), with its title and note. */
export function fromSharedReports(reports: readonly SharedReport[], about?: { title?: string; note?: string }): Draft {
  const rows = reports.slice(0, MAX_REPORTS).map(
    (r): DraftReport => ({ key: newKey(), outlet: r.outlet, date: r.date ?? '', url: r.url ?? '', text: r.text }),
  );
  while (rows.length < MIN_REPORTS) rows.push(emptyReport());
  const draft: Draft = { reports: rows };
  if (about?.title) draft.title = about.title;
  if (about?.note) draft.note = about.note;
  return draft;
}

/** Same content (keys, edit times and versions aside). */
export function sameDraft(a: Draft, b: Draft): boolean {
  const content = (d: Draft): Draft => ({ reports: d.reports, title: d.title, note: d.note });
  return serialiseDraft(content(a)) === serialiseDraft(content(b));
}

/** Nothing typed in it and never edited: a placeholder row a merge may drop. */
export function isUntouched(r: DraftReport): boolean {
  return !r.t && r.outlet === '' && r.date === '' && r.url === '' && r.text === '';
}

export function hasContent(r: Pick<DraftReport, 'outlet' | 'date' | 'url' | 'text'>): boolean {
  return r.outlet.trim() !== '' || r.date.trim() !== '' || r.url.trim() !== '' || r.text.trim() !== '';
}
