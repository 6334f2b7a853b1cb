/**
 * Removal of repeated sentences within ONE report: scraped pages repeat the
 * headline, and put a teaser or lead at the top that the body repeats word for
 * word or nearly so. Left in, each copy would count as a separate statement.
 *
 * Which copy survives: the LAST one. The top copies are page furniture (teaser,
 * headline block); the body copy sits among its context and carries the
 * dateline.
 *
 * Cost: exact copies are found through a hash of the normalised text; near
 * copies through an inverted index of content words, probing only each
 * sentence's rarest words (prefix filtering), so 1,000+ sentences stay
 * near-linear.
 */
import { DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import { datelineLength } from './clean';
import type { Removal, Span } from '../types';
import { hashOf } from '../text/intern';
import { beginPool, poolWords, wordEpoch, type WordPool } from '../text/tokenize';

// Expressions with \p{…} at module level: esbuild (tsx, target node20) lowers such a literal inside a
// function to `new RegExp` at each evaluation (see lenses/facts/detect.ts).
const ALL_UPPER = /^\p{Lu}+$/u;
const HAS_DIGIT = /\p{N}/u;
const NOT_ALNUM = /[^\p{L}\p{N}]+/u;

/** Share of the shorter sentence's content words the longer one must contain. */
const NEAR_CONTAINMENT = 0.85;
/**
 * Shorter / longer content-word count. Below it the longer sentence says
 * substantially more (a headline inside a paragraph is not a copy of it).
 */
const NEAR_SIZE_RATIO = 0.5;
/** Fewer content words than this and overlap is coincidence, not copying. */
const NEAR_MIN_CONTENT = 6;
/**
 * Most postings of one word examined per probe. Bounds pathological text (the
 * rarest words still in every sentence) at the cost of missing very distant
 * copies there.
 */
const MAX_POSTINGS_SCAN = 128;
/** Exact copies shorter than this ("No.", "Why?") can be genuine repeated speech. */
const EXACT_MIN_WORDS = 3;


interface Prepared {
  span: Span;
  /**
   * The exact-copy key: the normalised text (the tokens' lowercase forms
   * joined by spaces) as the serials of those forms, `words` of them from
   * `keyAt` in the call's key pool, and their hash. Tokens hold no space, so
   * two texts are equal exactly when their forms are; building the joined
   * string and hashing it in a Map was ~40 % of dedupe's time (3 × 1,000).
   */
  keyAt: number;
  hash: number;
  words: number;
  /**
   * Distinct content words (ids of their lowercase forms, this call's numbering), in order of first
   * occurrence: `size` of them from `contentAt` in the call's content pool (an array per sentence, grown
   * by push, was most of prepare's garbage).
   */
  contentAt: number;
  size: number;
  numbers: string;
  negated: boolean;
}

/** Drop a leading dash (dash-led speech, bullet) and a wire dateline: teasers carry neither. */
export function stripLead(s: string): string {
  const t = s.replace(/^[-–—•]\s+/u, '');
  return t.slice(datelineLength(t));
}

/*
 * Most sentences open with neither: a dash, a '(' or two characters of a
 * capitalised dateline ("MINSK", "KYIV"): datelineLength's pattern needs its
 * first two characters in these classes. For the others the lead is empty and
 * the sentence is not sliced nor given to the two regular expressions (a slice
 * and two regex calls per sentence).
 */
const LEAD_TABLE_END = 0x530;
const LEAD_FIRST = new Uint8Array(LEAD_TABLE_END);
for (let c = 0; c < LEAD_TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  LEAD_FIRST[c] = (/^[A-ZÀ-ÞА-ЯЁ]$/u.test(ch) ? 1 : 0) | (/^[A-ZÀ-ÞА-ЯЁ'.\- ]$/u.test(ch) ? 2 : 0) | (ch === '(' ? 4 : 0);
}
/** `stripLead(text.slice(start, end)).length` subtracted from the sentence's length: the characters a lead takes. */
export function leadLength(text: string, start: number, end: number): number {
  if (end - start < 2) return end - start - stripLead(text.slice(start, end)).length;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  const f0 = c0 < LEAD_TABLE_END ? LEAD_FIRST[c0]! : c0 === 0x2013 || c0 === 0x2014 || c0 === 0x2022 ? 8 : 0;
  const f1 = c1 < LEAD_TABLE_END ? LEAD_FIRST[c1]! : 0;
  // A dash (U+002D is in the table as a second-class character: tested by its code), '(' or a capital before a dateline character.
  if (c0 !== 0x2d && f0 !== 8 && (f0 & 4) === 0 && !(f0 & 1 && f1 & 2)) return 0;
  return end - start - stripLead(text.slice(start, end)).length;
}

/*
 * The per-profile token memo, flat. What `prepare` needs of a distinct token
 * (written form → its lowercase form's serial, and whether it is a negation,
 * holds a digit, is a content word) is one int in the slot beside the hash;
 * its characters sit in one Uint16Array, and the per-call state of each
 * lowercase form (call, id, last sentence) in an Int32Array by serial. With
 * an object per token and per form (WordTable, intern.ts) a look-up followed
 * four or five pointers (slot, info, surface, chars, form): the token loop was
 * memory-bound (~60 % of dedupe at 3 × 1,000).
 */
const NEGATION = 1;
const NUMBER = 2;
const CONTENT = 4;
/** Slot layout in `Memo.slots`: hash, offset of the characters in `chars`, length (0: empty slot), info (serial × 8 | flags). */
const SLOT = 4;
const TOKEN_MEMO_LIMIT = 200_000;
interface Memo {
  slots: Int32Array;
  /** Slots in the table (a power of two). */
  capacity: number;
  chars: Uint16Array;
  charsUsed: number;
  /** Tokens in the table. */
  size: number;
  /** Serial of each lowercase form, and the forms by serial (read for number tokens). */
  serials: Map<string, number>;
  lowers: string[];
  /** By serial: the call that last counted it, its id in that call, the last sentence that counted it. */
  state: Int32Array;
}
const tokenMemos = new WeakMap<LanguageProfile, Memo>();

function newMemo(): Memo {
  return { slots: new Int32Array(1024 * SLOT), capacity: 1024, chars: new Uint16Array(8192), charsUsed: 0, size: 0, serials: new Map(), lowers: [], state: new Int32Array(3 * 1024) };
}

/** The info of text[start, end) (its hash `h`: intern.ts' FNV-1a), or -1 when the memo does not hold it. */
function lookupToken(memo: Memo, text: string, start: number, end: number, h: number): number {
  const { slots, chars } = memo;
  const mask = memo.capacity - 1;
  const length = end - start;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const at = i * SLOT;
    const len = slots[at + 2]!;
    if (len === 0) return -1;
    if (len !== length || slots[at] !== h) continue;
    const from = slots[at + 1]!;
    let k = 0;
    while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
    if (k === length) return slots[at + 3]!;
  }
}

/** The info of the token at [start, end) of `text`, computed once per distinct token and profile. */
function tokenAt(text: string, start: number, end: number, profile: LanguageProfile, memo: Memo, h = hashOf(text, start, end)): number {
  const info = lookupToken(memo, text, start, end, h);
  return info >= 0 ? info : newToken(text, start, end, h, profile, memo);
}

/** Add a token the memo does not hold (hash `h`); its info. */
function newToken(text: string, start: number, end: number, h: number, profile: LanguageProfile, memo: Memo): number {
  const tok = text.slice(start, end);
  const lower = tok.toLowerCase();
  // "US" is not "us": an all-capital acronym is a name even when its
  // lowercase form is a stopword.
  const acronym = tok.length >= 2 && ALL_UPPER.test(tok);
  let serial = memo.serials.get(lower);
  if (serial === undefined) {
    serial = memo.lowers.length;
    memo.serials.set(lower, serial);
    memo.lowers.push(lower);
    if (3 * serial + 3 > memo.state.length) {
      const grown = new Int32Array(2 * memo.state.length);
      grown.set(memo.state);
      memo.state = grown;
    }
  }
  // "don't" splits into "don" + "t".
  const info =
    serial * 8 +
    (profile.negations.has(lower) || tok === 't' ? NEGATION : 0) +
    (HAS_DIGIT.test(tok) ? NUMBER : 0) +
    (acronym || !profile.functionWords.has(lower) ? CONTENT : 0);
  if ((memo.size + 1) * 2 > memo.capacity) growMemo(memo);
  const length = end - start;
  if (memo.charsUsed + length > memo.chars.length) {
    const grown = new Uint16Array(Math.max(2 * memo.chars.length, memo.charsUsed + length));
    grown.set(memo.chars);
    memo.chars = grown;
  }
  const from = memo.charsUsed;
  for (let k = 0; k < length; k++) memo.chars[from + k] = text.charCodeAt(start + k);
  memo.charsUsed += length;
  insertSlot(memo, h, from, length, info);
  memo.size++;
  return info;
}

function insertSlot(memo: Memo, h: number, from: number, length: number, info: number): void {
  const { slots } = memo;
  const mask = memo.capacity - 1;
  let i = h & mask;
  while (slots[i * SLOT + 2] !== 0) i = (i + 1) & mask;
  const at = i * SLOT;
  slots[at] = h;
  slots[at + 1] = from;
  slots[at + 2] = length;
  slots[at + 3] = info;
}

function growMemo(memo: Memo): void {
  const old = memo.slots;
  memo.capacity *= 2;
  memo.slots = new Int32Array(memo.capacity * SLOT);
  for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) insertSlot(memo, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
}

/*
 * Tokens without the regular expressions. Splitting on /[^\p{L}\p{N}]+/u after
 * NFKC cost ~16 µs a sentence (45 ms at 3 × 1,000). For a sentence made only
 * of code units of this table (Latin, Greek, Cyrillic, common punctuation),
 * each its own NFKC form and none a mark (so nothing composes), NFKC changes
 * nothing and the tokens are the runs of letters and digits: one loop reads
 * them. Any other code unit sends the sentence the regex way.
 */
const PLAIN = 1;
const LETTER_OR_DIGIT = 2;
const TABLE_END = 0x20d0;
const PLAIN_CLASS = new Uint8Array(TABLE_END);
for (const [from, to] of [[0, 0x530], [0x1e00, TABLE_END]] as const) {
  for (let c = from; c < to; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (ch.normalize('NFKC') !== ch || /\p{M}/u.test(ch)) continue;
    PLAIN_CLASS[c] = /[\p{L}\p{N}]/u.test(ch) ? PLAIN | LETTER_OR_DIGIT : PLAIN;
  }
}

/** The tokens of `raw` as `raw.normalize('NFKC').split(NOT_ALNUM)` (empty ones dropped) gives them. */
export function dedupeTokens(raw: string): string[] {
  const spans: number[] = [];
  if (!plainTokens(raw, 0, raw.length, spans)) return dedupeTokensReference(raw);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(raw.slice(spans[k]!, spans[k + 1]!));
  return out;
}

/** The token spans of text[from, to) into `out` (start, end, …), or false when a code unit is outside the plain table. */
function plainTokens(text: string, from: number, to: number, out: number[]): boolean {
  let start = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? PLAIN_CLASS[c]! : 0;
    if (f === 0) return false;
    if (f & LETTER_OR_DIGIT) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) out.push(start, to);
  return true;
}

/** The regex way (the reference dedupe.test.ts compares `dedupeTokens` to). */
export function dedupeTokensReference(raw: string): string[] {
  return raw.normalize('NFKC').split(NOT_ALNUM).filter((t) => t !== '');
}

let calls = 0;

/** One sentence's token spans and hashes (start, end, hash, …), reused by every sentence. */
let tokenScratch: Int32Array = new Int32Array(768);

/**
 * The tokens of text[from, to) into `tokenScratch` as (start, end, FNV-1a hash
 * of the characters: intern.ts' key) triples, hashing while scanning so the
 * memo look-up does not read each token again; the count, or -1 when a code
 * unit is outside the plain table (then nothing is used).
 */
function plainTokensHashed(text: string, from: number, to: number): number {
  let out = tokenScratch;
  let n = 0;
  let start = -1;
  let h = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? PLAIN_CLASS[c]! : 0;
    if (f === 0) return -1;
    if (f & LETTER_OR_DIGIT) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5 | 0;
      }
      h = Math.imul(h ^ c, 16777619);
    } else if (start >= 0) {
      if (n + 3 > out.length) out = growScratch();
      out[n] = start;
      out[n + 1] = i;
      out[n + 2] = h;
      n += 3;
      start = -1;
    }
  }
  if (start >= 0) {
    if (n + 3 > out.length) out = growScratch();
    out[n] = start;
    out[n + 1] = to;
    out[n + 2] = h;
    n += 3;
  }
  return n / 3;
}
function growScratch(): Int32Array {
  const grown = new Int32Array(tokenScratch.length * 2);
  grown.set(tokenScratch);
  return (tokenScratch = grown);
}

