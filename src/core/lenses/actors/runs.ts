/**
 * The capitalised runs namedActors reads in each sentence, by char codes
 * (../voices/chars.ts) instead of the expressions kept below as references:
 * the three expressions per sentence were most of the lens once the name scan
 * was made cheap (21 + 18 + 16 ms of a 3 × 1,000-sentence profile under load).
 * Text holding surrogates is read with the expressions (`surrogates`: whether
 * it does, when the caller knows).
 */
import type { Span } from '../../types';
import { capAtOrAfter, capitalRunAt, capitalStarts, charRuns, cls, clsIn, hasSurrogates, L, LU, runAfter, S, wordishIn, type Runs } from '../voices/chars';

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
  if (!orgRunRead(s, p, hi)) return next;
  const name = s.slice(p, ORG[0]);
  out.push(ORG[1]! < 0 ? { index: p - lo, name } : { index: p - lo, name, acronym: s.slice(ORG[1], ORG[2]) });
  return ORG[3]!;
}

/** What orgRunRead read: the name's end, the bracketed acronym's start (-1: none) and end, where the match ends, its first word's end. */
const ORG = new Int32Array(5);

/**
 * wordEndIn's place in the runs it is given: the index of a run that starts at or before the next word it is asked
 * (sentenceRuns sets it to the capital start's run before orgRunRead reads there).
 */
let wordRun = 0;

/**
 * The end of the word `\p{Lu}[\p{L}'’-]*` whose first unit is at `q` (before `hi`). With the text's letter runs
 * `r`, where a run starts at `q`: its end, and past an apostrophe or hyphen the next run's (a letter after one
 * starts a run), as capitalRunAtRun (../voices/chars.ts) reads a word; unit by unit otherwise. Each org run's
 * words were read a unit at a time (~7,400 runs per 3 × 1,000 reports, most a word or two): sentenceRuns over
 * 3 × 1,000 reports 1.61 → 1.32 and 1.63 → 1.32 ms (min of 300, paired 0.82, 0.835).
 */
function wordEndIn(s: string, q: number, hi: number, r: Runs | undefined): number {
  if (r !== undefined) {
    const count = r.count;
    let k = wordRun;
    while (k < count && r.start[k]! < q) k++;
    wordRun = k;
    if (k < count && r.start[k] === q) {
      let e = r.end[k]! < hi ? r.end[k]! : hi;
      for (;;) {
        if (e >= hi) return e;
        const c = s.charCodeAt(e);
        if (c === 39 || c === 0x2019 || c === 45) e++;
        else if ((cls(c) & L) === 0) return e;
        else if (k + 1 < count && r.start[k + 1] === e) {
          wordRun = ++k;
          e = r.end[k]! < hi ? r.end[k]! : hi;
        } else break;
      }
    }
  }
  let e = q + 1;
  while (wordishIn(s, e, hi)) e++;
  return e;
}

