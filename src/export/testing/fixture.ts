/**
 * A small hand-made Comparison for the export tests: hostile text in every
 * field a user or a report supplies (commas, quotes, newlines, a formula,
 * HTML, Markdown), literal framing data. Not imported by the exports.
 */
import type { Comparison, ReportFraming, ReportResult } from '../../core/types';

export const HOSTILE = {
  outletA: 'Alpha, "The" <News>',
  outletB: '=HYPERLINK("http://evil")',
  outletC: '*Gamma* _[C]_ (#1) | x',
  sentenceA1: 'The minister "resigned", on Monday.',
  sentenceA2: '<script>alert(1)</script> Prices rose.',
  sentenceB1: 'The minister quit\non Monday.',
  sentenceB2: '-2+3 cmd @SUM(A1) rained.',
  sentenceC1: 'Minister *resigned* on [Monday](http://x) # | _now_.',
} as const;

function framing(speaker?: string): ReportFraming {
  return {
    voices: {
      attributions: [],
      summary: {
        speakers: speaker ? [{ name: speaker, role: 'spokesman, <b>', type: 'person', sentences: 2, quoted: 1, quoteChars: 10 }] : [],
        kinds: { quote: 1, reported: 1, unattributed: 0 },
        chars: 100,
        quoteChars: 25,
        quoteShare: 0.25,
      },
    },
    actors: { actors: [{ actor: 'ua', name: 'Ukraine', count: 2, labels: [{ label: 'Kiev regime', tone: 'loaded', count: 2, spans: [] }] }], mentions: [], places: [] },
    loaded: {
      hits: [],
      terms: [{ term: 'so-called', category: 'distancing', explain: 'keeps at a distance', count: 3, quoted: 1 }],
      byCategory: { loaded: 2, hedge: 1, distancing: 3, intensifier: 0 },
    },
    facts: [],
  };
}

function report(id: string, outlet: string, sentences: string[], claims: string[], extra: Partial<ReportResult> = {}): ReportResult {
  const text = sentences.join(' ');
  let at = 0;
  return {
    id,
    outlet,
    text,
    sentences: sentences.map((s, i) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      return { text: s, start, end: at, claim: claims[i]! };
    }),
    removed: [],
    framing: framing(id === 'a' ? 'John "Q" Smith' : undefined),
    ...extra,
  };
}

const H = HOSTILE;
const a = report('a', H.outletA, [H.sentenceA1, H.sentenceA2], ['c1', 'c2'], { url: 'https://example.com/a_(1)?q=1 2', date: '2024-11-20', language: 'en' });
const b = report('b', H.outletB, [H.sentenceB1, H.sentenceB2], ['c1', 'c3'], { url: 'javascript:alert(1)', machineTranslated: true });
const c = report('c', H.outletC, [H.sentenceC1], ['c1']);

/** "resigned" (A) and "quit" (B) differ; "minister" and "Monday" are common. */
function tokens(r: ReportResult, s: number, differing: string[]) {
  const sentence = r.sentences[s]!;
  const out: { start: number; end: number; kind: 'common' | 'differing' | 'neutral' }[] = [];
  const re = /\p{L}+|[^\p{L}]+/gu;
  for (const m of sentence.text.matchAll(re)) {
    const start = sentence.start + m.index!;
    const word = m[0];
    out.push({ start, end: start + word.length, kind: differing.includes(word) ? 'differing' : /\p{L}/u.test(word) && word.length > 3 ? 'common' : 'neutral' });
  }
  return out;
}

export const comparison: Comparison = {
  schema: 'parallax.comparison/1',
  options: { sensitivity: 0.5, threshold: 0.25 },
  reports: [a, b, c],
  claims: [
    {
      id: 'c1',
      kind: 'shared',
      members: [
        { report: 0, sentence: 0 },
        { report: 1, sentence: 0, match: { to: 0, score: 0.8125, terms: ['minister'], names: [], numbers: [] } },
        { report: 2, sentence: 0, match: { to: 0, score: 0.5, terms: ['minister'], names: [], numbers: [] } },
      ],
      diff: [
        { report: 0, sentence: 0, tokens: tokens(a, 0, ['resigned']) },
        { report: 1, sentence: 0, tokens: tokens(b, 0, ['quit']) },
        { report: 2, sentence: 0, tokens: tokens(c, 0, []) },
      ],
    },
    { id: 'c2', kind: 'unique', members: [{ report: 0, sentence: 1 }] },
    { id: 'c3', kind: 'unique', members: [{ report: 1, sentence: 1 }] },
  ],
  summary: {
    claims: { shared: 1, partial: 0, unique: 2 },
    perReport: [
      { shared: 1, partial: 0, unique: 1 },
      { shared: 1, partial: 0, unique: 1 },
      { shared: 1, partial: 0, unique: 0 },
    ],
  },
  facts: { reports: ['a', 'b', 'c'], rows: [], discrepancies: [{ kind: 'count', what: 'state', values: [{ report: 'a', values: ['160'] }, { report: 'b', values: ['164'] }] }] },
};
