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
import { isTableLetter } from './words';

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

/*
 * Where a match may start. The global scan tried the lookbehind and 250
 * alternatives at every character: 56 ms of a 3 × 1,000 analysis, for six
 * scans (two lexicons × three reports). A phrase opens with a letter or digit
 * after no letter, digit or hyphen, and at most one in ten words opens like any
 * phrase at all. So one loop over the code units skips, exactly:
 *   - an ASCII character that is not a letter or digit (no letter or digit
 *     folds to one);
 *   - a character after an ASCII letter, digit or hyphen, or after a
 *     Latin/Greek/Cyrillic letter (words.ts' table): the lookbehind fails;
 *   - an all-ASCII three-character window that no phrase's first one to three
 *     letters can match (each head letter's ASCII equivalents under the
 *     regex's own flags, asked of the regex engine at build).
 * Everywhere else the full regular expression is run, sticky, at that
 * position: a match there is the one the global scan would find, and
 * positions are tried in order from the end of the last match.
 */

/** A head letter's ASCII letters and digits that the regex (with `flags`) matches it to, lowercased when case-insensitive. */
const ASCII_ALNUM = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const equivalents = new Map<string, number[]>();
function asciiEquivalents(ch: string, flags: string): number[] {
  const key = `${flags}:${ch}`;
  let eq = equivalents.get(key);
  if (eq) return eq;
  const re = new RegExp(`^${escape(ch)}$`, flags.replace('g', ''));
  const insensitive = flags.includes('i');
  eq = [...new Set(ASCII_ALNUM.filter((a) => re.test(a)).map((a) => (insensitive ? a.toLowerCase() : a).charCodeAt(0)))];
  equivalents.set(key, eq);
  return eq;
}

const HEAD = /^[\p{L}\p{N}]{1,3}/u;

interface Compiled {
  /** Sticky; capture group g + 1 is phrase `groupIndex[g]`. */
  re: RegExp;
  groupIndex: number[];
  insensitive: boolean;
  /** ASCII windows (packed 7 bits a character) of 1, 2, 3 characters some phrase's head can match; undefined: try every position (a head the filter cannot read). */
  keys: [Set<number>, Set<number>, Set<number>] | undefined;
}

function build(phrases: { phrase: string; index: number }[], flags: string): Compiled | undefined {
  if (phrases.length === 0) return undefined;
  // Longest first, so "Kiev regime" wins over "Kiev" at the same position.
  const sorted = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
  const groups = sorted.map((p) => `(${source(p.phrase)})`).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\-‐‑])(?:${groups})(?![\\p{L}\\p{N}])`, flags + 'y');
  let keys: Compiled['keys'] = [new Set(), new Set(), new Set()];
  for (const p of sorted) {
    const head = HEAD.exec(p.phrase.trim())?.[0];
    // A head that opens with something else, or holds a surrogate, is not read by the filter.
    if (!head || head.length !== [...head].length) {
      keys = undefined;
      break;
    }
    let packed = [0];
    for (let k = 0; k < head.length; k++) {
      const eq = asciiEquivalents(head[k]!, flags);
      const next: number[] = [];
      for (const x of packed) for (const c of eq) next.push(x | (c << (7 * k)));
      packed = next;
    }
    for (const x of packed) keys[head.length - 1]!.add(x);
  }
  return { re, groupIndex: sorted.map((p) => p.index), insensitive: flags.includes('i'), keys };
}

/** Letters, digits and hyphens after which the lookbehind fails: ASCII ones, and the Latin/Greek/Cyrillic letters of words.ts' table. */
function blocksMatch(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
  return c === 0x2010 || c === 0x2011 || isTableLetter(c);
}

function scan(c: Compiled | undefined, text: string, out: { start: number; end: number; index: number }[]): void {
  if (!c) return;
  const { re, groupIndex, keys, insensitive } = c;
  const n = text.length;
  let p = 0;
  while (p < n) {
    const ch = text.charCodeAt(p);
    if (ch < 128 && !((ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122))) {
      p++;
      continue;
    }
    if (p > 0 && blocksMatch(text.charCodeAt(p - 1))) {
      p++;
      continue;
    }
    if (keys && ch < 128) {
      // The window's ASCII characters, lowercased when the regex ignores case; a non-ASCII one ends the filter's say.
      let ascii = true;
      let hit = false;
      let packed = 0;
      for (let k = 0; k < 3 && p + k < n; k++) {
        let x = text.charCodeAt(p + k);
        if (x >= 128) {
          ascii = false;
          break;
        }
        if (insensitive && x >= 65 && x <= 90) x += 32;
        packed |= x << (7 * k);
        if (keys[k]!.has(packed)) {
          hit = true;
          break;
        }
      }
      if (ascii && !hit) {
        p++;
        continue;
      }
    }
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) {
      p++;
      continue;
    }
    let index = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        index = groupIndex[g - 1]!;
        break;
      }
    }
    out.push({ start: p, end: p + m[0].length, index });
    p += Math.max(1, m[0].length);
  }
}

export function phraseMatcher<T>(specs: PhraseSpec<T>[]): PhraseMatcher<T> {
  const indexed = specs.map((s, index) => ({ phrase: s.phrase, index }));
  const sensitive = build(indexed.filter((p) => specs[p.index]!.caseSensitive), 'gu');
  const insensitive = build(indexed.filter((p) => !specs[p.index]!.caseSensitive), 'giu');
  return {
    match(text, sentences) {
      const found: { start: number; end: number; index: number }[] = [];
      scan(sensitive, text, found);
      scan(insensitive, text, found);
      return resolve(specs, found, sentences);
    },
  };
}

/** Longest-first, non-overlapping, in text order; blocking phrases dropped; each match placed in its sentence. */
function resolve<T>(specs: PhraseSpec<T>[], found: { start: number; end: number; index: number }[], sentences: Span[]): PhraseMatch<T>[] {
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
}

function buildReference(phrases: { phrase: string; index: number }[], flags: string): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  // Longest first, so "Kiev regime" wins over "Kiev" at the same position.
  const sorted = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
  const groups = sorted.map((p) => `(?<p${p.index}>${source(p.phrase)})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}\\-‐‑])(?:${groups})(?![\\p{L}\\p{N}])`, flags);
}

/** The matcher as it was (one global scan per case mode, named groups): the reference phrases.test.ts holds `phraseMatcher` to. */
export function phraseMatcherReference<T>(specs: PhraseSpec<T>[]): PhraseMatcher<T> {
  const indexed = specs.map((s, index) => ({ phrase: s.phrase, index }));
  const sensitive = buildReference(indexed.filter((p) => specs[p.index]!.caseSensitive), 'gu');
  const insensitive = buildReference(indexed.filter((p) => !specs[p.index]!.caseSensitive), 'giu');
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