/** The serials of every sentence's key, sentence after sentence (reused by every call). */
let keyPool = new Int32Array(4096);
let keyUsed = 0;
/** The content words of every sentence, sentence after sentence (reused by every call). */
let contentPool = new Int32Array(4096);
let contentUsed = 0;
/** One sentence's tokens' infos (reused). */
let infoScratch: Int32Array = new Int32Array(256);

/**
 * What a word of tokenize's memo (by entry index, `WordPool`) is to `prepare`, per profile: 0 not yet
 * known, info + 1 for a word that is one token here (letters and digits of the plain table only),
 * SPLIT for a word of several tokens here ("don't", "U.S", "24,000", "anti-personnel": plain characters,
 * read as now), NOT_PLAIN for a word with a character outside the plain table (its sentence is read
 * as now). Valid for one epoch of tokenize's memo and one token memo here. One int read by an index
 * tokenize's look-up gives anyway, instead of this memo's own hash probe per token and the character
 * scan before it (together ~2.7 of dedupe's ~4 ms self at 3 × 1,000; the probe's slot and character
 * reads missed the cache).
 */
const SPLIT = -1;
const NOT_PLAIN = -2;
interface EntryInfos {
  epoch: number;
  memo: Memo;
  infos: Int32Array;
}
const entryInfos = new WeakMap<LanguageProfile, EntryInfos>();

