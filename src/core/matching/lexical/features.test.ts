import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, pairFeatures, type FeatureName } from './features';
import { tokenize } from '../../text/tokenize';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { cosine } from './similarity';

function features(reports: string[][]) {
  const set = pairFeatures(reports.map((sentences) => sentences.map((s) => tokenize(s, { start: 0, end: s.length }))));
  return set.pairs.map((p) => {
    const named = Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, Math.round(p.features[k]! * 1000) / 1000])) as Record<FeatureName, number>;
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

// One small story told by two outlets: the same three facts, reworded and
// aliased (Pentagon = US Department of Defense, Kyiv = Kiev, Ottawa Treaty =
// Convention on the Prohibition of Anti-Personnel Mines).
const STORY = [
  ['The Pentagon confirmed the delivery of mines to Kyiv.', 'Ukraine ratified the Ottawa Treaty in 2005.', 'Russia never signed it.'],
  ['The US Department of Defense confirmed that mines were delivered to Kiev.', 'Kiev ratified the Convention on the Prohibition of Anti-Personnel Mines back in 2005.', 'Moscow never signed the treaty.'],
];

describe('each pair feature, on literal examples', () => {
  const byPair = Object.fromEntries(features(STORY).map((p) => [p.pair, p]));

  it.each([
    // The counterpart pairs: each is the other's best match, with shared names (and, for the treaty, the shared year).
    ['0:0-1:0', { cosine: 0.456, sqrtCosine: 0.675, shareOfBestA: 1, shareOfBestB: 1, mutualBest: 1, sharedNames: 2, sharedNumbers: 0, numberConflict: 0 }],
    ['0:1-1:1', { cosine: 0.393, mutualBest: 1, sharedNames: 2, sharedNumbers: 1, numberConflict: 0 }],
    ['0:2-1:2', { cosine: 0.816, mutualBest: 1, sharedNames: 1 }],
    // A pair of different facts that shares "Kiev" and "mines": a third of the best match's cosine, not mutual.
    ['0:0-1:1', { cosine: 0.137, shareOfBestA: 0.301, shareOfBestB: 0.35, mutualBest: 0, sharedNames: 1 }],
  ])('%s', (pair, expected) => {
    expect(byPair[pair]).toMatchObject(expected);
  });

  it('context: the mean cosine of the neighbouring pairs (the sentences before each, the sentences after each)', () => {
    // (0:0-1:0 = 0.456 + 0:2-1:2 = 0.816) / 2
    expect(byPair['0:1-1:1']!.context).toBe(0.636);
    // The first sentences have no predecessors: only the pair after counts.
    expect(byPair['0:0-1:0']!.context).toBe(0.393);
  });

  it('shorter and longer: log(1 + content words) of each sentence', () => {
    // "Russia never signed it." has 2 content words, "Moscow never signed the treaty." 3.
    expect(byPair['0:2-1:2']).toMatchObject({ shorter: 1.099, longer: 1.386 });
  });

  it('coverage: a short sentence inside a long one is fully covered, the long one only partly', () => {
    const [, inside] = features([
      ['Biden authorised the mines for Ukraine, and Kyiv promised to use them only on its own territory.'],
      ['Biden authorised the mines for Ukraine.', 'Kyiv promised to use them only on its own territory.'],
    ]);
    expect(inside).toMatchObject({ pair: '0:0-1:1', coverageMin: 0.65, coverageMax: 1, mutualBest: 1 });
  });

  it('numberConflict: both sentences give numbers and share none', () => {
    const [p] = features([['The US will send 32 artillery pieces to Ukraine.'], ['The US will send 500 artillery pieces to Ukraine.']]);
    expect(p).toMatchObject({ sharedNumbers: 0, numberConflict: 1 });
  });
});

/** The sums as the Map-based loop made them (i's terms in order), for checking pairFeatures' typed-array sums. */
function mapSums(nodes: ReturnType<typeof pairFeatures>['nodes'], vecs: ReturnType<typeof pairFeatures>['vecs']) {
  const vec = (i: number) => vecs[nodes[i]!.report]![nodes[i]!.sentence]!;
  const coverage = (i: number, j: number) => {
    let a = 0;
    let b = 0;
    for (const [term, w] of vec(i).weights) {
      const wb = vec(j).weights.get(term);
      if (wb !== undefined) {
        a += w * w;
        b += wb * wb;
      }
    }
    return [Math.min(a, b), Math.max(a, b)];
  };
  const context = (i: number, j: number) => {
    let sum = 0;
    let count = 0;
    for (const d of [-1, 1]) {
      const x = i + d;
      const y = j + d;
      if (x < 0 || y >= nodes.length || nodes[x]!.report !== nodes[i]!.report || nodes[y]!.report !== nodes[j]!.report) continue;
      sum += cosine(vec(x), vec(y));
      count++;
    }
    return count ? sum / count : 0;
  };
  return { coverage, context };
}

describe('pairFeatures sums', () => {
  it('gives the Map-based coverage and context of every candidate and extra pair, to the bit (real sentences)', () => {
    const set = realSentenceReports(3, 150);
    const reports = set.sentences.map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length })));
    // Extra pairs out of order (as another matcher proposes them), so runs of one sentence restart.
    const extra: [number, number][] = [[40, 200], [5, 310], [199, 3], [151, 20], [0, 449]];
    const { nodes, vecs, pairs } = pairFeatures(reports, extra);
    const { coverage, context } = mapSums(nodes, vecs);
    const at = (name: FeatureName) => FEATURE_NAMES.indexOf(name);
    expect(pairs.length).toBeGreaterThan(1000);
    for (const p of pairs) {
      expect([p.features[at('coverageMin')], p.features[at('coverageMax')]]).toEqual(coverage(p.i, p.j));
      expect(p.features[at('context')]).toBe(context(p.i, p.j));
    }
  });
});

describe('pairFeatures on a sentence of over 65,535 distinct terms', () => {
  it('computes coverage and context as the Map-based sums (its position tables are 32-bit then)', () => {
    // Letters only (no numbers), distinct after lower-casing: "zqab", "zqac", …
    const letters = (k: number) => {
      let s = '';
      do {
        s += String.fromCharCode(97 + (k % 26));
        k = Math.floor(k / 26);
      } while (k > 0);
      return s;
    };
    const huge = Array.from({ length: 70_000 }, (_, k) => `zq${letters(k)}`).join(' ') + '.';
    const texts = [
      ['The mayor opened the bridge on Monday.', huge, 'Traffic was heavy after the opening.'],
      // Words of the huge sentence past position 65,535 (a 16-bit position would wrap onto another term's).
      ['On Monday the mayor opened the new bridge.', `The bridge cost zqa zq${letters(69_000)} zq${letters(69_001)} millions.`, 'Traffic was heavy after it opened.'],
    ];
    const reports = texts.map((sentences) => sentences.map((s) => tokenize(s, { start: 0, end: s.length })));
    const { nodes, vecs, pairs } = pairFeatures(reports);
    expect(vecs[0]![1]!.weights.size).toBeGreaterThan(65_535);
    const { coverage, context } = mapSums(nodes, vecs);
    const at = (name: FeatureName) => FEATURE_NAMES.indexOf(name);
    // The huge sentence's pair with the one sharing three of its words, and the neighbours' pairs.
    expect(pairs.some((p) => p.i === 1 && p.j === 4)).toBe(true);
    for (const p of pairs) {
      expect([p.features[at('coverageMin')], p.features[at('coverageMax')]]).toEqual(coverage(p.i, p.j));
      expect(p.features[at('context')]).toBe(context(p.i, p.j));
    }
  });
});