/** The org run at `p` (before `hi`) into ORG, by positions (no string made); false where none starts there. `r`: the text's letter runs, for wordEndIn. */
function orgRunRead(s: string, p: number, hi: number, r?: Runs): boolean {
  if ((clsIn(s, p, hi) & LU) === 0) return false;
  let e = wordEndIn(s, p, hi, r);
  ORG[4] = e;
  for (let units = 0; units < 6; units++) {
    let t = e;
    if ((clsIn(s, t, hi) & S) === 0) break;
    while (clsIn(s, t, hi) & S) t++;
    let nx = -1;
    // Only a link's first letter (o, t, f, a) can start one: most gaps are a capital, asked no startsWith.
    const c = t < hi ? s.charCodeAt(t) : 0;
    if (c === 111 || c === 116 || c === 102 || c === 97) {
      for (const w of LINKS) {
        if (t + w.length > hi || !s.startsWith(w, t)) continue;
        let u = t + w.length;
        while (clsIn(s, u, hi) & S) u++;
        if (clsIn(s, u, hi) & LU) nx = u;
        break;
      }
    }
    if (nx < 0 && clsIn(s, t, hi) & LU) nx = t;
    if (nx < 0) break;
    e = wordEndIn(s, nx, hi, r);
  }
  ORG[0] = e;
  ORG[1] = -1;
  ORG[2] = -1;
  ORG[3] = e;
  if (clsIn(s, e, hi) & S) {
    let t = e;
    while (clsIn(s, t, hi) & S) t++;
    if (t < hi && s.charCodeAt(t) === 40) {
      let a = t + 1;
      while (clsIn(s, a, hi) & LU) a++;
      if (a - t - 1 >= 2 && a - t - 1 <= 6 && a < hi && s.charCodeAt(a) === 41) {
        ORG[1] = t + 1;
        ORG[2] = a;
        ORG[3] = a + 1;
      }
    }
  }
  return true;
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

/**
 * The capital runs (capitalRunsIn with `units`, `tail`), org runs (orgRunsIn)
 * and acronyms (acronymsIn) of every sentence, by text positions, in
 * sentence order: what namedActors reads, in one walk over the text's capital
 * runs. Per sentence, each of the three scans found its first run by two
 * binary searches over the report's runs (~20,000) and returned objects and
 * strings for every run (~1.9 ms of binary search and ~2 ms of objects of
 * namedActors' ~17 ms per 3 × 1,000 reports, line profile): here a cursor
 * moves on from the last sentence (a search only where a sentence starts
 * before the last one), and the runs are positions in arrays reused from call
 * to call (`out`: valid until the next call with it).
 */
export interface SentenceRuns {
  caps: RunSpans;
  orgs: RunSpans;
  acronyms: RunSpans;
}

/** Runs by position: [start, end) (for an org run, of its name), the sentence, and for an org run its bracketed acronym (`aStart` -1: none). */
export class RunSpans {
  count = 0;
  start: number[] = [];
  end: number[] = [];
  sentence: number[] = [];
  aStart: number[] = [];
  aEnd: number[] = [];
  push(start: number, end: number, sentence: number, aStart = -1, aEnd = -1): void {
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.sentence[k] = sentence;
    this.aStart[k] = aStart;
    this.aEnd[k] = aEnd;
  }
}

export function sentenceRuns(r: Runs, sentences: readonly Span[], units: number, tail: boolean, out: SentenceRuns): SentenceRuns {
  const s = r.s;
  const caps = capitalStarts(r);
  const { caps: capOut, orgs: orgOut, acronyms: acrOut } = out;
  capOut.count = 0;
  orgOut.count = 0;
  acrOut.count = 0;
  let first = 0;
  let c0 = 0;
  let lastLo = 0;
  for (let si = 0; si < sentences.length; si++) {
    const { start: lo, end: hi } = sentences[si]!;
    // runAfter(r, lo) and capAtOrAfter(caps, first): both grow with `lo`, so read on from the last sentence's.
    if (lo >= lastLo) {
      while (first < r.count && r.end[first]! <= lo) first++;
      while (c0 < caps.length && caps[c0]! < first) c0++;
    } else {
      first = runAfter(r, lo);
      c0 = capAtOrAfter(caps, first);
    }
    lastLo = lo;
    const cut = first < r.count && r.start[first]! < lo;
    // The first capital run from which the loops below read (the run cut by `lo`, read from `lo`, left out).
    const from = cut && c0 < caps.length && caps[c0] === first ? c0 + 1 : c0;

    // The runs cut by `lo`, read from `lo`: capitalRunsIn(r, lo, hi, units, tail), orgRunsIn(r, lo, hi) and
    // acronymsIn(r, lo, hi) each read it first.
    let nextCap = lo;
    let nextOrg = lo;
    if (cut && lo < hi) {
      const end = capitalRunAt(s, lo, lo, hi, units, tail);
      if (end >= 0) {
        capOut.push(lo, end, si);
        nextCap = end;
      }
      if (orgRunRead(s, lo, hi)) {
        orgOut.push(lo, ORG[0]!, si, ORG[1], ORG[2]);
        nextOrg = ORG[3]!;
      }
      acronymRead(s, lo, Math.min(r.end[first]!, hi), si, acrOut);
    }
    // Then the three at each capital start, in one loop (they were three loops over the same starts; each list comes
    // out in the same order). sentenceRuns over 3 × 1,000 reports: 2.25 → 1.94 ms (min of 300, paired 0.85); with the
    // one-word shortcut below 2.25 → 1.70 and 2.38 → 1.74 (paired 0.742, 0.760).
    for (let c = from; c < caps.length; c++) {
      const k = caps[c]!;
      const p = r.start[k]!;
      if (p >= hi) break;
      // An org run of one word read here, with no dot after it: its word (`\p{Lu}[\p{L}'’-]*`, a capital run's first
      // word too) is followed by no white space, or by white space and no capital, so no capital run (two capitalised
      // words at least) starts here either; capitalRunAt is not asked (most capital starts: "The", "But", a surname).
      let oneWord = false;
      wordRun = k;
      if (p >= nextOrg && orgRunRead(s, p, hi, r)) {
        orgOut.push(p, ORG[0]!, si, ORG[1], ORG[2]);
        nextOrg = ORG[3]!;
        const w = ORG[4]!;
        oneWord = ORG[0] === w && (w >= hi || s.charCodeAt(w) !== 46);
      }
      if (p >= nextCap && !oneWord) {
        const end = capitalRunAt(s, p, lo, hi, units, tail);
        if (end >= 0) {
          capOut.push(p, end, si);
          nextCap = end;
        }
      }
      acronymRead(s, p, Math.min(r.end[k]!, hi), si, acrOut);
    }
  }
  return out;
}

/** acronymAt by position. */
function acronymRead(s: string, p: number, e: number, si: number, out: RunSpans): void {
  if (e - p < 3 || e - p > 6) return;
  let a = p;
  while (a < e && (cls(s.charCodeAt(a)) & LU) !== 0) a++;
  if (a === e) out.push(p, e, si);
}