function entryInfosFor(profile: LanguageProfile, memo: Memo, epoch: number): EntryInfos {
  let e = entryInfos.get(profile);
  if (!e || e.epoch !== epoch || e.memo !== memo) entryInfos.set(profile, (e = { epoch, memo, infos: new Int32Array(4096) }));
  return e;
}

/** A word's EntryInfos value (text[start, end) is the word). */
function entryInfo(text: string, start: number, end: number, profile: LanguageProfile, memo: Memo): number {
  let lettersOnly = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? PLAIN_CLASS[c]! : 0;
    if (f === 0) return NOT_PLAIN;
    if (!(f & LETTER_OR_DIGIT)) lettersOnly = false;
  }
  return lettersOnly ? tokenAt(text, start, end, profile, memo) + 1 : SPLIT;
}

function growInfos(need: number): Int32Array {
  const grown = new Int32Array(Math.max(need, 2 * infoScratch.length));
  grown.set(infoScratch);
  return (infoScratch = grown);
}

/**
 * The token infos of text[from, end) from the sentence's words in `pool` (`count` of them from `at`):
 * what the plain scan and the memo look-ups give, or -1 when a character is outside the plain table (or
 * the words do not tile the text as the plain scan's runs need: a word across `from`, two words side by
 * side), and the caller reads the sentence as before. Between the words only separators of the plain
 * table may stand; a word is then one run of letters and digits, or several split by its inner
 * separators, and runs never cross words.
 */
