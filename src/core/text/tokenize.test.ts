import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { devCases } from '../../../scripts/bench-data';
import { DEFAULT_OVERRIDES, DEFAULT_PROFILE } from '../language/bundled';
import { applyOverrides } from '../language/load';
import { normalizeWord, termLabel, tokenize, tokenizeReference } from './tokenize';

/** "surface=term" for content tokens, "surface/" for function words. */
function show(text: string): string {
  return tokenize(text, { start: 0, end: text.length })
    .map((t) => (t.stop ? `${t.surface}/` : `${t.surface}=${t.term}${t.kind === 'word' ? '' : `:${t.kind}`}`))
    .join(' ');
}

describe('tokenize', () => {
  it.each([
    ['anti-personnel and antipersonnel are one word', 'The anti-personnel mines.', 'The/ anti-personnel=antipersonnel mines=mine'],
    ['Kyiv and Kiev are one actor', 'Kyiv and Kiev.', 'Kyiv=@ukraine:name and/ Kiev=@ukraine:name'],
    ['the longest alias wins', 'The U.S. Department of Defense.', 'The/ U.S. Department of Defense=@us-defense-department:name'],
    ['the Pentagon is the same department', 'The Pentagon agreed.', 'The/ Pentagon=@us-defense-department:name agreed=agre'],
    ['US is the country, us the pronoun', 'US officials told us.', 'US=@united-states:name officials=offici told/ us/'],
    ['thousands separators are dropped', 'They sent 24,000 shells.', 'They/ sent=sent 24,000=24000:number shells=shell'],
    ['a scale word multiplies', 'A $625 million package.', 'A/ 625 million=625000000:number package=packag'],
    ['titles are not names', 'Said President Joe Biden.', 'Said/ President=presid Joe Biden=@joe-biden:name'],
    ['capitals in a Title Case headline are not names', 'Belarus Blasts Move to Send Mines', 'Belarus=belaru Blasts=blast Move=move to/ Send=send Mines=mine'],
  ])('%s', (_, text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it('gives offsets into the whole text, not the sentence', () => {
    const text = 'First one. The Pentagon agreed.';
    const tokens = tokenize(text, { start: 11, end: text.length });
    expect(tokens.map((t) => [t.start, t.end, text.slice(t.start, t.end)])).toEqual([
      [11, 14, 'The'],
      [15, 23, 'Pentagon'],
      [24, 30, 'agreed'],
    ]);
  });

  it('normalises case, accents, possessives and inner dots', () => {
    expect(['Kiev’s', 'U.S.', 'Café', "Biden's"].map(normalizeWord)).toEqual(['kiev', 'us', 'cafe', 'biden']);
  });

  it('labels alias terms for explanations', () => {
    expect([termLabel('@ottawa-convention'), termLabel('mine')]).toEqual(['Ottawa Convention', 'mine']);
  });
});

describe('tokenize = tokenizeReference (the tags and entry indices change no token)', () => {
  const effective = applyOverrides(DEFAULT_PROFILE, DEFAULT_OVERRIDES);
  const same = (text: string, profile = effective) => {
    const span = { start: 0, end: text.length };
    expect(tokenize(text, span, profile)).toEqual(tokenizeReference(text, span, profile));
  };

  it.each([
    'The U.S. Department of Defense said 24,000 shells and $625 million were sent.',
    'BELARUS BLASTS MOVE TO SEND MINES',
    'Kyiv’s café owner, Zoë, said: “Anti-personnel mines” cost 1.5 billion — or 155mm.',
    'Президент Украины заявил, что 3 миллиона человек',
    '東京で会議が開かれた。 US officials met President-elect Trump on 20.11.2024.',
    'Emoji 😀 and 𝐛𝐨𝐥𝐝 letters, NATO and the UN, 1,000,000 and 10 thousand.',
    '',
  ])('%s', (text) => same(text));

  it('on every development sentence', () => {
    for (const c of devCases()) for (const r of c.reports) for (const s of r.sentences) same(s);
  });

  it('on random text (fast-check)', () => {
    const piece = fc.constantFrom('the', 'The', 'US', 'U.S.', 'Department', 'of', 'Defense', 'Pentagon', '24,000', '625', 'million', 'Kyiv', 'anti-personnel', 'Café', 'é', 'ж', '東京', '😀', '’s', ' ', ' ', ', ', '. ', '-', '—', '“', '”', '3.5', 'President', 'Joe', 'Biden');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => same(parts.join(''))),
      { numRuns: 500 },
    );
  });
});
