/**
 * Tokenize one sentence into terms the matcher can compare: words with their
 * offsets, a normalised form, a stem, and flags for function words, names and
 * numbers. Aliases (the profile's, from overrides) collapse multi-word names into one term.
 *
 * Words come from words.ts (one character scan per sentence, the Segmenter for
 * other scripts); each distinct word's forms, flags and stem are computed once
 * per profile (memoised), not per occurrence.
 */
import { stemmer } from 'stemmer';
import { DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import type { Span } from '../types';
import { aliasIndex, type AliasIndex } from './aliases';
import { internString, WordTable } from './intern';
import { normalizeWord, rawWordSpansHashed } from './words';

// Expressions with \p{…} at module level: esbuild (tsx, target node20) lowers such a literal inside a
// function to `new RegExp` at each evaluation (see lenses/facts/detect.ts).
const STARTS_LETTER = /^\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ACRONYM_SHAPE = /^\p{Lu}{2,}$/u;

export { normalizeWord } from './words';

export type TermKind = 'word' | 'name' | 'number';

export interface Token extends Span {
  /** The text as it reads in the sentence. */
  surface: string;
  /** The comparable term: an alias id ("@ukraine"), a normalised number ("625000000") or a stem. */
  term: string;
  kind: TermKind;
  /** Function words and reporting verbs: they never make two sentences "the same fact". */
  stop: boolean;
  /**
   * For a multi-word alias, the stems of its own content words. Matching
   * counts them besides the alias: two outlets that both write "the
   * Convention on the Prohibition of Anti-Personnel Mines" share seven words,
   * not one name, and that verbatim overlap is evidence too.
   */
  parts?: string[];
}

/** The profile's stop set (function words, reporting verbs, fillers): they never make two sentences "the same fact". */
function stopSet(profile: LanguageProfile): ReadonlySet<string> {
  return profile.matchingStopWords;
}

const stemmers = { porter: stemmer, none: (w: string) => w } as const;

/** The readable label of an alias term ("@ukraine" → "Ukraine"); other terms are returned as given. */
export function termLabel(term: string, profile: LanguageProfile = DEFAULT_PROFILE): string {
  return aliasIndex(profile).labels.get(term) ?? term;
}

function parseNumber(surface: string): string | undefined {
  if (!/\d/.test(surface)) return undefined;
  // Dates like 20.11.2024 and measures like 155mm keep their shape; plain
  // numbers lose thousands separators so "24,000" = "24000".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(surface)) return surface.replace(/,/g, '');
  return surface.toLowerCase();
}

/** What tokenizing needs to know of one word, computed once per distinct surface and profile. */
export interface WordInfo {
  /** The word as written: the memo's key, and every token's `surface` (one string per distinct word). */
  surface: string;
  /** Surface without dots: the case-sensitive alias key. */
  exact: string;
  /** Normal form without hyphens: the case-insensitive alias key, and the form stop words and titles are looked up by. */
  loose: string;
  /** Starts with a letter, and that letter is a capital. */
  letter: boolean;
  upper: boolean;
  /** Its normal form (hyphens kept) is a stop word: it does not count when deciding whether a sentence is in Title Case. */
  stopSurface: boolean;
  number: string | undefined;
  /** A scale word ("million") multiplies the number before it. */
  scale: number | undefined;
  stop: boolean;
  acronym: boolean;
  title: boolean;
  /**
   * The term of a word token: the normal form of a stop word, else its stem.
   * Internalized (internString), like every term of a token: the word diff
   * and the matcher compare terms, and two internalized strings compare by address.
   */
  term: string;
  /**
   * The most words of an alias of the profile that starts with this word (in
   * the form its index keys: exact for case-sensitive, loose for the others);
   * 0: none. Aliases are looked up only from there down: with a fixed start
   * at the longest alias (7 words), every "president" or "us" built and
   * hashed 14 joined keys.
   */
  aliasMax: number;
}

const MEMO_LIMIT = 200_000;
/** Entry indices a packed tag holds (index × 4096 + tag in an int32 read unsigned: 20 bits). */
const MAX_INDEX = 1 << 20;

/*
 * What the token loop asks of every word, as bits of its WordTable tag (intern.ts keeps the tag in the
 * word's slot, beside its characters): the loop reads no WordInfo object for a word that starts no
 * alias and is no number. Reading one after each look-up was the costliest line of tokenize (5 of
 * 17 ms self at 3 × 1,000 sentences: a cache miss per distinct word, the objects lie all over the heap).
 */
const T_LETTER = 1;
const T_UPPER = 2;
const T_STOP_SURFACE = 4;
const T_STOP = 8;
const T_ACRONYM = 16;
const T_TITLE = 32;
/** A number or the start of an alias: the loop reads the WordInfo. */
const T_SPECIAL = 64;

function tagOf(x: WordInfo): number {
  return (
    (x.letter ? T_LETTER : 0) |
    (x.upper ? T_UPPER : 0) |
    (x.stopSurface ? T_STOP_SURFACE : 0) |
    (x.stop ? T_STOP : 0) |
    (x.acronym ? T_ACRONYM : 0) |
    (x.title ? T_TITLE : 0) |
    (x.number !== undefined || x.aliasMax > 0 ? T_SPECIAL : 0)
  );
}

/**
 * Each profile's words (intern.ts: keyed by the characters in place, no slice per occurrence), and
 * by entry index their surface and term (`strings[2 × index]`, `strings[2 × index + 1]`): entries are
 * numbered in order of first sight, so the frequent words' strings share a few hot cache lines.
 */
interface Memo {
  table: WordTable<WordInfo>;
  strings: string[];
  /** `clears` at this memo's last clear (or its making). */
  epoch: number;
}
const memos = new WeakMap<LanguageProfile, Memo>();

/** @internal The WordInfo of `surface` (tokenize.reference.ts computes it for every occurrence). */
export function wordInfo(surface: string, profile: LanguageProfile): WordInfo {
  const STOP = stopSet(profile);
  const loose = normalizeWord(surface.replace(/[-‐‑]/g, ''));
  const exact = surface.replace(/\./g, '');
  const stop = STOP.has(loose) || loose.length < 2;
  const lower = surface.toLowerCase();
  const longest = aliasLengths(aliasIndex(profile));
  const number = parseNumber(surface);
  return {
    surface,
    aliasMax: Math.max(longest.sensitive.get(exact) ?? 0, longest.insensitive.get(loose) ?? 0),
    exact,
    loose,
    letter: STARTS_LETTER.test(surface),
    upper: STARTS_UPPER.test(surface),
    stopSurface: STOP.has(normalizeWord(surface)),
    number: number === undefined ? undefined : internString(number),
    scale: Object.hasOwn(profile.scales, lower) ? profile.scales[lower] : undefined,
    stop,
    acronym: ACRONYM_SHAPE.test(exact),
    title: profile.titles.has(loose),
    term: internString(stop ? loose : stemmers[profile.stemmer](loose)),
  };
}

/** By first word, the most words of an alias starting with it: in each of the index's two maps (keys are words joined by " "). */
interface AliasLengths {
  sensitive: Map<string, number>;
  insensitive: Map<string, number>;
}
const aliasLengthCache = new WeakMap<AliasIndex, AliasLengths>();
/** @internal */
export function aliasLengths(index: AliasIndex): AliasLengths {
  let x = aliasLengthCache.get(index);
  if (!x) {
    const longest = (keys: Iterable<string>): Map<string, number> => {
      const out = new Map<string, number>();
      for (const key of keys) {
        const ws = key.split(' ');
        out.set(ws[0]!, Math.max(out.get(ws[0]!) ?? 0, ws.length));
      }
      return out;
    };
    aliasLengthCache.set(index, (x = { sensitive: longest(index.sensitive.keys()), insensitive: longest(index.insensitive.keys()) }));
  }
  return x;
}

/** "@" + an alias's entity id, internalized (internString), by entity id: one string per entity, not one per occurrence. */
const aliasTerms = new Map<string, string>();
/** @internal */
export function aliasTerm(entity: string): string {
  let term = aliasTerms.get(entity);
  if (term === undefined) aliasTerms.set(entity, (term = internString(`@${entity}`)));
  return term;
}

/**
 * The sentence's tokens as they are made, reused from call to call; the result is its exact-length copy
 * (as worddiff's tiles). Pushed onto a fresh array, ~20 tokens grew it 0 → 17 → 41: two stores per
 * sentence, the second kept half empty by a list that lives as long as the analysis.
 */
const tokenScratch: Token[] = [];

/** Each word's packed tag (index × 4096 + tag, intern.ts), reused from call to call. */
let packedScratch = new Int32Array(256);

/** Counts the clears of every memo: a memo's `epoch` is this at its last clear (entry indices from before it mean other words). */
let clears = 0;

function memoOf(profile: LanguageProfile): Memo {
  let memo = memos.get(profile);
  if (!memo) memos.set(profile, (memo = { table: new WordTable<WordInfo>(Infinity), strings: [], epoch: ++clears }));
  return memo;
}

function clearMemo(memo: Memo): void {
  memo.table.clear();
  memo.epoch = ++clears;
}

/** Each word's packed tag (index × 4096 + tag) into `packed[at …]`, adding the words the memo does not hold. */
function lookUp(text: string, starts: Int32Array, ends: Int32Array, hashes: Int32Array, count: number, profile: LanguageProfile, memo: Memo, packed: Int32Array, at: number): void {
  const table = memo.table;
  const strings = memo.strings;
  for (let k = 0; k < count; k++) {
    const slot = table.find(text, starts[k]!, ends[k]!, hashes[k]!);
    if (slot >= 0) packed[at + k] = table.packedAt(slot);
    else {
      const x = wordInfo(text.slice(starts[k]!, ends[k]!), profile);
      const tag = tagOf(x);
      const index = table.add(x, tag);
      strings[2 * index] = x.surface;
      strings[2 * index + 1] = x.term;
      packed[at + k] = index * 4096 + tag;
    }
  }
}

/**
 * Tokenize the sentence at `span` of `text`. The same tokens as `tokenizeReference`
 * (tokenize.reference.ts, which computes each word's WordInfo afresh; tokenize.test.ts compares them).
 */
export function tokenize(text: string, span: Span, profile: LanguageProfile = DEFAULT_PROFILE): Token[] {
  const memo = memoOf(profile);
  const table = memo.table;
  // Words straight off the scan's arrays: no RawWord objects, and a slice only for a word not seen before.
  const { count, starts, ends, hashes } = rawWordSpansHashed(text, span, profile.segmenterLocale);
  // Cleared between sentences, never inside one: the loops below keep entry indices of the sentence's
  // words (at most MAX_INDEX of them: a sentence of more words, a million, takes the reference).
  if (count > MAX_INDEX / 2) return tokenizeReference(text, span, profile);
  if (table.count >= MEMO_LIMIT || table.count + count > MAX_INDEX) clearMemo(memo);
  if (packedScratch.length < count) packedScratch = new Int32Array(count * 2);
  lookUp(text, starts, ends, hashes, count, profile, memo, packedScratch, 0);
  return tokensOf(text, starts, ends, packedScratch, 0, count, profile, memo);
}

/**
 * Words of several sentences looked up once, for two readers: dedupe.ts reads each word's entry (its
 * per-entry flags stand in for its own table's look-up) and tokenize reads the same words of the kept
 * sentences (`tokenizePooled`) instead of scanning and looking them up again (prepare.ts gives the
 * figures). Word k of the pool is text[starts[k], ends[k]) with packed tag packed[k] (index × 4096 + tag).
 * The entry indices stay valid because the memo is cleared only before a pool is filled (`beginPool`):
 * it may outgrow MEMO_LIMIT by one text's distinct words.
 */
export interface WordPool {
  starts: Int32Array;
  ends: Int32Array;
  packed: Int32Array;
  used: number;
  /** The memo's epoch the entries belong to (`beginPool`). */
  epoch: number;
}

export function newWordPool(): WordPool {
  return { starts: new Int32Array(4096), ends: new Int32Array(4096), packed: new Int32Array(4096), used: 0, epoch: 0 };
}

/**
 * Empty `pool` for the sentences of `text` (their entry indices must stay valid until they are
 * tokenized, so the memo is cleared here, before them, if it would be during them); false when the text
 * may hold more words than entry indices can number (then pool nothing).
 */
export function beginPool(pool: WordPool, text: string, profile: LanguageProfile): boolean {
  const memo = memoOf(profile);
  // Words are separated by at least one character.
  const most = Math.ceil(text.length / 2) + 1;
  if (most > MAX_INDEX / 2) return false;
  if (memo.table.count >= MEMO_LIMIT || memo.table.count + most > MAX_INDEX) clearMemo(memo);
  pool.used = 0;
  pool.epoch = memo.epoch;
  return true;
}

/** The memo epoch of `profile`'s word entries: entry indices of one epoch name the same words. */
export function wordEpoch(profile: LanguageProfile): number {
  return memoOf(profile).epoch;
}

/** Append the words of the sentence at `span` to `pool` (after `beginPool` for this text); their count. */
export function poolWords(pool: WordPool, text: string, span: Span, profile: LanguageProfile): number {
  const memo = memoOf(profile);
  const { count, starts, ends, hashes } = rawWordSpansHashed(text, span, profile.segmenterLocale);
  const at = pool.used;
  if (at + count > pool.starts.length) {
    const size = 2 * (at + count);
    const grow = (x: Int32Array) => {
      const y = new Int32Array(size);
      y.set(x.subarray(0, at));
      return y;
    };
    pool.starts = grow(pool.starts);
    pool.ends = grow(pool.ends);
    pool.packed = grow(pool.packed);
  }
  // Copied by a loop: two `subarray` views per sentence were garbage and a call each (~20 words a sentence).
  const ps = pool.starts;
  const pe = pool.ends;
  for (let k = 0; k < count; k++) {
    ps[at + k] = starts[k]!;
    pe[at + k] = ends[k]!;
  }
  lookUp(text, starts, ends, hashes, count, profile, memo, pool.packed, at);
  pool.used = at + count;
  return count;
}

/** tokenize(text, span, profile) for a sentence whose `count` words are `pool`'s from `at` (poolWords). */
export function tokenizePooled(text: string, pool: WordPool, at: number, count: number, profile: LanguageProfile): Token[] {
  const memo = memoOf(profile);
  if (memo.epoch !== pool.epoch) throw new Error('tokenizePooled: the word memo was cleared since the words were pooled');
  return tokensOf(text, pool.starts, pool.ends, pool.packed, at, count, profile, memo);
}

/** The tokens of the `count` words at `at` of starts/ends/packed (looked up in `memo`). */
function tokensOf(text: string, starts: Int32Array, ends: Int32Array, packed: Int32Array, at: number, count: number, profile: LanguageProfile, memo: Memo): Token[] {
  const ALIASES = aliasIndex(profile);
  const table = memo.table;
  // Surfaces and terms are read where a token takes them (`strings[2 × index]`, `[2 × index + 1]`): copied
  // into scratch arrays first, as when this loop also looked the words up, they cost two stores and a
  // read more per word.
  const strings = memo.strings;
  // In a Title Case headline capitals say nothing about names.
  let lettered = 0;
  let capitalised = 0;
  for (let k = 0; k < count; k++) {
    const p = packed[at + k]!;
    if ((p & (T_LETTER | T_STOP_SURFACE)) !== T_LETTER) continue;
    lettered++;
    if (p & T_UPPER) capitalised++;
  }
  const titleCase = lettered >= 3 && capitalised / lettered > 0.6;
  const tokens = tokenScratch;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[at + i]!;
    const f = packed[at + i]!;
    if (f & T_SPECIAL) {
      const x = table.entry(f >>> 12);
      // Longest alias first, so "US Department of Defense" beats "US"; most
      // words start no alias, and are passed over at the cost of two lookups.
      let matched = 0;
      let entity: string | undefined;
      if (x.aliasMax > 0) {
        for (let n = Math.min(x.aliasMax, count - i); n >= 1 && !entity; n--) {
          let exact = x.exact;
          let loose = x.loose;
          for (let k = i + 1; k < i + n; k++) {
            const y = table.entry(packed[at + k]! >>> 12);
            exact += ' ' + y.exact;
            loose += ' ' + y.loose;
          }
          entity = ALIASES.sensitive.get(exact) ?? ALIASES.insensitive.get(loose);
          if (entity) matched = n;
        }
      }
      if (entity) {
        const end = ends[at + i + matched - 1]!;
        const token: Token = { start, end, surface: text.slice(start, end), term: aliasTerm(entity), kind: 'name', stop: false };
        if (matched > 1) {
          // The stems of its content words (as word tokens: not stop words, longer than one letter).
          const parts: string[] = [];
          for (let k = i; k < i + matched; k++) if (!(packed[at + k]! & T_STOP)) parts.push(strings[2 * (packed[at + k]! >>> 12) + 1]!);
          if (parts.length > 0) token.parts = parts;
        }
        tokens[n++] = token;
        i += matched - 1;
        continue;
      }
      const num = x.number;
      if (num !== undefined) {
        const scale = i + 1 < count ? table.entry(packed[at + i + 1]! >>> 12).scale : undefined;
        if (scale && /^\d+(\.\d+)?$/.test(num)) {
          const end = ends[at + i + 1]!;
          tokens[n++] = { start, end, surface: text.slice(start, end), term: internString(String(Math.round(Number(num) * scale))), kind: 'number', stop: false };
          i++;
        } else {
          tokens[n++] = { start, end: ends[at + i]!, surface: strings[2 * (f >>> 12)]!, term: num, kind: 'number', stop: false };
        }
        continue;
      }
    }
    const stop = (f & T_STOP) !== 0;
    // A capitalised word that does not open the sentence, or an acronym, is
    // probably a name; names weigh more than common words when matching.
    const isName = !stop && ((f & T_ACRONYM) !== 0 || (i > 0 && !titleCase && (f & T_UPPER) !== 0 && (f & T_TITLE) === 0));
    const index = f >>> 12;
    tokens[n++] = { start, end: ends[at + i]!, surface: strings[2 * index]!, term: strings[2 * index + 1]!, kind: isName ? 'name' : 'word', stop };
  }
  return tokens.slice(0, n);
}

