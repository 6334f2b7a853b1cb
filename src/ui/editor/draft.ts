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
  /** Stable React key; not part of what is shared. */
  key: string;
  outlet: string;
  date: string;
  url: string;
  text: string;
}

export interface Draft {
  reports: DraftReport[];
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
  return d.reports.every((r) => r.outlet.trim() === '' && r.date.trim() === '' && r.url.trim() === '' && r.text.trim() === '');
}

export function serialiseDraft(d: Draft): string {
  return JSON.stringify({
    schema: DRAFT_SCHEMA,
    reports: d.reports.map(({ outlet, date, url, text }) => ({ outlet, date, url, text })),
  });
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
  const reports = list.slice(0, MAX_REPORTS).map((r): DraftReport => {
    const o = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
    return { key: newKey(), outlet: str(o.outlet), date: str(o.date), url: str(o.url), text: str(o.text) };
  });
  while (reports.length < MIN_REPORTS) reports.push(emptyReport());
  return { reports };
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

/** A draft holding shared reports (to edit a comparison opened from a link or a file). */
export function fromSharedReports(reports: readonly SharedReport[]): Draft {
  const rows = reports.slice(0, MAX_REPORTS).map(
    (r): DraftReport => ({ key: newKey(), outlet: r.outlet, date: r.date ?? '', url: r.url ?? '', text: r.text }),
  );
  while (rows.length < MIN_REPORTS) rows.push(emptyReport());
  return { reports: rows };
}

/** Same content (keys aside). */
export function sameDraft(a: Draft, b: Draft): boolean {
  return serialiseDraft(a) === serialiseDraft(b);
}
