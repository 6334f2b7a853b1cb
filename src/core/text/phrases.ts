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
   * `words`, when the caller has them: the text's runs of letters and digits
   * (WordRuns), which only make the scan cheaper (the same matches).
   */
  match(text: string, sentences: Span[], words?: WordRuns): PhraseMatch<T>[];
}

/**
 * The runs of letters and digits of `s`: maximal runs of code units each `\p{L}` or `\p{N}` (read one unit at a
 * time, as ../lenses/voices/chars.ts' textRuns `words` are), in order; `ascii[k]` 1 when run k is ASCII only.
 */
export interface WordRuns {
  s: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  ascii: Uint8Array;
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
 * Where a match may start, and which phrases may match there. The global scan
 * tried the lookbehind and 250 alternatives at every character (56 ms of a
 * 3 × 1,000 analysis). A phrase opens with a letter or digit after no letter,
 * digit or hyphen (possibleStarts, below). At such a position whose text is
 * ASCII, a trie of the phrases' heads says which phrases the text there can
 * begin: a head is a phrase's opening letters, digits and single spaces (up
 * to HEAD_MAX), each letter as the ASCII characters the regex (under its own
 * flags) matches it to, asked of the regex engine at build; a space in a
 * phrase is `\s+`, so a run of ASCII white space in the text is read as one
 * space. The walk collects the phrases whose heads end on its path; a sticky
 * regular expression of only those (in the same longest-first order, so the
 * same alternative wins: the others cannot match there) is run. Where the
 * walk meets a non-ASCII character while longer heads are still possible (it
 * could match a head letter or space: "ſ" ~ s, "K" ~ k, a no-break space),
 * or a phrase's opening is not read by the filter, the full expression is run.
 * A first cut read only three characters: every "the" in the text ran the
 * dozens of "the …" phrases (~25k sticky runs a 3 × 1,000 analysis); keyed
 * by "the kiev", "the us" instead, almost no position runs a regex at all.
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

/** Longest head read, in characters (a space counts one). */
const HEAD_MAX = 12;
/** Most ASCII spellings of one head (letters with several equivalents multiply): beyond, the head is cut. */
const HEAD_SPELLINGS = 64;
/** The trie's alphabet: 0 none, 1–62 ASCII letters and digits, 63 white space. */
const CLASS_OF = new Uint8Array(128);
{
  let k = 1;
  for (const ch of ASCII_ALNUM) CLASS_OF[ch.charCodeAt(0)] = k++;
  for (const c of [9, 10, 11, 12, 13, 32]) CLASS_OF[c] = 63;
}
const SPACE = 63;
const CLASSES = 64;
/**
 * A start's pair code (possibleStarts): its first two code units as the walk
 * reads them, first × PAIR_SECONDS + second, the second PAIR_OTHER when not
 * ASCII and 0 (like NUL: no class) at the end of the text; 0 for a first
 * code unit that is not ASCII (no start is NUL: that code is never skipped).
 */
const PAIR_OTHER = 128;
const PAIR_SECONDS = 129;
const PAIR_CODES = 128 * PAIR_SECONDS;

/** A sticky regular expression over some of the phrases (longest first): capture group g + 1 is phrase `groupIndex[g]`. */
interface Alternatives {
  re: RegExp;
  groupIndex: number[];
  /**
   * For a few phrases (unionAt): each phrase's own sticky expression, without a capture group, in the same order.
   * The first that matches is the alternative the union's exec would report, with the same length (the lookbehind
   * and lookahead are the union's, around one alternative). A test makes no match array (exec made one of a slot
   * per group, ~740 per 3 × 1,000 reports). Both bundled matchers over 3 × 1,000 reports: min 3.38 → 3.04 and
   * 3.27 → 2.90 ms (paired 0.853, 0.979; 2 runs of 300 on a machine at load 14-18).
   */
  singles?: RegExp[];
}

/**
 * The phrases' heads. `next[node * CLASSES + class]`: the child (0: none; the
 * root is node 0); `ends[node]`: the positions (longest-first order) of the
 * phrases whose head ends there; `alive[node]`: 1 when it has children.
 */
