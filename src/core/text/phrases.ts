/**
 * A small phrase matcher shared by the framing-lens detectors (actors.ts,
 * loaded.ts): whole-word, longest-match-first, case-insensitive unless a
 * phrase asks otherwise, linear in the text (one regular expression scan per
 * case mode). Spaces in a phrase match any run of white space; a trailing `*`
 * matches any word ending ("mercenar*" → mercenary, mercenaries), a trailing
 * `(s)` an optional plural s ("regime(s)", which does not match "regimental"). A word that
 * follows a hyphen is not a whole word ("de-escalation" does not contain
 * "escalation"); a possessive "'s" after a phrase is allowed and left out of
 * the match.
 */
import type { Span } from '../types';

export interface PhraseSpec<T> {
  phrase: string;
  caseSensitive?: boolean;
  /** Returned with each match; `undefined` marks a blocking phrase (matched, then dropped). */
  data: T | undefined;
}

export interface PhraseMatch<T> extends Span {
  data: T;
  /** The index of the phrase in the list given. */
  index: number;
  /** The index of the sentence (in the `sentences` given) the match lies in. */
  sentence: number;
}

export interface PhraseMatcher<T> {
  /**
   * Non-overlapping matches that lie inside one of `sentences` (sorted,
   * non-overlapping spans of `text`), in text order. One scan of the text.
   */
  match(text: string, sentences: Span[]): PhraseMatch<T>[];
}

/** The index of the span containing [start, end), or -1. `spans` sorted by start. */
export function spanIndexOf(spans: Span[], start: number, end: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function source(phrase: string): string {
  const star = phrase.endsWith('*');
  const plural = phrase.endsWith('(s)');
  const body = star ? phrase.slice(0, -1) : plural ? phrase.slice(0, -3) : phrase;
  const words = body.trim().split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]").replace(/-/g, '[-‐‑]?'));
  return words.join('\\s+') + (star ? '[\\p{L}]*' : plural ? 's?' : '');
}

function build(phrases: { phrase: string; index: number }[], flags: string): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  // Longest first, so "Kiev regime" wins over "Kiev" at the same position.
  const sorted = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
  const groups = sorted.map((p) => `(?<p${p.index}>${source(p.phrase)})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}\\-‐‑])(?:${groups})(?![\\p{L}\\p{N}])`, flags);
}

export function phraseMatcher<T>(specs: PhraseSpec<T>[]): PhraseMatcher<T> {
  const indexed = specs.map((s, index) => ({ phrase: s.phrase, index }));
  const sensitive = build(indexed.filter((p) => specs[p.index]!.caseSensitive), 'gu');
  const insensitive = build(indexed.filter((p) => !specs[p.index]!.caseSensitive), 'giu');
  function scan(re: RegExp | undefined, text: string, out: { start: number; end: number; index: number }[]): void {
    if (!re) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const groups = m.groups ?? {};
      let index = -1;
      for (const k in groups) if (groups[k] !== undefined) index = Number(k.slice(1));
      out.push({ start: m.index, end: m.index + m[0].length, index });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return {
    match(text, sentences) {
      const found: { start: number; end: number; index: number }[] = [];
      scan(sensitive, text, found);
      scan(insensitive, text, found);
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: PhraseMatch<T>[] = [];
      let last = -1;
      for (const f of found) {
        if (f.start < last) continue;
        last = f.end;
        const data = specs[f.index]!.data;
        if (data === undefined) continue;
        const sentence = spanIndexOf(sentences, f.start, f.end);
        if (sentence >= 0) out.push({ start: f.start, end: f.end, index: f.index, data, sentence });
      }
      return out;
    },
  };
}