function pooledInfos(text: string, from: number, end: number, pool: WordPool, at: number, count: number, profile: LanguageProfile, memo: Memo, entries: EntryInfos): number {
  const { starts, ends, packed } = pool;
  let infos = entries.infos;
  let out: Int32Array = infoScratch;
  let n = 0;
  let prev = from;
  let afterWord = false;
  for (let k = at; k <= at + count; k++) {
    const s = k < at + count ? starts[k]! : end;
    if (k < at + count) {
      const e = ends[k]!;
      if (e <= from) continue;
      if (s < from || (afterWord && s === prev)) return -1;
    }
    for (let i = prev; i < s; i++) {
      const c = text.charCodeAt(i);
      if ((c < TABLE_END ? PLAIN_CLASS[c]! : 0) !== PLAIN) return -1;
    }
    if (k === at + count) break;
    const e = ends[k]!;
    const index = packed[k]! >>> 12;
    if (index >= infos.length) {
      const grown = new Int32Array(Math.max(index + 1, 2 * infos.length));
      grown.set(infos);
      infos = entries.infos = grown;
    }
    let v = infos[index]!;
    if (v === 0) v = infos[index] = entryInfo(text, s, e, profile, memo);
    if (v > 0) {
      if (n + 1 > out.length) out = growInfos(n + 1);
      out[n++] = v - 1;
    } else if (v === SPLIT) {
      const parts = plainTokensHashed(text, s, e);
      if (n + parts > out.length) out = growInfos(n + parts);
      const spans = tokenScratch;
      for (let q = 0; q < parts; q++) out[n++] = tokenAt(text, spans[3 * q]!, spans[3 * q + 1]!, profile, memo, spans[3 * q + 2]!);
    } else return -1;
    prev = e;
    afterWord = true;
  }
  return n;
}

