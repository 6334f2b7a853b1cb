/**
 * Character classes of UTF-16 code units, for the hand-written scans of the
 * voices and actors lenses (capitalised runs, acronyms, word starts). A
 * regular expression pays per match and per position tried: the regex word
 * pass `/[\p{L}\p{N}]+/gu` took 11.8 ms over 3 × 1,000 real sentences where a
 * loop over char codes took 1.6 ms (same machine, same load). The classes are
 * the expressions' own (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\s`), read once
 * per code unit from those expressions and kept in a table.
 *
 * Only for text without surrogates: a code point outside the BMP is two code
 * units here, one character to a `u` expression. Callers check
 * `hasSurrogates` and keep the expression for such text.
 */

export const L = 1;
export const LU = 2;
export const LL = 4;
export const N = 8;
export const S = 16;
const KNOWN = 128;

const table = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let f = KNOWN;
  if (/\p{L}/u.test(ch)) f |= L;
  if (/\p{Lu}/u.test(ch)) f |= LU;
  if (/\p{Ll}/u.test(ch)) f |= LL;
  if (/\p{N}/u.test(ch)) f |= N;
  if (/\s/u.test(ch)) f |= S;
  table[c] = f;
  return f;
}

for (let c = 0; c < 128; c++) classify(c);

/** The classes of the code unit `c` (a BMP character; surrogate halves read as no class). */
export function cls(c: number): number {
  const f = table[c]!;
  return f === 0 ? classify(c) : f;
}

/** The classes of the code unit at `i` of `s`, 0 outside it. */
export function clsAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? cls(s.charCodeAt(i)) : 0;
}

export function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/*
 * Readers of the code unit at `i` of `s` that see nothing at or after `hi` (the end of a slice never made).
 * Module functions, not closures of the scans: tsx (esbuild's keepNames) wraps every named closure in a call
 * that defines its name, per call of the scan (capitalRunsIn, run per sentence, showed 29 ms in it).
 */

/** The classes at `i`, 0 at or after `hi`. */
export function clsIn(s: string, i: number, hi: number): number {
  return i < hi ? cls(s.charCodeAt(i)) : 0;
}

/** `[\p{L}'’-]` at `i`, before `hi`. */
export function wordishIn(s: string, i: number, hi: number): boolean {
  if (i >= hi) return false;
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (cls(c) & L) !== 0;
}

/** `[\p{Ll}'’-]` at `i`, before `hi`. */
function lowerishIn(s: string, i: number, hi: number): boolean {
  if (i >= hi) return false;
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (cls(c) & LL) !== 0;
}

/**
 * `s.split(/\s+/)` by char codes (white space as `\s` reads it: the S class; a surrogate is none): the same pieces,
 * empty ones at the ends included. The lenses split names and speaker phrases into words so; the regular-expression
 * split was ~70,000 sticky matches per 3 × 1,000 reports, one per unit of the strings split.
 */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let p = 0;
  for (let q = 0; q < n; q++) {
    if ((cls(s.charCodeAt(q)) & S) === 0) continue;
    let e = q + 1;
    while (e < n && (cls(s.charCodeAt(e)) & S) !== 0) e++;
    out.push(s.slice(p, q));
    p = e;
    q = e - 1;
  }
  out.push(s.slice(p));
  return out;
}

export interface RunMatch {
  index: number;
  text: string;
}

/** The expression capitalRuns reads by hand (the reference, and the reading of text with surrogates). */
export function capitalRunRe(units: number, tail: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,${units}}\\p{Lu}[\\p{Ll}'’-]+${tail ? `(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?` : ''})`, 'gu');
}

/**
 * The maximal runs of `mask` characters (letters: `\p{L}+`; with N, letters
 * and digits) of a text without surrogates, in text order. Built in one pass
 * over the text and read by every scan of it that starts at such a run
 * (capital runs, bodies, acronyms, cue words, word starts): each of those
 * scans was a pass of its own over every character (capitalRuns, orgRuns,
 * acronyms and cueHits were 66 + 60 + 21 + 27 ms inclusive of a loaded
 * 3 × 1,000-sentence profile of the two lenses, 560 ms). `ascii`: 1 where the
 * run is ASCII only.
 */
