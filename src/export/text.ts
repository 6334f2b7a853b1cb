/**
 * Text helpers shared by the exports and the command line. Pure: no DOM, no fs.
 */
import type { Claim, ClaimMember, Comparison, ReportResult } from '../core/types';
import type { ExportMeta } from './meta';
import { outletLetter } from './letters';

/** A claim as the analysis gives it once the user's corrections are in it (issue 11): its own note and edited mark. */
type AnnotatedClaim = Claim & { note?: unknown; edited?: unknown };

/** The user's note on a claim: the claim's own `note` when it has one, else `meta.notes[id]`. */
export function claimNote(claim: Claim, meta: ExportMeta): string | undefined {
  const own = (claim as AnnotatedClaim).note;
  if (typeof own === 'string' && own.trim() !== '') return own;
  const given = meta.notes?.[claim.id];
  return given && given.trim() !== '' ? given : undefined;
}

/** Whether the user edited a claim: the claim's own `edited` mark, else its id in `meta.edits`. */
export function claimEdited(claim: Claim, meta: ExportMeta): boolean {
  return (claim as AnnotatedClaim).edited === true || (meta.edits?.includes(claim.id) ?? false);
}

/**
 * C0 controls (except \n and \t), DEL, C1 controls, and the Unicode bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, plus LRM/RLM/ALM),
 * which can reorder what a terminal or an editor shows ("Trojan source").
 */
const CONTROLS_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, and \n and \t too: for text that must stay on one line (messages). */
const CONTROLS_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes control characters visible as `\x1B` / `\u202E` so that nothing a
 * report supplies can move a terminal's cursor, change its colours, set its
 * title or reorder the line. `mode: 'text'` keeps \n and \t (and turns CRLF
 * into \n); `mode: 'line'` escapes them too, for one-line messages.
 */
export function escapeControls(text: string, mode: 'text' | 'line' = 'text'): string {
  if (mode === 'text') return text.replace(/\r\n/g, '\n').replace(CONTROLS_TEXT, visible);
  return text.replace(CONTROLS_LINE, visible);
}

/** Every string inside a JSON-like value passed through `escapeControls` (a copy; the input is not changed). */
export function escapeControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeControlsDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeControlsDeep(v);
    return out as T;
  }
  return value;
}

/** "A", "B", … "Z", "AA", "AB", … */
export const letter = outletLetter;

/** Labels for reports: the outlet, disambiguated by id when two reports share one; "Outlet A/B/…" when hidden. */
export function outletLabels(reports: readonly ReportResult[], hideOutletNames = false): string[] {
  if (hideOutletNames) return reports.map((_r, i) => `Outlet ${letter(i)}`);
  const count = new Map<string, number>();
  for (const r of reports) count.set(r.outlet, (count.get(r.outlet) ?? 0) + 1);
  return reports.map((r) => ((count.get(r.outlet) ?? 0) > 1 ? `${r.outlet} (${r.id})` : r.outlet));
}

/**
 * The comparison with every outlet name replaced by "Outlet A/B/…": outlets,
 * report ids (file names often name the outlet) in the reports and the fact
 * matrix, and URLs dropped. The report texts themselves are kept: a text that
 * names its own outlet still does.
 */
export function anonymise(comparison: Comparison): Comparison {
  const idMap = new Map(comparison.reports.map((r, i) => [r.id, `outlet-${letter(i).toLowerCase()}`]));
  const mapId = (id: string) => idMap.get(id) ?? id;
  return {
    ...comparison,
    reports: comparison.reports.map((r, i) => {
      const { url: _url, ...rest } = r;
      return { ...rest, id: mapId(r.id), outlet: `Outlet ${letter(i)}` };
    }),
    facts: {
      ...comparison.facts,
      reports: comparison.facts.reports.map(mapId),
      discrepancies: comparison.facts.discrepancies.map((d) => ({ ...d, values: d.values.map((v) => ({ ...v, report: mapId(v.report) })) })),
    },
  };
}

/** Collapses white space (line breaks included) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Only http(s) URLs become links; anything else (javascript:, data:, …) is shown as text or dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A claim member's sentence cut into runs, `differing` where the word diff marks wording only this outlet uses. */
export function memberPieces(claim: Claim, member: ClaimMember, comparison: Comparison): { text: string; differing: boolean }[] | undefined {
  const report = comparison.reports[member.report];
  const sentence = report?.sentences[member.sentence];
  if (!report || !sentence) return undefined;
  const diff = claim.diff?.find((d) => d.report === member.report && d.sentence === member.sentence);
  if (!diff || diff.tokens.length === 0) return [{ text: sentence.text, differing: false }];
  const pieces: { text: string; differing: boolean }[] = [];
  const push = (text: string, differing: boolean) => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.differing === differing) last.text += text;
    else pieces.push({ text, differing });
  };
  let at = sentence.start;
  for (const t of diff.tokens) {
    const start = Math.max(t.start, at);
    const end = Math.min(t.end, sentence.end);
    if (end <= start) continue;
    push(report.text.slice(at, start), false);
    push(report.text.slice(start, end), t.kind === 'differing');
    at = end;
  }
  push(report.text.slice(at, sentence.end), false);
  // "Belarus Blasts" reads better as one marked run than as two: white space between two differing runs joins them.
  const joined: { text: string; differing: boolean }[] = [];
  pieces.forEach((p, i) => {
    const prev = joined[joined.length - 1];
    const next = pieces[i + 1];
    if (!p.differing && prev?.differing && next?.differing && /^[ \t]+$/.test(p.text)) prev.text += p.text;
    else if (p.differing && prev?.differing) prev.text += p.text;
    else joined.push({ ...p });
  });
  return joined;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
