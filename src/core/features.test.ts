import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, pairFeatures } from './features';
import { tokenize } from './tokenize';

function features(reports: string[][]) {
  const set = pairFeatures(reports.map((sentences) => sentences.map((s) => tokenize(s, { start: 0, end: s.length }))));
  return set.pairs.map((p) => {
    const named = Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, Math.round(p.features[k]! * 1000) / 1000]));
    const a = set.nodes[p.i]!;
    const b = set.nodes[p.j]!;
    return { pair: `${a.report}:${a.sentence}-${b.report}:${b.sentence}`, ...named };
  });
}

describe('pairFeatures', () => {
  it('scores only cross-report pairs that share a content term', () => {
    const pairs = features([
      ['Kyiv ratified the treaty in 2005.', 'Nothing else here.'],
      ['Kiev ratified it in 2005.', 'Weather was fine.'],
    ]);
    expect(pairs.map((p) => p.pair)).toEqual(['0:0-1:0']);
  });

  it('marks mutual best matches, shared names and numbers, and conflicting numbers', () => {
    const [p] = features([['Kyiv ratified the treaty in 2005.'], ['Kiev ratified the treaty in 2006.']]);
    expect(p).toMatchObject({ mutualBest: 1, sharedNames: 1, sharedNumbers: 0, numberConflict: 1 });
  });
});