function prepare(text: string, span: Span, profile: LanguageProfile, memo: Memo, call: number, sentence: number, ids: { next: number }, pool: WordPool | null, entries: EntryInfos | null): Prepared {
  // Quotes, dashes and punctuation vary between copies (straight vs curly
  // quotes, "—" vs "-", a dropped final period); letters and digits do not.
  // The stripped lead is a prefix, so the rest is read in place in `text`.
  const from = span.start + leadLength(text, span.start, span.end);
  let count = -1;
  if (pool !== null) {
    const at = pool.used;
    const words = poolWords(pool, text, span, profile);
    wordAt[sentence] = at;
    wordCount[sentence] = words;
    count = pooledInfos(text, from, span.end, pool, at, words, profile, memo, entries!);
  }
  if (count < 0) {
    count = plainTokensHashed(text, from, span.end);
    if (count >= 0) {
      if (count > infoScratch.length) growInfos(count);
      const spans = tokenScratch;
      for (let k = 0; k < count; k++) infoScratch[k] = tokenAt(text, spans[3 * k]!, spans[3 * k + 1]!, profile, memo, spans[3 * k + 2]!);
    } else {
      const toks = dedupeTokensReference(text.slice(from, span.end));
      count = toks.length;
      if (count > infoScratch.length) growInfos(count);
      for (let k = 0; k < count; k++) infoScratch[k] = tokenAt(toks[k]!, 0, toks[k]!.length, profile, memo);
    }
  }
  const infos = infoScratch;
  if (keyUsed + count > keyPool.length) {
    const grown = new Int32Array(2 * (keyUsed + count));
    grown.set(keyPool.subarray(0, keyUsed));
    keyPool = grown;
  }
  const keyAt = keyUsed;
  if (contentUsed + count > contentPool.length) {
    const grown = new Int32Array(2 * (contentUsed + count));
    grown.set(contentPool.subarray(0, contentUsed));
    contentPool = grown;
  }
  const contentAt = contentUsed;
  const content = contentPool;
  let hash = 0x811c9dc5 | 0;
  let numbers: string[] | undefined;
  let negated = false;
  // Read after the look-ups: a new form may have grown it.
  const state = memo.state;
  for (let k = 0; k < count; k++) {
    const x = infos[k]!;
    // Lowercasing token by token equals lowercasing the joined text: the only
    // context rule of the root locale (final sigma) stops at a space. (One
    // toLowerCase of the whole key was the costliest line of `prepare`.)
    const serial = x >> 3;
    keyPool[keyUsed++] = serial;
    hash = Math.imul(hash ^ serial, 16777619);
    if (x & NEGATION) negated = true;
    if (x & NUMBER) (numbers ??= []).push(memo.lowers[serial]!);
    if (x & CONTENT) {
      const st = 3 * serial;
      if (state[st] !== call) {
        state[st] = call;
        state[st + 1] = ids.next++;
        state[st + 2] = -1;
      }
      if (state[st + 2] !== sentence) {
        state[st + 2] = sentence;
        content[contentUsed++] = state[st + 1]!;
      }
    }
  }
  return { span, keyAt, hash, words: count, contentAt, size: contentUsed - contentAt, numbers: numbersKey(numbers), negated };
}

