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
 * Elsewhere a sticky regular expression is run at that position: for an ASCII
 * window, one of only the phrases whose heads the window matched (in the same
 * longest-first order, so the same alternative wins: the others could not
 * match there), else the full one. A match there is the one the global scan
 * would find, and positions are tried in order from the end of the last match.
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

/** A sticky regular expression over some of the phrases (longest first): capture group g + 1 is phrase `groupIndex[g]`. */
interface Alternatives {
  re: RegExp;
  groupIndex: number[];
}

interface Compiled {
  /** Every phrase: for windows the filter cannot read. */
  all: Alternatives;
  insensitive: boolean;
  /**
   * By the length of a head (1, 2, 3 characters): ASCII windows (packed 7 bits
   * a character) that head can match → the positions (in longest-first order)
   * of the phrases with that head. Undefined: try every phrase everywhere (a
   * head the filter cannot read).
   */
  keys: HeadTables | undefined;
  /** Only the phrases a window's heads allow, by the heads it hit: a sticky regex of a few alternatives instead of 250. */
  subsets: Map<string, Alternatives>;
  singles: Map<number[], Alternatives>;
  sources: string[];
  order: number[];
  flags: string;
}

/**
 * The heads as lookup tables, since a Map lookup per window character was
 * most of the scan (~16 ms at 3 × 1,000): `one[c0]` and `two[c0 | c1 << 7]`
 * hold 1 + the index in `lists` of the phrases with exactly that head (0:
 * none), plus MORE when a longer head starts so; three-character heads are in
 * `three` (packed 7 bits a character).
 */
interface HeadTables {
  one: Int32Array;
  two: Int32Array;
  three: Map<number, number>;
  lists: number[][];
}
const MORE = 1 << 24;
const LIST = MORE - 1;

function headTables(byLength: Map<number, number[]>[]): HeadTables {
  const t: HeadTables = { one: new Int32Array(128), two: new Int32Array(128 * 128), three: new Map(), lists: [] };
  for (const [x, list] of byLength[0]!) t.one[x] = (t.one[x]! & MORE) | (t.lists.push(list));
  for (const [x, list] of byLength[1]!) {
    t.two[x] = (t.two[x]! & MORE) | t.lists.push(list);
    t.one[x & 127] = t.one[x & 127]! | MORE;
  }
  for (const [x, list] of byLength[2]!) {
    t.three.set(x, t.lists.push(list));
    t.two[x & 16383] = t.two[x & 16383]! | MORE;
    t.one[x & 127] = t.one[x & 127]! | MORE;
  }
  return t;
}

function alternatives(sources: string[], order: number[], positions: number[], flags: string): Alternatives {
  const groups = positions.map((k) => `(${sources[k]!})`).join('|');
  return { re: new RegExp(`(?<![\\p{L}\\p{N}\\-‐‑])(?:${groups})(?![\\p{L}\\p{N}])`, flags + 'y'), groupIndex: positions.map((k) => order[k]!) };
}

function build(phrases: { phrase: string; index: number }[], flags: string): Compiled | undefined {
  if (phrases.length === 0) return undefined;
  // Longest first, so "Kiev regime" wins over "Kiev" at the same position.
  const sorted = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
  const sources = sorted.map((p) => source(p.phrase));
  const order = sorted.map((p) => p.index);
  let byLength: Map<number, number[]>[] | undefined = [new Map(), new Map(), new Map()];
  for (let k = 0; k < sorted.length; k++) {
    const head = HEAD.exec(sorted[k]!.phrase.trim())?.[0];
    // A head that opens with something else, or holds a surrogate, is not read by the filter.
    if (!head || head.length !== [...head].length) {
      byLength = undefined;
      break;
    }
    let packed = [0];
    for (let h = 0; h < head.length; h++) {
      const eq = asciiEquivalents(head[h]!, flags);
      const next: number[] = [];
      for (const x of packed) for (const c of eq) next.push(x | (c << (7 * h)));
      packed = next;
    }
    const byKey = byLength[head.length - 1]!;
    for (const x of new Set(packed)) {
      const list = byKey.get(x);
      if (list) list.push(k);
      else byKey.set(x, [k]);
    }
  }
  const all = alternatives(sources, order, sorted.map((_, k) => k), flags);
  return { all, insensitive: flags.includes('i'), keys: byLength && headTables(byLength), subsets: new Map(), singles: new Map(), sources, order, flags };
}