/**
 * tokenize as it was before the tags (every occurrence's WordInfo computed afresh, no memo): the
 * reference tokenize.test.ts compares it with, and the way for a sentence of more words than a
 * table's entry indices hold.
 */
export function tokenizeReference(text: string, span: Span, profile: LanguageProfile = DEFAULT_PROFILE): Token[] {
  const ALIASES = aliasIndex(profile);
  const { count, starts, ends } = rawWordSpansHashed(text, span, profile.segmenterLocale);
  const info: WordInfo[] = [];
  // In a Title Case headline capitals say nothing about names.
  let lettered = 0;
  let capitalised = 0;
  for (let k = 0; k < count; k++) {
    const x = (info[k] = wordInfo(text.slice(starts[k]!, ends[k]!), profile));
    if (!x.letter || x.stopSurface) continue;
    lettered++;
    if (x.upper) capitalised++;
  }
  const titleCase = lettered >= 3 && capitalised / lettered > 0.6;
  const tokens: Token[] = [];
  let n = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const x = info[i]!;
    // Longest alias first, so "US Department of Defense" beats "US"; most
    // words start no alias, and are passed over at the cost of two lookups.
    let matched = 0;
    let entity: string | undefined;
    if (x.aliasMax > 0) {
      for (let n = Math.min(x.aliasMax, count - i); n >= 1 && !entity; n--) {
        let exact = x.exact;
        let loose = x.loose;
        for (let k = i + 1; k < i + n; k++) {
          exact += ' ' + info[k]!.exact;
          loose += ' ' + info[k]!.loose;
        }
        entity = ALIASES.sensitive.get(exact) ?? ALIASES.insensitive.get(loose);
        if (entity) matched = n;
      }
    }
    if (entity) {
      const end = ends[i + matched - 1]!;
      const token: Token = { start, end, surface: text.slice(start, end), term: aliasTerm(entity), kind: 'name', stop: false };
      if (matched > 1) {
        // The stems of its content words (as word tokens: not stop words, longer than one letter).
        const parts: string[] = [];
        for (let k = i; k < i + matched; k++) if (!info[k]!.stop) parts.push(info[k]!.term);
        if (parts.length > 0) token.parts = parts;
      }
      tokens[n++] = token;
      i += matched - 1;
      continue;
    }
    const num = x.number;
    if (num !== undefined) {
      const scale = i + 1 < count ? info[i + 1]!.scale : undefined;
      if (scale && /^\d+(\.\d+)?$/.test(num)) {
        const end = ends[i + 1]!;
        tokens[n++] = { start, end, surface: text.slice(start, end), term: internString(String(Math.round(Number(num) * scale))), kind: 'number', stop: false };
        i++;
      } else {
        tokens[n++] = { start, end: ends[i]!, surface: x.surface, term: num, kind: 'number', stop: false };
      }
      continue;
    }
    const stop = x.stop;
    // A capitalised word that does not open the sentence, or an acronym, is
    // probably a name; names weigh more than common words when matching.
    const isName = !stop && (x.acronym || (i > 0 && !titleCase && x.upper && !x.title));
    tokens[n++] = { start, end: ends[i]!, surface: x.surface, term: x.term, kind: isName ? 'name' : 'word', stop };
  }
  return tokens;
}
