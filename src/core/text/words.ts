/**
 * Words of a sentence, with hyphen-joined compounds merged, and the normal form
 * words are compared by.
 *
 * Word boundaries are Unicode's (UAX #29, as `Intl.Segmenter` draws them). Text
 * written only in Latin, Greek or Cyrillic letters, ASCII digits and common
 * punctuation (nearly all news) is read by ONE regex scan that implements those
 * rules for that repertoire (letters and digits join; '.', ':' and apostrophes
 * join letters, '.', ',', ';' and apostrophes join digits); any other
 * character (CJK, soft hyphens, narrow no-break spaces, '_', …) sends the
 * sentence to `Intl.Segmenter`, run on ONE sentence at a time (over a whole
 * document it is quadratic in Node 20: 48 s for 450 KB). words.test.ts checks
 * the scan against the Segmenter on every character of the repertoire and on
 * the development sets.
 */
import type { Span } from '../types';
import { hashOf } from './intern';

const segmenters = new Map<string, Intl.Segmenter>();
export function wordSegmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** Lowercase, fold accents and typographic variants, drop inner dots and apostrophes. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'ʼ]s$/u, '')
    .replace(/[.’'ʼ]/gu, '');
}

/** Locales whose Segmenter uses the root word rules (no tailoring), so the scan may stand in for it. */
const ROOT_RULE_LOCALES = /^(en|ru|uk|de|fr|es|it|pt|nl|pl|cs|el|bg|sr)(-|$)/i;

/** The repertoire the scan handles: anything else goes to the Segmenter. */
const SAFE = /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\u02bc0-9 \t\n\r\u00a0!-\/:-@\[-^`{-~‘’“”«»‐‑–—…•€£°%]*$/u;
/** Letters of those scripts that are not letters (signs) and marks without a base break the scan's assumptions. */
const UNSAFE = /[^\p{L}\p{M}0-9\u02bc\s!-\/:-@\[-^`{-~‘’“”«»‐‑–—…•€£°%]|(?:^|[^\p{L}\p{M}0-9])\p{M}|_/u;
/** One word: letters and digits (each with its marks), joined across '.', ':' and apostrophes between letters and '.', ',', ';' and apostrophes between digits. */
const WORD = /(?:\p{L}|[0-9])\p{M}*(?:(?:\p{L}|[0-9])\p{M}*|(?<=\p{L}\p{M}*)[.:'’‘](?=\p{L})|(?<=[0-9]\p{M}*)[.,;'’‘](?=[0-9]))*/gu;

/** ROOT_RULE_LOCALES.test(locale), remembered for the last locale asked (one regex test per sentence otherwise). */
let lastLocale = '';
let lastRootRules = false;
function rootRules(locale: string): boolean {
  if (locale !== lastLocale) {
    lastRootRules = ROOT_RULE_LOCALES.test(locale);
    lastLocale = locale;
  }
  return lastRootRules;
}

/** Whether `scanWords` reads `text` exactly as `Intl.Segmenter(locale)` would. */
export function scannable(text: string, locale: string): boolean {
  return ROOT_RULE_LOCALES.test(locale) && SAFE.test(text) && !UNSAFE.test(text);
}

/**
 * The regex path: `scannable`, then WORD or the Segmenter. Kept as the
 * reference the character scan below is tested against, and as its exact
 * fallback for any sentence holding a character outside the scan's table.
 */
export function eachWordReference(text: string, locale: string, each: (start: number, end: number) => void): void {
  if (scannable(text, locale)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) each(m.index, m.index + m[0].length);
    return;
  }
  for (const seg of wordSegmenter(locale).segment(text)) if (seg.isWordLike) each(seg.index, seg.index + seg.segment.length);
}

/*
 * The character scan. `scannable` + WORD read every character three times
 * (two whole-sentence tests, then a scan with lookbehinds): 72 ms of 3 × 1,000
 * sentences' tokenizing. A table of UTF-16 code units says, for the code units
 * of the Latin, Greek and Cyrillic blocks and common punctuation, what WORD
 * and `scannable` make of each as a single character (computed from the same
 * regular expressions at load, over 2,352 code units); one loop then reads
 * each character once. A code unit the table does not cover (CJK, marks,
 * surrogates, '_', soft hyphens…) sends the sentence to the regex path above,
 * so the result is the reference's by construction wherever it may differ
 * (words.test.ts compares the two on every table entry and random strings).
 */
/** In the repertoire: no mark, passes SAFE, matches no UNSAFE character. */
const GOOD = 1;
const LETTER = 2;
const DIGIT = 4;
/** Joins letters ('.', ':', apostrophes). */
const JOIN_L = 8;
/** Joins digits ('.', ',', ';', apostrophes). */
const JOIN_D = 16;
const TABLE_END = 0x20d0;
const CLASS = new Uint8Array(TABLE_END);
{
  const ranges: [number, number][] = [[0, 0x530], [0x1e00, 0x2000], [0x2000, TABLE_END]];
  for (const [from, to] of ranges) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      // A lone mark or '_' is UNSAFE; so a GOOD run is never given to the Segmenter.
      if (!SAFE.test(ch) || UNSAFE.test(ch)) continue;
      let f = GOOD;
      if (/^\p{L}$/u.test(ch)) f |= LETTER;
      else if (/^[0-9]$/.test(ch)) f |= DIGIT;
      if (/^[.:'’‘]$/.test(ch)) f |= JOIN_L;
      if (/^[.,;'’‘]$/.test(ch)) f |= JOIN_D;
      CLASS[c] = f;
    }
  }
}
/**
 * HYPHEN's code units. Compared, not a Set: the test runs for nearly every word (any word one
 * character after the previous one, i.e. after a space, that starts with a letter).
 */
function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * Word spans of `text` in [from, to), read as `eachWordReference(text.slice(from, to))`
 * would, written into `starts`/`ends` (grown as needed); returns the count, or
 * -1 when a character outside the table (or the locale) needs the regex path.
 * With `joinHyphens`, a word that follows a letter-final word across one
 * hyphen is merged into it (rawWords' compounds).
 */
function scanSpans(text: string, from: number, to: number, joinHyphens: boolean, out: Spans, hashes?: HashScratch): number {
  let n = 0;
  let i = from;
  let h = 0;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    const f = c0 < TABLE_END ? CLASS[c0]! : 0;
    if (f === 0) return -1;
    if ((f & (LETTER | DIGIT)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let last = f;
    // The FNV-1a hash intern.ts keys words by (`hashOf`), read as the word is: joiners included.
    if (hashes) h = Math.imul((0x811c9dc5 | 0) ^ c0, 16777619);
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      const g = c < TABLE_END ? CLASS[c]! : 0;
      if (g & (LETTER | DIGIT)) {
        if (hashes) h = Math.imul(h ^ c, 16777619);
        last = g;
        i++;
        continue;
      }
      // Only a joiner may continue the word: a space (nearly every word's end) stops it here, without
      // the next character's read (a character outside the table has no joiner bit either, and the outer
      // loop returns -1 on it; rawWordSpansHashed over 3 × 1,000 sentences:
      // paired 0.942, 0.938, 0.932, 3 runs of 400; prepareTokenized 0.996, 0.996, min 0.964, 0.950).
      if ((g & (JOIN_L | JOIN_D)) === 0 || i + 1 >= to) break;
      const c2 = text.charCodeAt(i + 1);
      const next = c2 < TABLE_END ? CLASS[c2]! : 0;
      if ((g & JOIN_L && last & LETTER && next & LETTER) || (g & JOIN_D && last & DIGIT && next & DIGIT)) {
        if (hashes) h = Math.imul(h ^ c, 16777619);
        i++;
        continue;
      }
      break;
    }
    // "anti-personnel": one word when a hyphen joins two letters.
    if (joinHyphens && n > 0 && out.ends[n - 1]! + 1 === start && f & LETTER && isHyphenCode(text.charCodeAt(start - 1))) {
      const pc = text.charCodeAt(start - 2);
      if (CLASS[pc]! & LETTER) {
        out.ends[n - 1] = i;
        // Rare: the merged word is hashed again whole.
        if (hashes) hashes.values[n - 1] = hashOf(text, out.starts[n - 1]!, i);
        continue;
      }
    }
    if (n === out.starts.length) grow(out);
    out.starts[n] = start;
    out.ends[n] = i;
    if (hashes) {
      if (n >= hashes.values.length) {
        const grown = new Int32Array(out.starts.length);
        grown.set(hashes.values);
        hashes.values = grown;
      }
      hashes.values[n] = h;
    }
    n++;
  }
  return n;
}

interface HashScratch {
  values: Int32Array;
}

interface Spans {
  starts: Int32Array;
  ends: Int32Array;
}
function grow(s: Spans): void {
  const starts = new Int32Array(s.starts.length * 2);
  const ends = new Int32Array(s.ends.length * 2);
  starts.set(s.starts);
  ends.set(s.ends);
  s.starts = starts;
  s.ends = ends;
}

/** Scratch for one scan at a time (callers copy what they keep before the next). */
const scratch: Spans = { starts: new Int32Array(256), ends: new Int32Array(256) };

/** Calls `each(start, end)` for every word-like segment of `text`, in order. */
export function eachWord(text: string, locale: string, each: (start: number, end: number) => void): void {
  const n = rootRules(locale) ? scanSpans(text, 0, text.length, false, scratch) : -1;
  if (n < 0) return eachWordReference(text, locale, each);
  const { starts, ends } = scratch;
  // Copied first: `each` may scan again.
  const s = starts.slice(0, n);
  const e = ends.slice(0, n);
  for (let k = 0; k < n; k++) each(s[k]!, e[k]!);
}

export function words(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  eachWord(text, locale, (start, end) => out.push(text.slice(start, end)));
  return out;
}

const HYPHEN = new Set(['-', '‐', '‑']);
const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;

export interface RawWord extends Span {
  surface: string;
}

/** Word spans of one sentence: `count` entries of `starts`/`ends`, valid until the next call. */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}
const rawScratch: Spans = { starts: new Int32Array(256), ends: new Int32Array(256) };
const rawResult: WordSpans = { count: 0, starts: rawScratch.starts, ends: rawScratch.ends };

/**
 * rawWords' spans without the objects (tokenize reads them straight off the
 * arrays): one character scan over the sentence, in place in `text`; the
 * regex path (`rawWordSpansReference`) for a sentence the scan does not cover.
 */
export function rawWordSpans(text: string, span: Span, locale = 'en'): WordSpans {
  let n = rootRules(locale) ? scanSpans(text, span.start, span.end, true, rawScratch) : -1;
  if (n < 0) n = rawWordSpansReference(text, span, locale, rawScratch);
  rawResult.count = n;
  rawResult.starts = rawScratch.starts;
  rawResult.ends = rawScratch.ends;
  return rawResult;
}

/** Word spans of one sentence with each word's `hashOf` (intern.ts' key): `count` entries of `starts`/`ends`/`hashes`, valid until the next call. */
export interface HashedWordSpans extends WordSpans {
  hashes: Int32Array;
}
const hashScratch: HashScratch = { values: new Int32Array(256) };
const hashedResult: HashedWordSpans = { count: 0, starts: rawScratch.starts, ends: rawScratch.ends, hashes: hashScratch.values };

/**
 * rawWordSpans, and each word's hash computed by the scan as it reads the
 * word: tokenize's memo look-up then does not read the word a second time
 * (a hash loop per word was ~a sixth of tokenizing at 3 × 1,000).
 */
export function rawWordSpansHashed(text: string, span: Span, locale = 'en'): HashedWordSpans {
  let n = rootRules(locale) ? scanSpans(text, span.start, span.end, true, rawScratch, hashScratch) : -1;
  if (n < 0) {
    n = rawWordSpansReference(text, span, locale, rawScratch);
    if (hashScratch.values.length < n) hashScratch.values = new Int32Array(rawScratch.starts.length);
    for (let k = 0; k < n; k++) hashScratch.values[k] = hashOf(text, rawScratch.starts[k]!, rawScratch.ends[k]!);
  }
  hashedResult.count = n;
  hashedResult.starts = rawScratch.starts;
  hashedResult.ends = rawScratch.ends;
  hashedResult.hashes = hashScratch.values;
  return hashedResult;
}

/** The regex path of rawWordSpans (as rawWords was before the scan), into `out`; returns the count. */
function rawWordSpansReference(text: string, span: Span, locale: string, out: Spans): number {
  const slice = text.slice(span.start, span.end);
  let n = 0;
  eachWordReference(slice, locale, (s, e) => {
    const start = span.start + s;
    const end = span.start + e;
    if (n > 0 && out.ends[n - 1]! + 1 === start && HYPHEN.has(text[out.ends[n - 1]!]!) && LETTER_END.test(text.slice(out.starts[n - 1]!, out.ends[n - 1]!)) && LETTER_START.test(slice.slice(s, e))) {
      out.ends[n - 1] = end;
      return;
    }
    if (n === out.starts.length) grow(out);
    out.starts[n] = start;
    out.ends[n] = end;
    n++;
  });
  return n;
}

/**
 * Word-like segments of `text.slice(span)`, with hyphen-joined compounds merged
 * into one word: outlets write both "anti-personnel" and "antipersonnel".
 */
export function rawWords(text: string, span: Span, locale = 'en'): RawWord[] {
  const { count, starts, ends } = rawWordSpans(text, span, locale);
  const out: RawWord[] = new Array<RawWord>(count);
  for (let k = 0; k < count; k++) out[k] = { start: starts[k]!, end: ends[k]!, surface: text.slice(starts[k]!, ends[k]!) };
  return out;
}

/** rawWords through the regex path only: the reference words.test.ts holds the scan to. */
export function rawWordsReference(text: string, span: Span, locale = 'en'): RawWord[] {
  const s: Spans = { starts: new Int32Array(16), ends: new Int32Array(16) };
  const n = rawWordSpansReference(text, span, locale, s);
  const out: RawWord[] = [];
  for (let k = 0; k < n; k++) out.push({ start: s.starts[k]!, end: s.ends[k]!, surface: text.slice(s.starts[k]!, s.ends[k]!) });
  return out;
}

/** Whether code unit `c` is a letter of the scan's table (Latin, Greek, Cyrillic): false for every code unit outside it. */
export function isTableLetter(c: number): boolean {
  return c < TABLE_END && (CLASS[c]! & LETTER) !== 0;
}