interface Trie {
  next: Int32Array;
  ends: (number[] | undefined)[];
  alive: Uint8Array;
  /** The alternatives of the phrases ending on the path to a node, by the last node on it with an end. */
  union: (Alternatives | undefined)[];
  /** The nearest node with an end on the path from the root to a node, itself included (-1: none). */
  lastEnd: Int32Array;
  /** The nearest node with an end strictly above a node (-1: none). */
  parentEnd: Int32Array;
  /**
   * By a start's pair code (possibleStarts: its first two code units),
   * 1 when the walk from there ends within two characters on no head's end,
   * reading only ASCII: the start can open no phrase, and is passed over
   * without walking (pairTables says exactly when).
   */
  skip: Uint8Array;
  /**
   * By pair code, the node two ASCII letters or digits lead to when the walk
   * goes on from there (0: walk from the root): the walk starts there, two
   * characters on.
   */
  resume: Uint16Array;
  /**
   * `next` as the walk reads it, compact: a row per node with children (`row[node]`, -1 for none) of `width`
   * entries, one per class some edge reads (`walkClass[unit]` of an ASCII unit, A–Z read as a–z when the
   * expression ignores case; 0: no edge reads it). `spaceClass`: white space's (0 when no head has a space).
   */
  walk: Uint16Array | Int32Array;
  row: Int32Array;
  width: number;
  walkClass: Uint8Array;
  spaceClass: number;
}

interface Compiled {
  /** Every phrase: for positions the filter cannot read. */
  all: Alternatives;
  /** Undefined: try every phrase everywhere (a phrase opening the filter cannot read). */
  trie: Trie | undefined;
  sources: string[];
  order: number[];
  flags: string;
  /** singleAt's expressions by position. */
  singles: (RegExp | undefined)[];
}

/** The head of a phrase as trie classes per character (each a set), or undefined when the filter cannot read its opening. */
function headOf(phrase: string, flags: string): number[][] | undefined {
  const star = phrase.endsWith('*');
  const plural = phrase.endsWith('(s)');
  const body = star ? phrase.slice(0, -1) : plural ? phrase.slice(0, -3) : phrase;
  const words = body.trim().split(/\s+/);
  // An empty phrase matches anywhere: not for the filter.
  if (words[0] === '') return undefined;
  const head: number[][] = [];
  let spellings = 1;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) head.push([SPACE]);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      if (head.length >= HEAD_MAX) return head;
      const ch = word[i]!;
      const code = ch.charCodeAt(0);
      const letter = !(code >= 0xd800 && code <= 0xdfff) && /^[\p{L}\p{N}]$/u.test(ch);
      if (head.length === 0 && !letter) return undefined;
      if (!letter) return head;
      const eq = asciiEquivalents(ch, flags).map((c) => CLASS_OF[c]!);
      // No ASCII spelling: the phrase can match only where the text is not ASCII (an empty head: never at an ASCII start).
      if (eq.length === 0 || spellings * eq.length > HEAD_SPELLINGS) return head.length === 0 ? [] : head;
      spellings *= eq.length;
      head.push(eq);
    }
    if (head.length >= HEAD_MAX) return head;
  }
  return head;
}

function buildTrie(sorted: { phrase: string }[], flags: string): Trie | undefined {
  const children: Map<number, number>[] = [new Map()];
  const ends: (number[] | undefined)[] = [undefined];
  for (let k = 0; k < sorted.length; k++) {
    const head = headOf(sorted[k]!.phrase, flags);
    if (!head) return undefined;
    if (head.length === 0) continue;
    let nodes = [0];
    for (const classes of head) {
      const next: number[] = [];
      for (const node of nodes) {
        for (const c of classes) {
          let child = children[node]!.get(c);
          if (child === undefined) {
            child = children.push(new Map()) - 1;
            ends.push(undefined);
            children[node]!.set(c, child);
          }
          next.push(child);
        }
      }
      nodes = [...new Set(next)];
    }
    for (const node of nodes) (ends[node] ??= []).push(k);
  }
  const n = children.length;
  const next = new Int32Array(n * CLASSES);
  const alive = new Uint8Array(n);
  const lastEnd = new Int32Array(n).fill(-1);
  const parentEnd = new Int32Array(n).fill(-1);
  // Nodes are numbered after their parents, so one pass in order fills lastEnd.
  for (let node = 0; node < n; node++) {
    if (ends[node]) lastEnd[node] = node;
    for (const [c, child] of children[node]!) {
      next[node * CLASSES + c] = child;
      alive[node] = 1;
      lastEnd[child] = lastEnd[node]!;
      parentEnd[child] = lastEnd[node]!;
    }
  }
  const insensitive = flags.includes('i');
  return { next, ends, alive, union: new Array<Alternatives | undefined>(n).fill(undefined), lastEnd, parentEnd, ...pairTables(next, alive, lastEnd, insensitive), ...walkTables(next, alive, insensitive) };
}

