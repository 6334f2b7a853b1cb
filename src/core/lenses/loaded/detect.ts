/**
 * Loaded and evaluative words, hedges, distancing words and intensifiers of
 * one report, with offsets, per-term counts and, for each hit, whether it lies
 * inside a direct quotation and whose words they are (from voices.ts):
 * "escalation" in a quoted minister is still counted, but as the minister's
 * word, not the outlet's; "slammed" in "Ellison slammed…" is the outlet's verb.
 *
 * Three sources, in this order of precedence (docs/lens.md):
 * 1. the curated lexicon (the profile's loaded.json): loaded reporting verbs,
 *    hedges, distancing words, intensifiers, evaluative adjectives, mocking
 *    labels; whole-word, case-insensitive, longest entry first; a trailing `*`
 *    matches any ending; a word after a hyphen is not matched
 *    ("de-escalation"); `ignore` phrases ("sanctions regime") block the
 *    entries inside them;
 * 2. scare quotes: a quotation of one to three words in a sentence that
 *    quotes or cites no one (or right after "so-called"), e.g. restore
 *    "order": the outlet holds the word at arm's length;
 * 3. the AFINN-165 valence list (the profile's evaluative.json): a lower-case
 *    word (a capitalised word inside a sentence is a name: "Grant") scored
 *    -minScore or lower or +minPositiveScore or higher, unless it is listed as factual (detention,
 *    killed) or overlaps a curated mark.
 */
import { DEFAULT_PROFILE } from '../../language/bundled';
import type { EvaluativeLexicon } from '../../language/profile';
import { phraseMatcher, spanIndexOf, type PhraseMatcher } from '../../text/phrases';
import type { LexiconEntry, LoadedCategory, LoadedHit, LoadedLexicon, LoadedResult, LoadedTermCount, Span, VoiceResult } from '../../types';
import { detectVoices } from '../voices/detect';
import { charClass, codePointIn, LETTER, UPPER } from '../facts/chars';
import type { Runs, TextRuns } from '../voices/chars';

/** The default profile's lexicon (data/lang/en/loaded.json). */
export const DEFAULT_LEXICON: LoadedLexicon = DEFAULT_PROFILE.loaded;
/** The default profile's valence list (data/lang/en/evaluative.json, AFINN-165). */
export const DEFAULT_EVALUATIVE: EvaluativeLexicon | undefined = DEFAULT_PROFILE.evaluative;

const cache = new WeakMap<LoadedLexicon, PhraseMatcher<LexiconEntry>>();

function compile(lexicon: LoadedLexicon): PhraseMatcher<LexiconEntry> {
  let m = cache.get(lexicon);
  if (!m) {
    m = phraseMatcher<LexiconEntry>([
      ...lexicon.ignore.map((phrase) => ({ phrase, data: undefined })),
      ...lexicon.entries.map((e) => ({ phrase: e.term, data: e })),
    ]);
    cache.set(lexicon, m);
  }
  return m;
}

/** `shape`: a bit per wordShape of the counted words (wordShape of a text word not marked: not a counted word). */
/**
 * A counted word of the valence list: its score, the list's own string for it (a hit's `term`) and its explanation,
 * made the first time the word is a hit. Every hit of a word shares the two strings: each AFINN hit made its own
 * (737 hits of 273 words per 3 × 1,000 reports, ~160 KB of strings that live as long as the result, and the
 * template per hit).
 */
type Verdict = { score: number; term: string; explain: string | undefined };
type Verdicts = { verdict: Map<string, Verdict | null>; hashes: Set<number>; bloom: Uint8Array; shape: Uint8Array };
const verdicts = new WeakMap<EvaluativeLexicon, Verdicts>();
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));

