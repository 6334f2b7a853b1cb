/**
 * REFERENCE (tests and benchmarks only): the loaded lens as it was before the
 * issue-16 speed-ups, kept so that a property test can check detect.ts gives
 * the same hits on any text.
 *
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

/** The default profile's lexicon (data/lang/en/loaded.json). */
const DEFAULT_LEXICON: LoadedLexicon = DEFAULT_PROFILE.loaded;
/** The default profile's valence list (data/lang/en/evaluative.json, AFINN-165). */
const DEFAULT_EVALUATIVE: EvaluativeLexicon | undefined = DEFAULT_PROFILE.evaluative;

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

/** Quotations of one to three words ("order", "compassion caucus"), marks excluded (detect.ts' shortQuotes is held to it). */
export function shortQuotesReference(text: string): Span[] {
  const out: Span[] = [];
  const re = /(["“])([^"“”\n]{1,60}?)(["”])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = (m[2]!.match(/\p{L}+/gu) ?? []).length;
    if (words >= 1 && words <= 3) out.push({ start: m.index + 1, end: m.index + 1 + m[2]!.length });
  }
  return out;
}

/**
 * Framing words of one report. `sentences`: sorted, non-overlapping spans of
 * `text`. `voices` (the report's `detectVoices` result) is computed when not
 * given; `evaluative` (AFINN-165) defaults to the English profile's.
 */
export function detectLoadedReference(
  text: string,
  sentences: Span[],
  lexicon: LoadedLexicon = DEFAULT_LEXICON,
  voices?: VoiceResult,
  evaluative: EvaluativeLexicon | undefined = DEFAULT_EVALUATIVE,
): LoadedResult {
  const v = voices ?? detectVoices(text, sentences);
  const hits: LoadedHit[] = [];
  const shorts = shortQuotesReference(text);
  const who = (sentence: number, start: number, end: number) => {
    const a = v.attributions[sentence];
    // A short quotation in a sentence that names its speaker ('said he was "confident"') is the speaker's words too.
    const inQuote = !!a?.quoteSpans.some((q) => start >= q.start && end <= q.end) || (!!a?.speaker && overlapsSorted(shorts, start, end, true));
    return { a, inQuote };
  };
  const push = (h: Omit<LoadedHit, 'inQuote' | 'voice'>, reportingVerb = false) => {
    const { a, inQuote } = who(h.sentence, h.start, h.end);
    const hit: LoadedHit = { ...h, inQuote, voice: inQuote ? 'speaker' : 'outlet' };
    // Inside a quotation the words are the speaker's; in reported speech the
    // paraphrase is about the speaker, but a reporting verb is always the outlet's choice.
    if (a?.speaker && (inQuote || (a.kind === 'reported' && !reportingVerb))) hit.speaker = a.speaker.name;
    hits.push(hit);
  };
  for (const m of compile(lexicon).match(text, sentences)) {
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
    const WORD = /[\p{L}][\p{L}'’-]*/gu;
    sentences.forEach((s, si) => {
      const slice = text.slice(s.start, s.end);
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      let first = true;
      while ((m = WORD.exec(slice)) !== null) {
        const raw = m[0].replace(/['’]s$/u, '');
        const start = s.start + m.index;
        const end = start + raw.length;
        const wasFirst = first;
        first = false;
        if (/^\p{Lu}/u.test(raw) && !wasFirst) continue;
        const w = raw.toLowerCase();
        const score = Object.hasOwn(evaluative.scores, w) ? evaluative.scores[w] : undefined;
        if (score === undefined || (score < 0 ? -score < evaluative.minScore : score < evaluative.minPositiveScore) || evaluative.factual.has(w)) continue;
        if (/[-‐‑]$/u.test(text.slice(Math.max(0, start - 1), start))) continue;
        if (overlapsSorted(taken, start, end)) continue;
        push({ start, end, term: w, category: 'loaded', sentence: si, source: 'afinn-165', kind: 'evaluative word', explain: afinnExplain(w, score), score });
      }
    });
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
