/**
 * Product rules that hold whatever a trained model learnt (the trusted-claims
 * issue: "a model must be held to the product's own rules by tests, whatever
 * its weights"). The 2024 lexical model, fitted on event-coreference data,
 * gave two IDENTICAL sentences p = 0.06–0.20, because full coverage had a
 * negative weight; these rules make that impossible in any matcher.
 */

import type { CandidatePair, MatchInput, MatchSentence, ScoredPairs } from './matcher';
import { pairColumns, withColumns } from './pair-columns';
import { distinctIn, sortedDistinctIn } from './id-lists';
import { WordIds } from './word-ids';
import { TOKEN_STOP } from './lexical/similarity';

/** Lower-case words and numbers of a text, punctuation and spacing ignored ("T - Mobile" = "T-Mobile"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Printed (nearly) word for word: the same words, or word sets that overlap
 * by at least 80 % (Jaccard) when both have at least five words — an outlet
 * that reprints a wire sentence with one word changed or a clause added.
 * Shorter sentences must match exactly: "He said no." vs "He said yes." are
 * 60 % alike and state opposite facts.
 */
export function nearVerbatim(a: string, b: string, polarity: ReadonlySet<string> = NONE): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return nearVerbatimWords(wa, wa.join(' '), new Set(wa), wb, wb.join(' '), new Set(wb), polarity);
}

/** nearVerbatim on a text's words, their join and their set, computed once per sentence by `ruled`. */
function nearVerbatimWords(
  wa: readonly string[],
  ja: string,
  sa: ReadonlySet<string>,
  wb: readonly string[],
  jb: string,
  sb: ReadonlySet<string>,
  polarity: ReadonlySet<string>,
): boolean {
  if (wa.length === 0 || wb.length === 0) return false;
  if (ja === jb) return true;
  if (wa.length < 5 || wb.length < 5) return false;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  if (shared / (sa.size + sb.size - shared) < 0.8) return false;
  // "confirmed that …" vs "denied that …": the words that differ must not
  // flip what is said (the profile's negations and denials).
  for (const w of sa) if (!sb.has(w) && polarity.has(w)) return false;
  for (const w of sb) if (!sa.has(w) && polarity.has(w)) return false;
  return true;
}

const NONE: ReadonlySet<string> = new Set();

// Straight and typographic double quotes, and guillemets; an unclosed quote runs to the end.
const QUOTATION = /["“”«„]([^"“”«»„]+)["“”»]?/gu;

/** Quoted passages of at least `minWords` words, as lower-case word strings. */
export function quotations(text: string, minWords = 6): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const words = wordsOf(m[1]!);
    if (words.length >= minWords) out.push(words.join(' '));
  }
  return out;
}

/**
 * The same quotation: a quoted passage of six or more words that the other
 * sentence contains word for word (one outlet may quote only part of it).
 * Two different quotes of one person share few six-word runs; the same words
 * from two speakers are rare enough in news to accept.
 */
export function sameQuotation(a: string, b: string): boolean {
  return sameQuotationOf(quotations(a), ` ${wordsOf(a).join(' ')} `, quotations(b), ` ${wordsOf(b).join(' ')} `);
}

/** sameQuotation on each text's quotations and ` words joined `. */
function sameQuotationOf(qa: readonly string[], wa: string, qb: readonly string[], wb: string): boolean {
  if (qa.length === 0 && qb.length === 0) return false;
  return qa.some((q) => wb.includes(` ${q} `)) || qb.some((q) => wa.includes(` ${q} `));
}

/** The probability floor the rules set for a pair (0: no rule applies). */
export function ruleFloor(a: string, b: string, polarity: ReadonlySet<string> = NONE): number {
  if (nearVerbatim(a, b, polarity)) return 0.99;
  if (sameQuotation(a, b)) return 0.9;
  return 0;
}

/**
 * Look-alikes that state another fact. Encoders and bags of words both score
 * them as near-identical (measured with all-MiniLM-L6-v2: "confirmed" vs
 * "denied" 0.76–0.79, reversed roles 0.99), so the product rules them out
 * explicitly — but only for MINIMAL pairs: sentences whose content words
 * differ by at most three on each side. In longer, freely worded pairs these
 * cues are too weak (a "not" in a long sentence; a figure the other omits).
 *
 * - a negation or denial that only one of them says ("confirmed" / "denied");
 * - the same names in reversed roles ("Russia accused Ukraine" / "Ukraine accused Russia");
 * - different numbers AND other differing words ("32 artillery pieces" / "500 artillery shells",
 *   "12 killed in Chile" / "3 killed in Peru"). Different numbers alone are two versions of one
 *   fact ("killed 30" / "killed 40"), which the guideline links.
 *
 * Returns the reason, or undefined when no rule applies.
 */
export type Contrast = 'polarity' | 'roles' | 'numbers';

const MINIMAL = 3;

/**
 * Per sentence, computed once however many pairs it is in (the rules ran ~25 %
 * of an analysis before; with the words of nearVerbatim and sameQuotation
 * still computed per pair they were 16 % of a 3 × 1,000 profile).
 */