/** A hash of text[start, end) with A–Z read as a–z (its toLowerCase for ASCII): a small integer (FNV-1a, 30 bits). */
function lowerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** A–Z read as a–z. */
function lowerUnit(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/**
 * A 16-bit key of text[start, end) from its first, second and last units (A–Z as a–z) and its length: three reads,
 * not a pass over the word. An ASCII word whose key no counted word has is not one (lowerHash would tell the same,
 * reading every unit).
 */
function wordShape(text: string, start: number, end: number): number {
  const len = end - start;
  const second = len > 1 ? lowerUnit(text.charCodeAt(start + 1)) : 0;
  return (Math.imul(Math.imul(Math.imul(lowerUnit(text.charCodeAt(start)), 31) + second, 31) + lowerUnit(text.charCodeAt(end - 1)), 31) + len) & 0xffff;
}
/** An apostrophe or hyphen, which a valence-list word runs through (`[\p{L}'’-]`). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * Per valence-list word: its score if it counts (strong enough, not factual), else null. Built once per
 * list, so a word costs one Map look-up. Only the list's own words: the lens once read `scores[w]` on the
 * JSON object, so "constructor" got Object.prototype's function as its score ("rates "constructor" −NaN").
 */
function verdictsOf(e: EvaluativeLexicon): Verdicts {
  const known = verdicts.get(e);
  if (known) return known;
  const m = new Map<string, Verdict | null>();
  for (const [w, score] of Object.entries(e.scores)) {
    m.set(w, (score < 0 ? -score < e.minScore : score < e.minPositiveScore) || e.factual.has(w) ? null : { score, term: w, explain: undefined });
  }
  const hashes = new Set<number>();
  const bloom = new Uint8Array(0x10000);
  const shape = new Uint8Array(0x10000);
  for (const [w, v] of m) {
    if (v === null) continue;
    const h = lowerHash(w, 0, w.length);
    hashes.add(h);
    bloom[h & 0xffff] = 1;
    shape[wordShape(w, 0, w.length)] = 1;
  }
  const out = { verdict: m, hashes, bloom, shape };
  verdicts.set(e, out);
  return out;
}

const SCARE_EXPLAIN = (w: string) =>
  `Quotation marks around "${w}" with no one quoted keep the word at arm's length: the outlet signals doubt or irony without saying so.`;

function afinnExplain(word: string, score: number): string {
  const tone = score < 0 ? 'negative' : 'positive';
  const strength = Math.abs(score) >= 4 ? `strongly ${tone}` : tone;
  return `AFINN-165 rates "${word}" ${score > 0 ? '+' : '−'}${Math.abs(score)} on a −5…+5 scale: a ${strength} word that judges rather than describes.`;
}

/** Does [start, end) overlap a span of `spans` (sorted by start, non-overlapping)? Binary search. */
function overlapsSorted(spans: readonly Span[], start: number, end: number, inside = false): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid]!;
    if (x.end <= start) lo = mid + 1;
    else if (x.start >= end) hi = mid - 1;
    else return inside ? start >= x.start && end <= x.end : true;
  }
  return false;
}

/** How many runs of letters `s` has (`s.match(/\p{L}+/gu).length`), counted up to `max`. */
function letterRuns(s: string, max: number): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < s.length && n < max; ) {
    const cp = codePointIn(s, i, s.length);
    const letter = (charClass(cp) & LETTER) !== 0;
    if (letter && !inRun) n++;
    inRun = letter;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/**
 * Quotations of one to three words ("order", "compassion caucus"), marks excluded: the matches of
 * `/(["“])([^"“”\n]{1,60}?)(["”])/gu` (shortQuotesReference) by hand. An opening mark is found by indexOf (one per
 * mark kind, each found again only once passed); its body runs to the first `"“”` or line break, which must come
 * within 60 code points and be a closing mark (the lazy body can stop nowhere else and cannot take one of those).
 * The expression tried every position of the text: 0.86 → 0.75 ms (min; p10 0.91 → 0.78) per 3 × 1,000 reports
 * (~1,300 marks); the rest is indexOf's pass over the text.
 */
/**
 * `text.indexOf('\u201c', from)`, found by a global expression: V8's indexOf for a two-byte string searches
 * for the mark's higher byte (0x20), so it stops at every space (the voices lens measured one search for “ over
 * a 3 × 1,000 analysis's texts at 0.40 ms against 0.21 by the expression; voices/detect.ts `curlyIndex`).
 */
function nextCurlyOpen(text: string, from: number): number {
  CURLY_OPEN.lastIndex = from;
  return CURLY_OPEN.test(text) ? CURLY_OPEN.lastIndex - 1 : -1;
}
const CURLY_OPEN = /[\u201c]/g;

export function shortQuotes(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let straight = text.indexOf('"');
  let curly = nextCurlyOpen(text, 0);
  let i = 0;
  for (;;) {
    if (straight >= 0 && straight < i) straight = text.indexOf('"', i);
    if (curly >= 0 && curly < i) curly = nextCurlyOpen(text, i);
    const q = straight < 0 ? curly : curly < 0 || straight < curly ? straight : curly;
    if (q < 0) break;
    let j = q + 1;
    let points = 0;
    while (j < n && points <= 60) {
      const c = text.charCodeAt(j);
      if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x0a) break;
      // A surrogate pair is one code point to the expression.
      j += c >= 0xd800 && c <= 0xdbff && j + 1 < n && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      points++;
    }
    const close = j < n ? text.charCodeAt(j) : 0;
    if (points >= 1 && points <= 60 && (close === 0x22 || close === 0x201d)) {
      const words = letterRuns(text.slice(q + 1, j), 4);
      if (words >= 1 && words <= 3) out.push({ start: q + 1, end: j });
      i = j + 1;
    } else i = q + 1;
  }
  return out;
}

