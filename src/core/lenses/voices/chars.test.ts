import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankSpans as blank, capitalRunText, maskedAtCuts } from '../../testing/arbitraries';
import { capitalRunRe, capitalRuns, capitalRunsIn, capitalRunsInReference, capitalStarts, charRuns, cls, splitSpaces, hasSurrogates, reportRuns, runsOutside, runsOver, textRuns, L, LL, LU, N, S } from './chars';

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

  it('within a slice of a longer text, read from the whole text’s runs', () => {
    const text = 'Sen. Rosa Delgado met President Thomas Hale Smith.';
    // The slice cuts "Rosa" (its "osa" starts no run) and "Hale".
    expect(capitalRunsIn(charRuns(text), 6, 44, 4, true)).toEqual(viaRe(text.slice(6, 44), 4, true));
    expect(capitalRunsIn(charRuns(text), 22, 44, 4, true)).toEqual([{ index: 0, text: 'President Thomas Hale' }]);
    fc.assert(
      fc.property(runText, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean(), (s, a, b, units, tail) => {
        // The runs are of text without surrogates (callers read other text with the expressions).
        fc.pre(!hasSurrogates(s));
        const lo = a % (s.length + 1);
        const hi = lo + (b % (s.length - lo + 1));
        expect(capitalRunsIn(charRuns(s), lo, hi, units, tail)).toEqual(viaRe(s.slice(lo, hi), units, tail));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('capitalRunsIn (words read from the runs, one search by position) equals capitalRunsInReference and the expression', () => {
  const viaRe = (s: string, units: number, tail: boolean) => [...s.matchAll(capitalRunRe(units, tail))].map((m) => ({ index: m.index, text: m[1] }));
  it('a table: apostrophes, hyphens, accents, title case, CJK, digits, dots, slices that cut words', () => {
    const text =
      "Sen. O'Brien-Smith met D\u2019Alema and Jean-Luc Picard-. Dr. \u00dcnal \u00d6zdemir, \u01c5ozo Ab, Mr.Hale \u5317\u4eac Li Wei, U.S. Rep. A- B Cd 1,000 Mr. X Yz- Q";
    const r = textRuns(text).letters;
    // The last word is a capital and lower case, apostrophes and hyphens ("O'" of "O'Brien"), after at least one other.
    const want = [
      { index: 0, text: "Sen. O'" },
      { index: 35, text: 'Jean-Luc Picard-. Dr. \u00dcnal \u00d6zdemir' },
      { index: 91, text: 'Li Wei' },
      { index: 104, text: 'Rep. A- B Cd' },
      { index: 123, text: 'Mr. X Yz-' },
    ];
    expect(capitalRunsIn(r, 0, text.length, 5, false)).toEqual(want);
    expect(viaRe(text, 5, false)).toEqual(want);
    for (const [lo, hi] of [[0, text.length], [1, 30], [25, 60], [39, 52], [58, 70], [104, 120], [128, text.length], [5, 5]] as const) {
      for (const [units, tail] of [[5, false], [4, true], [1, true]] as const) {
        expect(capitalRunsIn(r, lo, hi, units, tail)).toEqual(viaRe(text.slice(lo, hi), units, tail));
        expect(capitalRunsInReference(r, lo, hi, units, tail)).toEqual(capitalRunsIn(r, lo, hi, units, tail));
      }
    }
  });
  it('on random text and slices, from charRuns and textRuns', () => {
    fc.assert(
      fc.property(runText, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean(), (s, a, b, units, tail) => {
        fc.pre(!hasSurrogates(s));
        const lo = a % (s.length + 1);
        const hi = lo + (b % (s.length - lo + 1));
        const want = capitalRunsInReference(charRuns(s), lo, hi, units, tail);
        expect(capitalRunsIn(charRuns(s), lo, hi, units, tail)).toEqual(want);
        expect(capitalRunsIn(textRuns(s).letters, lo, hi, units, tail)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('textRuns is charRuns twice and hasSurrogates in one pass', () => {
  const plain = (r: ReturnType<typeof charRuns>) => ({ count: r.count, start: [...r.start.slice(0, r.count)], end: [...r.end.slice(0, r.count)], ascii: [...r.ascii.slice(0, r.count)] });
  it('on a table and on random text', () => {
    expect(plain(textRuns('Ab1 2c-dé 𝒳x').letters)).toEqual({ count: 4, start: [0, 5, 7, 12], end: [2, 6, 9, 13], ascii: [1, 1, 0, 1] });
    // A run every two units: more than the arrays are first sized for (one every four), so they grow, the
    // capital-start index with the letter runs.
    const dense = 'A \u00e9 1 '.repeat(300);
    const t = textRuns(dense);
    expect(t.letters.count).toBe(600);
    expect(t.words.count).toBe(900);
    expect(t.letters.caps!.length).toBe(300);
    expect(plain(t.letters)).toEqual(plain(charRuns(dense)));
    expect(plain(t.words)).toEqual(plain(charRuns(dense, L | N)));
    expect([...t.letters.caps!]).toEqual([...capitalStarts(charRuns(dense))]);
    fc.assert(
      fc.property(fc.oneof(runText, fc.string({ unit: 'binary' })), (s) => {
        const t = textRuns(s);
        expect(plain(t.letters)).toEqual(plain(charRuns(s)));
        expect(plain(t.words)).toEqual(plain(charRuns(s, L | N)));
        expect(t.surrogates).toBe(hasSurrogates(s));
        expect(charRuns(s).surrogates).toBe(hasSurrogates(s));
        // The capital-start index textRuns makes as it scans is the one capitalStarts makes from the runs.
        expect([...t.letters.caps!]).toEqual([...capitalStarts(charRuns(s))]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('runsOutside: the runs of a text with spans blanked', () => {
  const plain = (r: ReturnType<typeof charRuns> | undefined) => r && { count: r.count, start: [...r.start.slice(0, r.count)], end: [...r.end.slice(0, r.count)], ascii: [...r.ascii.slice(0, r.count)] };
  it('a table', () => {
    const s = 'He said "the bill is dead" and Sen. Doe, R-Ariz., agreed';
    const quotes = [{ start: 9, end: 25 }];
    const tags = [{ start: 39, end: 48 }];
    const masked = blank(blank(s, quotes, '"'), tags, ' ');
    expect(plain(runsOutside(charRuns(s), masked, quotes, tags))).toEqual(plain(charRuns(masked)));
    // A span that cuts a run: the caller reads the masked text itself.
    expect(runsOutside(charRuns(s), blank(s, [{ start: 4, end: 6 }], '"'), [{ start: 4, end: 6 }], [])).toBeUndefined();
  });
  it('on random text and spans', () => {
    fc.assert(
      fc.property(runText, fc.array(fc.nat(), { maxLength: 8 }), (s, cuts) => {
        fc.pre(!hasSurrogates(s));
        const { quotes: a, tags: b, masked } = maskedAtCuts(s, cuts);
        const r = runsOutside(charRuns(s), masked, a, b);
        if (r) expect(plain(r)).toEqual(plain(charRuns(masked)));
        if (r) expect([...r.caps!]).toEqual([...capitalStarts(charRuns(masked))]);
        // From runs that carry their own capital-start index (textRuns'), the kept runs' index is read from it.
        const r2 = runsOutside(textRuns(s).letters, masked, a, b);
        expect(plain(r2)).toEqual(plain(r));
        if (r2) expect([...r2.caps!]).toEqual([...capitalStarts(charRuns(masked))]);
      }),
      { numRuns: 300 },
    );
  });
  it('runsOver: defined where runsOutside is, and capitalRunsIn reads the same runs from it (a table)', () => {
    const s = 'Sen. Doe said "The Bill Is Dead" and Sen. Rosa Delgado, R-Ariz., agreed with President Thomas Hale';
    const quotes = [{ start: 14, end: 31 }];
    const tags = [{ start: 55, end: 64 }];
    const masked = blank(blank(s, quotes, '"'), tags, ' ');
    const over = runsOver(textRuns(s).letters, masked, quotes, tags)!;
    expect(over.s).toBe(masked);
    expect(capitalRunsIn(over, 0, masked.length, 5, false)).toEqual([
      { index: 0, text: 'Sen. Doe' },
      { index: 37, text: 'Sen. Rosa Delgado' },
      { index: 77, text: 'President Thomas Hale' },
    ]);
    expect(capitalRunsIn(over, 0, masked.length, 5, false)).toEqual(capitalRunsIn(runsOutside(textRuns(s).letters, masked, quotes, tags)!, 0, masked.length, 5, false));
    // An edge inside a run ("Se|n."), an empty span there (nothing blanked: no cut), an edge beside "é" and "Ж" (letters).
    expect(runsOver(charRuns(s), masked, [{ start: 2, end: 9 }], [])).toBeUndefined();
    expect(runsOver(charRuns(s), s, [{ start: 2, end: 2 }], [])).toBeDefined();
    expect(runsOver(charRuns('aé Жb'), 'a" Жb', [{ start: 1, end: 2 }], [])).toBeUndefined();
    expect(runsOver(charRuns('aé Жb'), 'aé  b', [], [{ start: 3, end: 4 }])).toBeUndefined();
    expect(runsOver(charRuns('aé Жb'), 'aé ""', [], [{ start: 3, end: 5 }])).toBeDefined();
  });
  it('runsOver on random text and spans', () => {
    const viaRe = (x: string, units: number, tail: boolean) => [...x.matchAll(capitalRunRe(units, tail))].map((m) => ({ index: m.index, text: m[1] }));
    fc.assert(
      fc.property(runText, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (s, cuts, units, tail) => {
        fc.pre(!hasSurrogates(s));
        const { quotes: a, tags: b, masked } = maskedAtCuts(s, cuts);
        const over = runsOver(textRuns(s).letters, masked, a, b);
        expect(over === undefined).toBe(runsOutside(charRuns(s), masked, a, b) === undefined);
        if (over) expect(capitalRunsIn(over, 0, masked.length, units, tail)).toEqual(viaRe(masked, units, tail));
      }),
      { numRuns: 1000 },
    );
  });
  it('reportRuns: made once per sentence list, taken by the second reader', () => {
    const spans = [{ start: 0, end: 3 }];
    const first = reportRuns('Abc', spans);
    expect(reportRuns('Abc', spans, true)).toBe(first);
    expect(reportRuns('Abc', spans, true)).not.toBe(first);
    expect(reportRuns('Xyz', spans).letters.s).toBe('Xyz');
  });
});

describe('splitSpaces is split(/\\s+/)', () => {
  it('on a table and random strings', () => {
    for (const s of ['', ' ', '  ', 'a', ' a', 'a ', 'a  b', 'Sen.\u00a0Rosa\u2028Delgado', '\ufeffx\u3000y\t\nz', '\ud835\udc00 \ud800']) expect(splitSpaces(s)).toEqual(s.split(/\s+/));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2000', '\u200b', '\u180e', '\ufeff', '\u0085', 'a', 'B', '.', '\ud800', '\udc00'), maxLength: 14 }), (s) => {
        expect(splitSpaces(s)).toEqual(s.split(/\s+/));
      }),
      { numRuns: 3000 },
    );
  });
});
