import { describe, expect, it } from 'vitest';
import { devCases } from '../../../scripts/bench-data';
import { DEFAULT_OVERRIDES, DEFAULT_PROFILE } from '../language/bundled';
import { applyOverrides } from '../language/load';
import { seedReports } from '../testing/seeds';
import { newWordPool, tokenize } from '../text/tokenize';
import { dedupeSentences, preparedKeys } from './dedupe';
import { prepareReport, prepareTokenized } from './prepare';
import { segmentText } from './segment';

const profile = applyOverrides(DEFAULT_PROFILE, DEFAULT_OVERRIDES);

/** Sentences that take each way through the pooled reading: one token a word, split words, a lead, characters outside the plain table. */
const LINES = [
  'The Pentagon approved the transfer of anti-personnel mines to Ukraine.',
  "Officials don't say it; the U.S. sent 24,000 shells and 3.5 tonnes at 10:30.",
  'MINSK (Sputnik) - The decision will undermine the balance, the minister said.',
  '- Dash-led speech: “we see everything,” he said — firmly…',
  'KYIV, Nov 20 (Reuters) - Ukraine said 155mm rounds arrived.',
  'Zoë’s café, Kyiv’s mayor and the œuvre of ﬁne ligatures.',
  'Non\u00a0breaking spaces and non\u2011breaking hyphens, soft\u00adhyphens.',
  'Президент Украины заявил, что 3 миллиона человек не уехали.',
  '東京で会議が開かれた。 US officials met President-elect Trump on 20.11.2024.',
  'Emoji 😀 and 𝐛𝐨𝐥𝐝 letters, NATO and the UN, 1,000,000 and 10 thousand.',
  'ALL CAPS HEADLINE WITH US AND IT',
  "It wasn't, isn't and won't be; O'Brien's ’quotes’ ‘here’.",
  'a.b.c d:e f;g 1;2 1.2.3 x--y',
  '',
  '.',
  '42',
];

describe('dedupe through the word pool = dedupe on its own', () => {
  const same = (lines: string[]) => {
    const text = lines.join('\n');
    const spans = segmentText(text);
    expect(preparedKeys(text, spans, profile, newWordPool())).toEqual(preparedKeys(text, spans, profile, null));
  };

  it('on a table of sentences', () => same(LINES));
  it('on each sentence alone', () => {
    for (const line of LINES) same([line]);
  });
  it('on every development report', () => {
    for (const c of devCases()) for (const r of c.reports) same(r.sentences);
  });
});

describe('prepareTokenized = prepareReport, then tokenize', () => {
  const same = (report: { text?: string; sentences?: string[] }) => {
    const { prepared, tokens } = prepareTokenized(report, profile);
    const reference = prepareReport(report, profile);
    expect(prepared).toEqual(reference);
    expect(tokens).toEqual(reference.spans.map((span) => tokenize(reference.text, span, profile)));
  };

  it('on a table of sentences, with copies to remove', () => {
    same({ text: [...LINES, LINES[0], LINES[2]!.slice(20), LINES[1]].join('\n') });
  });
  it('on pre-split sentences', () => same({ sentences: LINES }));
  it('on the seed reports', () => {
    for (const r of seedReports()) same(r);
  });
  it('on every development report', () => {
    for (const c of devCases()) for (const r of c.reports) same({ text: r.sentences.join(' ') });
  });
  it('keeps dedupeSentences’ result', () => {
    const text = [...LINES, LINES[0]].join('\n');
    expect(prepareTokenized({ text }, profile).prepared.spans).toEqual(dedupeSentences(text, segmentText(text), profile).kept);
  });
});
