import { describe, expect, it } from 'vitest';
import { emptyFraming, type ReportResult } from '../../core/index';
import { diffRuns } from './diffRuns';
import { blockHeight, blocks, paragraphs } from './layout';

// A tiny hand-made report (not analysis output): offsets into `text`.
const text = 'Header line\nFirst one. Second one.\n\nThird one.';
const report: ReportResult = {
  id: 'r',
  outlet: 'Test',
  text,
  sentences: [
    { text: 'First one.', start: 12, end: 22, claim: 'c1' },
    { text: 'Second one.', start: 23, end: 34, claim: 'c2' },
    { text: 'Third one.', start: 36, end: 46, claim: 'c3' },
  ],
  removed: [{ text: 'Header line', start: 0, end: 11, reason: 'header', detail: 'page furniture' }],
  framing: emptyFraming(),
};

describe('paragraphs', () => {
  it('follows the newlines of the original text', () => {
    const shape = paragraphs(report, false).map((p) => p.map((x) => (x.type === 'sentence' ? x.sentence.claim : 'removed')));
    expect(shape).toEqual([['c1', 'c2'], ['c3']]);
  });
  it('puts removed text in place when asked', () => {
    const shape = paragraphs(report, true).map((p) => p.map((x) => (x.type === 'sentence' ? x.sentence.claim : 'removed')));
    expect(shape).toEqual([['removed'], ['c1', 'c2'], ['c3']]);
  });
});

describe('diffRuns', () => {
  const s = report.sentences[1]!; // "Second one."
  it('marks differing words and joins them across spaces', () => {
    const runs = diffRuns(text, s, [
      { start: 23, end: 29, kind: 'differing' },
      { start: 29, end: 30, kind: 'neutral' },
      { start: 30, end: 33, kind: 'differing' },
      { start: 33, end: 34, kind: 'neutral' },
    ]);
    expect(runs).toEqual([
      { text: 'Second one', kind: 'differing' },
      { text: '.', kind: 'plain' },
    ]);
  });
  it('keeps common words and uncovered text', () => {
    const runs = diffRuns(text, s, [{ start: 30, end: 33, kind: 'common' }]);
    expect(runs).toEqual([
      { text: 'Second ', kind: 'plain' },
      { text: 'one', kind: 'common' },
      { text: '.', kind: 'plain' },
    ]);
  });
  it('without tokens: the plain sentence', () => {
    expect(diffRuns(text, s, undefined)).toEqual([{ text: 'Second one.', kind: 'plain' }]);
  });
});

describe('blocks', () => {
  // Paragraphs of sentence pieces only (the sizes are what matters): [2, 1, 3] sentences.
  const sentence = (index: number) => ({ type: 'sentence' as const, index, sentence: { text: `S${index}.`, start: index * 4, end: index * 4 + 3, claim: `c${index}` } });
  const paras = [[sentence(0), sentence(1)], [sentence(2)], [sentence(3), sentence(4), sentence(5)]];
  const shape = (size: number) => blocks(paras, size).map((b) => [b.paras.map((p) => p.map((x) => x.index)), b.first, b.last, b.joinsPrevious]);
  it.each([
    [3, [[[[0, 1], [2]], 0, 2, false], [[[3, 4, 5]], 3, 5, false]]],
    [10, [[[[0, 1], [2], [3, 4, 5]], 0, 5, false]]],
    [2, [[[[0, 1]], 0, 1, false], [[[2]], 2, 2, false], [[[3, 4]], 3, 4, false], [[[5]], 5, 5, true]]],
  ])('size %i: whole paragraphs, a longer one cut and joined', (size, expected) => {
    expect(shape(size)).toEqual(expected);
  });
  it('keeps every piece once, in order', () => {
    expect(blocks(paras, 2).flatMap((b) => b.paras.flat().map((p) => p.index))).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('estimates a height from the characters (55 a line, 1.8 em each, 1 em between paragraphs)', () => {
    expect(blocks(paras, 10).map(blockHeight)).toEqual(['7.4em']);
  });
});
