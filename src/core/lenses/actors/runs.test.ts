import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRunText } from '../../testing/arbitraries';
import { charRuns, hasSurrogates } from '../voices/chars';
import { ACRONYM_RE, acronyms, acronymsIn, ORG_RE, orgRuns, orgRunsIn } from './runs';

const runText = capitalRunText;

const orgsViaRe = (s: string) => [...s.matchAll(new RegExp(ORG_RE.source, 'gu'))].map((m) => (m[2] === undefined ? { index: m.index, name: m[1] } : { index: m.index, name: m[1], acronym: m[2] }));
const acronymsViaRe = (s: string) => [...s.matchAll(new RegExp(ACRONYM_RE.source, 'gu'))].map((m) => ({ index: m.index, text: m[1] }));

describe('orgRuns and acronyms equal their expressions', () => {
  it('a table', () => {
    const text = 'The American Civil Liberties Union (ACLU) sued; the Department of Homeland Security, Bank for  International Settlements (BIS), Ministry ofDefence, NATO, NATOs, ABCDEFG, FBI-led, (CBO) and Université Laval (UL).';
    expect(orgRuns(text)).toEqual(orgsViaRe(text));
    expect(acronyms(text)).toEqual(acronymsViaRe(text));
    expect(orgRuns(text)[0]).toEqual({ index: 0, name: 'The American Civil Liberties Union', acronym: 'ACLU' });
  });

  it('on random text', () => {
    fc.assert(
      fc.property(runText, (s) => {
        expect(orgRuns(s)).toEqual(orgsViaRe(s));
        expect(acronyms(s)).toEqual(acronymsViaRe(s));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('within a slice of a longer text, read from the whole text’s runs', () => {
    const text = 'the ACLUX and Department of Homeland Security (DHS) met';
    // The slice cuts "ACLUX" to "CLUX" and "Security" to "Sec".
    expect(acronymsIn(charRuns(text), 5, 30)).toEqual(acronymsViaRe(text.slice(5, 30)));
    expect(orgRunsIn(charRuns(text), 5, 30)).toEqual(orgsViaRe(text.slice(5, 30)));
    expect(orgRunsIn(charRuns(text), 14, 51)).toEqual([{ index: 0, name: 'Department of Homeland Security', acronym: 'DHS' }]);
    fc.assert(
      fc.property(runText, fc.nat(), fc.nat(), (s, a, b) => {
        // The runs are of text without surrogates (callers read other text with the expressions).
        fc.pre(!hasSurrogates(s));
        const lo = a % (s.length + 1);
        const hi = lo + (b % (s.length - lo + 1));
        const r = charRuns(s);
        expect(orgRunsIn(r, lo, hi)).toEqual(orgsViaRe(s.slice(lo, hi)));
        expect(acronymsIn(r, lo, hi)).toEqual(acronymsViaRe(s.slice(lo, hi)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('many slices read from one text’s runs (its capital starts made once, kept on the runs)', () => {
    fc.assert(
      fc.property(runText, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (s, cuts) => {
        fc.pre(!hasSurrogates(s));
        const r = charRuns(s);
        for (const [a, b] of cuts) {
          const lo = a % (s.length + 1);
          const hi = lo + (b % (s.length - lo + 1));
          expect(orgRunsIn(r, lo, hi)).toEqual(orgsViaRe(s.slice(lo, hi)));
          expect(acronymsIn(r, lo, hi)).toEqual(acronymsViaRe(s.slice(lo, hi)));
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
