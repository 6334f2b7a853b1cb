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

/** Whether `scanWords` reads `text` exactly as `Intl.Segmenter(locale)` would. */
export function scannable(text: string, locale: string): boolean {
  return ROOT_RULE_LOCALES.test(locale) && SAFE.test(text) && !UNSAFE.test(text);
}

/** Calls `each(start, end)` for every word-like segment of `text`, in order. */
export function eachWord(text: string, locale: string, each: (start: number, end: number) => void): void {
  if (scannable(text, locale)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) each(m.index, m.index + m[0].length);
    return;
  }
  for (const seg of wordSegmenter(locale).segment(text)) if (seg.isWordLike) each(seg.index, seg.index + seg.segment.length);
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

/**
 * Word-like segments of `text.slice(span)`, with hyphen-joined compounds merged
 * into one word: outlets write both "anti-personnel" and "antipersonnel".
 */
export function rawWords(text: string, span: Span, locale = 'en'): RawWord[] {
  const slice = text.slice(span.start, span.end);
  const out: RawWord[] = [];
  eachWord(slice, locale, (s, e) => {
    const start = span.start + s;
    const end = span.start + e;
    const prev = out[out.length - 1];
    if (prev && prev.end + 1 === start && HYPHEN.has(text[prev.end]!) && LETTER_END.test(prev.surface) && LETTER_START.test(slice.slice(s, e))) {
      prev.end = end;
      prev.surface = text.slice(prev.start, end);
      return;
    }
    out.push({ start, end, surface: slice.slice(s, e) });
  });
  return out;
}
