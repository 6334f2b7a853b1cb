import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devCases } from '../../../scripts/bench-data';
import { bundledProfile, DEFAULT_PROFILE } from '../language/bundled';
import { textRuns } from '../lenses/voices/chars';
import { phraseMatcher, phraseMatcherReference, type PhraseSpec, possibleStartsOf, possibleStartsReference, type WordRuns } from './phrases';

const show = (text: string, specs: PhraseSpec<number>[]) => {
  const sentences = [{ start: 0, end: text.length }];
  return phraseMatcher(specs).match(text, sentences).map((m) => `${m.start}-${m.end}:${m.index}`);
};
const showReference = (text: string, specs: PhraseSpec<number>[]) => {
  const sentences = [{ start: 0, end: text.length }];
  return phraseMatcherReference(specs).match(text, sentences).map((m) => `${m.start}-${m.end}:${m.index}`);
};

describe('phraseMatcher', () => {
  it.each([
    ['longest first, whole words', 'the Kiev regime and Kiev', ['Kiev', 'Kiev regime'], ['4-15:1', '20-24:0']],
    ['no match inside a word or after a hyphen', 'Kievan de-escalation escalation', ['Kiev', 'escalat*'], ['21-31:1']],
    ['a trailing * takes any ending, (s) an optional s', 'mercenaries regimes regimental', ['mercenar*', 'regime(s)'], ['0-11:0', '12-19:1']],
    ['possessive left out, any white space between words', "Kiev's promises; White\n House", ['Kiev', 'White House'], ['0-4:0', '17-29:1']],
    ['a short head ("US")', 'the US administration, us', ['US administration', 'us'], ['4-21:0', '23-25:1']],
  ])('%s', (_, text, phrases, expected) => {
    const specs = phrases.map((phrase, i) => ({ phrase, data: i }));
    expect(show(text, specs)).toEqual(expected);
    expect(showReference(text, specs)).toEqual(expected);
  });

  it.each([
    // The skip table decides a start from its first two characters: one-letter heads, a start at the end of the text,
    // a non-ASCII, white-space or punctuation second character, a digit first.
    ['one-letter phrases', 'I saw a b. A', ['I', 'a', 'b'], ['0-1:0', '6-7:1', '8-9:2', '11-12:1']],
    ['a start at the end of the text', 'x y', ['y', 'x y'], ['0-3:1']],
    ['a non-ASCII second character', 'kſ kk kK', ['ks', 'kk'], ['0-2:0', '3-5:1', '6-8:1']],
    ['white space after one letter', 'a\t\u00a0 b a  b', ['a b'], ['0-5:0', '6-10:0']],
    ['punctuation after one letter', "a.b a'b a-b", ['a.b', "a'b", 'a b'], ['0-3:0', '4-7:1']],
    ['digits', '9mm 1 9 mm 12', ['9mm', '1', '9 mm', '2'], ['0-3:0', '4-5:1', '6-10:2']],
    // Past two characters the walk goes on from the pair's node: heads that share or end on their first two.
    ['walked on from the third character', 'Kyiv regime kyiv ky kyx KYIV', ['Kyiv regime', 'kyiv', 'ky'], ['0-11:0', '12-16:1', '17-19:2', '24-28:1']],
  ])('two-character starts: %s', (_, text, phrases, expected) => {
    const specs = phrases.map((phrase, i) => ({ phrase, data: i }));
    expect(show(text, specs)).toEqual(expected);
    expect(showReference(text, specs)).toEqual(expected);
    const sensitive = phrases.map((phrase, i) => ({ phrase, data: i, caseSensitive: true }));
    expect(show(text, sensitive)).toEqual(showReference(text, sensitive));
  });

  it('finds what the global scan finds where case folding reaches outside ASCII (ſ, K, ͅ)', () => {
    const specs = ['sanctions', 'kiev', 'ιx', 'ſo', 'Ka'].map((phrase, i) => ({ phrase, data: i }));
    const text = 'ſanctions Kiev \u0345x so ka KA';
    expect(show(text, specs)).toEqual(showReference(text, specs));
    expect(show(text, specs)).toEqual(['0-9:0', '10-14:1', '15-17:2', '18-20:3', '21-23:4', '24-26:4']);
  });

  it('finds what the global scan finds after quotes, dashes and other non-ASCII punctuation (fast-check)', () => {
    const pieces = ['“', '”', '‘', '’', '—', '–', '«', '»', '…', '\u00a0', '\u0345', 'ſ', 'K', ' ', 'so', 'kiev', 'Kiev', 'regime', '"', '-', '日'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
    const phrase = fc.constantFrom('kiev', 'kiev regime', 'so', 'ιx', 'regime(s)', 'kie*', '“kiev”', '—so');
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 5 }), fc.boolean(), (t, ps, cs) => {
        const specs = ps.map((phrase, i) => ({ phrase, data: i, caseSensitive: cs && i % 2 === 0 }));
        expect(show(t, specs)).toEqual(showReference(t, specs));
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('= the global scan on random texts and phrase lists (fast-check)', () => {
    const letters = 'aAbBsSkK iI-‐_.,\'’\nſKͅιΙéÉжЖ1😀𝐀';
    const text = fc.array(fc.constantFrom(...[...letters], 'ab', 'Ab', 'sk', 'iab'), { maxLength: 40 }).map((a) => a.join(''));
    const word = fc.array(fc.constantFrom(...'abskiSKIéжιſK1'.split('')), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const phrase = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom('', '*', '(s)'), fc.boolean())
      .map(([ws, tail, caseSensitive]) => ({ phrase: ws.join(' ') + tail, caseSensitive }));
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 6 }), (t, ps) => {
        const specs = ps.map((p, i) => ({ ...p, data: i % 4 === 3 ? undefined : i }));
        expect(show(t, specs as PhraseSpec<number>[])).toEqual(showReference(t, specs as PhraseSpec<number>[]));
      }),
      { seed: 16, numRuns: 400 },
    );
  }, 60_000);

  it('= the global scan on multi-word phrases, white space runs and long heads (fast-check)', () => {
    // The head trie reads up to 12 characters and a run of white space as one space: texts with runs, tabs,
    // no-break spaces, hyphens and apostrophes around words that share long openings.
    const pieces = ['the', 'The', 'THE', 'kiev', 'Kiev', 'kievan', 'regime', 'forces', 'de', 'us', 'US', 'ſ', 'K'];
    const gaps = [' ', '  ', '\t', '\n ', '\u00a0', '-', '‐', "'", '’', "'s ", ', ', '.'];
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 24 }).map((a) => a.flat().join(''));
    const word = fc.constantFrom('the', 'kiev', 'Kiev', 'kievan', 'regime', 'forces', 'de-escalation', "kiev's", 'us', 'US', 'the-kiev', 'ab1');
    const phrase = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '*', '(s)'), fc.boolean())
      .map(([ws, tail, caseSensitive]) => ({ phrase: ws.join(' ') + tail, caseSensitive }));
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 8 }), (t, ps) => {
        const specs = ps.map((p, i) => ({ ...p, data: i % 4 === 3 ? undefined : i }));
        expect(show(t, specs as PhraseSpec<number>[])).toEqual(showReference(t, specs as PhraseSpec<number>[]));
      }),
      { seed: 17, numRuns: 400 },
    );
  }, 60_000);

  it('= the global scan with every bundled lexicon on the development sets', () => {
    let n = 0;
    {
      for (const profile of [DEFAULT_PROFILE, bundledProfile('ru')!]) {
        const lexicons: PhraseSpec<number>[][] = [
          [...profile.loaded.ignore.map((phrase) => ({ phrase, data: undefined })), ...profile.loaded.entries.map((e, i) => ({ phrase: e.term, data: i }))],
          [
            ...profile.actors.ignore.map((phrase) => ({ phrase, data: undefined })),
            ...profile.actors.actors.flatMap((a, i) => a.labels.map((l) => ({ phrase: l.text, caseSensitive: l.caseSensitive, data: i }))),
          ],
        ];
        for (const specs of lexicons) {
          const fast = phraseMatcher(specs);
          const reference = phraseMatcherReference(specs);
          for (const c of devCases()) {
            for (const r of c.reports) {
              const text = r.sentences.join('\n');
              const sentences = [{ start: 0, end: text.length }];
              const a = fast.match(text, sentences);
              n += a.length;
              expect(a).toEqual(reference.match(text, sentences));
              expect(fast.match(text + ' ', sentences, textRuns(text + ' ').words)).toEqual(a);
            }
          }
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  }, 60_000);
});

// possibleStarts stores a candidate at every unit and keeps it without a branch: the starts and codes of the loop it
// replaced, on any text (letters, digits, hyphens that block, non-ASCII units that open, the end of the text).
describe('possibleStarts equals the loop it replaced', () => {
  it('a table', () => {
    for (const t of ['', 'a', 'ab cd', 'de-escalation', 'x‐y‑z', '“Kiev’s”', 'é9 ж', '𝒳a', 'a\ud835', '  1,000.5', 'Ab\u00a0cD', 'ſK', '東京 x', 'a-']) {
      expect([t, possibleStartsOf(t)]).toEqual([t, possibleStartsReference(t)]);
    }
    // "d"; not "escalation" (after a hyphen), nor "," or " "; the opening quote (non-ASCII) and "K" after it; not
    // the closing quote (after a letter).
    expect(possibleStartsOf('de-escalation, “Kiev”').starts).toEqual([0, 15, 16]);
  });

  it('on random texts (fast-check)', () => {
    const unit = fc.constantFrom(...'aZ09 -‐‑\u2012.,’“”éжιſK\u00a0\n\t東'.split(''), '\ud835', '\udc00', '𝒳', '\u20cf', '\u20d0', '\uffff');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (xs) => {
      const t = xs.join('');
      expect(possibleStartsOf(t)).toEqual(possibleStartsReference(t));
    }), { numRuns: 3000 });
  });

  // With the text's runs of letters and digits (WordRuns), ASCII runs are read by their first unit: the same starts
  // and codes, from runs made here unit by unit and from the voices lens' textRuns (whose `words` the lenses pass).
  const wordRuns = (t: string): WordRuns => {
    const start: number[] = [];
    const end: number[] = [];
    const ascii: number[] = [];
    for (let i = 0; i < t.length; ) {
      if (!/^[\p{L}\p{N}]$/u.test(t[i]!)) {
        i++;
        continue;
      }
      const b = i;
      while (i < t.length && /^[\p{L}\p{N}]$/u.test(t[i]!)) i++;
      start.push(b);
      end.push(i);
      ascii.push(/^[\x00-\x7f]*$/.test(t.slice(b, i)) ? 1 : 0);
    }
    return { s: t, count: start.length, start: Int32Array.from(start), end: Int32Array.from(end), ascii: Uint8Array.from(ascii) };
  };
  it('from runs of letters and digits (table and fast-check)', () => {
    for (const t of ['', 'a', 'ab cd', 'de-escalation', 'x‐y‑z', '“Kiev’s”', 'é9 ж', 'aé b', 'жa', '𝒳a', 'a\ud835', '  1,000.5', 'Ab\u00a0cD', 'ſK', '東京 x', '東a', 'a-', 'a\u0345b']) {
      expect([t, possibleStartsOf(t, wordRuns(t))]).toEqual([t, possibleStartsReference(t)]);
      expect([t, possibleStartsOf(t, textRuns(t).words)]).toEqual([t, possibleStartsReference(t)]);
    }
    const unit = fc.constantFrom(...'aZ09 -‐‑\u2012.,’“”éжιſK\u00a0\n\t東\u0345'.split(''), 'ab', 'Kiev', '\ud835', '\udc00', '𝒳', '\u20cf', '\u20d0', '\uffff');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (xs) => {
      const t = xs.join('');
      expect(possibleStartsOf(t, wordRuns(t))).toEqual(possibleStartsReference(t));
      expect(possibleStartsOf(t, textRuns(t).words)).toEqual(possibleStartsReference(t));
    }), { numRuns: 3000 });
    // Runs of another text are not read.
    expect(possibleStartsOf('ab-cd', wordRuns('abxcd'))).toEqual(possibleStartsReference('ab-cd'));
  });
});
