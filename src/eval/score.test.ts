import { describe, expect, it } from 'vitest';
import { compareReports } from '../core/index';
import type { Comparison } from '../core/types';
import { countCase, countPairs, scores, verbatimLinked } from './score';

describe('countPairs', () => {
  it('counts every cross-report pair once against the gold links', () => {
    // Report 0: claims a, b; report 1: a, c; report 2: b. Gold: (0:0,1:0) and (0:0,2:0).
    const claimOf = [['a', 'b'], ['a', 'c'], ['b']];
    expect(countPairs([[0, 0, 1, 0], [0, 0, 2, 0]], claimOf)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 5 });
  });
});

describe('scores', () => {
  it('micro-averages precision, recall, F1 and accuracy, and unique precision', () => {
    expect(scores({ tp: 1, fp: 1, fn: 1, tn: 5, alone: 4, aloneCorrect: 3 })).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      accuracy: 0.75,
      uniquePrecision: 0.75,
    });
  });

  it('is 0, not NaN, when nothing was predicted', () => {
    expect(scores({ tp: 0, fp: 0, fn: 2, tn: 0, alone: 0, aloneCorrect: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0, uniquePrecision: 0 });
  });
});

describe('countCase', () => {
  it('scores a real comparison: sentences alone in a claim count for unique precision', () => {
    const reports = [
      { id: 'a', outlet: 'A', sentences: ['Nothing in common here at all.'] },
      { id: 'b', outlet: 'B', sentences: ['Markets rose sharply in Tokyo on Friday.'] },
    ];
    const counts = countCase({ id: 'x', reports, links: [[0, 0, 1, 0]] }, compareReports(reports));
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 1, tn: 0, alone: 2, aloneCorrect: 0 });
  });
});

describe('verbatimLinked', () => {
  const sentence = (text: string, claim: string) => ({ text, start: 0, end: text.length, claim });
  const comparison = (a: [string, string][], b: [string, string][]) =>
    ({ reports: [{ sentences: a.map(([t, c]) => sentence(t, c)) }, { sentences: b.map(([t, c]) => sentence(t, c)) }] }) as unknown as Comparison;
  it.each([
    ['one verbatim pair, linked', [['Police arrested the suspect on Tuesday night.', 'c1']], [['Police arrested the suspect on Tuesday night.', 'c1']], { pairs: 1, linked: 1 }],
    ['one verbatim pair, apart', [['Police arrested the suspect on Tuesday night.', 'c1']], [['Police arrested the suspect on Tuesday night.', 'c2']], { pairs: 1, linked: 0 }],
    ['a denial is not verbatim', [['The ministry on Monday confirmed that troops had crossed the border.', 'c1']], [['The ministry on Monday denied that troops had crossed the border.', 'c2']], { pairs: 0, linked: 0 }],
  ] as const)('%s', (_, a, b, expected) => {
    expect(verbatimLinked(comparison(a as unknown as [string, string][], b as unknown as [string, string][]), new Set(["denied"]))).toEqual(expected);
  });
});
