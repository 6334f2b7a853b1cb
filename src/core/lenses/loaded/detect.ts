/**
 * Loaded and evaluative words, hedges, distancing words and intensifiers of
 * one report (the profile's loaded.json, data/lang/en/loaded.json for English), with offsets, per-term counts and, for each
 * hit, whether it lies inside a direct quotation and whose words they are
 * (from voices.ts): "escalation" in a quoted minister is still counted, but
 * as the minister's word, not the outlet's.
 *
 * Rules (docs/lens.md): whole-word, case-insensitive, longest entry first; a
 * trailing `*` matches any ending; a word after a hyphen is not matched
 * ("de-escalation"); `ignore` phrases ("sanctions regime") block the entries
 * inside them. No sense disambiguation beyond that: "so-called non-resistant
 * mines" (a technical term) is counted as distancing.
 */
import { DEFAULT_PROFILE } from '../../language/bundled';
import { phraseMatcher, type PhraseMatcher } from '../../text/phrases';
import type { LexiconEntry, LoadedCategory, LoadedHit, LoadedLexicon, LoadedResult, LoadedTermCount, Span, VoiceResult } from '../../types';
import { detectVoices } from '../voices/detect';

/** The default profile's lexicon (data/lang/en/loaded.json). */
export const DEFAULT_LEXICON: LoadedLexicon = DEFAULT_PROFILE.loaded;

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

/**
 * Framing words of one report. `sentences`: sorted, non-overlapping spans of
 * `text`. `voices` (the report's `detectVoices` result) is computed when not given.
 */
export function detectLoaded(text: string, sentences: Span[], lexicon: LoadedLexicon = DEFAULT_LEXICON, voices?: VoiceResult): LoadedResult {
  const v = voices ?? detectVoices(text, sentences);
  const hits: LoadedHit[] = [];
  const counts = new Map<string, LoadedTermCount>();
  const byCategory: Record<LoadedCategory, number> = { loaded: 0, hedge: 0, distancing: 0, intensifier: 0 };
  for (const m of compile(lexicon).match(text, sentences)) {
    const a = v.attributions[m.sentence];
    const inQuote = !!a?.quoteSpans.some((q) => m.start >= q.start && m.end <= q.end);
    const hit: LoadedHit = { start: m.start, end: m.end, term: m.data.term, category: m.data.category, sentence: m.sentence, inQuote };
    if (a?.speaker && (inQuote || a.kind === 'reported')) hit.speaker = a.speaker.name;
    hits.push(hit);
    byCategory[hit.category]++;
    let c = counts.get(m.data.term);
    if (!c) {
      c = { term: m.data.term, category: m.data.category, explain: m.data.explain, count: 0, quoted: 0 };
      counts.set(m.data.term, c);
    }
    c.count++;
    if (inQuote) c.quoted++;
  }
  const terms = [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  return { hits, terms, byCategory };
}