export interface Runs {
  s: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  ascii: Uint8Array;
  /** Whether `s` holds surrogates (hasSurrogates; then the runs are not what the scans read, and callers use expressions). */
  surrogates: boolean;
  /** capitalStarts' index, once made (undefined until asked). */
  caps?: Int32Array | undefined;
}

/**
 * The indices of the runs of `r` whose first unit is a capital (`\p{Lu}`), in order: made once per Runs and kept
 * on it. The capital-run scans (capitalRunsIn; orgRunsIn and acronymsIn in ../actors/runs.ts) can only match at
 * such a run (or where a slice cuts one): each walked every run of the text, ~20,000 a report, four times a report
 * (the voices lens once, the actors lens once per sentence for each of three scans), to find the ~1 in 6 that are.
 */
export function capitalStarts(r: Runs): Int32Array {
  if (r.caps !== undefined) return r.caps;
  const s = r.s;
  const out = new Int32Array(r.count);
  let n = 0;
  for (let k = 0; k < r.count; k++) if ((cls(s.charCodeAt(r.start[k]!)) & LU) !== 0) out[n++] = k;
  return (r.caps = out.subarray(0, n));
}

/** The first entry of `caps` that is `k` or more (binary search; `caps.length` when none). */
export function capAtOrAfter(caps: Int32Array, k: number): number {
  let lo = 0;
  let hi = caps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (caps[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function charRuns(s: string, mask: number = L): Runs {
  const n = s.length;
  const runs = new RunList((n >> 3) + 16);
  let surrogates = false;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    let f = table[c]!;
    if (f === 0) f = classify(c);
    if ((f & mask) === 0) {
      if ((c & 0xf800) === 0xd800) surrogates = true;
      i++;
      continue;
    }
    const b = i;
    let or = c;
    while (++i < n) {
      c = s.charCodeAt(i);
      f = table[c]!;
      if (f === 0) f = classify(c);
      if ((f & mask) === 0) break;
      or |= c;
    }
    runs.push(b, i, or < 128);
  }
  return { s, count: runs.count, start: runs.start, end: runs.end, ascii: runs.ascii, surrogates, caps: undefined };
}

/** A growable list of runs (charRuns). */
export class RunList {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  ascii: Uint8Array;
  constructor(cap: number) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.ascii = new Uint8Array(cap);
  }
  push(b: number, e: number, ascii: boolean): void {
    if (this.count === this.start.length) {
      const cap = this.count * 2;
      const s = new Int32Array(cap);
      s.set(this.start);
      this.start = s;
      const e2 = new Int32Array(cap);
      e2.set(this.end);
      this.end = e2;
      const a = new Uint8Array(cap);
      a.set(this.ascii);
      this.ascii = a;
    }
    this.start[this.count] = b;
    this.end[this.count] = e;
    this.ascii[this.count] = ascii ? 1 : 0;
    this.count++;
  }
}

/**
 * In one pass over `s`: its letter runs (`charRuns(s)`), its runs of letters
 * and digits (`charRuns(s, L | N)`), and whether it holds surrogates
 * (`hasSurrogates(s)`; the runs are meant only for text without). The actors
 * lens read the text three times for these (each pass over 3 × 1,000
 * sentences about a fifth of the regex word pass).
 */
export function textRuns(s: string): { letters: Runs; words: Runs; surrogates: boolean } {
  const n = s.length;
  // Sized for a run every four units (news text has one every ~6), so that the lists do not grow: growing copied
  // three arrays twice per report. Filled in place (no push per run), each letter run by its own loop: 2.85 → 2.34 ms
  // min per 3 × 1,000 reports (A/B in one process, with the capital-start index now made here too).
  const cap = (n >> 2) + 16;
  let lStart: Int32Array = new Int32Array(cap);
  let lEnd: Int32Array = new Int32Array(cap);
  let lAscii: Uint8Array = new Uint8Array(cap);
  let wStart: Int32Array = new Int32Array(cap);
  let wEnd: Int32Array = new Int32Array(cap);
  let wAscii: Uint8Array = new Uint8Array(cap);
  let lCaps: Int32Array = new Int32Array(cap);
  let capN = 0;
  let lc = 0;
  let wc = 0;
  let surrogates = false;
  let i = 0;
  // The class table and bits read once into locals: a module binding is read through the module's context (with
  // a check that it is initialised) at each use, and the loops below use four per unit (an A/B of the two forms in
  // one process, min of 150 runs over the three texts of 3 × 1,000 reports: 2.6 → 2.0 ms).
  const tbl = table;
  const L_ = L;
  const N_ = N;
  const LN_ = L | N;
  const LU_ = LU;
  while (i < n) {
    let c = s.charCodeAt(i);
    let f = tbl[c]!;
    if (f === 0) f = classify(c);
    if ((f & LN_) === 0) {
      if ((c & 0xf800) === 0xd800) surrogates = true;
      i++;
      continue;
    }
    // A run of letters and digits, and the runs of letters in it: each letter run read by a loop of its own (the
    // common case, a word of letters, asks one class bit per unit).
    const wb = i;
    let wor = 0;
    for (;;) {
      if ((f & L_) !== 0) {
        const lb = i;
        let lor = c;
        // capitalStarts' index, made here (the run about to be number `lc`) rather than by a pass over the runs:
        // written always and kept by the count (a branch on the capital, taken by ~1 run in 5 at random, cost more).
        if (lc === lStart.length) ({ start: lStart, end: lEnd, ascii: lAscii, caps: lCaps } = grown(lStart, lEnd, lAscii, lCaps));
        lCaps[capN] = lc;
        capN += (f & LU_) >> 1;
        while (++i < n) {
          c = s.charCodeAt(i);
          f = tbl[c]!;
          if (f === 0) f = classify(c);
          if ((f & L_) === 0) break;
          lor |= c;
        }
        lStart[lc] = lb;
        lEnd[lc] = i;
        lAscii[lc++] = (lor - 128) >>> 31;
        wor |= lor;
      } else {
        // Digits (\p{N}, never a letter), up to a letter or the run's end.
        wor |= c;
        while (++i < n) {
          c = s.charCodeAt(i);
          f = tbl[c]!;
          if (f === 0) f = classify(c);
          if ((f & N_) === 0) break;
          wor |= c;
        }
      }
      if (i >= n || (f & LN_) === 0) break;
    }
    if (wc === wStart.length) ({ start: wStart, end: wEnd, ascii: wAscii } = grown(wStart, wEnd, wAscii));
    wStart[wc] = wb;
    wEnd[wc] = i;
    wAscii[wc++] = (wor - 128) >>> 31;
    // The unit that ended the run (neither letter nor digit, its class in `f`) is passed over here, not read again
    // at the top (min of 150 over the three texts of 3 × 1,000 reports: 2.14 → 1.77 ms, 1.99 → 1.83).
    if (i < n) {
      if ((c & 0xf800) === 0xd800) surrogates = true;
      i++;
    }
  }
  return {
    letters: { s, count: lc, start: lStart, end: lEnd, ascii: lAscii, surrogates, caps: lCaps.subarray(0, capN) },
    words: { s, count: wc, start: wStart, end: wEnd, ascii: wAscii, surrogates, caps: undefined },
    surrogates,
  };
}

/** Run arrays of twice the length, holding the old ones' entries (textRuns; `caps` grown alike where given). */
function grown(start: Int32Array, end: Int32Array, ascii: Uint8Array, caps?: Int32Array): { start: Int32Array; end: Int32Array; ascii: Uint8Array; caps: Int32Array } {
  const cap = start.length * 2;
  const s2 = new Int32Array(cap);
  s2.set(start);
  const e2 = new Int32Array(cap);
  e2.set(end);
  const a2 = new Uint8Array(cap);
  a2.set(ascii);
  const c2 = new Int32Array(caps ? cap : 0);
  if (caps) c2.set(caps);
  return { start: s2, end: e2, ascii: a2, caps: c2 };
}

export type TextRuns = ReturnType<typeof textRuns>;

/**
 * textRuns of a report's text, by the report's sentence list (the lenses of a
 * report are given the same one; a string cannot key a WeakMap): the voices
 * lens computes them, the actors lens reads them and the facts lens, run
 * last, takes them (`take`: and forgets them, so the cache holds no report's
 * runs for long).
 */
const byReport = new WeakMap<object, { text: string; runs: TextRuns }>();

export function reportRuns(text: string, sentences: object, take = false): TextRuns {
  const c = byReport.get(sentences);
  if (c && c.text === text) {
    if (take) byReport.delete(sentences);
    return c.runs;
  }
  const runs = textRuns(text);
  if (!take) byReport.set(sentences, { text, runs });
  return runs;
}

/**
 * The runs of `r` outside `a` and `b` (each sorted, non-overlapping spans),
 * as runs of `masked`: the text with those spans blanked by non-letters, the
 * rest unchanged. charRuns(masked) when every run lies wholly inside or
 * outside the spans (the voices lens blanks quotations and party tags, which
 * begin and end beside non-letters); undefined when one straddles a span's
 * edge (then the caller reads `masked` itself).
 */
export function runsOutside(r: Runs, masked: string, a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): Runs | undefined {
  // At most every run is kept: the arrays are filled in place (no push per run).
  const start = new Int32Array(r.count + 1);
  const end = new Int32Array(r.count + 1);
  const ascii = new Uint8Array(r.count + 1);
  let n = 0;
  // capitalStarts' index of the runs kept, made as they are (the capital-run scan reads it right after): from the
  // index of `r` when it has one (a kept run is unchanged in `masked`), else from the first unit of each run kept.
  const caps = new Int32Array(r.count + 1);
  let capN = 0;
  const rCaps = r.caps;
  let rc = 0;
  let i = 0;
  let j = 0;
  for (let k = 0; k < r.count; k++) {
    const s = r.start[k]!;
    const e = r.end[k]!;
    while (i < a.length && (a[i]!.end <= s || a[i]!.start >= a[i]!.end)) i++;
    while (j < b.length && (b[j]!.end <= s || b[j]!.start >= b[j]!.end)) j++;
    const x = i < a.length && a[i]!.start < e ? a[i]! : j < b.length && b[j]!.start < e ? b[j]! : undefined;
    if (x) {
      if (x.start <= s && e <= x.end) continue;
      return undefined;
    }
    if (rCaps !== undefined) {
      while (rc < rCaps.length && rCaps[rc]! < k) rc++;
      if (rc < rCaps.length && rCaps[rc] === k) caps[capN++] = n;
    } else if ((cls(masked.charCodeAt(s)) & LU) !== 0) caps[capN++] = n;
    start[n] = s;
    end[n] = e;
    ascii[n++] = r.ascii[k]!;
  }
  return { s: masked, count: n, start, end, ascii, surrogates: r.surrogates, caps: caps.subarray(0, capN) };
}

/**
 * The runs of `r` (of a text without surrogates) read over `masked`, that text with the sorted, non-overlapping
 * spans `a` and `b` blanked by non-letters: `r`'s own arrays with `s: masked`, where no span cuts a run (the case
 * where runsOutside is defined), else undefined. For the scans that start only at a run whose first unit is a
 * letter of the text they read, and read that text itself from there (capitalRunsIn, the voices lens's cueHits): a
 * run inside a span starts at a blank of `masked`, where neither finds anything, and every other run is a run of
 * `masked` (runsOutside's). So their matches over this are their matches over runsOutside's runs, with no copy of
 * the runs kept: runsOutside was 1.25–1.4 ms self per 3 × 1,000 reports (detectVoices alone, loaded machine) and
 * three arrays of the text's run count per report. A span cuts a run where the units on both sides of one of its
 * edges are letters (a run is a maximal stretch of letters).
 */
export function runsOver(r: Runs, masked: string, a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): Runs | undefined {
  if (cutsRun(r.s, a) || cutsRun(r.s, b)) return undefined;
  return { s: masked, count: r.count, start: r.start, end: r.end, ascii: r.ascii, surrogates: r.surrogates, caps: r.caps };
}

/** Whether an edge of a non-empty span of `spans` lies inside a run of letters of `s` (a letter on both sides of it). */
function cutsRun(s: string, spans: readonly { start: number; end: number }[]): boolean {
  const n = s.length;
  for (let i = 0; i < spans.length; i++) {
    const x = spans[i]!;
    if (x.start >= x.end) continue;
    if (x.start > 0 && (cls(s.charCodeAt(x.start - 1)) & L) !== 0 && (cls(s.charCodeAt(x.start)) & L) !== 0) return true;
    if (x.end < n && (cls(s.charCodeAt(x.end - 1)) & L) !== 0 && (cls(s.charCodeAt(x.end)) & L) !== 0) return true;
  }
  return false;
}

/** The first run of `r` that ends after `pos` (binary search; `r.count` when none). */
export function runAfter(r: Runs, pos: number): number {
  let lo = 0;
  let hi = r.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.end[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The matches (index, group 1) of `capitalRunRe(units, tail)` over `s`: runs
 * of capitalised words, "Sen. Rosa Delgado", "Majority Leader Dana
 * Whitfield". By hand: a word of the run is a capital and every letter,
 * apostrophe and hyphen after it (the expression cannot end it sooner, as a
 * dot or white space must follow), so the only choice the expression
 * backtracks over is how many words the run takes before its last one (a
 * capital and lower-case letters, which may be the start of a longer word).
 * Same matches, tested against the expression (chars.test.ts). `surrogates`:
 * whether `s` holds any (a caller reading many slices of one text checks once).
 */
export function capitalRuns(s: string, units: number, tail: boolean, surrogates = hasSurrogates(s)): RunMatch[] {
  if (surrogates) {
    const out: RunMatch[] = [];
    const re = capitalRunRe(units, tail);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push({ index: m.index, text: m[1]! });
    return out;
  }
  return capitalRunsIn(charRuns(s), 0, s.length, units, tail);
}

/**
 * capitalRuns of `r.s.slice(lo, hi)` (indices into the slice), read from the
 * letter runs of the whole text (`charRuns(text)`, no surrogates): a match
 * starts at a capital after no letter and no dot, so only at a run's first
 * letter (or at `lo`, where the slice cuts a run), and the reads stop at `hi`.
 * The slice is never made. `r` may be runsOver's (its runs read over a text with
 * spans blanked): a run blanked in `r.s` starts at no capital there.
 *
 * The first capital run at or after `lo` by one binary search over the capital
 * starts by position, not one over every run and a second over the capital
 * starts (the actors lens asks once per sentence: the two searches were 0.48 of
 * its 1.57 ms of capital-run scans per 3 × 1,000 reports); the slice cuts a run
 * where the units on both sides of `lo` are letters. The words of a run are read
 * from the runs (capitalRunAtRun).
 */
export function capitalRunsIn(r: Runs, lo: number, hi: number, units: number, tail: boolean): RunMatch[] {
  const s = r.s;
  const out: RunMatch[] = [];
  let next = lo;
  const caps = capitalStarts(r);
  const start = r.start;
  let c = 0;
  let top = caps.length;
  while (c < top) {
    const mid = (c + top) >> 1;
    if (start[caps[mid]!]! < lo) c = mid + 1;
    else top = mid;
  }
  if (lo > 0 && lo < hi && (cls(s.charCodeAt(lo - 1)) & L) !== 0 && (cls(s.charCodeAt(lo)) & L) !== 0) {
    const end = capitalRunAt(s, lo, lo, hi, units, tail);
    if (end >= 0) {
      out.push({ index: 0, text: s.slice(lo, end) });
      next = end;
    }
  }
  for (; c < caps.length; c++) {
    const k = caps[c]!;
    const p = start[k]!;
    if (p >= hi) break;
    if (p < next) continue;
    if (!mayStartRun(s, r.end[k]!, hi)) continue;
    const end = capitalRunAtRun(r, k, lo, hi, units, tail);
    if (end < 0) continue;
    out.push({ index: p - lo, text: s.slice(p, end) });
    next = end;
  }
  return out;
}

/**
 * Whether capitalRunAtRun may find a run at a run ending at `e`: false where it finds none, as the word the run
 * starts ends there (before `hi`, neither a dot, an apostrophe, a hyphen nor a letter follows it) and no capital
 * comes after it, after white space; a run takes two words at least. Most capital starts are one word ("The",
 * "But", a name before a verb): capitalRunAtRun was called for each (~12,000 per 3 × 1,000 reports, over the whole
 * text, as many again from the actors lens's sentences), ~1 in 6 of them the start of a run.
 */
function mayStartRun(s: string, e: number, hi: number): boolean {
  if (e >= hi) return false;
  const c = s.charCodeAt(e);
  const f = cls(c);
  if ((f & S) === 0) return c === 46 || c === 39 || c === 0x2019 || c === 45 || (f & L) !== 0;
  let q = e + 1;
  while (q < hi && (cls(s.charCodeAt(q)) & S) !== 0) q++;
  return q < hi && (cls(s.charCodeAt(q)) & LU) !== 0;
}

/**
 * capitalRunsIn as it was before it read the words from the runs (capitalRunAtRun): the reference it is held to in
 * chars.test.ts. capitalRuns of `r.s.slice(lo, hi)` (indices into the slice), read from the
 * letter runs of the whole text (`charRuns(text)`, no surrogates): a match
 * starts at a capital after no letter and no dot, so only at a run's first
 * letter (or at `lo`, where the slice cuts a run), and the reads stop at `hi`.
 * The slice is never made.
 */
export function capitalRunsInReference(r: Runs, lo: number, hi: number, units: number, tail: boolean): RunMatch[] {
  const s = r.s;
  const out: RunMatch[] = [];
  let next = lo;
  // Only runs that open with a capital (capitalStarts), and the run cut by `lo` read from there.
  const caps = capitalStarts(r);
  const first = runAfter(r, lo);
  let c = capAtOrAfter(caps, first);
  if (first < r.count && r.start[first]! < lo) {
    if (lo < hi) {
      const end = capitalRunAt(s, lo, lo, hi, units, tail);
      if (end >= 0) {
        out.push({ index: 0, text: s.slice(lo, end) });
        next = end;
      }
    }
    if (c < caps.length && caps[c] === first) c++;
  }
  for (; c < caps.length; c++) {
    const p = r.start[caps[c]!]!;
    if (p >= hi) break;
    if (p < next) continue;
    const end = capitalRunAt(s, p, lo, hi, units, tail);
    if (end < 0) continue;
    out.push({ index: p - lo, text: s.slice(p, end) });
    next = end;
  }
  return out;
}

/** Where each word but the last of the run capitalRunAt reads may end (scratch, one array for every run). */
const ENDS: number[] = [];

/**
 * The run's end, from the word ends capitalRunAt and capitalRunAtRun wrote in `ENDS[0, n)`: the last of them
 * that starts a `\p{Lu}\p{Ll}…` word, read unit by unit (runs do not tell lower case), with one more such word
 * after white space when `tail`; -1 if none.
 */
function lastWordEnd(s: string, n: number, hi: number, tail: boolean): number {
  const ends = ENDS;
  let end = -1;
  for (let j = n - 1; j >= 0 && end < 0; j--) {
    const f = ends[j]!;
    if ((clsIn(s, f, hi) & LU) === 0 || !lowerishIn(s, f + 1, hi)) continue;
    let e = f + 2;
    while (lowerishIn(s, e, hi)) e++;
    if (tail && clsIn(s, e, hi) & S) {
      let t = e;
      while (clsIn(s, t, hi) & S) t++;
      if (clsIn(s, t, hi) & LU && lowerishIn(s, t + 1, hi)) {
        t += 2;
        while (lowerishIn(s, t, hi)) t++;
        e = t;
      }
    }
    end = e;
  }
  return end;
}

/** The end of the capital run capitalRunsIn reads at `p` (in [lo, hi)), or -1 where none starts there. */
export function capitalRunAt(s: string, p: number, lo: number, hi: number, units: number, tail: boolean): number {
  const ends = ENDS;
  if ((clsIn(s, p, hi) & LU) === 0 || (p > lo && s.charCodeAt(p - 1) === 46)) return -1;
  // `ends[0, n)`, written by index: `ends.length = 0` per run was a call into the runtime.
  let n = 0;
  let q = p;
  while (n < units && clsIn(s, q, hi) & LU) {
    let e = q + 1;
    while (wordishIn(s, e, hi)) e++;
    if (e < hi && s.charCodeAt(e) === 46) e++;
    if ((clsIn(s, e, hi) & S) === 0) break;
    while (clsIn(s, e, hi) & S) e++;
    ends[n++] = e;
    q = e;
  }
  return lastWordEnd(s, n, hi, tail);
}

/**
 * capitalRunAt at the start of run `k` of `r` (in [lo, hi)), reading each word's letters as runs: a word is a
 * capital and every letter, apostrophe and hyphen after it, that is its run and, past an apostrophe or hyphen, the
 * next run (no letter lies between two runs). capitalRunAt asked each of those units its class in turn; most
 * capital starts are a word or two (a sentence's first word, a name), so those reads were most of its time. The
 * last word (`\p{Lu}[\p{Ll}'’-]+`) is read unit by unit as there (runs do not tell lower case). With runsOver's
 * runs, the run of a word start after white space may not be the next one (blanked runs lie between): found by
 * position; where it is not a run's start (never, for runs of `r.s` or runsOver's), capitalRunAt reads the units.
 */
function capitalRunAtRun(r: Runs, k: number, lo: number, hi: number, units: number, tail: boolean): number {
  const s = r.s;
  const p = r.start[k]!;
  if ((clsIn(s, p, hi) & LU) === 0 || (p > lo && s.charCodeAt(p - 1) === 46)) return -1;
  const ends = ENDS;
  const count = r.count;
  let n = 0;
  let q = p;
  while (n < units && clsIn(s, q, hi) & LU) {
    while (k < count && r.start[k]! < q) k++;
    if (k >= count || r.start[k] !== q) return capitalRunAt(s, p, lo, hi, units, tail);
    let e = r.end[k]!;
    if (e > hi) e = hi;
    while (e < hi) {
      const c = s.charCodeAt(e);
      if (c === 39 || c === 0x2019 || c === 45) e++;
      else if ((cls(c) & L) !== 0) {
        // A letter after an apostrophe or hyphen: the start of the next run.
        k++;
        if (k >= count || r.start[k] !== e) return capitalRunAt(s, p, lo, hi, units, tail);
        e = r.end[k]!;
        if (e > hi) e = hi;
      } else break;
    }
    if (e < hi && s.charCodeAt(e) === 46) e++;
    if ((clsIn(s, e, hi) & S) === 0) break;
    while (clsIn(s, e, hi) & S) e++;
    ends[n++] = e;
    q = e;
  }
  return lastWordEnd(s, n, hi, tail);
}
