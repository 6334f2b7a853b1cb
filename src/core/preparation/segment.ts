/**
 * Sentence segmentation: `Intl.Segmenter` (available in Node, browsers and
 * workers, no dictionary to ship) followed by a repair pass for the places
 * where its Unicode rules are wrong for news text.
 *
 * The segmenter follows UAX #29, which breaks after any "period, space,
 * capital" (so after "U.S.", "Mr.", initials) and knows nothing of Russian-
 * style dash-led direct speech. Rather than write a segmenter, we keep its
 * boundaries and fix those two families of mistakes, plus quotations.
 *
 * It runs on one block at a time and on chunks of at most MAX_CHUNK
 * characters: Node 20's segmenter is quadratic over one long string.
 */
import { DEFAULT_PROFILE } from '../language/bundled';
import type { AbbreviationKind, LanguageProfile } from '../language/profile';
import type { Span } from '../types';
import { isTableLetter } from '../text/words';
import { unitTable } from '../text/units';

// Expressions with \p{…} at module level: esbuild (tsx, target node20) lowers such a literal inside a
// function to `new RegExp` at each evaluation (see lenses/facts/detect.ts).
const STARTS_LOWER = /^\p{Ll}/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const ONE_UPPER = /^\p{Lu}$/u;
const STARTS_DIGIT = /^\p{N}/u;
const FIRST_WORD = /^[\p{L}\p{N}'’]+/u;
const STARTS_UPPER = /^\p{Lu}/u;

const MAX_CHUNK = 5000;

/**
 * Abbreviations (the profile's segmentation.json), lowercased, without the
 * final period, grouped by what must follow for the period NOT to end the
 * sentence: `always` (titles, Latin tags), `beforeNumber` ("Jan. 5", "No. 10"),
 * `beforeLowercase` ("etc. and so on"), `ambiguous` ("The U.S. Department" but
 * "in the U.S. Then": joined unless the next word is one of the profile's
 * sentence openers). Dotted acronyms and single-letter initials are
 * recognised by shape, not listed. Kept small on purpose: each entry is a
 * guess that can glue two real sentences together.
 */
export const ABBREVIATIONS = DEFAULT_PROFILE.abbreviations;

interface Compiled {
  kinds: Map<string, AbbreviationKind>;
  openers: ReadonlySet<string>;
  /** The longest abbreviation (code units): a longer word before a period is none. */
  longest: number;
}

const compiledCache = new WeakMap<LanguageProfile, Compiled>();
function compiled(profile: LanguageProfile): Compiled {
  let c = compiledCache.get(profile);
  if (!c) {
    const kinds = new Map<string, AbbreviationKind>();
    for (const kind of Object.keys(profile.abbreviations) as AbbreviationKind[]) {
      for (const a of profile.abbreviations[kind]) kinds.set(a, kind);
    }
    let longest = 0;
    for (const a of kinds.keys()) longest = Math.max(longest, a.length);
    compiledCache.set(profile, (c = { kinds, openers: profile.sentenceOpeners, longest }));
  }
  return c;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}


/**
 * Cut points for a long block, each at most MAX_CHUNK after the previous:
 * prefer a line break, then "a-lowercase-word. Capital" (a likely sentence end
 * that is not an abbreviation), then any space. A wrong cut is only a
 * boundary the repair pass may still merge back.
 */
function chunkEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let from = start;
  while (end - from > MAX_CHUNK) {
    const limit = from + MAX_CHUNK;
    const tail = text.slice(from + MAX_CHUNK / 2, limit);
    let cut = tail.lastIndexOf('\n');
    if (cut === -1) {
      const re = /\p{Ll}{3}[.!?]["”»]?\s+(?=\p{Lu})/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(tail))) cut = m.index + m[0].length;
    }
    if (cut === -1) cut = tail.search(/\s\S*$/u);
    let at = cut === -1 ? limit : from + MAX_CHUNK / 2 + cut;
    // Never split a surrogate pair.
    const code = text.charCodeAt(at);
    if (at > from && code >= 0xdc00 && code <= 0xdfff) at--;
    ends.push(at);
    from = at;
  }
  ends.push(end);
  return ends;
}

/*
 * UAX #29 sentence breaks by hand, for text the class table below covers.
 * Intl.Segmenter was ~70 % of segment (rawSegments 21 ms self per analysis at
 * 3 × 1,000, mostly the segment objects and the ICU iterator): over these
 * classes its rules (SB6–SB11; no Extend/Format, CR/LF or ParaSep in the
 * table, so SB3–SB5 never apply) are one forward scan. A chunk with any code
 * unit outside the table goes to ICU, which stays the reference:
 * segment.test.ts compares the two with fast-check and on every dev sentence.
 */
/*
 * Numbered so that the classes scanSentences' main loop passes over (no terminator, dash or "…") are
 * 1 … S_DASH - 1: one unsigned compare tells them from the rest and from 0.
 */
const S_OTHER = 1;
const S_UPPER = 2;
const S_LOWER = 3;
const S_OLETTER = 4;
const S_NUMERIC = 5;
const S_CLOSE = 6;
const S_SP = 7;
const S_SCONTINUE = 8;
/** SContinue and Other as the rules go, split off so the scan sees repairInto's dash and "…" (MISSED_BOUNDARY needs one). */
const S_DASH = 9;
const S_ELLIPSIS = 10;
const S_ATERM = 11;
const S_STERM = 12;
const SB_TABLE_END = 0x2100;
/** Sentence_Break class per code unit; 0: not covered (ask ICU). */
const SB_CLASS = new Uint8Array(SB_TABLE_END);
{
  // Letters of the Latin and Cyrillic blocks, by their properties (marks, which are Extend, stay 0).
  for (const [from, to] of [[0x41, 0x250], [0x400, 0x530]] as const) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{M}/u.test(ch) || !/\p{L}/u.test(ch)) continue;
      if (/[\p{Lt}\p{Uppercase}]/u.test(ch)) SB_CLASS[c] = S_UPPER;
      else if (/\p{Lowercase}/u.test(ch)) SB_CLASS[c] = S_LOWER;
      else if (/\p{Alphabetic}/u.test(ch)) SB_CLASS[c] = S_OLETTER;
    }
  }
  // Printable ASCII and the common Latin-1 / typographic signs: Other unless listed below (probed against ICU).
  for (let c = 0x21; c < 0x7f; c++) if (SB_CLASS[c] === 0) SB_CLASS[c] = S_OTHER;
  for (const c of [0xa2, 0xa3, 0xa5, 0xa7, 0xa9, 0xae, 0xb0, 0xb1, 0xd7, 0xf7, 0x2022, 0x2026, 0x20ac]) SB_CLASS[c] = S_OTHER;
  for (let c = 0x30; c <= 0x39; c++) SB_CLASS[c] = S_NUMERIC;
  SB_CLASS[0x2e] = S_ATERM;
  SB_CLASS[0x21] = S_STERM;
  SB_CLASS[0x3f] = S_STERM;
  for (const ch of '()[]{}"\'«»‘’“”') SB_CLASS[ch.charCodeAt(0)] = S_CLOSE;
  for (const ch of ',-:;–—') SB_CLASS[ch.charCodeAt(0)] = S_SCONTINUE;
  for (const ch of '-–—') SB_CLASS[ch.charCodeAt(0)] = S_DASH;
  SB_CLASS[0x2026] = S_ELLIPSIS;
  SB_CLASS[0x20] = S_SP;
  SB_CLASS[0x09] = S_SP;
}

