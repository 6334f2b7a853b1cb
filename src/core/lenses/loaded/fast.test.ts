/**
 * The issue-16 speed-ups of the loaded lens are pure optimisations: on any
 * text detectLoaded gives what the regex version (reference.ts) gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLoaded } from './detect';
import { detectLoadedReference } from './reference';
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