interface SentenceFacts {
  words: string[];
  joined: string;
  wordSet: ReadonlySet<string>;
  content: ReadonlySet<string>;
  /** The text holds a quote mark. */
  quoted: boolean;
  /** Its quotations (`quotations`) and ` joined `, when first needed. */
  quotes?: string[];
  padded?: string;
}
const factsCache = new WeakMap<MatchSentence, SentenceFacts>();
function factsOf(s: MatchSentence): SentenceFacts {
  let f = factsCache.get(s);
  if (!f) {
    const words = wordsOf(s.text);
    f = { words, joined: words.join(' '), wordSet: new Set(words), content: new Set(s.tokens.filter((t) => !t.stop).map((t) => t.term)), quoted: QUOTE_MARK.test(s.text) };
    factsCache.set(s, f);
  }
  return f;
}

const QUOTE_MARK = /["“”«„]/;

export function contrast(a: MatchSentence, b: MatchSentence, polarity: ReadonlySet<string>): Contrast | undefined {
  const ca = factsOf(a).content;
  const cb = factsOf(b).content;
  // Most candidate pairs differ by more than MINIMAL terms: count before building the lists.
  let shared = 0;
  if (ca.size <= cb.size) {
    for (const t of ca) if (cb.has(t)) shared++;
  } else {
    for (const t of cb) if (ca.has(t)) shared++;
  }
  if (ca.size - shared > MINIMAL || cb.size - shared > MINIMAL) return undefined;
  const onlyA = [...ca].filter((t) => !cb.has(t));
  const onlyB = [...cb].filter((t) => !ca.has(t));
  if (onlyA.length > MINIMAL || onlyB.length > MINIMAL) return undefined;
  if (ca.size - onlyA.length < 2) return undefined;
  const wa = factsOf(a).wordSet;
  const wb = factsOf(b).wordSet;
  for (const w of polarity) if (wa.has(w) !== wb.has(w)) return 'polarity';
  if (reversedRoles(a, b)) return 'roles';
  const isNumber = (s: MatchSentence, term: string) => s.tokens.some((t) => t.term === term && t.kind === 'number');
  const numbersA = onlyA.filter((t) => isNumber(a, t));
  const numbersB = onlyB.filter((t) => isNumber(b, t));
  if (numbersA.length > 0 && numbersB.length > 0 && onlyA.length > numbersA.length && onlyB.length > numbersB.length) return 'numbers';
  return undefined;
}

/**
 * Two shared names in opposite order with a shared word between them in both
 * ("Russia ACCUSED Ukraine" / "Ukraine ACCUSED Russia"): who did what to whom
 * is reversed. A name that merely moves ("On Tuesday the Pentagon …" /
 * "The Pentagon … on Tuesday") has nothing shared between.
 */
function reversedRoles(a: MatchSentence, b: MatchSentence): boolean {
  const position = (s: MatchSentence) => {
    const at = new Map<string, number>();
    s.tokens.forEach((t, k) => {
      if (!t.stop && !at.has(t.term)) at.set(t.term, k);
    });
    return at;
  };
  const pa = position(a);
  const pb = position(b);
  const names = [...new Set(a.tokens.filter((t) => t.kind === 'name').map((t) => t.term))].filter((n) => b.tokens.some((t) => t.kind === 'name' && t.term === n));
  const sharedWords = [...pa.keys()].filter((t) => pb.has(t) && !names.includes(t));
  for (let x = 0; x < names.length; x++) {
    for (let y = x + 1; y < names.length; y++) {
      const [ax, ay, bx, by] = [pa.get(names[x]!)!, pa.get(names[y]!)!, pb.get(names[x]!)!, pb.get(names[y]!)!];
      if (ax < ay === bx < by) continue;
      const between = (p: Map<string, number>, u: number, v: number, w: string) => p.get(w)! > Math.min(u, v) && p.get(w)! < Math.max(u, v);
      if (sharedWords.some((w) => between(pa, ax, ay, w) && between(pb, bx, by, w))) return true;
    }
  }
  return false;
}

/**
 * The least number of shared words s (0 ≤ s ≤ min(wa, wb)) with `s / (wa + wb - s) >= 0.8`, the test of
 * nearVerbatimWords, or -1 when none passes. Found from the real-valued bound and checked by that very
 * expression, so a count passes here exactly when it passes there.
 */
export function leastShared(wa: number, wb: number): number {
  // No closure for the test: this runs once per pair that reaches the overlap merge.
  const most = Math.min(wa, wb);
  const total = wa + wb;
  let s = Math.min(most, Math.max(0, Math.ceil((0.8 * total) / 1.8)));
  while (s > 0 && (s - 1) / (total - (s - 1)) >= 0.8) s--;
  while (s <= most && !(s / (total - s) >= 0.8)) s++;
  return s <= most ? s : -1;
}

/** A word id's bit in the low and the high half of a 64-bit word signature (a multiplicative hash: ids are dense). */
function signatureLo(id: number): number {
  return 1 << (Math.imul(id, 0x9e3779b1) >>> 27);
}
function signatureHi(id: number): number {
  return 1 << ((Math.imul(id, 0x9e3779b1) >>> 22) & 31);
}

/** `applyRules`' per-node record: its fields' offsets, and its length (16 int32s: 64 bytes, a cache line). */
const R_SEQ = 0;
const R_SEQ_LENGTH = 1;
const R_SEQ_HASH = 2;
const R_WORDS = 3;
const R_WORD_COUNT = 4;
const R_CONTENT = 5;
const R_CONTENT_COUNT = 6;
const R_QUOTES = 7;
/** Signatures: the low half at the offset, the high half after it. */
const R_WORD_LO = 8;
const R_WORD_HI = 9;
const R_CONTENT_LO = 10;
const R_CONTENT_HI = 11;
const REC = 16;

/**
 * Whether the set of record `ra` has more than `most` members that the set of record `rb` lacks, as far
 * as the signatures (at `at`, `at + 1`) prove it: a bit of a's that b's lacks comes from a member b
 * lacks, and each such member sets one bit per half. True is exact; false says nothing.
 */
function lacksMore(rec: Int32Array, ra: number, rb: number, at: number, most: number): boolean {
  return bitCount(rec[ra + at]! & ~rec[rb + at]!) > most || bitCount(rec[ra + at + 1]! & ~rec[rb + at + 1]!) > most;
}

function bitCount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The probability a contrasting pair keeps at most: below every threshold, the loosest (0.05) included. */
export const CONTRAST_CAP = 0.01;

/** A pair's probability under the rules: floors for verbatim text and quotations, a cap for contrasts. */
export function ruled(probability: number, a: MatchSentence, b: MatchSentence): number {
  const polarity = polarityOf(a.profile);
  // The same words in the same order are the same sentence, whatever else;
  // otherwise a contrast wins over near-verbatim overlap ("Russia accused
  // Ukraine …" / "Ukraine accused Russia …" share every word).
  const fa = factsOf(a);
  const fb = factsOf(b);
  if (fa.words.length > 0 && fa.joined === fb.joined) return Math.max(0.99, probability);
  if (contrast(a, b, polarity)) return Math.min(CONTRAST_CAP, probability);
  // Cheap pre-checks before the full rules: near-verbatim needs ≥ 80 % shared
  // words (so similar lengths), a shared quotation needs a quote mark.
  const lengths = Math.min(fa.wordSet.size, fb.wordSet.size) / Math.max(1, fa.wordSet.size, fb.wordSet.size);
  if (lengths < 0.8 && !fa.quoted && !fb.quoted) return probability;
  // ruleFloor(a.text, b.text, polarity) on the cached words.
  const floor = nearVerbatimWords(fa.words, fa.joined, fa.wordSet, fb.words, fb.joined, fb.wordSet, polarity)
    ? 0.99
    : sameQuotationOf((fa.quotes ??= quotations(a.text)), (fa.padded ??= ` ${fa.joined} `), (fb.quotes ??= quotations(b.text)), (fb.padded ??= ` ${fb.joined} `))
      ? 0.9
      : 0;
  return floor > 0 ? Math.max(floor, probability) : probability;
}

/**
 * The pair objects of a ruled column, for `withColumns`: made out here so that the closure holds only
 * these two (one inside applyRules would keep its whole scope — the id lists and records, ~10 MB at
 * 6 × 5,000 — alive as long as the scored set).
 */
function ruledPairs(scored: ScoredPairs, ruledP: Float64Array): () => CandidatePair[] {
  return () =>
    scored.pairs.map((pair, m) => {
      const p = ruledP[m]!;
      return p === pair.probability ? pair : { ...pair, probability: p };
    });
}

const polarities = new WeakMap<object, ReadonlySet<string>>();
/** The words that flip a sentence's meaning in its language: its profile's negations and denials. */
export function polarityOf(profile: { negations: ReadonlySet<string>; denials: ReadonlySet<string> }): ReadonlySet<string> {
  let p = polarities.get(profile);
  if (!p) polarities.set(profile, (p = new Set([...profile.negations, ...profile.denials])));
  return p;
}

/** `list` with room for `more` after `size` (doubled when short). */
function room(list: Int32Array, size: number, more: number): Int32Array {
  if (size + more <= list.length) return list;
  const next = new Int32Array(Math.max(list.length * 2, size + more));
  next.set(list);
  return next;
}

function grownTo(list: Int32Array, size: number): Int32Array {
  const next = new Int32Array(Math.max(size, list.length * 2));
  next.set(list);
  return next;
}

/** What `applyRules` reads per sentence, set up once per analysis (its comments say what each list is). */
interface RuleLists {
  sentences: MatchSentence[];
  rec: Int32Array;
  wordIds: Int32Array;
  seqIds: Int32Array;
  contentIds: Int32Array;
  wordStart: Int32Array;
  seqStart: Int32Array;
  contentStart: Int32Array;
  quoteStart: Int32Array;
  quoteAt: number[];
  quoteWords: number[];
  quoteLo: number[];
  quoteHi: number[];
  wordIdsOf: WordIds;
  termNames: readonly string[];
  termIdsGiven: TokenTermIds | undefined;
}

/**
 * The rules' per-pair tests over one analysis's lists, as methods.
 *
 * A class, not closures inside `applyRules`: V8 keeps a function's optimized code only while a closure
 * that uses it lives, so each analysis's new closures ran in the interpreter and were compiled again
 * once a major GC had collected the previous analysis's (ruledAt, polarDiff and minimalPair compiled in
 * every 6 × 5,000 analysis, warm or not). A method lives on the prototype and keeps its code
 * (docs/performance.md, session 14).
 */
class PairRules {
  private readonly sentences: MatchSentence[];
  private readonly rec: Int32Array;
  private readonly wordIds: Int32Array;
  private readonly seqIds: Int32Array;
  private readonly contentIds: Int32Array;
  private readonly wordStart: Int32Array;
  private readonly seqStart: Int32Array;
  private readonly contentStart: Int32Array;
  private readonly quoteStart: Int32Array;
  private readonly quoteAt: number[];
  private readonly quoteWords: number[];
  private readonly quoteLo: number[];
  private readonly quoteHi: number[];
  private readonly wordIdsOf: WordIds;
  private readonly termNames: readonly string[];
  private readonly termIdsGiven: TokenTermIds | undefined;
  // Whether a node's distinct lists are sorted yet (sorting them in place keeps their places and sizes).
  private readonly wordsSorted: Uint8Array;
  private readonly contentSorted: Uint8Array;
  // The polarity words (`polarityOf`) of each profile as marks by word id. A word no sentence holds has
  // no id and cannot be in a word set; ids are code-unit exact, so a mark is the word itself.
  private readonly words: number;
  private readonly marks = new Map<object, Uint8Array>();
  // reversedRolesAt's stamped tables by term id, made at its first call.
  private readonly termCount: number;
  private stamp = 0;
  private seenA = new Int32Array(0);
  private seenB = this.seenA;
  private nameB = this.seenA;
  private pickedA = this.seenA;
  private posA = this.seenA;
  private posB = this.seenA;
  private readonly roleNames: number[] = [];
  private readonly roleWords: number[] = [];

  constructor(lists: RuleLists) {
    this.sentences = lists.sentences;
    this.rec = lists.rec;
    this.wordIds = lists.wordIds;
    this.seqIds = lists.seqIds;
    this.contentIds = lists.contentIds;
    this.wordStart = lists.wordStart;
    this.seqStart = lists.seqStart;
    this.contentStart = lists.contentStart;
    this.quoteStart = lists.quoteStart;
    this.quoteAt = lists.quoteAt;
    this.quoteWords = lists.quoteWords;
    this.quoteLo = lists.quoteLo;
    this.quoteHi = lists.quoteHi;
    this.wordIdsOf = lists.wordIdsOf;
    this.termNames = lists.termNames;
    this.termIdsGiven = lists.termIdsGiven;
    const n = lists.sentences.length;
    this.wordsSorted = new Uint8Array(n);
    this.contentSorted = new Uint8Array(n);
    this.words = lists.wordIdsOf.size;
    this.termCount = lists.termIdsGiven ? lists.termIdsGiven.names.length : 0;
  }

  private sortedWords(i: number): void {
    if (this.wordsSorted[i] === 1) return;
    sortedDistinctIn(this.wordIds, this.wordStart[i]!, this.wordStart[i + 1]!);
    this.wordsSorted[i] = 1;
  }

  private sortedContent(i: number): void {
    if (this.contentSorted[i] === 1) return;
    sortedDistinctIn(this.contentIds, this.contentStart[i]!, this.contentStart[i + 1]!);
    this.contentSorted[i] = 1;
  }

  /**
   * nearVerbatimWords' overlap test, `shared / (wi + wj - shared) >= 0.8` on the word sets of i and j
   * (sizes wi, wj), by a merge that stops once too few words can still be shared: the ratio only grows
   * with `shared` (a larger numerator over a smaller denominator, rounded monotonically), so below the
   * least count that passes, nothing passes. At 6 × 5,000, 113 k pairs of similar lengths reached this
   * merge (4.5 M steps counting every word); most differ early.
   */
  private overlapping(ri: number, rj: number, wi: number, wj: number): boolean {
    const least = leastShared(wi, wj);
    if (least < 0) return false;
    const rec = this.rec;
    // Each side may lack at most this many of the other's words.
    const spareA = wi - least;
    const spareB = wj - least;
    if (lacksMore(rec, ri, rj, R_WORD_LO, spareA) || lacksMore(rec, rj, ri, R_WORD_LO, spareB)) return false;
    this.sortedWords(ri / REC);
    this.sortedWords(rj / REC);
    const wordIds = this.wordIds;
    let a = rec[ri + R_WORDS]!;
    let b = rec[rj + R_WORDS]!;
    const aEnd = a + wi;
    const bEnd = b + wj;
    let onlyA = 0;
    let onlyB = 0;
    while (a < aEnd && b < bEnd) {
      const x = wordIds[a]!;
      const y = wordIds[b]!;
      if (x === y) {
        a++;
        b++;
      } else if (x < y) {
        if (++onlyA > spareA) return false;
        a++;
      } else {
        if (++onlyB > spareB) return false;
        b++;
      }
    }
    onlyA += aEnd - a;
    onlyB += bEnd - b;
    // What is left of either list is not shared.
    return onlyA <= spareA && onlyB <= spareB;
  }

  /** Whether one of i's quotations is a run of j's words. */
  private quotedIn(i: number, j: number): boolean {
    const { seqStart, seqIds, quoteStart, quoteAt, quoteWords, quoteLo, quoteHi, rec } = this;
    const from = seqStart[j]!;
    const end = seqStart[j + 1]!;
    const lo = rec[j * REC + R_WORD_LO]!;
    const hi = rec[j * REC + R_WORD_HI]!;
    for (let q = quoteStart[i]!, qEnd = quoteStart[i + 1]!; q < qEnd; q++) {
      if ((quoteLo[q]! & ~lo) !== 0 || (quoteHi[q]! & ~hi) !== 0) continue;
      const q0 = quoteAt[q]!;
      const length = quoteAt[q + 1]! - q0;
      const last = end - length;
      for (let at = from; at <= last; at++) {
        let m = 0;
        while (m < length && seqIds[at + m] === quoteWords[q0 + m]) m++;
        if (m === length) return true;
      }
    }
    return false;
  }

  private markOf(i: number): Uint8Array {
    const profile = this.sentences[i]!.profile;
    let mark = this.marks.get(profile);
    if (!mark) {
      mark = new Uint8Array(this.words);
      for (const w of polarityOf(profile)) {
        const id = this.wordIdsOf.idOf(w);
        if (id >= 0 && id < this.words) mark[id] = 1;
      }
      this.marks.set(profile, mark);
    }
    return mark;
  }

  /** A polarity word in one word set and not the other (contrast's and nearVerbatimWords' polarity tests, one merge). */
  private polarDiff(i: number, j: number, mark: Uint8Array): boolean {
    this.sortedWords(i);
    this.sortedWords(j);
    const wordStart = this.wordStart;
    const wordIds = this.wordIds;
    let a = wordStart[i]!;
    let b = wordStart[j]!;
    const aEnd = wordStart[i + 1]!;
    const bEnd = wordStart[j + 1]!;
    while (a < aEnd && b < bEnd) {
      const x = wordIds[a]!;
      const y = wordIds[b]!;
      if (x === y) {
        a++;
        b++;
      } else if (x < y) {
        if (mark[x] === 1) return true;
        a++;
      } else {
        if (mark[y] === 1) return true;
        b++;
      }
    }
    for (; a < aEnd; a++) if (mark[wordIds[a]!] === 1) return true;
    for (; b < bEnd; b++) if (mark[wordIds[b]!] === 1) return true;
    return false;
  }

  /** The content terms of x that y lacks, as strings. */
  private onlyIn(x: number, y: number): string[] {
    const { contentStart, contentIds, termNames } = this;
    const out: string[] = [];
    let a = contentStart[x]!;
    let b = contentStart[y]!;
    const aEnd = contentStart[x + 1]!;
    const bEnd = contentStart[y + 1]!;
    while (a < aEnd) {
      const id = contentIds[a]!;
      while (b < bEnd && contentIds[b]! < id) b++;
      if (b >= bEnd || contentIds[b] !== id) out.push(termNames[id]!);
      a++;
    }
    return out;
  }

  /** Contrast's last test: different numbers AND other differing words, on the content ids only one side holds. */
  private numbersDiffer(i: number, j: number): boolean {
    const onlyA = this.onlyIn(i, j);
    const onlyB = this.onlyIn(j, i);
    const numbersA = onlyA.filter((t) => isNumberIn(this.sentences[i]!, t)).length;
    const numbersB = onlyB.filter((t) => isNumberIn(this.sentences[j]!, t)).length;
    return numbersA > 0 && numbersB > 0 && onlyA.length > numbersA && onlyB.length > numbersB;
  }

  /**
   * `reversedRoles(sentence i, sentence j)` on the index's term ids: first positions and name marks
   * stamped per call in arrays by term id, instead of two Maps, a Set and four lists per call (~25 ms
   * at 6 × 5,000, 7.9 k minimal pairs). Its answer is an existence (two names in opposite order, a
   * shared word between them in both), so the order of the lists does not matter. A stop token that is
   * a name has no id: such a pair, and an input without the index's ids, take `reversedRoles` itself.
   */
  private reversedRolesAt(i: number, j: number): boolean {
    const termIdsGiven = this.termIdsGiven;
    const sentences = this.sentences;
    if (!termIdsGiven) return reversedRoles(sentences[i]!, sentences[j]!);
    if (this.seenA.length === 0 && this.termCount > 0) {
      const termCount = this.termCount;
      this.seenA = new Int32Array(termCount);
      this.seenB = new Int32Array(termCount);
      this.nameB = new Int32Array(termCount);
      this.pickedA = new Int32Array(termCount);
      this.posA = new Int32Array(termCount);
      this.posB = new Int32Array(termCount);
    }
    const { seenA, seenB, nameB, pickedA, posA, posB, roleNames, roleWords } = this;
    const { tokenStart, tokenTerm } = termIdsGiven;
    const ta = sentences[i]!.tokens;
    const tb = sentences[j]!.tokens;
    const baseA = tokenStart[i]!;
    const baseB = tokenStart[j]!;
    const at = ++this.stamp;
    for (let k = 0; k < tb.length; k++) {
      const t = tb[k]!;
      if (t.stop) {
        if (t.kind === 'name') return reversedRoles(sentences[i]!, sentences[j]!);
        continue;
      }
      const id = tokenTerm[baseB + k]!;
      if (seenB[id] !== at) {
        seenB[id] = at;
        posB[id] = k;
      }
      if (t.kind === 'name') nameB[id] = at;
    }
    roleNames.length = 0;
    roleWords.length = 0;
    for (let k = 0; k < ta.length; k++) {
      const t = ta[k]!;
      if (t.stop) {
        if (t.kind === 'name') return reversedRoles(sentences[i]!, sentences[j]!);
        continue;
      }
      const id = tokenTerm[baseA + k]!;
      if (seenA[id] !== at) {
        seenA[id] = at;
        posA[id] = k;
        if (seenB[id] === at) roleWords.push(id);
      }
      if (t.kind === 'name' && nameB[id] === at && pickedA[id] !== at) {
        pickedA[id] = at;
        roleNames.push(id);
      }
    }
    for (let x = 0; x < roleNames.length; x++) {
      for (let y = x + 1; y < roleNames.length; y++) {
        const ax = posA[roleNames[x]!]!;
        const ay = posA[roleNames[y]!]!;
        const bx = posB[roleNames[x]!]!;
        const by = posB[roleNames[y]!]!;
        if (ax < ay === bx < by) continue;
        const aLo = Math.min(ax, ay);
        const aHi = Math.max(ax, ay);
        const bLo = Math.min(bx, by);
        const bHi = Math.max(bx, by);
        for (const w of roleWords) {
          if (pickedA[w] === at) continue;
          if (posA[w]! > aLo && posA[w]! < aHi && posB[w]! > bLo && posB[w]! < bHi) return true;
        }
      }
    }
    return false;
  }

  /**
   * Contrast's minimal-pair test: each side's content ids that the other lacks are at most MINIMAL,
   * and at least two are shared. The merge stops at the first side to lack more than MINIMAL: most
   * candidate pairs are not minimal, and counting all their shared ids was ~half of `ruledAt` at 6 × 5,000.
   */
  private minimalPair(ri: number, rj: number): boolean {
    const rec = this.rec;
    let a = rec[ri + R_CONTENT]!;
    let b = rec[rj + R_CONTENT]!;
    const aEnd = a + rec[ri + R_CONTENT_COUNT]!;
    const bEnd = b + rec[rj + R_CONTENT_COUNT]!;
    // Shared ids are at most the shorter list: a longer one lacks at least the difference.
    if (aEnd - a - (bEnd - b) > MINIMAL || bEnd - b - (aEnd - a) > MINIMAL) return false;
    if (lacksMore(rec, ri, rj, R_CONTENT_LO, MINIMAL) || lacksMore(rec, rj, ri, R_CONTENT_LO, MINIMAL)) return false;
    // numbersDiffer, after a minimal pair, merges these sorted lists too.
    this.sortedContent(ri / REC);
    this.sortedContent(rj / REC);
    const contentIds = this.contentIds;
    let onlyA = 0;
    let onlyB = 0;
    let both = 0;
    while (a < aEnd && b < bEnd) {
      const x = contentIds[a]!;
      const y = contentIds[b]!;
      if (x === y) {
        both++;
        a++;
        b++;
      } else if (x < y) {
        if (++onlyA > MINIMAL) return false;
        a++;
      } else {
        if (++onlyB > MINIMAL) return false;
        b++;
      }
    }
    onlyA += aEnd - a;
    onlyB += bEnd - b;
    return onlyA <= MINIMAL && onlyB <= MINIMAL && both >= 2;
  }

  /**
   * `ruled(probability, sentence i, sentence j)` on the ids read above, rule for rule and in its order
   * (apply-rules.test.ts compares them): the same word sequence; contrast (minimal pairs: polarity by a
   * merge of the word sets, then reversed roles and numbers on the sentences themselves); the length
   * pre-check; near-verbatim; a shared quotation. No word strings, Sets or cache lookups per pair: at
   * 6 × 5,000 about 73 k of 485 k candidates reached `ruled`, which cost ~1 s there.
   */
  ruledAt(probability: number, i: number, j: number): number {
    const rec = this.rec;
    const ri = i * REC;
    const rj = j * REC;
    const li = rec[ri + R_SEQ_LENGTH]!;
    const lj = rec[rj + R_SEQ_LENGTH]!;
    if (li > 0 && li === lj && rec[ri + R_SEQ_HASH] === rec[rj + R_SEQ_HASH]) {
      const seqIds = this.seqIds;
      const a0 = rec[ri + R_SEQ]!;
      const b0 = rec[rj + R_SEQ]!;
      let m = 0;
      while (m < li && seqIds[a0 + m] === seqIds[b0 + m]) m++;
      if (m === li) return Math.max(0.99, probability);
    }
    // contrast: content terms that differ by at most MINIMAL on each side, at least two shared.
    let mark: Uint8Array | undefined;
    if (this.minimalPair(ri, rj)) {
      mark = this.markOf(i);
      if (this.polarDiff(i, j, mark) || this.reversedRolesAt(i, j) || this.numbersDiffer(i, j)) return Math.min(CONTRAST_CAP, probability);
    }
    const wi = rec[ri + R_WORD_COUNT]!;
    const wj = rec[rj + R_WORD_COUNT]!;
    // `ruled` pre-checks for a quote mark; a quotation of ≥ 6 words is what sameQuotationOf needs.
    const quotedI = rec[ri + R_QUOTES]! > 0;
    const quotedJ = rec[rj + R_QUOTES]! > 0;
    if (Math.min(wi, wj) / Math.max(1, wi, wj) < 0.8 && !quotedI && !quotedJ) return probability;
    // nearVerbatimWords (its equal-join case returned above): at least five words each, Jaccard ≥ 0.8, no polarity word differing.
    // Its Jaccard is at most the ratio of the set sizes: below 0.8 there, no merge.
    if (li >= 5 && lj >= 5 && Math.min(wi, wj) / Math.max(wi, wj) >= 0.8) {
      if (this.overlapping(ri, rj, wi, wj) && !this.polarDiff(i, j, (mark ??= this.markOf(i)))) return Math.max(0.99, probability);
    }
    if ((quotedI && this.quotedIn(i, j)) || (quotedJ && this.quotedIn(j, i))) return Math.max(0.9, probability);
    return probability;
  }
}

function isNumberIn(s: MatchSentence, term: string): boolean {
  return s.tokens.some((t) => t.term === term && t.kind === 'number');
}

/**
 * Each candidate pair's probability under the rules (texts and profiles from `input`).
 *
 * Most candidate pairs meet no rule: their texts differ, their content terms
 * differ by more than MINIMAL on a side, their lengths differ by over 20 % and
 * neither is quoted. That is decided here on per-sentence ids (the joined
 * words and the content terms interned once, shared terms counted by a merge)
 * and only the other pairs go through `ruled`, so the result is `ruled`'s
 * (the per-pair WeakMap lookups and Set probes were ~15 ms of `ruled` and
 * ~18 ms of `contrast` per 3 × 1,000 analysis).
 */
/**
 * Term ids of every sentence's tokens, node by node, as the lexical matcher's vector index recorded
 * them (`tokenTerm[tokenStart[i] + k]`: token k of node i; any value for a stop token, never read),
 * and each id's term. Valid only for the tokens of `input` that were scored.
 */
export interface TokenTermIds {
  tokenStart: Int32Array;
  tokenTerm: Int32Array;
  names: readonly string[];
  /** By token as `tokenTerm`: TOKEN_STOP set for a stop token (then the token objects need not be read). */
  tokenFlags?: Uint8Array;
}

export function applyRules(scored: ScoredPairs, input: MatchInput, termIdsGiven?: TokenTermIds): ScoredPairs {

  const nodes = scored.nodes;
  const n = nodes.length;
  const sentences: MatchSentence[] = new Array(n);
  // Every sentence's quotations of ≥ 6 words, back to back: quotation q is quoteWords[quoteAt[q] … quoteAt[q + 1]),
  // node i's are quotations quoteStart[i] … quoteStart[i + 1].
  const quoteStart = new Int32Array(n + 1);
  const quoteAt: number[] = [0];
  const quoteWords: number[] = [];
  const quoteLo: number[] = [];
  const quoteHi: number[] = [];
  // What a pair reads of each sentence, one record (REC int32s) per node. Pairs come sorted by i, so the
  // other sentence j is a random one: its fields in separate arrays were a cache miss each. Besides the
  // lists' places and sizes: a hash of its word sequence (unequal hashes, unequal sequences), and its
  // words and its content terms as 64-bit signatures (`signatureLo`/`Hi`) — a member of one set that the
  // other lacks is the only source of a bit the other's signature lacks, so such bits bound the members
  // it lacks from below, and the quotation, minimal-pair and overlap tests reject most pairs on them.
  const rec = new Int32Array(n * REC);
  // Per node, sorted distinct ids: its words (wordSet) and its content terms (contrast's set); and its words in reading order.
  // Typed buffers grown by doubling, each sentence's ids sorted in place there: the three number[] lists grown to
  // ~750 k entries at 6 x 5,000 and copied to typed arrays at the end were a fifth of this setup with its GC, and a
  // number[] scratch emptied per sentence (`length = 0` drops its store) ~1.7 MB of garbage per 3 × 1,000 analysis.
  const wordStart = new Int32Array(n + 1);
  let wordBuf: Int32Array = new Int32Array(Math.max(64, n * 16));
  const seqStart = new Int32Array(n + 1);
  let seqBuf: Int32Array = new Int32Array(Math.max(64, n * 20));
  const contentStart = new Int32Array(n + 1);
  let contentBuf: Int32Array = new Int32Array(Math.max(64, n * 12));
  // Word ids straight off the text (word-ids.ts): no word strings, no string-keyed interning.
  const wordIdsOf = new WordIds();
  // Content terms apart from words: token terms are the strings the vectors keyed (their hashes cached), no prefix to build.
  const termIds = new Map<string, number>();
  let wordSize = 0;
  let seqSize = 0;
  let contentSize = 0;
  const flags = termIdsGiven?.tokenFlags;
  // Each node's words and content terms are made distinct here by stamps (by id: node + 1) and sorted
  // only when a merge first reads them (`sortedWords`, `sortedContent`): the signatures and sizes reject
  // most candidate pairs before any merge, and the insertion sorts of every list were ~a fifth of this
  // function at 3 × 1,000 (sortedDistinctIn 4.2 of ~20 ms self, profiled without inlining).
  let wordSeen: Int32Array = new Int32Array(1024);
  let contentSeen: Int32Array = new Int32Array(termIdsGiven ? termIdsGiven.names.length : 1024);
  for (let i = 0; i < n; i++) {
    const s = input.reports[nodes[i]!.report]![nodes[i]!.sentence]!;
    sentences[i] = s;
    // The words in reading order go straight from the reader's buffer to the sequence list, and are
    // deduplicated in place in a copy (distinctIn; sorted when first merged): no scratch list per sentence.
    const count = wordIdsOf.readIds(s.text);
    const quoteMark = wordIdsOf.quoted;
    seqBuf = room(seqBuf, seqSize, count);
    wordBuf = room(wordBuf, wordSize, count);
    const read = wordIdsOf.ids;
    let lo = 0;
    let hi = 0;
    let h = 0;
    for (let k = 0; k < count; k++) {
      const id = read[k]!;
      seqBuf[seqSize++] = id;
      wordBuf[wordSize + k] = id;
      lo |= signatureLo(id);
      hi |= signatureHi(id);
      h = Math.imul(h ^ id, 16777619) + 1;
    }
    seqStart[i + 1] = seqSize;
    const r = i * REC;
    rec[r + R_WORD_LO] = lo;
    rec[r + R_WORD_HI] = hi;
    rec[r + R_SEQ_HASH] = h;
    // Its quotations (`quotations`: runs of ≥ 6 words) as word-id runs, each with its words' signature:
    // a run of j's words holds every word of q, so a bit of q's that j lacks rules q out without a scan.
    // ` q ` inside ` words joined ` (sameQuotationOf) is q's words as a contiguous run of the other's words:
    // words hold no spaces, so a match starts and ends on word boundaries. At 6 × 5,000, 120 k pairs scanned
    // a quoted sentence's quotations along the other's words (2.2 M starts); a 6-word quote passes the
    // 64-bit filter of a 20-word sentence by chance about once in 2,000.
    if (quoteMark) {
      // `exec` on the one global regex, not `matchAll` (a clone of the regex and an iterator per sentence):
      // the same matches, in order.
      QUOTATION.lastIndex = 0;
      for (let m = QUOTATION.exec(s.text); m !== null; m = QUOTATION.exec(s.text)) {
        const length = wordIdsOf.readIds(m[1]!);
        if (length < 6) continue;
        const run = wordIdsOf.ids;
        let qLo = 0;
        let qHi = 0;
        for (let k = 0; k < length; k++) {
          const id = run[k]!;
          qLo |= signatureLo(id);
          qHi |= signatureHi(id);
          quoteWords.push(id);
        }
        quoteLo.push(qLo);
        quoteHi.push(qHi);
        quoteAt.push(quoteWords.length);
      }
    }
    quoteStart[i + 1] = quoteLo.length;
    if (wordSeen.length < wordIdsOf.size) wordSeen = grownTo(wordSeen, wordIdsOf.size);
    wordSize = distinctIn(wordBuf, wordSize, wordSize + count, wordSeen, i + 1);
    wordStart[i + 1] = wordSize;
    // Content terms and words in one id space: only equality within each list matters.
    const tokens = s.tokens;
    contentBuf = room(contentBuf, contentSize, tokens.length);
    const content0 = contentSize;
    let end = contentSize;
    if (termIdsGiven && flags) {
      // The index's ids and stop flags: no string-keyed probe per content token (~3 ms at 3 × 1,000, ~0.1 s at
      // 6 × 5,000), and no read of the token objects (a cache miss each at 6 × 5,000).
      const tokenTerm = termIdsGiven.tokenTerm;
      for (let k = termIdsGiven.tokenStart[i]!, kEnd = termIdsGiven.tokenStart[i + 1]!; k < kEnd; k++) if ((flags[k]! & TOKEN_STOP) === 0) contentBuf[end++] = tokenTerm[k]!;
    } else if (termIdsGiven) {
      const base = termIdsGiven.tokenStart[i]!;
      const tokenTerm = termIdsGiven.tokenTerm;
      for (let k = 0; k < tokens.length; k++) if (!tokens[k]!.stop) contentBuf[end++] = tokenTerm[base + k]!;
    } else {
      for (const t of tokens) {
        if (t.stop) continue;
        let id = termIds.get(t.term);
        if (id === undefined) termIds.set(t.term, (id = termIds.size));
        contentBuf[end++] = id;
      }
    }
    lo = 0;
    hi = 0;
    for (let k = content0; k < end; k++) {
      lo |= signatureLo(contentBuf[k]!);
      hi |= signatureHi(contentBuf[k]!);
    }
    rec[r + R_CONTENT_LO] = lo;
    rec[r + R_CONTENT_HI] = hi;
    rec[r + R_CONTENT] = contentSize;
    const contentIdCount = termIdsGiven ? termIdsGiven.names.length : termIds.size;
    if (contentSeen.length < contentIdCount) contentSeen = grownTo(contentSeen, contentIdCount);
    contentSize = distinctIn(contentBuf, content0, end, contentSeen, i + 1);
    contentStart[i + 1] = contentSize;
    rec[r + R_CONTENT_COUNT] = contentSize - rec[r + R_CONTENT]!;
    rec[r + R_SEQ] = seqStart[i]!;
    rec[r + R_SEQ_LENGTH] = seqStart[i + 1]! - seqStart[i]!;
    rec[r + R_WORDS] = wordStart[i]!;
    rec[r + R_WORD_COUNT] = wordStart[i + 1]! - wordStart[i]!;
    rec[r + R_QUOTES] = quoteStart[i + 1]! - quoteStart[i]!;
  }
  // Content term strings by id, for contrast's number test on the rare minimal pairs.
  let termNames: readonly string[];
  if (termIdsGiven) termNames = termIdsGiven.names;
  else {
    const names: string[] = new Array(termIds.size);
    for (const [term, id] of termIds) names[id] = term;
    termNames = names;
  }
  const rules = new PairRules({
    sentences,
    rec,
    wordIds: wordBuf,
    seqIds: seqBuf,
    contentIds: contentBuf,
    wordStart,
    seqStart,
    contentStart,
    quoteStart,
    quoteAt,
    quoteWords,
    quoteLo,
    quoteHi,
    wordIdsOf,
    termNames,
    termIdsGiven,
  });
  // Columns in, columns out (pair-columns.ts): a new probability column, and the pair objects (the
  // reference's map, below) only if read. A new pair array and a copy of each changed pair were ~30 ms
  // of this at 6 × 5,000, besides their GC.
  const columns = pairColumns(scored);
  if (columns) {
    const { i, j, probability } = columns;
    const ruledP = new Float64Array(probability.length);
    for (let m = 0; m < ruledP.length; m++) ruledP[m] = rules.ruledAt(probability[m]!, i[m]!, j[m]!);
    return withColumns(scored, { i, j, probability: ruledP }, ruledPairs(scored, ruledP));
  }
  return {
    ...scored,
    pairs: scored.pairs.map((pair) => {
      const p = rules.ruledAt(pair.probability, pair.i, pair.j);
      return p === pair.probability ? pair : { ...pair, probability: p };
    }),
  };
}
