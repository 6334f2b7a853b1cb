import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { tokenize } from '../../text/tokenize';
import fc from 'fast-check';
import { buildVectorIndex, buildVectors, cosine, dotAt, indexVectors, scorePairs, sentenceNodes, topCandidates, topCandidatesTwoPass, type CandidateStats, type TokenizedReports } from './similarity';

const K = 5;

/** The candidate rule as it was: every pair sharing a term, kept when among the K best of either side (ties kept). */
function exhaustive(reports: TokenizedReports): string[] {
  const vecs = buildVectors(reports);
  const nodes = sentenceNodes(reports);
  const rows = scorePairs(nodes, vecs);
  const seen = nodes.map(() => reports.map((): number[] => []));
  rows.forEach((row, i) => row.others.forEach((j, k) => {
    seen[i]![nodes[j]!.report]!.push(row.cosines[k]!);
    seen[j]![nodes[i]!.report]!.push(row.cosines[k]!);
  }));
  const kth = seen.map((per) => per.map((cs) => (cs.length <= K ? 0 : cs.sort((a, b) => b - a)[K - 1]!)));
  const out: string[] = [];
  rows.forEach((row, i) => row.others.forEach((j, k) => {
    const c = row.cosines[k]!;
    if (c >= kth[i]![nodes[j]!.report]! || c >= kth[j]![nodes[i]!.report]!) out.push(`${i}-${j}:${c}`);
  }));
  return out;
}

function tokenized(count: number, per: number) {
  const set = realSentenceReports(count, per);
  return { set, reports: set.sentences.map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length }))) };
}

describe('topCandidates', () => {
  const { set, reports } = tokenized(3, 200);
  const vecs = buildVectors(reports);
  const nodes = sentenceNodes(reports);
  const list = (c: ReturnType<typeof topCandidates>) => Array.from(c.is, (i, m) => `${i}-${c.js[m]}:${c.cosines[m]}`);

  it('equals the exhaustive rule (same pairs, same cosines to the bit) when no term is capped', () => {
    const found = topCandidates(nodes, vecs, reports.length, K);
    expect(list(found)).toEqual(exhaustive(reports));
    expect(list(topCandidates(nodes, vecs, reports.length, K, Infinity))).toEqual(list(found));
  });

  it('keeps every tie of the k-th best and every pair of a slot with at most k matches (a table of ties)', () => {
    // Repeated sentences give equal cosines: slots with exactly K matches (report 1's 'mine' in report 0),
    // and with more than K tied at the K-th (report 0's 'mine blast' in report 1). 97 pairs, as before the gate
    // replaced the offer count.
    const table = [
      ['mine blast', 'mine blast', 'mine blast', 'mine blast', 'mine', 'treaty', 'blast'],
      ['mine', 'mine', 'mine', 'mine', 'mine', 'mine blast', 'mine blast', 'blast treaty'],
      ['blast', 'blast', 'blast', 'blast', 'blast', 'treaty', 'mine treaty'],
    ].map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length })));
    const tv = buildVectors(table);
    const tn = sentenceNodes(table);
    const found = list(topCandidates(tn, tv, table.length, K));
    expect(found).toEqual(exhaustive(table));
    expect(found.length).toBe(97);
    for (const k of [1, 2, 3]) expect(list(topCandidates(tn, tv, table.length, k))).toEqual(list(topCandidatesTwoPass(tn, tv, table.length, k)));
  });

  it('with a tiny posting cap still gives exact cosines and keeps most of the gold pairs the exhaustive rule finds', () => {
    const capped = topCandidates(nodes, vecs, reports.length, K, 32);
    for (let m = 0; m < capped.is.length; m++) {
      const a = nodes[capped.is[m]!]!;
      const b = nodes[capped.js[m]!]!;
      expect(capped.cosines[m]).toBe(cosine(vecs[a.report]![a.sentence]!, vecs[b.report]![b.sentence]!));
    }
    const first: number[] = [];
    reports.reduce((k, r) => (first.push(k), k + r.length), 0);
    const key = ([r1, s1, r2, s2]: number[]) => (first[r1!]! + s1!) * nodes.length + first[r2!]! + s2!;
    const has = (c: ReturnType<typeof topCandidates>) => new Set(Array.from(c.is, (i, m) => i * nodes.length + c.js[m]!));
    const all = has(topCandidates(nodes, vecs, reports.length, K));
    const few = has(capped);
    const gold = set.links.map(key).filter((g) => all.has(g));
    expect(gold.length).toBeGreaterThan(50);
    const kept = gold.filter((g) => few.has(g)).length;
    // 600 sentences of about 15 events: a cap of 32 cuts each event's own words, and loses about a third.
    expect(kept / gold.length).toBeGreaterThan(0.6);
    expect(kept).toBeLessThan(gold.length);
  });
});

