import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRunText } from '../../testing/arbitraries';
import { ACRONYM_RE, acronyms, ORG_RE, orgRuns } from './runs';

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
});