/** The class of the code unit at i; 0 (ask ICU) beyond the table. */
function sbAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < SB_TABLE_END ? SB_CLASS[c]! : 0;
}

/** Segment ends found by `scanSentences` (reused; grown as needed), and whether each segment holds a dash or "…". */
let endScratch = new Int32Array(256);
let dashScratch = new Uint8Array(256);

/** Per segment of rawSegments' list (by its index there): 1 when it holds a dash or "…", the only segments repairInto must search. */
interface RepairFlags {
  values: Uint8Array;
}
function setFlag(flags: RepairFlags, at: number, value: number): void {
  if (at >= flags.values.length) {
    const grown = new Uint8Array(2 * at + 2);
    grown.set(flags.values);
    flags.values = grown;
  }
  flags.values[at] = value;
}

/**
 * The sentence segments of text[from, to) as Intl.Segmenter would give them
 * for that slice, pushed to `out`; false (and nothing pushed) when a code unit
 * is outside the class table. One pass: every code unit is classed by the
 * main loop or by a run it skips (Close*, Sp*), and a 0 class stops the scan.
 */
export function scanSentences(text: string, from: number, to: number, out: Span[], flags?: RepairFlags): boolean {
  let ends = endScratch;
  let n = 0;
  let i = from;
  // Every code unit of a segment but its SATerm Close* Sp* tail passes the first branch below
  // (the runs skipped are terminators, closing marks and spaces): `dash` sees all dashes and "…".
  let dash = 0;
  while (i < to) {
    const c = sbAt(text, i);
    // Most code units: 1 … S_DASH - 1 (0 wraps past them). One compare, where this loop tested for both
    // terminators, for 0 and for a dash (scanSentences over the blocks of 3 × 1,000: paired 0.81, 0.94,
    // 0.94, 0.97, 0.95 in 5 runs of 400; in prepareTokenized, where it is ~1.7 of ~16 ms, 0.974, 0.964,
    // 1.000, 0.995: within that harness's noise).
    if (((c - 1) >>> 0) < S_DASH - 1) {
      i++;
      continue;
    }
    if (c === 0) return false;
    if (c < S_ATERM) {
      dash = 1;
      i++;
      continue;
    }
    let j = i + 1;
    if (c === S_ATERM && j < to) {
      const next = sbAt(text, j);
      // SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
      if (next === S_NUMERIC) {
        i = j;
        continue;
      }
      if (next === S_UPPER && i > from) {
        const prev = sbAt(text, i - 1);
        if (prev === S_UPPER || prev === S_LOWER) {
          i = j;
          continue;
        }
      }
    }
    // SB9, SB10: no break inside SATerm Close* Sp*.
    while (j < to && sbAt(text, j) === S_CLOSE) j++;
    while (j < to && sbAt(text, j) === S_SP) j++;
    if (j >= to) break;
    const next = sbAt(text, j);
    if (next === 0) return false;
    // SB8a: SATerm Close* Sp* × (SContinue | SATerm).
    if (next === S_SCONTINUE || next === S_DASH || next === S_ATERM || next === S_STERM) {
      i = j;
      continue;
    }
    if (c === S_ATERM) {
      // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
      let k = j;
      let x = 0;
      while (k < to) {
        x = sbAt(text, k);
        if (x === 0) return false;
        if (x === S_OLETTER || x === S_UPPER || x === S_LOWER || x === S_ATERM || x === S_STERM) break;
        k++;
      }
      if (k < to && x === S_LOWER) {
        i = j;
        continue;
      }
    }
    // SB11: break.
    if (n === ends.length) {
      const grown = new Int32Array(2 * n);
      grown.set(ends);
      endScratch = ends = grown;
      const grownDash = new Uint8Array(2 * n);
      grownDash.set(dashScratch);
      dashScratch = grownDash;
    }
    dashScratch[n] = dash;
    dash = 0;
    ends[n++] = j;
    i = j;
  }
  let start = from;
  for (let k = 0; k < n; k++) {
    if (flags) setFlag(flags, out.length, dashScratch[k]!);
    out.push({ start, end: ends[k]! });
    start = ends[k]!;
  }
  if (to > start) {
    if (flags) setFlag(flags, out.length, dash);
    out.push({ start, end: to });
  }
  return true;
}

