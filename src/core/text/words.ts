/**
 * Words of a sentence: `Intl.Segmenter` (word granularity) run on ONE sentence
 * at a time (over a whole document it is quadratic in Node 20: 48 s for
 * 450 KB), with hyphen-joined compounds merged, and the normal form words are
 * compared by.
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

export function words(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  for (const seg of wordSegmenter(locale).segment(text)) if (seg.isWordLike) out.push(seg.segment);
  return out;
}

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
  for (const seg of wordSegmenter(locale).segment(slice)) {
    if (!seg.isWordLike) continue;
    const start = span.start + seg.index;
    const end = start + seg.segment.length;
    const prev = out[out.length - 1];
    if (prev && prev.end + 1 === start && /[-‐‑]/.test(text[prev.end] ?? '') && /\p{L}$/u.test(prev.surface) && /^\p{L}/u.test(seg.segment)) {
      prev.end = end;
      prev.surface = text.slice(prev.start, end);
      continue;
    }
    out.push({ start, end, surface: seg.segment });
  }
  return out;
}
