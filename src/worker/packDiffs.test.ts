import { describe, expect, it } from 'vitest';
import { compareReports, type Comparison } from '../core/index';
import { seedReports } from '../core/testing/seeds';
import { realSentenceReports } from '../../scripts/bench-data';
import { packDiffs, packedBuffers, unpackDiffs } from './packDiffs';
import { joinParts, splitForPosting } from './split';

/** What the page gets: the packed comparison through structuredClone (a message), the packed arrays moved. */
function roundTrip(c: Comparison): Comparison {
  const { comparison, packed } = packDiffs(c);
  const sent = structuredClone({ comparison, packed }, { transfer: packedBuffers(packed) });
  return unpackDiffs(sent.comparison, sent.packed);
}

describe('packDiffs / unpackDiffs', () => {
  const seed = compareReports(seedReports());
  const real = compareReports(realSentenceReports(3, 120).reports, { matcher: 'lexical' });

  it.each([
    ['the seed', seed],
    ['3 × 120 real sentences', real],
  ])('gives back the same comparison, as JSON byte for byte (%s)', (_, c) => {
    expect(c.claims.some((cl) => (cl.diff?.length ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(roundTrip(c))).toBe(JSON.stringify(c));
  });

  it('leaves the comparison it packs unchanged, and sends no token objects', () => {
    const before = JSON.stringify(seed);
    const { comparison, packed } = packDiffs(seed);
    expect(JSON.stringify(seed)).toBe(before);
    expect(comparison.claims.every((cl) => cl.diff === undefined || cl.diff === null)).toBe(true);
    const tokens = seed.claims.reduce((n, cl) => n + (cl.diff ?? []).reduce((k, d) => k + d.tokens.length, 0), 0);
    expect(packed.tokens.length).toBe(tokens * 3);
    expect(packed.claimEnds.length).toBe(seed.claims.length);
  });

  it('keeps a claim without a diff without one (no key), and a claim with an empty one empty', () => {
    const base = seed.claims.find((cl) => cl.diff === undefined)!;
    const withDiff = seed.claims.find((cl) => cl.diff && cl.diff.length > 0)!;
    const c = { ...seed, claims: [base, { ...withDiff, diff: [] }, withDiff] } as Comparison;
    const back = roundTrip(c);
    expect('diff' in back.claims[0]!).toBe(false);
    expect(back.claims[1]!.diff).toEqual([]);
    expect(back.claims[2]!.diff).toEqual(withDiff.diff);
  });

  it('builds a claim’s diff once, on its first read, and lets it be replaced', () => {
    const back = roundTrip(seed);
    const claim = back.claims.find((cl) => cl.diff && cl.diff.length > 0)!;
    const first = claim.diff;
    expect(claim.diff).toBe(first);
    expect(Object.getOwnPropertyDescriptor(claim, 'diff')).toMatchObject({ writable: true, enumerable: true });
    claim.diff = [];
    expect(claim.diff).toEqual([]);
  });

  it('survives the split into parts and the join (the worker packs, then splits)', () => {
    const { comparison, packed } = packDiffs(real);
    const { head, parts } = splitForPosting(comparison, 5_000);
    expect(parts.length).toBeGreaterThan(1);
    const joined = joinParts(structuredClone(head), structuredClone(parts));
    expect(JSON.stringify(unpackDiffs(joined, packed))).toBe(JSON.stringify(real));
  });

  it('refuses arrays packed for another comparison', () => {
    const { packed } = packDiffs(seed);
    expect(() => unpackDiffs(real, packed)).toThrow(/packed claims/);
  });
});