/** Intl.Segmenter's segments of text[from, to) into `out` (the reference `scanSentences` reproduces). */
export function icuSentences(text: string, from: number, to: number, lang: string, out: Span[]): void {
  for (const seg of segmenterFor(lang).segment(text.slice(from, to))) {
    out.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
  }
}

/**
 * Locales whose ICU sentence rules are the root ones the scan reproduces
 * (checked by segment.test.ts); any other locale may carry a tailoring (Greek's
 * ";" question mark), so it keeps ICU.
 */
export const SCAN_LOCALES: ReadonlySet<string> = new Set(['en', 'ru']);

/** rawSegments' result, reused by every block (repairInto reads it before the next), and its flags. */
const segmentScratch: Span[] = [];
const segmentFlags: RepairFlags = { values: new Uint8Array(64) };

/** Whether text[start, end) holds a dash or "…" (either of MISSED_BOUNDARY's boundaries needs one). */
export function mayRepair(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2026) return true;
  }
  return false;
}

function rawSegments(text: string, block: Span, lang: string): Span[] {
  const out = segmentScratch;
  out.length = 0;
  const scan = SCAN_LOCALES.has(lang);
  let from = block.start;
  for (const to of chunkEnds(text, block.start, block.end)) {
    if (!scan || !scanSentences(text, from, to, out, segmentFlags)) {
      const first = out.length;
      icuSentences(text, from, to, lang, out);
      for (let k = first; k < out.length; k++) setFlag(segmentFlags, k, mayRepair(text, out[k]!.start, out[k]!.end) ? 1 : 0);
    }
    from = to;
  }
  return out;
}

