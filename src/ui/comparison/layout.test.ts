import { describe, expect, it } from 'vitest';
import { emptyFraming, type ReportResult } from '../../core/index';
import { diffRuns, paragraphs } from './layout';

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
