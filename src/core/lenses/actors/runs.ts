/**
 * The capitalised runs namedActors reads in each sentence, by char codes
 * (../voices/chars.ts) instead of the expressions kept below as references:
 * the three expressions per sentence were most of the lens once the name scan
 * was made cheap (21 + 18 + 16 ms of a 3 × 1,000-sentence profile under load).
 * Text holding surrogates is read with the expressions (`surrogates`: whether
 * it does, when the caller knows).
 */
import { capAtOrAfter, capitalStarts, charRuns, cls, clsIn, hasSurrogates, LU, runAfter, S, wordishIn, type Runs } from '../voices/chars';

export const ORG_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|the|for|and)?\s*\p{Lu}[\p{L}'’-]*){0,6})(?:\s+\((\p{Lu}{2,6})\))?/gu;
export const ACRONYM_RE = /(?<![\p{L}])(\p{Lu}{3,6})(?![\p{L}])/gu;

export interface OrgMatch {
  index: number;
  /** Group 1: the capitalised words. */
  name: string;
  /** Group 2: an acronym in brackets after them. */
  acronym?: string;
}

const LINKS = ['of', 'the', 'for', 'and'];

/**
 * The matches of ORG_RE over `s`. Each word is a capital and every letter,
 * apostrophe and hyphen after it; the next word joins after white space,
 * optionally "of"/"the"/"for"/"and" (lower case) and more white space, when
 * it starts with a capital; at most six more words; then " (ACR)" with two
 * to six capitals. Every part after the first word is optional, so the
 * expression never backtracks out of a part it matched: read left to right.
 */
export function orgRuns(s: string, surrogates = hasSurrogates(s)): OrgMatch[] {
  const out: OrgMatch[] = [];
  if (surrogates) {
    const re = new RegExp(ORG_RE.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push(m[2] === undefined ? { index: m.index, name: m[1]! } : { index: m.index, name: m[1]!, acronym: m[2] });
    return out;
  }
  return orgRunsIn(charRuns(s), 0, s.length);
}

/**
 * orgRuns of `r.s.slice(lo, hi)` (indices into the slice), from the letter
 * runs of the whole text (no surrogates): a match starts at a capital after no
 * letter, a run's first letter (or `lo`, where the slice cuts a run); the
 * reads stop at `hi`.
 */
export function orgRunsIn(r: Runs, lo: number, hi: number): OrgMatch[] {
  const s = r.s;
  const out: OrgMatch[] = [];
  let next = lo;
  // Only runs that open with a capital (capitalStarts, as for capitalRunsIn), and the run cut by `lo` read from there.
  const caps = capitalStarts(r);
  const first = runAfter(r, lo);
  let c = capAtOrAfter(caps, first);
  if (first < r.count && r.start[first]! < lo) {
    if (lo < hi) next = orgRunAt(s, lo, lo, hi, out);
    if (c < caps.length && caps[c] === first) c++;
  }
  for (; c < caps.length; c++) {
    const p = r.start[caps[c]!]!;
    if (p >= hi) break;
    if (p >= next) next = orgRunAt(s, p, lo, hi, out, next);
  }
  return out;
}

/** Reads the org run orgRunsIn finds at `p` into `out` (index relative to `lo`); returns where the next may start (`next` when none starts at `p`). */
function orgRunAt(s: string, p: number, lo: number, hi: number, out: OrgMatch[], next = lo): number {
  if ((clsIn(s, p, hi) & LU) === 0) return next;
  let e = p + 1;
  while (wordishIn(s, e, hi)) e++;
  for (let units = 0; units < 6; units++) {
    let t = e;
    if ((clsIn(s, t, hi) & S) === 0) break;
    while (clsIn(s, t, hi) & S) t++;
    let nx = -1;
    for (const w of LINKS) {
      if (t + w.length > hi || !s.startsWith(w, t)) continue;
      let u = t + w.length;
      while (clsIn(s, u, hi) & S) u++;
      if (clsIn(s, u, hi) & LU) nx = u;
      break;
    }
    if (nx < 0 && clsIn(s, t, hi) & LU) nx = t;
    if (nx < 0) break;
    e = nx + 1;
    while (wordishIn(s, e, hi)) e++;
  }
  const name = s.slice(p, e);
  let end = e;
  let acronym: string | undefined;
  if (clsIn(s, e, hi) & S) {
    let t = e;
    while (clsIn(s, t, hi) & S) t++;
    if (t < hi && s.charCodeAt(t) === 40) {
      let a = t + 1;
      while (clsIn(s, a, hi) & LU) a++;
      if (a - t - 1 >= 2 && a - t - 1 <= 6 && a < hi && s.charCodeAt(a) === 41) {
        acronym = s.slice(t + 1, a);
        end = a + 1;
      }
    }
  }
  out.push(acronym === undefined ? { index: p - lo, name } : { index: p - lo, name, acronym });
  return end;
}

/**
 * The matches (index, group 1) of ACRONYM_RE over `s`: a run of letters, not
 * after a letter, that is three to six capitals (a longer run, or one going
 * on in lower case, fails at every length the expression tries).
 */
export function acronyms(s: string, surrogates = hasSurrogates(s)): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  if (surrogates) {
    const re = new RegExp(ACRONYM_RE.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push({ index: m.index, text: m[1]! });
    return out;
  }
  return acronymsIn(charRuns(s), 0, s.length);
}

/** acronyms of `r.s.slice(lo, hi)` (indices into the slice): the letter runs, cut to the slice, of three to six capitals. */
export function acronymsIn(r: Runs, lo: number, hi: number): { index: number; text: string }[] {
  const s = r.s;
  const out: { index: number; text: string }[] = [];
  // Only runs that open with a capital (capitalStarts), and the run cut by `lo` from there.
  const caps = capitalStarts(r);
  const first = runAfter(r, lo);
  let c = capAtOrAfter(caps, first);
  if (first < r.count && r.start[first]! < lo) {
    if (lo < hi) acronymAt(s, lo, Math.min(r.end[first]!, hi), lo, out);
    if (c < caps.length && caps[c] === first) c++;
  }
  for (; c < caps.length; c++) {
    const k = caps[c]!;
    const p = r.start[k]!;
    if (p >= hi) break;
    acronymAt(s, p, Math.min(r.end[k]!, hi), lo, out);
  }
  return out;
}

/** Adds s[p, e) to `out` (index relative to `lo`) when it is three to six capitals. */
function acronymAt(s: string, p: number, e: number, lo: number, out: { index: number; text: string }[]): void {
  if (e - p < 3 || e - p > 6) return;
  let a = p;
  while (a < e && (cls(s.charCodeAt(a)) & LU) !== 0) a++;
  if (a === e) out.push({ index: p - lo, text: s.slice(p, e) });
}