/**
 * Boundaries the segmenter misses: before dash-led speech ("he noted. -
 * Moreover") and after a "…" character before a capital (ICU does break after
 * "..." there, but does not count U+2026 as a full stop). At module level:
 * esbuild (tsx, target node20) lowers a \p{…} literal inside a function to
 * `new RegExp` at each call, here once per block.
 */
const MISSED_BOUNDARY = /(?:[.!?…]["”»’]?\s+(?=[-–—]\s+\S)|…["”»’]?\s+(?=["“«]?\p{Lu}))/gu;

/**
 * The missed boundaries split `spans`, each piece trimmed and placed (`place`) in `out`. One pass
 * appending to the caller's list, not four arrays per block (split, trimmed, filtered, joined) and a
 * spread: segmentBlocks 2.27 → 1.94–2.01 ms at 3 × 1,000 with the hoisted
 * expression (CPU time, fastest of 60 interleaved runs, two runs).
 */
function repairInto(text: string, spans: Span[], flags: Uint8Array, c: Compiled, out: Span[]): void {
  const first = out.length;
  const re = MISSED_BOUNDARY;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    // Either boundary needs a dash or a "…" in the span: without one, no slice and no scan. The
    // flag comes from the segmenting scan, which reads every code unit anyway: a loop of its own
    // here read the text a second time (segmentBlocks 2.96–3.00 → 2.38–2.39 ms at 3 × 1,000,
    // min CPU of 100 alternating runs, in-process A/B).
    if (flags[s] === 0) {
      // The raw segment's own object becomes the sentence's (nothing else holds it): one span object a sentence, not two.
      place(text, span.start, span.end, c, out, first, span);
      continue;
    }
    const sentence = text.slice(span.start, span.end);
    let from = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      const at = m.index + m[0].length;
      place(text, span.start + from, span.start + at, c, out, first);
      from = at;
    }
    place(text, span.start + from, span.end, c, out, first);
  }
}

/**
 * text[start, end) trimmed (nothing when only white space), appended to `out`, or joined to the block's
 * last sentence (`out` from `first` holds the block's) when joinsNextAt says the break was wrong.
 * A quotation of several sentences is NOT glued into one: each of its
 * sentences states something and must align on its own. The closing mark
 * stays with the attribution ("…an escalation," the minister told reporters)
 * because the segmenter does not break after a comma.
 */
function place(text: string, start: number, end: number, c: Compiled, out: Span[], first: number, reuse?: Span): void {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end <= start) return;
  const last = out.length > first ? out[out.length - 1]! : undefined;
  if (last && joinsNextAt(text, last.start, last.end, start, end, c)) last.end = end;
  else if (reuse) {
    reuse.start = start;
    reuse.end = end;
    out.push(reuse);
  } else out.push({ start, end });
}

