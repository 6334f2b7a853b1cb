import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../language/bundled';
import { lensSeed } from '../../testing/lensSeed';
import type { Span } from '../../types';
import { detectVoices } from '../voices/detect';
import { namedActors, scanRegex, scanSpecs } from './named';

/** Sentences as spans of `text`, split after . ! ? */
function spans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// The word-indexed scan replaces one alternation of every pattern (slow with many names): it must find the same mentions.
describe('namedActors: the word-indexed scan equals the single expression', () => {
  const same = (text: string, sentences: Span[]) => {
    const voices = detectVoices(text, sentences, DEFAULT_PROFILE);
    const fast = namedActors(text, sentences, DEFAULT_PROFILE, voices, [], scanSpecs);
    const slow = namedActors(text, sentences, DEFAULT_PROFILE, voices, [], scanRegex);
    expect(fast.mentions).toEqual(slow.mentions);
    expect([...fast.names]).toEqual([...slow.names]);
    return fast;
  };

  it('on the seed reports', () => {
    for (const r of lensSeed()) same(r.text, r.sentences);
  });

  it('with titles, a title plus one character, surnames, "the senator" and acronyms', () => {
    const text = [
      'President Thomas Hale met Sen. Rosa Delgado and Majority Leader Dana Whitfield in Washington.',
      'Hale said the senator would vote; Presidents Hale and Senx Delgado, Former President Hale, Gov Hale.',
      'The American Civil Liberties Union (ACLU) sued; the ACLU and the Congressional Budget Office (CBO) said so.',
      '"We will not," Delgado said. State Department officials and the Department of Homeland Security agreed.',
      'pro-Hale groups, Haleville and HaleX were not mentions; the CBO, FBI and NATO were.',
      'Former Deputy Prime Minister Dana Whitfield spoke; Sen.\tRosa Delgado and Dr.  Hale, Sen.-Hale and State Hale did not.',
      'General Motors, First Lady Delgado, Head Coach Hale; Gen. Whitfield; Senators Delgado.',
    ].join(' ');
    const r = same(text, spans(text));
    expect(r.mentions.length).toBeGreaterThan(8);
  });
});
