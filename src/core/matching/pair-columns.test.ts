import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../scripts/bench-data';
import { groupClaims } from '../claims/group';
import { DEFAULT_PROFILE } from '../language/bundled';
import { tokenize } from '../text/tokenize';
import { pairFeatures } from './lexical/features';
import { createLexicalMatcher, scoreLexical } from './lexical/matcher';
import { linkProbability } from './lexical/model';
import type { CandidatePair, MatchInput, ScoredPairs } from './matcher';
import { pairColumns, withColumns } from './pair-columns';
import { applyRules } from './rules';

const input = (sentences: string[][]): MatchInput => ({
  reports: sentences.map((ss) => ss.map((text) => ({ text, tokens: tokenize(text, { start: 0, end: text.length }), profile: DEFAULT_PROFILE }))),
});
const tokensOf = (m: MatchInput) => m.reports.map((ss) => ss.map((s) => s.tokens));
/** The same scored set read through its pair objects only (a spread copy has no columns). */
const objectsOnly = (scored: ScoredPairs): ScoredPairs => ({ ...scored, pairs: scored.pairs });

describe('pair columns', () => {
  const real = input(realSentenceReports(3, 300).sentences);

  it("builds the lexical pairs a pair object and a features array each, as the matcher did (its features, linkProbability's probability)", () => {
    const scored = scoreLexical(tokensOf(real));
    const reference = pairFeatures(tokensOf(real)).pairs.map((p): CandidatePair => ({ i: p.i, j: p.j, probability: linkProbability(p.features), features: p.features }));
    expect(reference.length).toBeGreaterThan(1000);
    expect(scored.pairs).toEqual(reference);
    // Built once: the same array on every read.
    expect(scored.pairs).toBe(scored.pairs);
    const columns = pairColumns(scored)!;
    expect(Array.from(columns.i)).toEqual(reference.map((p) => p.i));
    expect(Array.from(columns.j)).toEqual(reference.map((p) => p.j));
    expect(Array.from(columns.probability)).toEqual(reference.map((p) => p.probability));
  });

  it('gives the rules and the grouping the same result from columns as from pair objects', () => {
    const scored = scoreLexical(tokensOf(real));
    const byColumns = applyRules(scored, real);
    const byObjects = applyRules(objectsOnly(scored), real);
    expect(pairColumns(byColumns)).toBeDefined();
    expect(pairColumns(byObjects)).toBeUndefined();
    expect(byColumns.pairs).toEqual(byObjects.pairs);
    expect(Array.from(pairColumns(byColumns)!.probability)).toEqual(byObjects.pairs.map((p) => p.probability));
    // Unchanged pairs stay the matcher's objects; changed ones are copies.
    expect(byColumns.pairs.filter((p, m) => p === scored.pairs[m]).length).toBe(byObjects.pairs.filter((p, m) => p === scored.pairs[m]).length);
    for (const threshold of [0.05, 0.3, 0.6]) expect(groupClaims(byColumns, { threshold })).toEqual(groupClaims(objectsOnly(byColumns), { threshold }));
    // The analyzer's path: the matcher keeps columns end to end.
    const matched = createLexicalMatcher().score(real);
    expect(pairColumns(matched)).toBeDefined();
    expect(matched.pairs).toEqual(byObjects.pairs);
  });

  it('never lets columns disagree with the pairs: a spread copy or an assigned `pairs` reads the objects', () => {
    const scored = scoreLexical(tokensOf(input([['Police arrested the suspect in Lyon.'], ['Police in Lyon arrested a suspect.']])));
    expect(scored.pairs.length).toBe(1);
    const lowered = { ...scored, pairs: scored.pairs.map((p) => ({ ...p, probability: 0 })) };
    expect(pairColumns(lowered)).toBeUndefined();
    expect(groupClaims(lowered, { threshold: 0.05 }).length).toBe(2);
    expect(groupClaims(scored, { threshold: 0.05 }).length).toBe(1);
    const assigned = scoreLexical(tokensOf(input([['Police arrested the suspect in Lyon.'], ['Police in Lyon arrested a suspect.']])));
    assigned.pairs = [];
    expect(pairColumns(assigned)).toBeUndefined();
    expect(groupClaims(assigned, { threshold: 0.05 }).length).toBe(2);
  });

  it("keeps the base's fields without reading a lazy `pairs` of it", () => {
    let built = 0;
    const base = withColumns({ matcher: 'x', nodes: [], maxPerReport: 2, explain: () => ({ terms: [], names: [], numbers: [] }) }, { i: new Int32Array(0), j: new Int32Array(0), probability: new Float64Array(0) }, () => {
      built++;
      return [];
    });
    const next = withColumns(base, pairColumns(base)!, () => base.pairs);
    expect([next.matcher, next.maxPerReport, built]).toEqual(['x', 2, 0]);
    expect(next.pairs).toEqual([]);
    expect(built).toBe(1);
  });

  it('gives every scored set the same accessor functions, so they share one hidden class in V8', () => {
    const make = (label: string) =>
      withColumns({ matcher: label, nodes: [], maxPerReport: 2, explain: () => ({ terms: [], names: [], numbers: [] }) }, { i: new Int32Array(0), j: new Int32Array(0), probability: new Float64Array(0) }, () => []);
    const a = Object.getOwnPropertyDescriptor(make('a'), 'pairs')!;
    const b = Object.getOwnPropertyDescriptor(make('b'), 'pairs')!;
    expect([a.get === b.get, a.set === b.set, a.enumerable]).toEqual([true, true, true]);
  });

  it('keeps each scored set its own pairs and columns although the accessor is shared', () => {
    const columns = { i: new Int32Array(0), j: new Int32Array(0), probability: new Float64Array(0) };
    const explain = () => ({ terms: [], names: [], numbers: [] });
    const one = withColumns({ matcher: 'one', nodes: [], maxPerReport: 2, explain }, columns, () => [{ i: 0, j: 1, probability: 0.5 }]);
    const two = withColumns({ matcher: 'two', nodes: [], maxPerReport: 2, explain }, columns, () => []);
    two.pairs = [{ i: 2, j: 3, probability: 0.9 }];
    expect([one.pairs, two.pairs, pairColumns(one) === columns, pairColumns(two)]).toEqual([[{ i: 0, j: 1, probability: 0.5 }], [{ i: 2, j: 3, probability: 0.9 }], true, undefined]);
    // A spread copy reads the pairs through the getter, as before.
    expect({ ...one }.pairs).toBe(one.pairs);
  });
});
