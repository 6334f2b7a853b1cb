import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRunText } from '../../testing/arbitraries';
import type { Span } from '../../types';
import { capitalRunsIn, charRuns, hasSurrogates } from '../voices/chars';
import { ACRONYM_RE, acronyms, acronymsIn, ORG_RE, orgRuns, orgRunsIn, RunSpans, sentenceRuns, type SentenceRuns } from './runs';

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

// sentenceRuns walks every sentence once for the three scans, by positions: the same runs as the scans per sentence.
describe('sentenceRuns equals capitalRunsIn, orgRunsIn and acronymsIn per sentence', () => {
  const out: SentenceRuns = { caps: new RunSpans(), orgs: new RunSpans(), acronyms: new RunSpans() };
  /** The three scans per sentence, as sentenceRuns lists them (text positions). */
  const perSentence = (s: string, sentences: Span[]) => {
    const r = charRuns(s);
    const caps: unknown[] = [];
    const orgs: unknown[] = [];
    const acrs: unknown[] = [];
    sentences.forEach(({ start, end }, si) => {
      for (const m of capitalRunsIn(r, start, end, 4, true)) caps.push([start + m.index, start + m.index + m.text.length, si]);
      for (const m of orgRunsIn(r, start, end)) {
        const p = start + m.index;
        const a = m.acronym === undefined ? -1 : s.indexOf(`(${m.acronym})`, p + m.name.length) + 1;
        orgs.push([p, p + m.name.length, si, a, a < 0 ? -1 : a + m.acronym!.length]);
      }
      for (const m of acronymsIn(r, start, end)) acrs.push([start + m.index, start + m.index + m.text.length, si]);
    });
    return { caps, orgs, acrs };
  };
  const listed = (l: RunSpans, org: boolean) =>
    Array.from({ length: l.count }, (_, k) => (org ? [l.start[k], l.end[k], l.sentence[k], l.aStart[k], l.aEnd[k]] : [l.start[k], l.end[k], l.sentence[k]]));
  const same = (s: string, sentences: Span[]) => {
    const got = sentenceRuns(charRuns(s), sentences, 4, true, out);
    const want = perSentence(s, sentences);
    expect(listed(got.caps, false)).toEqual(want.caps);
    expect(listed(got.orgs, true)).toEqual(want.orgs);
    expect(listed(got.acronyms, false)).toEqual(want.acrs);
    return got;
  };

  it('a table', () => {
    const text = 'President Thomas Hale met the American Civil Liberties Union (ACLU). The ACLU and Sen. Rosa Delgado of the FBI agreed. NATO';
    const got = same(text, [{ start: 0, end: 68 }, { start: 69, end: 118 }, { start: 119, end: 123 }]);
    expect(listed(got.caps, false)).toEqual([[0, 21, 0], [30, 60, 0], [82, 99, 1]]);
    // "The ACLU and Sen" is one run (the link "and"); "Rosa Delgado of the FBI" is not ("the" is no capital).
    expect(listed(got.orgs, true)).toEqual([[0, 21, 0, -1, -1], [30, 60, 0, 62, 66], [69, 85, 1, -1, -1], [87, 99, 1, -1, -1], [107, 110, 1, -1, -1], [119, 123, 2, -1, -1]]);
    expect(listed(got.acronyms, false)).toEqual([[62, 66, 0], [73, 77, 1], [107, 110, 1], [119, 123, 2]]);
    // Sentences that cut runs ("ACLUX" read from "CLUX"), empty ones, one before the last (read by a search).
    const cut = 'the ACLUX and Department of Homeland Security (DHS) met President Thomas Hale';
    same(cut, [{ start: 5, end: 30 }, { start: 30, end: 30 }, { start: 30, end: 52 }, { start: 14, end: 77 }, { start: 60, end: 77 }]);
    // A one-word org run is no capital run unless a dot follows its word ("Sen. Rosa Hale"); a link or lower-case
    // word after it ("Bank of America" is no capital run; "The army"), a run cut by the sentence's end ("Hale Ro|sa").
    const one = 'Sen. Rosa Hale. The army of Bank of America met Dr.Who and O’Neil Smith-Jones. Gen.\tMark Ellison and Hale Rosa';
    same(one, [{ start: 0, end: one.length }]);
    same(one, [{ start: 0, end: 60 }, { start: 60, end: one.length - 2 }]);
  });

  it('on random texts and sorted sentence spans (and some out of order)', () => {
    fc.assert(
      fc.property(runText, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (s, cuts, shuffle) => {
        fc.pre(!hasSurrogates(s));
        // Sorted, non-overlapping spans from the cut points (some empty, some cutting a run), gaps between some.
        const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
        const spans: Span[] = [];
        for (let k = 0; k + 1 < points.length; k += k % 3 === 2 ? 2 : 1) spans.push({ start: points[k]!, end: points[k + 1]! });
        if (spans.length === 0) spans.push({ start: 0, end: s.length });
        if (shuffle) spans.reverse();
        same(s, spans);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
