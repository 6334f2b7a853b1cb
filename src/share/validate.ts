/**
 * Strict validation of a comparison read from a link or a file: types, 2–6
 * reports, non-empty outlet and text, capped lengths, a clamped sensitivity,
 * unknown fields dropped. Pure and total: any `unknown` in, a DecodeResult out.
 */
import { DEFAULT_LINK_VIEW, formatJsonView, parseJsonView } from '../ui/view/fields';
import {
  MAX_DATE_LENGTH,
  MAX_LANGUAGE_LENGTH,
  MAX_OUTLET_LENGTH,
  MAX_REPORT_BYTES,
  MAX_REPORTS,
  MAX_URL_LENGTH,
  MIN_REPORTS,
} from './limits';
import { checkBudget } from './budget';
import type { DecodeResult, SharedReport, ShareError, ShareView } from './types';

/** The default view. `lens` and `panel` are left out: absent means the claims view and no panel. */
export const DEFAULT_SHARE_VIEW: ShareView = DEFAULT_LINK_VIEW;
/** A BCP 47-shaped tag: "en", "ru", "pt-BR", "zh-Hant-TW". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

const REPORT_KEYS = new Set(['outlet', 'text', 'date', 'url', 'language']);

/** Lone surrogates become U+FFFD, as UTF-8 encoding would make them anyway (so a round trip is exact). */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** UTF-8 size of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** "1.4 MB", "320 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normaliseOutlet(s: string): string {
  return wellFormed(s).replace(/\s+/g, ' ').trim();
}

export function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

type ReportCheck =
  | { ok: true; report: SharedReport; warnings: string[]; ignored: string[] }
  | { ok: false; error: 'invalid' | 'too-large'; why: string };

function label(index: number, outlet?: string): string {
  return outlet ? `Report ${index + 1} (${outlet})` : `Report ${index + 1}`;
}

/** Validates and normalises one report; `index` is for messages only. */
export function checkSharedReport(raw: unknown, index: number): ReportCheck {
  if (!isRecord(raw)) return { ok: false, error: 'invalid', why: `${label(index)} is not a report.` };
  const outletRaw = raw.outlet;
  if (typeof outletRaw !== 'string') return { ok: false, error: 'invalid', why: `${label(index)} has no outlet name.` };
  const outlet = normaliseOutlet(outletRaw);
  if (outlet === '') return { ok: false, error: 'invalid', why: `${label(index)} has no outlet name.` };
  if (outlet.length > MAX_OUTLET_LENGTH)
    return { ok: false, error: 'invalid', why: `${label(index)} has an outlet name over ${MAX_OUTLET_LENGTH} characters.` };
  const textRaw = raw.text;
  if (typeof textRaw !== 'string' || textRaw.trim() === '')
    return { ok: false, error: 'invalid', why: `${label(index, outlet)} has no text.` };
  const text = wellFormed(textRaw);
  const size = utf8Length(text);
  if (size > MAX_REPORT_BYTES)
    return { ok: false, error: 'too-large', why: `${label(index, outlet)} is ${formatSize(size)}; the limit is 1 MB per report.` };

  const report: SharedReport = { outlet, text };
  const warnings: string[] = [];
  const optional = (
    key: 'date' | 'url' | 'language',
    max: number,
    accept: (s: string) => boolean,
    what: string,
  ): void => {
    const v = raw[key];
    if (v === undefined || v === null) return;
    const s = typeof v === 'string' ? wellFormed(v).trim() : null;
    if (s === '') return;
    if (s !== null && s.length <= max && accept(s)) report[key] = s;
    else warnings.push(`${label(index, outlet)}: ${what}, so it was left out.`);
  };
  optional('date', MAX_DATE_LENGTH, () => true, 'the date is not usable');
  optional('url', MAX_URL_LENGTH, isWebAddress, 'the address is not an http(s) web address');
  optional('language', MAX_LANGUAGE_LENGTH, (s) => LANGUAGE_TAG.test(s), 'the language is not a language tag');
  const ignored = Object.keys(raw).filter((k) => !REPORT_KEYS.has(k));
  return { ok: true, report, warnings, ignored };
}

/**
 * Validates the view; never fails (bad fields take their defaults, with a
 * warning). The fields and their rules are the view-state table's
 * (src/ui/view/fields.ts).
 */
export function checkView(raw: unknown): { view: ShareView; warnings: string[]; ignored: string[] } {
  return parseJsonView(raw);
}

/** The view fields that differ from the defaults (what a link writes). */
export function nonDefaultView(view: ShareView): Partial<ShareView> {
  return formatJsonView(view, 'link') as Partial<ShareView>;
}

export function ignoredWarning(fields: Iterable<string>): string | null {
  const list = [...new Set(fields)].slice(0, 8);
  if (list.length === 0) return null;
  return `This comparison has settings this version of Parallax does not know (${list.join(', ')}); they were ignored.`;
}

/**
 * Validates a whole comparison: `reports` must be an array of 2–6 valid
 * reports. On failure, `partial` holds the view and the reports that are valid.
 * `extraIgnored` are unknown top-level fields found by the caller.
 */
export function checkState(reportsRaw: unknown, viewRaw: unknown, extraIgnored: string[] = []): DecodeResult {
  const { view, warnings, ignored } = checkView(viewRaw);
  const allIgnored = [...extraIgnored, ...ignored.map((k) => `view.${k}`)];
  if (!Array.isArray(reportsRaw))
    return { ok: false, error: 'invalid', detail: 'It has no list of reports.', partial: { view } };
  // Bound the work on hostile input: more than a few over the limit is not worth reading.
  const rawList: unknown[] = reportsRaw.slice(0, MAX_REPORTS * 4);
  const reports: SharedReport[] = [];
  let firstError: { error: ShareError; why: string } | null = null;
  rawList.forEach((raw, i) => {
    const r = checkSharedReport(raw, i);
    if (r.ok) {
      reports.push(r.report);
      warnings.push(...r.warnings);
      allIgnored.push(...r.ignored.map((k) => `reports.${k}`));
    } else if (firstError === null || (firstError.error === 'invalid' && r.error === 'too-large')) {
      firstError = { error: r.error, why: r.why };
    }
  });
  const partial = { view, reports };
  const count = reportsRaw.length;
  if (count > MAX_REPORTS)
    return { ok: false, error: 'too-many-reports', detail: `It holds ${count} reports.`, partial };
  const failed = firstError as { error: ShareError; why: string } | null;
  if (failed) return { ok: false, error: failed.error, detail: failed.why, partial };
  if (count < MIN_REPORTS)
    return { ok: false, error: 'too-few-reports', detail: `It holds ${count === 1 ? 'one report' : 'no reports'}.`, partial };
  // Valid one by one, but more than the page can analyse at once (it would crash the tab): refused
  // before any analysis starts; the reports are offered to the editor to shorten.
  const over = checkBudget(reports.map((r) => r.text));
  if (over) return { ok: false, error: 'too-large', detail: over.message, partial };
  const note = ignoredWarning(allIgnored);
  if (note) warnings.push(note);
  return { ok: true, state: { reports, view }, warnings };
}
