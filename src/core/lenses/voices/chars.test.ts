import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRunText } from '../../testing/arbitraries';
import { capitalRunRe, capitalRuns, cls, L, LL, LU, N, S } from './chars';

const runText = capitalRunText;

describe('chars: classes are the expressions’ own', () => {
  it('on a table of characters', () => {
    for (const ch of ['A', 'z', 'É', 'ж', 'Ж', '5', '٣', ' ', '\u00a0', '\u2028', '\ufeff', '-', "'", 'ǅ']) {
      const f = cls(ch.charCodeAt(0));
      expect([!!(f & L), !!(f & LU), !!(f & LL), !!(f & N), !!(f & S)]).toEqual([/\p{L}/u.test(ch), /\p{Lu}/u.test(ch), /\p{Ll}/u.test(ch), /\p{N}/u.test(ch), /\s/u.test(ch)]);
    }
  });
});

describe('capitalRuns equals its expression', () => {
  const viaRe = (s: string, units: number, tail: boolean) => [...s.matchAll(capitalRunRe(units, tail))].map((m) => ({ index: m.index, text: m[1] }));

  it('a table of runs', () => {
    const text = "Sen. Rosa Delgado met President Thomas Hale Smith, Dr.  Ann McDonald and O'Brien-Smith; U.S. Senate Majority Leader Dana Whitfield Jones Kerr. Rep.Hale, A B C D E F Gh";
    expect(capitalRuns(text, 5, false)).toEqual(viaRe(text, 5, false));
    expect(capitalRuns(text, 4, true)).toEqual(viaRe(text, 4, true));
    expect(capitalRuns('Sen. Rosa Delgado', 4, true)).toEqual([{ index: 0, text: 'Sen. Rosa Delgado' }]);
  });

  it('on random text', () => {
    fc.assert(
      fc.property(runText, fc.integer({ min: 1, max: 5 }), fc.boolean(), (s, units, tail) => {
        expect(capitalRuns(s, units, tail)).toEqual(viaRe(s, units, tail));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
