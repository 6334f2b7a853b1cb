import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../core/index';
import { claimStrength, nextInOutlet } from './claimNav';
import { claimRows, filterRows, outletField, outletList, sortRows } from './claimsList';

// Three outlets; c1 shared, c2 partial (0, 1), c3 unique to 0, c4 unique to 2, c5 shared and "possible".
const sentence = (text: string, claim: string) => ({ text, claim, start: 0, end: text.length });
const m = (report: number, s: number, score?: number) => ({ report, sentence: s, ...(score === undefined ? {} : { match: { to: 0, score, terms: [], names: [], numbers: [] } }) });
const comparison = {
  reports: [
    { outlet: 'A', sentences: [sentence('Mines were sent to Kyiv today.', 'c1'), sentence('The treaty was ratified.', 'c2'), sentence('A says alone.', 'c3'), sentence('Both agree late.', 'c5')] },
    { outlet: 'B', sentences: [sentence('Mines sent.', 'c1'), sentence('Ratified the treaty in 2005.', 'c2'), sentence('Both agree, late.', 'c5')] },
    { outlet: 'C', sentences: [sentence('Kyiv got mines.', 'c1'), sentence('Only C says this.', 'c4'), sentence('Agree late, both.', 'c5')] },
  ],
  claims: [
    { id: 'c1', kind: 'shared', members: [m(0, 0), m(1, 0, 0.9), m(2, 0, 0.6)] },
    { id: 'c2', kind: 'partial', members: [m(0, 1), m(1, 1, 0.8)] },
    { id: 'c3', kind: 'unique', members: [m(0, 2)] },
    { id: 'c4', kind: 'unique', members: [m(2, 1)] },
    { id: 'c5', kind: 'shared', strength: 'possible', members: [m(0, 3), m(1, 2, 0.3), m(2, 2, 0.35)] },
  ],
} as unknown as Comparison;

const rows = claimRows(comparison);
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('claim rows', () => {
  it('one row per claim, with outlets, the shortest sentence and the weakest link', () => {
    expect(ids(rows)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(rows[0]).toMatchObject({ kind: 'shared', reports: [0, 1, 2], text: 'Mines sent.', textReport: 1, weakest: 0.6, strength: 'strong' });
    expect(rows[2]).toMatchObject({ reports: [0], weakest: null });
    expect(rows[4]!.strength).toBe('possible');
  });
  it('reads strength defensively: absent or unknown is strong', () => {
    expect(claimStrength({ id: 'x', kind: 'shared', members: [] })).toBe('strong');
    expect(claimStrength({ id: 'x', kind: 'shared', members: [], strength: 'weird' } as never)).toBe('strong');
  });
});

describe('filters', () => {
  const f = { kind: null, outlets: null, only: false, q: '' } as const;
  it('by kind', () => expect(ids(filterRows(rows, { ...f, kind: 'shared' }))).toEqual(['c1', 'c5']));
  it('by outlet: every claim it states', () => expect(ids(filterRows(rows, { ...f, outlets: [2] }))).toEqual(['c1', 'c4', 'c5']));
  it('by a combination, exactly', () => {
    expect(ids(filterRows(rows, { ...f, outlets: [0, 1] }))).toEqual(['c1', 'c2', 'c5']);
    expect(ids(filterRows(rows, { ...f, outlets: [0, 1], only: true }))).toEqual(['c2']);
  });
  it('by text, any member sentence, every word', () => {
    expect(ids(filterRows(rows, { ...f, q: 'treaty 2005' }))).toEqual(['c2']);
    expect(ids(filterRows(rows, { ...f, q: '  KYIV ' }))).toEqual(['c1']);
  });
  it('outlet field codec', () => {
    expect(outletList('2.0')).toEqual([0, 2]);
    expect(outletList(null)).toBeNull();
    expect(outletField([2, 0, 2])).toBe('0.2');
    expect(outletField([])).toBeNull();
  });
});

describe('sorting', () => {
  it('by kind, stable in reading order', () => expect(ids(sortRows(rows, 'kind', 'ascending'))).toEqual(['c1', 'c5', 'c2', 'c3', 'c4']));
  it('by strength: strong first, firmer links first, possible last', () =>
    expect(ids(sortRows(rows, 'strength', 'ascending'))).toEqual(['c2', 'c1', 'c3', 'c4', 'c5']));
  it('descending reverses', () => expect(ids(sortRows(rows, 'order', 'descending'))).toEqual(['c5', 'c4', 'c3', 'c2', 'c1']));
});

describe('next shared / next unique in this outlet', () => {
  it('follows the outlet’s reading order', () => {
    expect(nextInOutlet(comparison, 0, 'c1', 'shared')).toBe('c5');
    expect(nextInOutlet(comparison, 0, null, 'shared')).toBe('c1');
    expect(nextInOutlet(comparison, 0, 'c5', 'shared')).toBeNull();
    expect(nextInOutlet(comparison, 0, 'c5', 'shared', -1)).toBe('c1');
    expect(nextInOutlet(comparison, 2, 'c1', 'unique')).toBe('c4');
    expect(nextInOutlet(comparison, 0, 'c1', 'unique')).toBe('c3');
  });
  it('from a claim the outlet does not state, starts where it would sit', () => {
    expect(nextInOutlet(comparison, 2, 'c2', 'unique')).toBe('c4');
    expect(nextInOutlet(comparison, 2, 'c3', 'shared', -1)).toBe('c1');
  });
});
