import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { termLabel, tokenize } from '../../text/tokenize';
import { explainLexical, scoreLexical } from './matcher';
import { buildVectors, type TokenizedReports } from './similarity';

const tokenized = (reports: string[][]): TokenizedReports => reports.map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length })));

/** scoreLexical's explain (on the index's rows) against explainLexical (Maps) on every candidate pair, both ways. */
function compare(reports: TokenizedReports): number {
  const scored = scoreLexical(reports);
  const vecs = buildVectors(reports);
  const at = (n: number) => scored.nodes[n]!;
  let checked = 0;
  for (const { i, j } of scored.pairs) {
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const a = at(x);
      const b = at(y);
      const expected = explainLexical(reports[a.report]![a.sentence]!, reports[b.report]![b.sentence]!, vecs[a.report]![a.sentence]!, vecs[b.report]![b.sentence]!, termLabel);
      expect(scored.explain(x, y)).toEqual(expected);
      checked++;
    }
  }
  return checked;
}

describe('scoreLexical explain', () => {
  it('reads as explainLexical: the shared terms by weight, ties in first-occurrence order', () => {
    const reports = tokenized([
      ['Police in Lyon arrested 12 suspects and 12 more on Tuesday, police said.', 'The mayor of Lyon said 3 people were hurt.'],
      ['On Tuesday police arrested 12 suspects in Lyon.', 'Three people were hurt, said the mayor.'],
    ]);
    const scored = scoreLexical(reports);
    const first = scored.pairs.find((p) => p.i === 0 && p.j === 2)!;
    expect(scored.explain(first.i, first.j)).toEqual({ terms: ['Police', 'arrested', 'suspects'], names: ['Tuesday', 'Lyon'], numbers: ['12'] });
    expect(scored.explain(first.j, first.i)).toEqual({ terms: ['police', 'arrested', 'suspects'], names: ['Tuesday', 'Lyon'], numbers: ['12'] });
    expect(compare(reports)).toBeGreaterThan(2);
  });

  it('equals explainLexical on the candidates of real news sentences', () => {
    const set = realSentenceReports(3, 200);
    expect(compare(tokenized(set.sentences))).toBeGreaterThan(500);
  });

  it('equals explainLexical on random sentences of a small vocabulary (repeats and ties, fast-check)', () => {
    const word = fc.constantFrom('police', 'arrested', 'the', 'suspect', 'suspects', 'Paris', 'Lyon', 'said', '12', '3', 'killed', 'in', 'of', 'mine', 'Mine', 'Zürich', 'ΟΔΟΣ');
    const sentence = fc.array(word, { minLength: 0, maxLength: 10 }).map((ws) => ws.join(' ') + '.');
    const report = fc.array(sentence, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(report, report, report, (a, b, c) => {
        compare(tokenized([a, b, c]));
      }),
      { numRuns: 150 },
    );
  });
});