/** Code units below TABLE_END: bit 1 `\s` (white space or line terminator), bit 2 `\p{Ll}` (a lowercase BMP letter). */
const TABLE_END = 0x3100;
const SPACE = 1;
const LOWER = 2;
const UNIT_CLASS = unitTable(TABLE_END, (ch) => (/\s/u.test(ch) ? SPACE : 0) | (/^\p{Ll}$/u.test(ch) ? LOWER : 0));
/** `/\s/u.test(text[i])`, without the one-character string. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < TABLE_END ? (UNIT_CLASS[c]! & SPACE) !== 0 : c === 0xfeff;
}
/** `/^\p{Ll}/u.test(text.slice(start, end))`: a table read unless the first code unit is above the table or a surrogate. */
function lowerAt(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c < TABLE_END && (c < 0xd800 || c > 0xdfff)) return (UNIT_CLASS[c]! & LOWER) !== 0;
  return STARTS_LOWER.test(text.slice(start, Math.min(end, start + 2)));
}

/** Trim white space; undefined for an all-space span. */
function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end > start ? { start, end } : undefined;
}

const QUESTION_END = /[?!]["”»’']?$/u;
const ABBREVIATION_END = /(?:^|[\s(\["“«])([\p{L}.]*\p{L})\.$/u;
const ABBREVIATION_OPENER = /^[\s(\["“«]$/u;
const ONE_LETTER = /^\p{L}$/u;

/**
 * `ABBREVIATION_END.exec(prev)?.[1]`, read from the end. The regex is
 * anchored at the end but V8 tries it from every start: it read every
 * sentence whole (~16 ms at 3 × 1,000). The group can only be the whole run of
 * letters and dots before the final '.' (any later start would follow a letter
 * or dot, not an opener), so walking back over that run gives the same answer.
 */
export function abbreviationBefore(prev: string): string | undefined {
  const last = prev.length - 1;
  if (last < 1 || prev.charCodeAt(last) !== 0x2e) return undefined;
  let q = last;
  while (q > 0) {
    const c = prev.charCodeAt(q - 1);
    if (c === 0x2e || isTableLetter(c)) {
      q--;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff && q >= 2) {
      const h = prev.charCodeAt(q - 2);
      if (h >= 0xd800 && h <= 0xdbff && ONE_LETTER.test(prev.slice(q - 2, q))) {
        q -= 2;
        continue;
      }
    } else if (c < 0xd800 || c > 0xdfff) {
      if (c >= 0x80 && ONE_LETTER.test(prev[q - 1]!)) {
        q--;
        continue;
      }
    }
    break;
  }
  if (q === last) return undefined;
  if (q > 0 && !ABBREVIATION_OPENER.test(prev[q - 1]!)) return undefined;
  // The run must end in a letter, not a dot.
  const lastCode = prev.charCodeAt(last - 1);
  if (lastCode === 0x2e) return undefined;
  return prev.slice(q, last);
}

/** The regex way: the reference segment.test.ts compares `abbreviationBefore` to. */
export function abbreviationBeforeReference(prev: string): string | undefined {
  return ABBREVIATION_END.exec(prev)?.[1];
}

/** `?` or `!`, then at most one closing quote, at the end of text[start, end) (QUESTION_END on the last two characters). */
function questionEndAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const a = text.charCodeAt(end - 1);
  if (a === 0x3f || a === 0x21) return true;
  if (a !== 0x22 && a !== 0x201d && a !== 0xbb && a !== 0x2019 && a !== 0x27) return false;
  if (end - 2 < start) return false;
  const b = text.charCodeAt(end - 2);
  return b === 0x3f || b === 0x21;
}

/**
 * `joinsNext(text.slice(prevStart, prevEnd), text.slice(nextStart, nextEnd))`
 * without the two slices per pair of sentences: only a sentence ending in
 * "?", "!" or "." can be glued, and the text is read in place until an
 * abbreviation asks for more.
 */
export function joinsNextAt(text: string, prevStart: number, prevEnd: number, nextStart: number, nextEnd: number, c: Compiled = compiled(DEFAULT_PROFILE)): boolean {
  if (questionEndAt(text, prevStart, prevEnd) && lowerAt(text, nextStart, nextEnd)) return true;
  if (prevEnd - prevStart < 2 || text.charCodeAt(prevEnd - 1) !== 0x2e) return false;
  // Most sentences end in an ordinary word ("… officials said."): a run of two
  // or more ASCII letters that is not a listed abbreviation is no abbreviation
  // (the shape rules need a dot inside or a single capital), whatever precedes
  // it. Read in place; anything else (a dot, a non-ASCII letter, a listed
  // word) takes joinsNext. It sliced and ran two regexes for every such sentence.
  let q = prevEnd - 1;
  while (q > prevStart) {
    const ch = text.charCodeAt(q - 1) | 0x20;
    if (ch < 0x61 || ch > 0x7a) break;
    q--;
  }
  const run = prevEnd - 1 - q;
  if (run >= 2) {
    const before = q > prevStart ? text.charCodeAt(q - 1) : 0x20;
    if (before !== 0x2e && before < 0x80) {
      if (run > c.longest || !c.kinds.has(text.slice(q, prevEnd - 1).toLowerCase())) return false;
    }
  }
  return joinsNext(text.slice(prevStart, prevEnd), text.slice(nextStart, nextEnd), c);
}

/** Should the (trimmed) sentence `prev` be glued to the following `next`? */
export function joinsNext(prev: string, next: string, c: Compiled = compiled(DEFAULT_PROFILE)): boolean {
  // "'Really?' he asked." The rules always break after ? and !; a lowercase
  // continuation means the sentence went on. (Two characters decide: the test reads only those.)
  if (QUESTION_END.test(prev.slice(-2)) && STARTS_LOWER.test(next)) return true;
  const abbreviation = abbreviationBefore(prev);
  if (abbreviation === undefined) return false;
  const word = abbreviation;
  const lower = word.toLowerCase();
  const kind: AbbreviationKind | undefined =
    c.kinds.get(lower) ?? (DOTTED_INITIALS.test(word) || ONE_UPPER.test(word) ? 'ambiguous' : undefined);
  if (kind === undefined) return false;
  switch (kind) {
    case 'always':
      return true;
    case 'beforeNumber':
      return STARTS_DIGIT.test(next);
    case 'beforeLowercase':
      return STARTS_LOWER.test(next);
    case 'ambiguous': {
      const first = FIRST_WORD.exec(next)?.[0];
      // A quote or dash after the period opens new speech: a real boundary.
      if (first === undefined) return false;
      if (!STARTS_UPPER.test(first)) return true;
      return !c.openers.has(first.toLowerCase());
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * Sentence spans within each block, in order, trimmed, never empty. `lang` is
 * a language profile (its abbreviations and sentence openers drive the repairs), or a BCP 47
 * tag handed to the segmenter (the repairs then use the default profile).
 */
export function segmentBlocks(text: string, blocks: Span[], lang: string | LanguageProfile = DEFAULT_PROFILE): Span[] {
  // A bare tag (the old signature) picks the segmenter's locale; the repairs then use the default profile.
  const profile = typeof lang === 'string' ? DEFAULT_PROFILE : lang;
  const locale = typeof lang === 'string' ? lang : lang.segmenterLocale;
  const c = compiled(profile);
  const out: Span[] = [];
  for (const block of blocks) {
    if (block.end <= block.start) continue;
    const raw = rawSegments(text, block, locale);
    repairInto(text, raw, segmentFlags.values, c, out);
  }
  return out;
}

/** Segment a whole text, one block per non-empty line. */
export function segmentText(text: string, lang: string | LanguageProfile = DEFAULT_PROFILE): Span[] {
  const blocks: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const span = trimSpan(text, { start: pos, end: nl });
    if (span) blocks.push(span);
    pos = nl + 1;
  }
  return segmentBlocks(text, blocks, lang);
}