/**
 * The trie's edges as `scan` walks them (Trie.walk): rows only for nodes with children, columns only for the
 * classes some edge reads, and the case folding in the class table. The full table (64 int32 a node, ~260 KB for
 * the loaded lexicon's 1,020 nodes) was read at random, one row per walk, and its line was the scan's costliest
 * (a cache miss per walk, ~56,000 walks per 3 × 1,000 reports); compact it is ~64 KB. Both bundled matchers over
 * 3 × 1,000 reports (starts included): paired 0.934, 0.838, 0.879 (3 runs of 300-400; min 3.08 → 2.99, 3.40 → 3.14 ms).
 */
function walkTables(next: Int32Array, alive: Uint8Array, insensitive: boolean): Pick<Trie, 'walk' | 'row' | 'width' | 'walkClass' | 'spaceClass'> {
  const n = alive.length;
  const compact = new Uint8Array(CLASSES);
  for (let i = 0; i < next.length; i++) if (next[i] !== 0) compact[i % CLASSES] = 1;
  let width = 1;
  for (let c = 1; c < CLASSES; c++) if (compact[c] === 1) compact[c] = width++;
  const walkClass = new Uint8Array(128);
  for (let x = 0; x < 128; x++) walkClass[x] = compact[CLASS_OF[insensitive && x >= 65 && x <= 90 ? x + 32 : x]!]!;
  const row = new Int32Array(n).fill(-1);
  let rows = 0;
  for (let node = 0; node < n; node++) if (alive[node] === 1) row[node] = rows++;
  const walk = n <= 0xffff ? new Uint16Array(rows * width) : new Int32Array(rows * width);
  for (let node = 0; node < n; node++) {
    if (row[node]! < 0) continue;
    for (let c = 1; c < CLASSES; c++) {
      const child = next[node * CLASSES + c]!;
      if (child !== 0) walk[row[node]! * width + compact[c]!] = child;
    }
  }
  return { walk, row, width, walkClass, spaceClass: compact[SPACE]! };
}

/**
 * The walk of `scan` decided from a start's first two code units (skip), or
 * its node after them (resume), for every pair code whose first is an ASCII
 * letter or digit (the others never open a match at an ASCII start): A–Z read
 * as a–z when the expression ignores case, then classed. The walk stops on the root when the first has no edge, on
 * the first node when it has no children, when the second has no class (or
 * is the end of the text) or no edge there; it reads a non-ASCII second (and
 * then runs the full expression) only when the first node has children. A
 * start is skipped when the walk stops within those two on a node with no end
 * on its path.
 */
