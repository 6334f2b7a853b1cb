import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { tokenize } from '../../text/tokenize';
import { buildVectors, cosine, scorePairs, sentenceNodes, topCandidates, type TokenizedReports } from './similarity';

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