/**
 * A sentence's distinct figures, sorted, joined by spaces ('' for none). Of
 * the 835 sentences with figures among 2,852 at 3 × 1,000, 408 have one and
 * 220 two: those are keyed without the Set, the spread, the sort and the join
 * (`<` orders strings as the default sort does, by code units).
 */
export function numbersKey(numbers: readonly string[] | undefined): string {
  if (numbers === undefined) return '';
  if (numbers.length === 1) return numbers[0]!;
  if (numbers.length === 2) {
    const [a, b] = numbers as [string, string];
    return a === b ? a : a < b ? `${a} ${b}` : `${b} ${a}`;
  }
  return [...new Set(numbers)].sort().join(' ');
}

/**
 * `words[from, to)` sorted by document frequency, ties in their order (what a stable
 * `sort((x, y) => df[x] - df[y])` gives): an insertion sort, since the lists
 * are short (a sentence's content words) and a comparator call per step was
 * the costliest line of the walk.
 */
export function byRarity(words: ArrayLike<number>, df: Int32Array, from = 0, to = words.length): number[] {
  const out = new Int32Array(Math.max(0, to - from));
  byRarityInto(words, df, from, to, out);
  return Array.from(out);
}

/** byRarity into `out[0 … to - from)` (dedupeSentences' scratch: a fresh array per probing sentence was 0.18 MB of garbage at 3 × 1,000). */
function byRarityInto(words: ArrayLike<number>, df: Int32Array, from: number, to: number, out: Int32Array): void {
  const count = to - from;
  for (let k = 0; k < count; k++) out[k] = words[from + k]!;
  for (let i = 1; i < count; i++) {
    const w = out[i]!;
    const f = df[w]!;
    let j = i - 1;
    while (j >= 0 && df[out[j]!]! > f) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = w;
  }
}

/** The content words of the sentence probing (byRarityInto), reused. */
let probeScratch = new Int32Array(64);

/** `mark[w] === stamp` for the content words of the sentence being placed. */
function nearCopy(a: Prepared, b: Prepared, mark: Int32Array, stamp: number): number {
  const sizeA = a.size;
  const sizeB = b.size;
  const small = Math.min(sizeA, sizeB);
  if (small < NEAR_MIN_CONTENT) return 0;
  if (small / Math.max(sizeA, sizeB) < NEAR_SIZE_RATIO) return 0;
  // Different figures or a negation on one side only: a different statement
  // that happens to reuse the wording ("killed 5" / "killed 50").
  if (a.numbers !== b.numbers || a.negated !== b.negated) return 0;
  let shared = 0;
  const pool = contentPool;
  for (let k = b.contentAt, end = k + sizeB; k < end; k++) if (mark[pool[k]!] === stamp) shared++;
  const containment = shared / small;
  return containment >= NEAR_CONTAINMENT ? containment : 0;
}

/**
 * Every sentence prepared (`prepare`), in one call's numbering: word ids from 0, the key and content
 * pools emptied; through `words` (a pool `beginPool` began for this text) when given.
 */
function prepareAll(text: string, sentences: Span[], profile: LanguageProfile, words: WordPool | null): { prepared: Prepared[]; memo: Memo; ids: { next: number } } {
  let memo = tokenMemos.get(profile);
  if (!memo || memo.size >= TOKEN_MEMO_LIMIT) tokenMemos.set(profile, (memo = newMemo()));
  const m = memo;
  // Word ids are numbered afresh in each call (0, 1, …), so dedupeWith's tables are arrays.
  const call = ++calls;
  const ids = { next: 0 };
  keyUsed = 0;
  contentUsed = 0;
  const entries = words === null ? null : entryInfosFor(profile, m, wordEpoch(profile));
  if (words !== null && wordAt.length < sentences.length) {
    wordAt = new Int32Array(2 * sentences.length);
    wordCount = new Int32Array(2 * sentences.length);
  }
  return { prepared: sentences.map((s, i) => prepare(text, s, profile, m, call, i, ids, words, entries)), memo: m, ids };
}