function pairTables(next: Int32Array, alive: Uint8Array, lastEnd: Int32Array, insensitive: boolean): { skip: Uint8Array; resume: Uint16Array } {
  const skip = new Uint8Array(PAIR_CODES);
  const resume = new Uint16Array(PAIR_CODES);
  // Nodes past a Uint16 are not resumed at (none of the bundled lexicons has a thousandth of that).
  const resumable = alive.length <= 0xffff;
  const classOf = (c: number) => CLASS_OF[insensitive && c >= 65 && c <= 90 ? c + 32 : c]!;
  for (let c0 = 0; c0 < 128; c0++) {
    const first = classOf(c0);
    if (first === 0 || first === SPACE) continue;
    const node = next[first]!;
    for (let c1 = 0; c1 < PAIR_SECONDS; c1++) {
      let stops: boolean;
      if (node === 0 || alive[node] === 0) stops = true;
      else if (c1 === PAIR_OTHER) stops = false;
      else {
        const second = classOf(c1);
        const child = second === 0 ? 0 : next[node * CLASSES + second]!;
        stops = child === 0;
        // After a space the walk also reads the rest of a white-space run: that case walks from the root.
        if (child !== 0 && second !== SPACE && resumable) resume[c0 * PAIR_SECONDS + c1] = child;
      }
      if (stops && (node === 0 || lastEnd[node]! < 0)) skip[c0 * PAIR_SECONDS + c1] = 1;
    }
  }
  return { skip, resume };
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
  const all = alternatives(sources, order, sorted.map((_, k) => k), flags);
  return { all, trie: buildTrie(sorted, flags), sources, order, flags, singles: [] };
}

/** The alternatives of the phrases whose heads end on the path to `node` (a node with an end). */
function unionAt(c: Compiled, t: Trie, node: number): Alternatives {
  let alt = t.union[node];
  if (!alt) {
    const positions: number[] = [];
    for (let x = node; x >= 0; x = t.parentEnd[x]!) positions.push(...t.ends[x]!);
    const sortedPositions = [...new Set(positions)].sort((a, b) => a - b);
    t.union[node] = alt = alternatives(c.sources, c.order, sortedPositions, c.flags);
    if (sortedPositions.length <= SINGLES_MAX) alt.singles = sortedPositions.map((k) => singleAt(c, k));
  }
  return alt;
}

/** Unions of at most this many phrases are tried phrase by phrase (Alternatives.singles). */
const SINGLES_MAX = 4;

/** The sticky expression of the phrase at position `k` alone (no capture group), made once. */
function singleAt(c: Compiled, k: number): RegExp {
  let re = c.singles[k];
  if (!re) c.singles[k] = re = new RegExp(`(?<![\\p{L}\\p{N}\\-‐‑])(?:${c.sources[k]!})(?![\\p{L}\\p{N}])`, c.flags + 'y');
  return re;
}

/** Letters, digits and hyphens after which the lookbehind fails: ASCII ones, and the Latin/Greek/Cyrillic letters of words.ts' table. */
function blocksMatch(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
  return c === 0x2010 || c === 0x2011 || isTableLetter(c);
}

/**
 * possibleStarts' two questions as one table read per code unit below
 * START_TABLE_END (bit 1: may open a match, bit 2: blocks the next): the
 * branches of blocksMatch were a third of the phrase scan. Above, every code
 * unit may open a match and none blocks (isTableLetter is false there).
 */
const MAY_OPEN = 1;
const BLOCKS = 2;
/**
 * A letter, digit, mark or surrogate: what a phrase's opening letter or digit
 * can match under /iu (case folding joins letters with letters and marks:
 * "ι" ~ U+0345). Quotes, dashes and other punctuation below START_TABLE_END
 * cannot open a match when every phrase opens with a letter or digit (the
 * trie's condition); each opening curly quote ran the full expression.
 */
const LETTERLIKE = 4;
const START_TABLE_END = 0x20d0;
const START_CLASS = new Uint8Array(START_TABLE_END);
for (let c = 0; c < START_TABLE_END; c++) {
  const alnum = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : true;
  const letterlike = (c >= 0xd800 && c <= 0xdfff) || /^[\p{L}\p{N}\p{M}]$/u.test(String.fromCharCode(c));
  START_CLASS[c] = (alnum ? MAY_OPEN : 0) | (blocksMatch(c) ? BLOCKS : 0) | (letterlike ? LETTERLIKE : 0);
}
/** START_CLASS over every code unit (MAY_OPEN above START_TABLE_END): one read per unit, no range test (possibleStarts). */
const START_CLASS_ALL = new Uint8Array(0x10000).fill(MAY_OPEN);
START_CLASS_ALL.set(START_CLASS);
// words.ts' table ends below: checked once (~0.2 ms), so a wider table there cannot silently change matches here.
for (let c = START_TABLE_END; c < 0x10000; c++) if (blocksMatch(c)) throw new Error('phrases: START_TABLE_END below a blocking code unit');

