import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { blankSpans as blank, maskedAtCuts } from '../../testing/arbitraries';
import { textRuns, runsOver } from './chars';
import { blankBetween, cueMatches, detectVoices, dropTrailingComma, findQuotes, hasWords, hasWordsIn, phraseBeforeForTests, stripArticle, stripArticleReference } from './detect';

/** Sentences with one span each, from pieces that reach every branch of toSpeaker (pronouns, "the <noun>", possessives, outlets, people, parties). */
const piece = fc.constantFrom(
  '"We will act," ', 'said ', 'told reporters', ' said', 'according to ', 'citing ', 'he', 'she', 'the senator', 'The president', 'the agency', 'the newspaper',
  'Sen. Rosa Delgado', 'Rosa Delgado', 'Delgado', 'President Thomas Hale', 'Hale', "Hale's spokeswoman", "the ministry's sources", "Reuters'", 'Reuters',
  'The Washington Post', 'officials', 'Democrats', 'critics', 'a senior official', 'the Department of Homeland Security', 'the Kiev regime', 'Kiev',
  'Minister John Smith of Belarus', ' (R-Ariz.)', ', R-Ariz.,', 'the Arizona Republican', 'local media', 'experts', ' ', ', ', '. ', '\n', 'Ukrainian',
);
const report = fc.array(fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join('')), { minLength: 1, maxLength: 8 }).map((ss) => {
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  for (const s of ss) {
    if (text) text += ' ';
    sentences.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, sentences };
});

describe('toSpeaker (facts memoised per report) equals toSpeakerReference', () => {
  it('on random reports', () => {
    fc.assert(
      fc.property(report, ({ text, sentences }) => {
        expect(detectVoices(text, sentences)).toEqual(detectVoices(text, sentences, undefined, true));
      }),
      { numRuns: 300 },
    );
  });

  it('on real-sentence reports', () => {
    for (const ss of realSentenceReports(3, 120).sentences) {
      const text = ss.join(' ');
      const sentences: { start: number; end: number }[] = [];
      let at = 0;
      for (const s of ss) {
        sentences.push({ start: at, end: at + s.length });
        at += s.length + 1;
      }
      expect(JSON.stringify(detectVoices(text, sentences))).toBe(JSON.stringify(detectVoices(text, sentences, undefined, true)));
    }
  });
});

describe('findQuotes (indexOf) equals its character loop (quotesOfParaReference)', () => {
  const bit = fc.constantFrom('"', '\u201c', '\u201d', '\u00ab', '\u00bb', 'we will act', ' ', 'word', 'a b c d', '\n', '- ', '\u2014 ', ',', '.', "'", 'said', 'Ж', 'x');
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 40 }).map((b) => b.join('')), (s) => {
        expect(findQuotes(s)).toEqual(findQuotes(s, undefined, true));
      }),
      { numRuns: 2000 },
    );
  });
  it('on long random text (many paragraphs: the curly marks are searched over the whole text)', () => {
    const curly = fc.constantFrom('\u201c', '\u201d', '\u201c', '\u201d', '\n', '\n\n', 'a b c d e ', ' ', '"', '\u00ab', '\u00bb', '\u2014 ', 'x');
    fc.assert(
      fc.property(fc.array(curly, { maxLength: 150 }).map((b) => b.join('')), (s) => {
        expect(findQuotes(s)).toEqual(findQuotes(s, undefined, true));
      }),
      { numRuns: 1500 },
    );
  });
  it('on a table', () => {
    const text = '\u201cOne \u201ctwo three\u201d four five\u201d six. "A b c d" \u00abnever closed a b c d\n"x y z w v';
    expect(findQuotes(text)).toEqual([
      { start: 1, end: 26, open: 0, close: 27, para: 0, unclosed: false },
      { start: 34, end: 41, open: 33, close: 42, para: 0, unclosed: false },
      { start: 44, end: 64, open: 43, close: 64, para: 0, unclosed: true },
      { start: 66, end: 75, open: 65, close: 75, para: 65, unclosed: true },
    ]);
    expect(findQuotes(text, undefined, true)).toEqual(findQuotes(text));
  });
});

