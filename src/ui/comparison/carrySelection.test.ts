import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../core/index';
import { carrySelection } from './carrySelection';

/** A comparison sketch: per report its text and the claim of each sentence; claims list their members. */
function comparison(reports: { id: string; text: string; claims: (string | null)[] }[]): Comparison {
  const claims = new Map<string, { report: number; sentence: number }[]>();
  reports.forEach((r, ri) =>
    r.claims.forEach((c, si) => {
      if (c) claims.set(c, [...(claims.get(c) ?? []), { report: ri, sentence: si }]);
    }),
  );
  return {
    reports: reports.map((r) => ({ id: r.id, text: r.text, sentences: r.claims.map((claim) => ({ claim })) })),
    claims: [...claims].map(([id, members]) => ({ id, members })),
  } as unknown as Comparison;
}

const before = comparison([
  { id: 'a', text: 'A1. A2.', claims: ['c1', 'c2'] },
  { id: 'b', text: 'B1. B2.', claims: ['c1', 'c3'] },
]);
/** The same reports re-analysed: claims renumbered, A2 now in c5. */
const after = comparison([
  { id: 'a', text: 'A1. A2.', claims: ['c4', 'c5'] },
  { id: 'b', text: 'B1. B2.', claims: ['c4', null] },
]);
const otherReports = comparison([
  { id: 'a', text: 'Other text.', claims: ['c1'] },
  { id: 'b', text: 'B1. B2.', claims: ['c1', 'c2'] },
]);

describe('carrySelection', () => {
  const cases: [name: string, last: Parameters<typeof carrySelection>[0], data: Comparison | undefined, claim: string | null, expected: string | null][] = [
    ['nothing selected before: the claim as it is', null, after, 'c2', 'c2'],
    ['no comparison yet: the claim as it is', { data: before, claim: 'c2' }, undefined, 'c2', 'c2'],
    ['the same comparison: the claim as it is', { data: before, claim: 'c2' }, before, 'c2', 'c2'],
    ['a re-analysis: follows the first sentence of the claim', { data: before, claim: 'c2' }, after, 'c2', 'c5'],
    ['a shared claim follows its first member', { data: before, claim: 'c1' }, after, 'c1', 'c4'],
    ['the sentence is in no claim now: nothing selected', { data: before, claim: 'c3' }, after, 'c3', null],
    ['the user has chosen another claim since: theirs', { data: before, claim: 'c2' }, after, 'c4', 'c4'],
    ['other reports: the claim as it is', { data: before, claim: 'c2' }, otherReports, 'c2', 'c2'],
    ['the claim was not in the old comparison: nothing selected', { data: before, claim: 'c9' }, after, 'c9', null],
  ];
  it.each(cases)('%s', (_name, last, data, claim, expected) => {
    expect(carrySelection(last, data, claim)).toBe(expected);
  });
});
