import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsIng, endsWithComma, lastWordsIn, startsCall, partyTags, wordsIn, wordsInReference, wordThenSpace } from './detect';

/** Text of the pieces the hand-written reads turn on: letters, spaces of several kinds, commas, dots, brackets, a surrogate pair. */
const pieces = fc
  .array(
    fc.constantFrom('Sen.', 'also', 'has', 'said', 'U.S.', 'Él', 'жуков', '(ACLU)', '(AB', ')', 'A.', 'e.g.', '9', "O'Brien", '’s', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', ',', ', ', '.', '-', '"', '𝒳', 'x'),
    { maxLength: 40 },
  )
  .map((p) => p.join(''));

const range = (s: string) => fc.tuple(fc.integer({ min: 0, max: s.length }), fc.integer({ min: 0, max: s.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('voices: hand-written reads equal their expressions', () => {
  it('a table', () => {
    expect(wordThenSpace('Smith also said', 0, 11)).toEqual({ word: 'also', length: 5 });
    expect(wordThenSpace('Smith also', 0, 10)).toBeUndefined();
    expect(wordThenSpace('Smith,  ', 0, 8)).toBeUndefined();
    expect(wordThenSpace('a 𝒳b ', 0, 6)).toEqual(wordThenSpace('a 𝒳b ', 0, 6, true));
    expect(endsWithComma('Delgado, ', 0, 9)).toBe(true);
    expect(endsWithComma('Delgado ', 0, 8)).toBe(false);
    expect(lastWordsIn('one two three four', 0, 18, 2).map((w) => w.text)).toEqual(['three', 'four']);
    const t = "Sen. Hale (D-N.M.) and the U.S. (ACLU) (AB)x (A) A.B. e.g. it's O’Neil-Smith's 9.5. end.";
    expect(wordsIn(t, 0, t.length, new Set(['sen']))).toEqual(wordsInReference(t, 0, t.length, new Set(['sen'])));
    expect(wordsIn(t, 0, t.length).map((w) => w.text)).toEqual(['Sen', 'Hale', 'D-N.M', 'and', 'the', 'U.S.', '(ACLU)', '(AB)', 'x', 'A', 'A.B.', 'e.g.', "it's", 'O’Neil-Smith\'s', '9.5', 'end']);
    expect(wordsIn(t, 5, 12)).toEqual(wordsInReference(t, 5, 12));
  });

  it('on random text', () => {
    fc.assert(
      fc.property(
        pieces.chain((s) => fc.tuple(fc.constant(s), range(s), fc.integer({ min: 1, max: 6 }))),
        ([s, [lo, end], n]) => {
          expect(wordThenSpace(s, lo, end)).toEqual(wordThenSpace(s, lo, end, true));
          expect(endsWithComma(s, lo, end)).toBe(/,\s*$/.test(s.slice(lo, end)));
          const all = wordsIn(s, lo, end, new Set(['sen']));
          expect(all).toEqual(wordsInReference(s, lo, end, new Set(['sen'])));
          expect(wordsIn(s.replace(/𝒳/g, 'x'), lo, end)).toEqual(wordsInReference(s.replace(/𝒳/g, 'x'), lo, end));
          const last = lastWordsIn(s, lo, end, n, new Set(['sen']));
          expect(last.length).toBeGreaterThanOrEqual(Math.min(n, all.length));
          expect(last).toEqual(all.slice(all.length - last.length));
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('party tags equal the one expression', () => {
  const party = fc
    .array(fc.constantFrom('R-', 'D-', 'I-', 'X-', 'Ariz', 'N.M.', 'N', '.', ',', ', ', ' ', '  ', '\t', '(', ')', '"', '”', 'Doe', 'R', '-', 'Calif.', 'abcdefghijk', '𝒳'), { maxLength: 30 })
    .map((p) => p.join(''));

  it('a table', () => {
    expect(partyTags('Sen. Jane Doe, R-Ariz., said')).toEqual([{ start: 13, end: 22, tag: 'R-Ariz.' }]);
    for (const t of ['Rep. Ann Kim (D-N.M.) and Sen. Bo Lee, R-Tex.', 'x ,R-A,D-B (I-C)  (R-D)', 'a, R-Ariz,D-N.M. "(I-Vt.)"']) expect(partyTags(t)).toEqual(partyTags(t, true));
  });

  it('on random text', () => {
    fc.assert(
      fc.property(party, (s) => {
        expect(partyTags(s)).toEqual(partyTags(s, true));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('cue text tests by char codes equal their expressions', () => {
  const cueText = fc.array(fc.constantFrom('c', 'C', 'a', 'A', 'l', 'L', 'i', 'I', 'n', 'N', 'g', 'G', 'ing', 'call', 'CALL', 'ed', ' ', 'ſ', 'İ', 'ı', '\u212a', '@', '`', 'A', '#', '+'), { maxLength: 8 }).map((p) => p.join(''));

  it('a table', () => {
    for (const t of ['called', 'Calling', 'CALLS', 'cal', 'recall', 'saying', 'SAYING', 'sing', 'in', 'ing', 'said', '']) {
      expect(startsCall(t)).toBe(/^call/i.test(t));
      expect(endsIng(t)).toBe(/ing$/i.test(t));
    }
  });

  it('on random text', () => {
    fc.assert(
      fc.property(cueText, (s) => {
        expect(startsCall(s)).toBe(/^call/i.test(s));
        expect(endsIng(s)).toBe(/ing$/i.test(s));
      }),
      { numRuns: 1000 },
    );
  });
});