describe('hasWordsIn (char codes over a range) equals hasWords on the slice', () => {
  it('on a table', () => {
    const t = 'a b  c-d, \u00e9t\u00e9 42 x\ud835\udc00y \ud800 z';
    const cases: [number, number, number, boolean][] = [
      [0, 0, 1, false],
      [0, 1, 1, true],
      [0, 9, 4, true],
      [0, 8, 4, true],
      [0, 7, 4, false],
      [1, 2, 1, false],
      [10, 13, 1, true],
      [14, 21, 2, false],
      [17, 18, 1, true],
      [18, 20, 1, true],
      [19, 20, 1, false],
      [20, 25, 2, true],
      [20, 25, 3, false],
      [0, 3, 0, true],
    ];
    for (const [a, b, n, want] of cases) {
      expect(hasWordsIn(t, a, b, n)).toBe(want);
      expect(hasWords(t.slice(a, b), n)).toBe(want);
    }
  });
  it('on random ranges', () => {
    const bit = fc.constantFrom('a', 'Ж', ' ', '-', '1', '\ud835\udc00', '\ud800', '\udc00', '"', '\u00e9', '\n');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 30 }).map((b) => b.join('')), fc.nat(40), fc.nat(40), fc.integer({ min: 0, max: 5 }), (s, x, y, n) => {
        const a = Math.min(x, y, s.length);
        const b = Math.min(Math.max(x, y), s.length);
        expect(hasWordsIn(s, a, b, n)).toBe(hasWords(s.slice(a, b), n));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('blankBetween equals slice(a, b).trim() === ""', () => {
  it('on a table and random ranges', () => {
    const t = ' \t\n\u00a0\u2028\ufeff\u3000x\u200b \ud835\udc00 \u180e';
    for (let a = 0; a <= t.length; a++) for (let b = a; b <= t.length; b++) expect(blankBetween(t, a, b)).toBe(t.slice(a, b).trim() === '');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2000', '\u200a', '\u202f', '\u205f', '\ufeff', '\u0085', 'a', '\ud800', '\u1680'), maxLength: 12 }), fc.nat(12), fc.nat(12), (s, x, y) => {
        const a = Math.min(x, y, s.length);
        const b = Math.min(Math.max(x, y), s.length);
        expect(blankBetween(s, a, b)).toBe(s.slice(a, b).trim() === '');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cue matches read from runsOver (the text’s runs over the masked text) equal the one expression over the masked text', () => {
  const piece = fc.constantFrom('said', 'Said', 'SAID', 'saying', 'pointed', 'out', 'pointed out', 'according', 'to', 'citing', 'it', 'is', 'was', 'noted', 'that', 'ſaid', 'Éric', 'told', 'x', '5', ' ', ' ', '\n', ',', '.', '-', '"', "'", '“');
  it('on a table', () => {
    const s = 'He said "it is noted that he told us" and, according to Y, ſaid told';
    const quotes = [{ start: 9, end: 36 }];
    const masked = blank(s, quotes, '"');
    const letters = runsOver(textRuns(s).letters, masked, quotes, [])!;
    expect(cueMatches(masked, undefined, false, letters)).toEqual([
      { index: 3, end: 7, kind: 'verb' },
      { index: 43, end: 55, kind: 'acc' },
      { index: 59, end: 63, kind: 'verb' },
      { index: 64, end: 68, kind: 'verb' },
    ]);
    expect(cueMatches(masked, undefined, true)).toEqual(cueMatches(masked, undefined, false, letters));
  });
  it('on random text and spans', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
        const s = parts.join('');
        const { quotes: a, tags: b, masked } = maskedAtCuts(s, cuts);
        const letters = runsOver(textRuns(s).letters, masked, a, b);
        fc.pre(letters !== undefined);
        expect(cueMatches(masked, undefined, false, letters)).toEqual(cueMatches(masked, undefined, true));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('cue matches: runs compared with the phrases’ first words in place (isCueStart) equal the expression', () => {
  it('a table of cases, words sharing a phrase word’s key ("is", "in", "its" for "it"), folding and non-ASCII runs', () => {
    const text = 'It is in its SAID sAiD \u017faid said\u00e9 Said5 b"b citing IT WAS KNOWN THAT, \u0130t is noted that; Tells, pointed\u00a0out \u70b9said';
    const want = [
      { index: 13, end: 17, kind: 'verb' },
      { index: 18, end: 22, kind: 'verb' },
      { index: 23, end: 27, kind: 'verb' },
      { index: 34, end: 38, kind: 'verb' },
      { index: 44, end: 50, kind: 'cit' },
      { index: 51, end: 68, kind: 'fixed' },
      { index: 76, end: 81, kind: 'verb' },
      { index: 88, end: 93, kind: 'verb' },
      { index: 95, end: 106, kind: 'verb' },
    ];
    expect(cueMatches(text)).toEqual(want);
    expect(cueMatches(text, undefined, true)).toEqual(want);
  });
});

describe('phraseBefore reading the last 4 words first equals reading the last 13 at once', () => {
  const word = fc.constantFrom(
    'the', 'The', 'of', 'for', 'to', 'a', 'an', 'in', 'that', 'and', 'but', 'he', 'she', 'him', 'who', 'which', 'Sen.', 'Rosa', 'Delgado', 'U.S.', 'officials', 'also',
    'has', 'repeatedly', 'senior', 'Department', 'Homeland', 'Security', 'spokesman', '(ACLU)', 'Smith-Jones', "O'Brien", 'D\u2019Alema', '\u00c9ric', '\u0416\u0443\u043a\u043e\u0432', '5', '1,000', 'Mr.', 'Inc.',
    'citing sources', 'a longtime ally of Hale', 'the Arizona Republican', 'predictably', 'led by Hale', '\u5317\u4eac', '\ud835\udc00x',
  );
  const sep = fc.constantFrom(' ', ' ', ' ', '  ', ', ', ',', '. ', '; ', ' "', '" ', '\u00a0', '\n', ' - ');
  const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 24 }).map((ps) => ps.map(([w, x]) => w + x).join(''));
  it('on random text before a cue', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, f) => {
        const from = f % (t.length + 1);
        expect(phraseBeforeForTests(t, from, t.length)).toEqual(phraseBeforeForTests(t, from, t.length, true));
      }),
      { numRuns: 3000 },
    );
  });
  it('a table: phrases of 1 to 12 words, read through the first 4', () => {
    const cases: [string, string | undefined][] = [
      ['Yesterday he ', 'he'],
      ['In a statement the senior Department of Homeland Security spokesman ', 'statement the senior Department of Homeland Security spokesman'],
      ['and Santa Monica Chief Deputy City Attorney Terry White ', 'Santa Monica Chief Deputy City Attorney Terry White'],
      // At most 12 words; three and four words after a boundary (the fourth is read past the first 4 words).
      ['Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi ', 'Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi'],
      ['that Beta Gamma Delta ', 'Beta Gamma Delta'],
      ['that Beta Gamma Delta Epsilon ', 'Beta Gamma Delta Epsilon'],
      ['People said Reid\u2019s representative Jack Ketsoyan ', 'People said Reid\u2019s representative Jack Ketsoyan'],
      ['Sen. Mark Ellison, the Arizona Republican, ', 'Sen. Mark Ellison'],
      ['"', undefined],
    ];
    for (const [t, want] of cases) {
      expect(phraseBeforeForTests(t, 0, t.length)?.text).toBe(want);
      expect(phraseBeforeForTests(t, 0, t.length)).toEqual(phraseBeforeForTests(t, 0, t.length, true));
    }
  });
});

describe('stripArticle (char codes) equals its expression', () => {
  it('a table', () => {
    const cases: [string, string][] = [
      ['the senator', 'senator'], ['The  Times', 'Times'], ['THE\u00a0Post', 'Post'], ['the', 'the'], ['the\n', ''], ['theory', 'theory'], ['thee x', 'thee x'],
      ['a source', 'source'], ['A\tsource', 'source'], ['an official', 'official'], ['An\u3000expert', 'expert'], ['an', 'an'], ['a', 'a'], ['a n', 'n'],
      ['and others', 'and others'], ['anx', 'anx'], ['', ''], [' the x', ' the x'], ['\u00e0 x', '\u00e0 x'], ['the\ud835\udc00', 'the\ud835\udc00'],
      ['ſhe x', 'ſhe x'], ['\u212a x', '\u212a x'], ['the \u00c9lys\u00e9e', '\u00c9lys\u00e9e'],
    ];
    for (const [x, want] of cases) {
      expect(stripArticle(x)).toBe(want);
      expect(stripArticleReference(x)).toBe(want);
    }
  });
  it('on random strings', () => {
    const unit = fc.constantFrom('t', 'T', 'h', 'H', 'e', 'E', 'a', 'A', 'n', 'N', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'x', '\u00e9', '\ud800', '\u017f', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (x) => {
        expect(stripArticle(x)).toBe(stripArticleReference(x));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('dropTrailingComma equals its expression (`s.replace(/,\\s*$/, "")`)', () => {
  it('on a table and random strings (commas, white space of every kind, surrogates)', () => {
    for (const s of ['', ',', ', ', 'a,', 'a, ', 'a ,', 'a, , ', 'a,,', ',a', 'a,\u00a0\n', 'a,\u200b', 'a,\ud800', 'R-Ariz.,', 'senator, '])
      expect(dropTrailingComma(s)).toBe(s.replace(/,\s*$/, ''));
    for (let c = 0; c < 0x10000; c++) {
      const s = `a,${String.fromCharCode(c)}`;
      expect(dropTrailingComma(s)).toBe(s.replace(/,\s*$/, ''));
    }
    const unit = fc.constantFrom(',', ',', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u180e', 'a', '.', '\ud835', '\udc00');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        expect(dropTrailingComma(s)).toBe(s.replace(/,\s*$/, ''));
      }),
      { numRuns: 5000 },
    );
  });
});
