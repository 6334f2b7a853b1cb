/**
 * The issue-16 speed-ups of the loaded lens are pure optimisations: on any
 * text detectLoaded gives what the regex version (reference.ts) gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLoaded, detectLoadedWith, shortQuotes } from './detect';
import { textRuns } from '../voices/chars';
import { DEFAULT_PROFILE } from '../../language/bundled';
import { detectLoadedReference, shortQuotesReference } from './reference';
import { lensSeed, sentencesOf } from '../../testing/lensSeed';
import type { EvaluativeLexicon } from '../../language/profile';

const PIECES = [
  'The regime', 'slammed', 'reportedly', 'so-called', 'literally', 'of course', 'escalation', 'de-escalation', 'mercenaries', 'brutal', 'Brutal',
  'killed', 'detention', 'great', 'Great', 'terrible', "terrible's", 'terrible’s', 'constructor', 'toString', 'hasOwnProperty', 'abandon', 'outstanding',
  '"order"', '“compassion caucus”', '"a b c d"', 'he said', 'Muraveiko said', 'according to', 'Grant', 'Élysée', 'ſad', '𝐀lpha', '\ud835', '\udc00',
  "'", '’', '-', '‐', '‑', '.', ',', '"', '“', '”', '!', '?', '\n', '\u00a0', ' ', '  ',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(' '));

describe('detectLoaded equals the regex reference', () => {
  it('on random texts', () => {
    fc.assert(fc.property(textArb, (t) => {
      const spans = sentencesOf(t);
      expect(detectLoaded(t, spans)).toEqual(detectLoadedReference(t, spans));
      const one = [{ start: 0, end: t.length }];
      expect(detectLoaded(t, one)).toEqual(detectLoadedReference(t, one));
    }), { numRuns: 300 });
  }, 60_000);

  it('with a valence list of its own (a word spelt with capitals, an inherited name, no prototype)', () => {
    const scores = Object.assign(Object.create(null) as Record<string, number>, { bad: -3, Good: 3, 'x-ray': -4 });
    const lists: EvaluativeLexicon[] = [
      { source: 't', package: 't', version: '1', licence: 't', minScore: 2, minPositiveScore: 3, scores, factual: new Set(['bad']) },
      { source: 't', package: 't', version: '1', licence: 't', minScore: 1, minPositiveScore: 1, scores: { bad: -3, good: 2 }, factual: new Set() },
    ];
    const t = 'Bad news: a bad, Good and good x-ray; the constructor of valueOf was bad’s.';
    for (const e of lists) expect(detectLoaded(t, sentencesOf(t), undefined, undefined, e)).toEqual(detectLoadedReference(t, sentencesOf(t), undefined, undefined, e));
  });

  it('on the seed reports', () => {
    for (const r of lensSeed()) expect(detectLoaded(r.text, r.sentences)).toEqual(detectLoadedReference(r.text, r.sentences));
  });
});

describe('detectLoadedWith the voices lens\' letter runs equals detectLoaded', () => {
  // Sorted spans from cut points anywhere: gaps, empty sentences, cuts inside words and possessives.
  const spansArb = (t: string) =>
    fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: t.length }), { maxLength: 10 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 })).map(([cuts, keep]) => {
      const xs = [...cuts].sort((a, b) => a - b);
      const spans: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < xs.length; i++) if (keep[i]) spans.push({ start: xs[i]!, end: xs[i + 1]! });
      return spans;
    });
  const bmpArb = fc
    .array(fc.oneof(fc.constantFrom(...PIECES.filter((x) => !/[\uD800-\uDFFF]/.test(x))), fc.string({ unit: fc.constantFrom('a', 'd', 'B', "'", '’', '-', 's', 'é', ' ', '.'), maxLength: 6 })), { maxLength: 30 })
    .map((xs) => xs.join(' '));
  const E = DEFAULT_PROFILE.evaluative;
  it('on random texts and spans, with and without surrogates', () => {
    fc.assert(fc.property(fc.oneof(bmpArb, textArb).chain((t) => fc.tuple(fc.constant(t), spansArb(t))), ([t, spans]) => {
      for (const sp of [spans, sentencesOf(t), [{ start: 0, end: t.length }]]) {
        expect(detectLoadedWith(t, sp, undefined, undefined, E, textRuns(t))).toEqual(detectLoaded(t, sp, undefined, undefined, E));
      }
    }), { numRuns: 400 });
  }, 60_000);

  it('with a valence list of its own, and on the seed reports', () => {
    const scores = Object.assign(Object.create(null) as Record<string, number>, { bad: -3, Good: 3, 'x-ray': -4, 'évil': -3 });
    const e: EvaluativeLexicon = { source: 't', package: 't', version: '1', licence: 't', minScore: 1, minPositiveScore: 1, scores, factual: new Set() };
    const t = "Bad news: a bad, Good and good x-ray; bad's évil Évil, and badly bad’s-bad. Good";
    expect(detectLoadedWith(t, sentencesOf(t), undefined, undefined, e, textRuns(t))).toEqual(detectLoaded(t, sentencesOf(t), undefined, undefined, e));
    expect(detectLoadedWith(t, sentencesOf(t), undefined, undefined, e, textRuns(t)).hits.map((h) => h.term)).toEqual(['bad', 'bad', 'x-ray', 'bad', 'évil']);
    for (const r of lensSeed()) expect(detectLoadedWith(r.text, r.sentences, undefined, undefined, E, textRuns(r.text))).toEqual(detectLoaded(r.text, r.sentences));
  });
});

describe('shortQuotes equals its expression', () => {
  it('a table', () => {
    const cases: [string, [number, number][]][] = [
      ['restore "order" now', [[9, 14]]],
      ['a “compassion caucus” b', [[3, 20]]],
      ['"a b c d" and "x"', [[15, 16]]],
      ['"" “”', []],
      ['"open\nclose"', []],
      ['“one “two” three”', [[6, 9]]],
      // A lone surrogate is no letter: no word.
      ['"𝒳" and "\ud835"', [[1, 3]]],
      [`"${'x'.repeat(60)}" "${'y'.repeat(61)}"`, [[1, 61]]],
      [`"${'𝒳'.repeat(60)}"`, [[1, 121]]],
      // "9" holds no letter; the next mark opens "’s"; a closing mark opens nothing.
      ['"9" "’s" ”x” "', [[5, 7]]],
    ];
    for (const [t, want] of cases) {
      expect([t, shortQuotes(t).map((q) => [q.start, q.end])]).toEqual([t, want]);
      expect(shortQuotes(t)).toEqual(shortQuotesReference(t));
    }
  });

  it('on random texts of marks, words, line breaks and surrogates', () => {
    const unit = fc.constantFrom('"', '“', '”', '\n', ' ', 'a', 'word', 'two words', '9', 'é', '𝒳', '\ud835', '\udc00', '’', 'x'.repeat(30));
    fc.assert(fc.property(fc.array(unit, { maxLength: 24 }), (xs) => {
      const t = xs.join('');
      expect(shortQuotes(t)).toEqual(shortQuotesReference(t));
    }), { numRuns: 3000 });
  });
});