/**
 * @internal What `prepare` reads of each sentence (its key's forms, figures, negation, number of
 * content words), through the pool (`pool`) or not: prepare.test.ts holds the two to each other.
 */
export function preparedKeys(text: string, sentences: Span[], profile: LanguageProfile, pool: WordPool | null): string[] {
  const words = pool !== null && beginPool(pool, text, profile) ? pool : null;
  const { prepared, memo } = prepareAll(text, sentences, profile, words);
  return prepared.map((p) => {
    const forms = Array.from(keyPool.subarray(p.keyAt, p.keyAt + p.words), (serial) => memo.lowers[serial]!);
    return `${forms.join(' ')} | ${p.numbers} | ${p.negated} | ${p.size}`;
  });
}

/** Each sentence's first word in the pool and its count of words (dedupePooled), by sentence (reused by every call). */
let wordAt = new Int32Array(1024);
let wordCount = new Int32Array(1024);

/** `profile`: its function words and negations (stopwords.json). */
export function dedupeSentences(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE): { kept: Span[]; removed: Removal[] } {
  const { kept, removed } = dedupeWith(text, sentences, profile, null);
  return { kept, removed };
}

/**
 * dedupeSentences, every sentence's words looked up in tokenize's memo into `pool` on the way (the
 * analyzer then tokenizes the kept sentences from it: tokenizePooled). `keptIndex`: each kept sentence's
 * index in `sentences`; `wordAt`/`wordCount` by that index (valid until the next call), or null when
 * the text could not be pooled (then tokenize as usual).
 */
export function dedupePooled(text: string, sentences: Span[], profile: LanguageProfile, pool: WordPool): { kept: Span[]; removed: Removal[]; keptIndex: number[]; wordAt: Int32Array | null; wordCount: Int32Array | null } {
  const pooled = beginPool(pool, text, profile);
  const result = dedupeWith(text, sentences, profile, pooled ? pool : null);
  return { ...result, wordAt: pooled ? wordAt : null, wordCount: pooled ? wordCount : null };
}