/**
 * The valence-list words of the sentences, read from the text's letter runs (detectLoadedWith): `consider` each word
 * that may count, `wordAt` reads a word going on through an apostrophe or hyphen (returns its end). Apart from
 * detectLoadedWith so that the JIT optimises this loop on its own.
 */
function afinnRuns(
  text: string,
  sentences: readonly Span[],
  letters: Runs,
  shape: Uint8Array,
  bloom: Uint8Array,
  hashes: ReadonlySet<number>,
  consider: (start: number, end: number, si: number) => void,
  wordAt: (i: number, sEnd: number, si: number, first: boolean) => number,
): void {
  const { start: rs, end: re, ascii: ra, count } = letters;
  let r = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let first = true;
    while (r < count && re[r]! <= s.start) r++;
    let x = r;
    while (x < count) {
      const a = rs[x]! > s.start ? rs[x]! : s.start;
      if (a >= s.end) break;
      const e = re[x]! < s.end ? re[x]! : s.end;
      const wasFirst = first;
      first = false;
      if (e < s.end && isJoiner(text.charCodeAt(e))) {
        const after = wordAt(a, s.end, si, wasFirst);
        while (x < count && rs[x]! < after) x++;
        continue;
      }
      x++;
      const c0 = text.charCodeAt(a);
      if ((c0 < 128 ? ASCII_CLASS[c0]! : charClass(c0)) & UPPER && !wasFirst) continue;
      if (ra[x - 1] === 1 || (a > rs[x - 1]! || e < re[x - 1]!)) {
        // ASCII as far as the sentence reads it (a cut run is checked unit by unit).
        let ascii = ra[x - 1] === 1;
        if (!ascii) {
          ascii = true;
          for (let q = a; q < e && ascii; q++) if (text.charCodeAt(q) >= 128) ascii = false;
        }
        if (ascii) {
          if (shape[wordShape(text, a, e)] === 0) continue;
          const hash = lowerHash(text, a, e);
          if (bloom[hash & 0xffff] === 0 || !hashes.has(hash)) continue;
        }
      }
      consider(a, e, si);
    }
  }
}

/**
 * Framing words of one report. `sentences`: sorted, non-overlapping spans of
 * `text`. `voices` (the report's `detectVoices` result) is computed when not
 * given; `evaluative` (AFINN-165) defaults to the English profile's.
 */
export function detectLoaded(
  text: string,
  sentences: Span[],
  lexicon: LoadedLexicon = DEFAULT_LEXICON,
  voices?: VoiceResult,
  evaluative: EvaluativeLexicon | undefined = DEFAULT_EVALUATIVE,
): LoadedResult {
  return detectLoadedWith(text, sentences, lexicon, voices, evaluative);
}

/**
 * detectLoaded, reading `runs` (textRuns of `text`: the lens passes the ones the voices lens made, reportRuns) for
 * the valence-list words when the text has no surrogates: a word of letters only is a letter run, and most are
 * ruled out by wordShape without reading their letters.
 */
