import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../core/index';
import { anchoredClaim, anchorIn, formatAnchor, parseAnchor } from './anchor';

describe('a sentence place: "report.sentence" counted from 1', () => {
  it.each([
    ['1.1', { report: 0, sentence: 0 }],
    ['3.15', { report: 2, sentence: 14 }],
    ['12.999999', { report: 11, sentence: 999998 }],
  ])('%s', (at, place) => {
    expect(parseAnchor(at)).toEqual(place);
    expect(formatAnchor(place)).toBe(at);
  });
  it.each([null, undefined, '', '0.1', '1.0', '1', '1.2.3', 'a.b', ' 1.2', '1.2 ', '-1.2', '1e2.3'])('%j is no place', (at) => {
    expect(parseAnchor(at)).toBeNull();
  });
});

// Two reports; sentences hold claims c1 (0:0 with 1:1), c2 (0:1), c3 (1:0).
const data = {
  reports: [
    { sentences: [{ claim: 'c1' }, { claim: 'c2' }] },
    { sentences: [{ claim: 'c3' }, { claim: 'c1' }] },
  ],
} as unknown as Comparison;

describe('the claim that holds the anchored sentence', () => {
  it.each([
    ['1.1', 'c1'],
    ['2.2', 'c1'],
    ['1.2', 'c2'],
    ['2.1', 'c3'],
    ['3.1', undefined], // no third report: a stale link falls back to the claim id
    ['1.9', undefined],
    [null, undefined],
  ])('%s → %s', (at, claim) => {
    expect(anchoredClaim(data, at)).toBe(claim);
  });
  it('is undefined before a comparison exists', () => {
    expect(anchoredClaim(undefined, '1.1')).toBeUndefined();
  });
});

describe('whether the place is one of the claim’s sentences', () => {
  const claim = { members: [{ report: 0, sentence: 0 }, { report: 1, sentence: 1 }] };
  it.each([
    ['1.1', true],
    ['2.2', true],
    ['2.1', false],
    [null, false],
  ])('%s → %s', (at, inside) => {
    expect(anchorIn(claim, at)).toBe(inside);
  });
});