/** The alternatives for a window whose heads hit one list. */
function single(c: Compiled, list: number[]): Alternatives {
  let alt = c.singles.get(list);
  if (!alt) c.singles.set(list, (alt = alternatives(c.sources, c.order, list, c.flags)));
  return alt;
}

/** The alternatives for a window whose heads hit `lists` (positions ascending in each). */
function subset(c: Compiled, id: string, lists: number[][]): Alternatives {
  let alt = c.subsets.get(id);
  if (!alt) {
    const positions = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((x, y) => x - y);
    c.subsets.set(id, (alt = alternatives(c.sources, c.order, positions, c.flags)));
  }
  return alt;
}

/** Letters, digits and hyphens after which the lookbehind fails: ASCII ones, and the Latin/Greek/Cyrillic letters of words.ts' table. */
function blocksMatch(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
  return c === 0x2010 || c === 0x2011 || isTableLetter(c);
}

/**
 * Positions where a phrase may start, whatever the phrases: an ASCII letter or
 * digit, or any non-ASCII code unit, not after a character that fails the
 * lookbehind. The same for both lexicons and both case modes, so it is
 * computed once per text (the last text is kept: the lenses match one report
 * after another) — the loop over every character was the scan's main cost.
 */
let lastText: string | undefined;
let lastStarts = new Int32Array(0);
let lastCount = 0;
function possibleStarts(text: string): { starts: Int32Array; count: number } {
  if (text !== lastText) {
    const n = text.length;
    let starts = lastStarts.length >= 1024 && lastStarts.length <= n * 4 ? lastStarts : new Int32Array(Math.max(1024, n >> 2));
    let count = 0;
    let prevBlocks = false;
    for (let p = 0; p < n; p++) {
      const ch = text.charCodeAt(p);
      const alnum = ch < 128 ? (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) : true;
      if (alnum && !prevBlocks) {
        if (count === starts.length) {
          const grown = new Int32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[count++] = p;
      }
      prevBlocks = blocksMatch(ch);
    }
    lastText = text;
    lastStarts = starts;
    lastCount = count;
  }
  return { starts: lastStarts, count: lastCount };
}

function scan(c: Compiled | undefined, text: string, out: { start: number; end: number; index: number }[]): void {
  if (!c) return;
  const { keys, insensitive } = c;
  const n = text.length;
  const lists: number[][] = [];
  const { starts, count } = possibleStarts(text);
  let next = 0;
  for (let s = 0; s < count; s++) {
    const p = starts[s]!;
    if (p < next) continue;
    const ch = text.charCodeAt(p);
    let alt = c.all;
    if (keys && ch < 128) {
      // The window's ASCII characters, lowercased when the regex ignores case; a non-ASCII one ends the filter's say.
      let ascii = true;
      let hits = 0;
      let id = '';
      let packed = 0;
      let entry = MORE;
      for (let k = 0; k < 3 && p + k < n && entry & MORE; k++) {
        let x = text.charCodeAt(p + k);
        if (x >= 128) {
          ascii = false;
          break;
        }
        if (insensitive && x >= 65 && x <= 90) x += 32;
        packed |= x << (7 * k);
        entry = k === 0 ? keys.one[packed]! : k === 1 ? keys.two[packed]! : (keys.three.get(packed) ?? 0);
        if (entry & LIST) {
          const list = keys.lists[(entry & LIST) - 1]!;
          lists[hits++] = list;
          // Most windows hit one head length; the id is only built for the rare second.
          id = hits === 1 ? '' : `${id || `${lists[0]!.join()}`}/${list.join()}`;
        }
      }
      if (ascii) {
        if (hits === 0) continue;
        alt = hits === 1 ? single(c, lists[0]!) : subset(c, id, lists.slice(0, hits));
      }
    }
    const { re, groupIndex } = alt;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) continue;
    let index = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        index = groupIndex[g - 1]!;
        break;
      }
    }
    out.push({ start: p, end: p + m[0].length, index });
    next = p + Math.max(1, m[0].length);
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