export function detectLoadedWith(
  text: string,
  sentences: Span[],
  lexicon: LoadedLexicon = DEFAULT_LEXICON,
  voices?: VoiceResult,
  evaluative: EvaluativeLexicon | undefined = DEFAULT_EVALUATIVE,
  runs?: TextRuns,
): LoadedResult {
  const v = voices ?? detectVoices(text, sentences);
  const hits: LoadedHit[] = [];
  const shorts = shortQuotes(text);
  const who = (sentence: number, start: number, end: number) => {
    const a = v.attributions[sentence];
    // A short quotation in a sentence that names its speaker ('said he was "confident"') is the speaker's words too.
    const inQuote = !!a?.quoteSpans.some((q) => start >= q.start && end <= q.end) || (!!a?.speaker && overlapsSorted(shorts, start, end, true));
    return { a, inQuote };
  };
  const push = (h: Omit<LoadedHit, 'inQuote' | 'voice'>, reportingVerb = false) => {
    const { a, inQuote } = who(h.sentence, h.start, h.end);
    // `h` is a fresh object of the caller's: adding the two fields gives the keys in the order `{ ...h, inQuote, voice }`
    // gave, without a spread (a megamorphic copy per hit, ~20 % of this lens once the word scan was fast).
    const hit = h as LoadedHit;
    hit.inQuote = inQuote;
    hit.voice = inQuote ? 'speaker' : 'outlet';
    // Inside a quotation the words are the speaker's; in reported speech the
    // paraphrase is about the speaker, but a reporting verb is always the outlet's choice.
    if (a?.speaker && (inQuote || (a.kind === 'reported' && !reportingVerb))) hit.speaker = a.speaker.name;
    hits.push(hit);
  };
  // The runs of letters and digits, when given for this text, make the phrase scan's starts cheaper (phrases.ts, WordRuns).
  for (const m of compile(lexicon).match(text, sentences, runs !== undefined && runs.words.s === text ? runs.words : undefined)) {
    const e = m.data;
    const h: Omit<LoadedHit, 'inQuote' | 'voice'> = { start: m.start, end: m.end, term: e.term, category: e.category, sentence: m.sentence, source: 'lexicon', explain: e.explain };
    if (e.kind) h.kind = e.kind;
    push(h, e.kind === 'reporting verb');
  }
  // Curated hits come in text order and do not overlap: a binary search tells whether a span is taken.
  const covered = (s: Span) => overlapsSorted(hits, s.start, s.end);
  // Scare quotes: short quotations in a sentence that quotes or cites no one.
  for (const q of shorts) {
    const si = spanIndexOf(sentences, q.start, q.end);
    if (si < 0 || covered(q)) continue;
    const a = v.attributions[si];
    const soCalled = /so[-\s]called\s*["“]?$/iu.test(text.slice(Math.max(0, q.start - 12), q.start));
    if (!soCalled && (a?.cue || a?.speaker || a?.kind === 'quote' && a.quoteSpans.length > 0)) continue;
    const w = text.slice(q.start, q.end);
    push({ start: q.start, end: q.end, term: `"${w.toLowerCase()}"`, category: 'distancing', sentence: si, source: 'scare-quote', kind: 'scare quote', explain: SCARE_EXPLAIN(w) });
  }
  hits.sort((a, b) => a.start - b.start);
  const taken = [...hits];
  // AFINN-165 evaluative words.
  if (evaluative) {
    const { verdict, hashes, bloom, shape } = verdictsOf(evaluative);
    /** The word [start, end) of sentence si (its possessive stripped): a hit if it counts. */
    const consider = (start: number, end: number, si: number): void => {
      const w = text.slice(start, end).toLowerCase();
      const v = verdict.get(w);
      if (v === undefined || v === null) return;
      const score = v.score;
      if (start > 0) {
        const h = text.charCodeAt(start - 1);
        if (h === 0x2d || h === 0x2010 || h === 0x2011) return;
      }
      if (overlapsSorted(taken, start, end)) return;
      push({ start, end, term: v.term, category: 'loaded', sentence: si, source: 'afinn-165', kind: 'evaluative word', explain: (v.explain ??= afinnExplain(v.term, score)), score });
    };
    /**
     * Reads the word at `i` (a letter) of sentence si, ending by `sEnd`, as `/[\p{L}][\p{L}'’-]*\/gu` finds it; returns its end.
     * lowerHash of the word read so far (h), and of it without its last one (h1) and two (h2) characters, kept as the
     * word is read: the possessive strip needs no second pass over the word.
     */
    const wordAt = (i: number, sEnd: number, si: number, first: boolean): number => {
      const c0 = text.charCodeAt(i);
      const cp = c0 < 128 ? c0 : codePointIn(text, i, sEnd);
      const cls = c0 < 128 ? ASCII_CLASS[c0]! : charClass(cp);
      const start = i;
      i += cp > 0xffff ? 2 : 1;
      let ascii = c0 < 128;
      let h = Math.imul(0x811c9dc5 ^ (c0 >= 65 && c0 <= 90 ? c0 + 32 : c0), 0x01000193);
      let h1 = 0x811c9dc5 | 0;
      let h2 = 0;
      while (i < sEnd) {
        const c1 = text.charCodeAt(i);
        if (c1 < 128) {
          if (!(ASCII_CLASS[c1]! & LETTER) && c1 !== 0x27 && c1 !== 0x2d) break;
          h2 = h1;
          h1 = h;
          h = Math.imul(h ^ (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1), 0x01000193);
          i++;
          continue;
        }
        const c2 = codePointIn(text, i, sEnd);
        if (!(charClass(c2) & LETTER) && c2 !== 0x2019) break;
        ascii = false;
        i += c2 > 0xffff ? 2 : 1;
      }
      let end = i;
      let hash = h;
      if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019)) {
        end -= 2;
        hash = h2;
      }
      if (cls & UPPER && !first) return i;
      // An ASCII word whose lower-case hash no counted word has is not one: no string is made (most words).
      // A bit per hash's low 16 bits answers most words before the Set.
      hash &= 0x3fffffff;
      if (ascii && (bloom[hash & 0xffff] === 0 || !hashes.has(hash))) return i;
      consider(start, end, si);
      return i;
    };
    if (runs !== undefined && !runs.surrogates && runs.letters.s === text) {
      // The letter runs of the text (no surrogates: a unit is a code point). A run that ends the word (no apostrophe or
      // hyphen after it) is the word, possessive-free: an ASCII one is ruled out by its wordShape, else by its hash
      // (lowerHash, as wordAt's), before any string is made; a word going on through an apostrophe or hyphen is read by
      // wordAt. The per-character pass over every sentence was ~40 % of this lens at 3 × 1,000 sentences.
      afinnRuns(text, sentences, runs.letters, shape, bloom, hashes, consider, wordAt);
    } else {
      // The words of each sentence as `/[\p{L}][\p{L}'’-]*/gu` finds them (evaluativeWordsReference in the
      // tests), by a hand scan; per word a `'s` strip, a /\p{Lu}/u test and a look-up were regex calls and
      // allocations (~80 ms of loaded's 88 at 3 × 1,000 sentences).
      for (let si = 0; si < sentences.length; si++) {
        const s = sentences[si]!;
        let first = true;
        for (let i = s.start; i < s.end; ) {
          const c0 = text.charCodeAt(i);
          const cp = c0 < 128 ? c0 : codePointIn(text, i, s.end);
          const cls = c0 < 128 ? ASCII_CLASS[c0]! : charClass(cp);
          if (!(cls & LETTER)) {
            i += cp > 0xffff ? 2 : 1;
            continue;
          }
          i = wordAt(i, s.end, si, first);
          first = false;
        }
      }
    }
    hits.sort((a, b) => a.start - b.start);
  } else hits.sort((a, b) => a.start - b.start);

  const counts = new Map<string, LoadedTermCount>();
  const byCategory: Record<LoadedCategory, number> = { loaded: 0, hedge: 0, distancing: 0, intensifier: 0 };
  for (const hit of hits) {
    byCategory[hit.category]++;
    const key = `${hit.source}:${hit.term}`;
    let c = counts.get(key);
    if (!c) {
      c = { term: hit.term, category: hit.category, explain: hit.explain ?? '', count: 0, quoted: 0 };
      if (hit.kind) c.kind = hit.kind;
      if (hit.source) c.source = hit.source;
      counts.set(key, c);
    }
    c.count++;
    if (hit.inQuote) c.quoted++;
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  // `terms` keeps the curated lexicon and scare quotes; AFINN words are listed apart (their hits are in `hits`).
  const terms = sorted.filter((t) => t.source !== 'afinn-165');
  const evaluativeTerms = sorted.filter((t) => t.source === 'afinn-165');
  return { hits, terms, byCategory, evaluativeTerms };
}