describe('topCandidates (one streaming pass)', () => {
  const same = (a: ReturnType<typeof topCandidates>, b: ReturnType<typeof topCandidates>) => {
    expect(Array.from(a.is)).toEqual(Array.from(b.is));
    expect(Array.from(a.js)).toEqual(Array.from(b.js));
    expect(Array.from(a.cosines)).toEqual(Array.from(b.cosines));
    expect(Array.from(a.best)).toEqual(Array.from(b.best));
  };

  it('equals the two-pass stream to the bit, with and without capped terms, and counts its work', () => {
    const { reports } = tokenized(3, 200);
    const vecs = buildVectors(reports);
    const nodes = sentenceNodes(reports);
    for (const cap of [Infinity, 2048, 32, 8]) {
      const stats: CandidateStats = { postings: 0, pairs: 0, stored: 0, candidates: 0 };
      const one = topCandidates(nodes, vecs, reports.length, K, cap, undefined, stats);
      same(one, topCandidatesTwoPass(nodes, vecs, reports.length, K, cap));
      expect(stats.candidates).toBe(one.is.length);
      expect(stats.stored).toBeGreaterThanOrEqual(stats.candidates);
      expect(stats.pairs).toBeGreaterThanOrEqual(stats.stored);
    }
  });

  it('equals the two-pass stream on random small reports (fast-check)', () => {
    const term = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    const sentence = fc.uniqueArray(term, { minLength: 1, maxLength: 4 }).map((ts) => ts.map((t) => ({ start: 0, end: 1, surface: t, term: t, kind: 'word' as const, stop: false })));
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (reports, k) => {
        const vecs = buildVectors(reports);
        const nodes = sentenceNodes(reports);
        same(topCandidates(nodes, vecs, reports.length, k), topCandidatesTwoPass(nodes, vecs, reports.length, k));
        same(topCandidates(nodes, vecs, reports.length, k, 3), topCandidatesTwoPass(nodes, vecs, reports.length, k, 3));
      }),
      { numRuns: 200 },
    );
  });

  it('dotAt gives cosine to the bit', () => {
    const { reports } = tokenized(2, 60);
    const vecs = buildVectors(reports);
    const nodes = sentenceNodes(reports);
    const ix = indexVectors(nodes, vecs);
    const vec = (i: number) => vecs[nodes[i]!.report]![nodes[i]!.sentence]!;
    for (let i = 0; i < nodes.length; i += 3) for (let j = 0; j < nodes.length; j += 5) expect(dotAt(ix, i, j)).toBe(cosine(vec(i), vec(j)));
  });
});

describe('buildVectorIndex', () => {
  it('equals buildVectors + indexVectors to the bit (weights, ids, order, df) on real sentences', () => {
    const { reports } = tokenized(3, 400);
    const vecs = buildVectors(reports);
    const nodes = sentenceNodes(reports);
    const ix = indexVectors(nodes, vecs);
    const fused = buildVectorIndex(reports);
    expect(fused.nodes).toEqual(nodes);
    for (const key of ['reportOf', 'rowStart', 'rowTerm', 'rowWeight', 'sortTerm', 'sortWeight', 'df'] as const) expect(Array.from(fused.ix[key])).toEqual(Array.from(ix[key]));
    expect(fused.ix.n).toBe(ix.n);
    expect(fused.ix.terms).toBe(ix.terms);
    expect([...fused.ix.termIds]).toEqual([...ix.termIds]);
    const entries = (vs: typeof vecs) => vs.map((ss) => ss.map((v) => [...v.weights]));
    expect(entries(fused.vecs)).toEqual(entries(vecs));
  });
  it('holds for the alias parts and repeats of a small table', () => {
    const reports = [['The Convention on the Prohibition of Anti-Personnel Mines was signed.', 'Mines, mines and more mines.'], ['', 'Signed: the mines convention.']].map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length })));
    const fused = buildVectorIndex(reports);
    const vecs = buildVectors(reports);
    expect(fused.vecs.map((ss) => ss.map((v) => [...v.weights]))).toEqual(vecs.map((ss) => ss.map((v) => [...v.weights])));
  });
});