interface Starts {
  starts: Int32Array;
  count: number;
  /**
   * By start, its pair code. With the tries' pair tables, most starts (70 %
   * of the lenses' 188,000 at 3 × 1,000) are passed over with two reads
   * instead of a walk, and the others walk from their third character: the
   * bundled lexicons' matching took 5.2 → 3.7 ms at 3 × 1,000 and 52 → 38 ms
   * at 6 × 5,000 (CPU time, fastest of 40 and of 8 interleaved runs). The
   * code is made in the loop that finds the starts (a first version, two
   * codes per start in a second pass, cost as much as the walks it saved at 6 × 5,000).
   */
  codes: Uint16Array;
}
/**
 * Positions where a phrase may start, whatever the phrases: an ASCII letter or
 * digit, or any non-ASCII code unit, not after a character that fails the
 * lookbehind. The same for both lexicons and both case modes, so it is
 * computed once per text (the last text is kept: the lenses match one report
 * after another) — the loop over every character was the scan's main cost.
 */
let lastText: string | undefined;
const last: Starts = { starts: new Int32Array(0), count: 0, codes: new Uint16Array(0) };

function possibleStarts(text: string, words?: WordRuns): Starts {
  if (text !== lastText) {
    const n = text.length;
    let { starts, codes } = last;
    // Room for a start at every unit: the loop below stores a candidate at every unit, unconditionally.
    if (starts.length < n + 1) {
      starts = new Int32Array(Math.max(1024, n + 1, starts.length * 2));
      codes = new Uint16Array(starts.length);
    }
    let count = 0;
    // Without a branch per unit on whether it starts: every position is written to the next slot, and the slot is
    // kept (the count moves on) when it may open a match and the unit before does not block. At a word's start and
    // end the branches of the loop this replaces (may open and not after a blocker; the pending code's second unit)
    // were mispredicted twice per word. A matcher of one phrase that never matches (these starts and one scan of
    // them) over 3 × 1,000 reports: 2.39 → 1.39 ms (min of 190, A/B in one process). The arrays are kept at the
    // text's length (4 + 2 bytes a unit: ~0.8 MB for a 3 × 1,000 report).
    let blocked = 0;
    let p = 0;
    // With the text's runs of letters and digits: an ASCII run is one ASCII letter or digit after another, so only its
    // first unit may start (each blocks the next) and its last blocks; the loop reads the units between runs and
    // those of the other runs, and passes over the rest (~4 of 5 units of news text). 3 × 1,000 reports, the starts
    // and a matcher of one phrase that never matches: 1.80 → 1.12 ms (min of 200, 2 runs); actors lens paired 0.95 (2 runs).
    if (words !== undefined && words.s === text) {
      const { start: rs, end: re, ascii } = words;
      for (let k = 0; k < words.count; k++) {
        const b = rs[k]!;
        for (; p < b; p++) {
          const f = START_CLASS_ALL[text.charCodeAt(p)]!;
          starts[count] = p;
          count += f & MAY_OPEN & (blocked ^ 1);
          blocked = (f & BLOCKS) >> 1;
        }
        if (ascii[k] === 1) {
          starts[count] = b;
          count += blocked ^ 1;
          blocked = 1;
          p = re[k]!;
        }
      }
    }
    for (; p < n; p++) {
      const f = START_CLASS_ALL[text.charCodeAt(p)]!;
      starts[count] = p;
      count += f & MAY_OPEN & (blocked ^ 1);
      blocked = (f & BLOCKS) >> 1;
    }
    // The pair codes, per start (a fraction of the units): first × PAIR_SECONDS + second, the second PAIR_OTHER when
    // not ASCII and 0 at the end of the text; 0 for a first that is not ASCII.
    for (let k = 0; k < count; k++) {
      const p = starts[k]!;
      const ch = text.charCodeAt(p);
      if (ch >= 128) {
        codes[k] = 0;
        continue;
      }
      const second = p + 1 < n ? text.charCodeAt(p + 1) : 0;
      codes[k] = ch * PAIR_SECONDS + (second < 128 ? second : PAIR_OTHER);
    }
    lastText = text;
    last.starts = starts;
    last.count = count;
    last.codes = codes;
  }
  return last;
}