function dedupeWith(text: string, sentences: Span[], profile: LanguageProfile, words: WordPool | null): { kept: Span[]; removed: Removal[]; keptIndex: number[] } {
  const { prepared, ids } = prepareAll(text, sentences, profile, words);

  // Document frequency of each content word: probes start from the rarest.
  const df = new Int32Array(ids.next);
  const content = contentPool;
  for (let k = 0; k < contentUsed; k++) df[content[k]!]!++;
  const shared = new Int32Array(prepared.length);
  // Each sentence's count of content words, for the candidate test: read off
  // `prepared[j].content` it followed two pointers per candidate (a probe
  // reaches hundreds of sentences at 6 × 5,000; that test was the costliest
  // line of dedupe there).
  const sizes = new Int32Array(prepared.length);
  for (let j = 0; j < prepared.length; j++) sizes[j] = prepared[j]!.size;
  const mark = new Int32Array(ids.next);

  const keptAt = new Array<number>(prepared.length).fill(-1);
  const removedAs = new Array<'duplicate' | 'near-duplicate' | undefined>(prepared.length);
  // Kept sentences by key hash; sentences of one hash chained through `sameHash`.
  const byKey = new Map<number, number>();
  const sameHash = new Int32Array(prepared.length);
  const pool = keyPool;
  const sameKey = (a: Prepared, b: Prepared): boolean => {
    if (a.words !== b.words) return false;
    for (let k = 0; k < a.words; k++) if (pool[a.keyAt + k] !== pool[b.keyAt + k]) return false;
    return true;
  };
  // Postings as linked lists in typed arrays (a JS array per content word was
  // ~10,000 arrays at 3 × 1,000): `postHead[w]` the latest entry for word w,
  // `postNext` the one before it, `postSentence` the sentence. Walking from the
  // head reads the lists from their end, as the probe wants.
  const postHead = new Int32Array(ids.next).fill(-1);
  let postCount = 0;
  for (const p of prepared) if (p.size >= NEAR_MIN_CONTENT) postCount += p.size;
  const postNext = new Int32Array(postCount);
  const postSentence = new Int32Array(postCount);
  let posts = 0;
  // Sentences a probe reached (each once: `shared` is 0 until then), reused.
  const touched = new Int32Array(prepared.length);

  // Walk backwards so every sentence is compared with the LATER sentences
  // already kept; an earlier copy is then removed in favour of the later one.
  for (let i = prepared.length - 1; i >= 0; i--) {
    const p = prepared[i]!;
    if (p.words >= EXACT_MIN_WORDS) {
      let same = byKey.get(p.hash) ?? -1;
      while (same >= 0 && !sameKey(p, prepared[same]!)) same = sameHash[same]!;
      if (same >= 0) {
        keptAt[i] = same;
        removedAs[i] = 'duplicate';
        continue;
      }
    }
    const size = p.size;
    if (size >= NEAR_MIN_CONTENT) {
      // Prefix filter: a near copy shares at least `need` words with this
      // sentence (its partner has >= NEAR_MIN_CONTENT words and, if shorter,
      // >= NEAR_SIZE_RATIO of this one's), so by pigeonhole it contains one
      // of the (size - need + 1) rarest words. Probing only those is exact and
      // skips the common words that would make everything a candidate.
      const need = Math.ceil(NEAR_CONTAINMENT * Math.max(NEAR_MIN_CONTENT, Math.ceil(NEAR_SIZE_RATIO * size)));
      if (probeScratch.length < size) probeScratch = new Int32Array(2 * size);
      const probe = probeScratch;
      byRarityInto(content, df, p.contentAt, p.contentAt + size, probe);
      const probes = size - need + 1;
      const unprobed = size - probes;
      let touchedCount = 0;
      for (let q = 0; q < probes; q++) {
        const w = probe[q]!;
        // Lists grow backwards through the text: the head holds the nearest
        // later sentences. Bounded, so pathological text stays linear.
        for (let e = postHead[w]!, seen = 0; e >= 0 && seen < MAX_POSTINGS_SCAN; e = postNext[e]!, seen++) {
          const j = postSentence[e]!;
          if (shared[j] === 0) touched[touchedCount++] = j;
          shared[j]!++;
        }
      }
      let best = -1;
      let bestScore = 0;
      // The stamp is i + 1: unique to this sentence, never 0 (the arrays' start).
      for (let k = p.contentAt; k < p.contentAt + size; k++) mark[content[k]!] = i + 1;
      for (let t = 0; t < touchedCount; t++) {
        const j = touched[t]!;
        const count = shared[j]!;
        shared[j] = 0;
        // Even if every unprobed word were shared, too few: skip the full check.
        if (count + unprobed < Math.ceil(NEAR_CONTAINMENT * Math.min(size, sizes[j]!))) continue;
        const score = nearCopy(p, prepared[j]!, mark, i + 1);
        // Ties go to the nearest later copy.
        if (score > bestScore || (score === bestScore && score > 0 && j < best)) {
          best = j;
          bestScore = score;
        }
      }
      if (best !== -1) {
        keptAt[i] = best;
        removedAs[i] = 'near-duplicate';
        continue;
      }
    }
    if (p.words >= EXACT_MIN_WORDS) {
      sameHash[i] = byKey.get(p.hash) ?? -1;
      byKey.set(p.hash, i);
    }
    if (size >= NEAR_MIN_CONTENT) {
      for (let k = p.contentAt; k < p.contentAt + size; k++) {
        const w = content[k]!;
        postSentence[posts] = i;
        postNext[posts] = postHead[w]!;
        postHead[w] = posts++;
      }
    }
  }

  const kept: Span[] = [];
  const keptIndex: number[] = [];
  const removed: Removal[] = [];
  prepared.forEach((p, i) => {
    const reason = removedAs[i];
    if (reason === undefined) {
      kept.push(p.span);
      keptIndex.push(i);
      return;
    }
    const target = prepared[keptAt[i]!]!.span;
    removed.push({
      text: text.slice(p.span.start, p.span.end),
      start: p.span.start,
      end: p.span.end,
      reason,
      detail: reason === 'duplicate' ? 'repeats a later sentence' : 'near copy of a later sentence (teaser or lead)',
      keptAt: { start: target.start, end: target.end },
    });
  });
  return { kept, removed, keptIndex };
}
