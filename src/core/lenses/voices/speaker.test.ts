import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { detectVoices } from './detect';

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