/** possibleStarts' starts and pair codes of `text`, as arrays (for tests). */
export function possibleStartsOf(text: string, words?: WordRuns): { starts: number[]; codes: number[] } {
  lastText = undefined;
  const { starts, count, codes } = possibleStarts(text, words);
  return { starts: [...starts.subarray(0, count)], codes: [...codes.subarray(0, count)] };
}

/** possibleStarts as it was (a flag per unit, the code's second unit kept pending): the reference possibleStartsOf is held to. */
export function possibleStartsReference(text: string): { starts: number[]; codes: number[] } {
  const starts: number[] = [];
  const codes: number[] = [];
  let prevBlocks = 0;
  let pending = -1;
  for (let p = 0; p < text.length; p++) {
    const ch = text.charCodeAt(p);
    if (pending >= 0) {
      codes[codes.length - 1] = pending * PAIR_SECONDS + (ch < 128 ? ch : PAIR_OTHER);
      pending = -1;
    }
    const f = ch < START_TABLE_END ? START_CLASS[ch]! : MAY_OPEN;
    if ((f & MAY_OPEN) !== 0 && prevBlocks === 0) {
      starts.push(p);
      codes.push(0);
      if (ch < 128) pending = ch;
    }
    prevBlocks = f & BLOCKS;
  }
  if (pending >= 0) codes[codes.length - 1] = pending * PAIR_SECONDS;
  return { starts, codes };
}

const ZERO_SKIP = new Uint8Array(PAIR_CODES);

function scan(c: Compiled | undefined, text: string, out: { start: number; end: number; index: number }[], words: WordRuns | undefined): void {
  if (!c) return;
  const { trie } = c;
  const n = text.length;
  const { starts, count, codes } = possibleStarts(text, words);
  // No trie: every start runs the full expression.
  const skip = trie ? trie.skip : ZERO_SKIP;
  let next = 0;
  for (let s = 0; s < count; s++) {
    const p = starts[s]!;
    if (p < next || skip[codes[s]!] === 1) continue;
    let alt = c.all;
    const first = text.charCodeAt(p);
    if (trie && first >= 128 && first < START_TABLE_END && (START_CLASS[first]! & LETTERLIKE) === 0) continue;
    if (trie && first < 128) {
      // Walk the heads along the text: ASCII letters and digits (lowercased
      // when the regex ignores case) and runs of ASCII white space as one space.
      const { walk, row, width, walkClass, spaceClass } = trie;
      let node = trie.resume[codes[s]!]!;
      let ascii = true;
      let q = node === 0 ? p : p + 2;
      let r: number;
      while (q < n && (r = row[node]!) >= 0) {
        const x = text.charCodeAt(q);
        if (x >= 128) {
          ascii = false;
          break;
        }
        const cls = walkClass[x]!;
        const child = cls === 0 ? 0 : walk[r * width + cls]!;
        if (child === 0) break;
        node = child;
        q++;
        if (cls === spaceClass) {
          for (let y = q < n ? text.charCodeAt(q) : 128; y < 128 && CLASS_OF[y] === SPACE; y = q < n ? text.charCodeAt(q) : 128) q++;
        }
      }
      if (ascii) {
        const hit = trie.lastEnd[node]!;
        if (hit < 0) continue;
        alt = unionAt(c, trie, hit);
      }
    }
    const { re, groupIndex, singles } = alt;
    if (singles !== undefined) {
      for (let g = 0; g < singles.length; g++) {
        const one = singles[g]!;
        one.lastIndex = p;
        if (!one.test(text)) continue;
        const length = one.lastIndex - p;
        out.push({ start: p, end: p + length, index: groupIndex[g]! });
        next = p + Math.max(1, length);
        break;
      }
      continue;
    }
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
    match(text, sentences, words) {
      const found: { start: number; end: number; index: number }[] = [];
      scan(sensitive, text, found, words);
      scan(insensitive, text, found, words);
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
      // Only the scan differs from phraseMatcher; the longest-first resolution is the same step.
      return resolve(specs, found, sentences);
    },
  };
}
