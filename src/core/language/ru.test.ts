/**
 * A second profile is a folder: data/lang/ru/ (stop words, months, speech
 * verbs, abbreviations) lets Russian reports be segmented, tokenized and
 * matched with each other.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../analyzer';
import { segmentText } from '../preparation/segment';
import { tokenize } from '../text/tokenize';
import { bundledProfile } from './bundled';

const ru = bundledProfile('ru')!;

const a = [
  'Министр обороны заявил, что поставки начнутся в ноябре.',
  'По словам министра, т. е. главы ведомства, в страну отправят 500 единиц техники.',
  'Переговоры в Женеве завершились без результата.',
].join(' ');
const b = [
  'Погода в столице останется тёплой до конца недели.',
  'В страну отправят 500 единиц техники, сообщил министр обороны.',
  'Поставки начнутся в ноябре, заявил министр обороны.',
].join(' ');

describe('the Russian profile', () => {
  it('segments with its abbreviations ("т. е." does not end a sentence)', () => {
    expect(segmentText(a, ru).map((s) => a.slice(s.start, s.end))).toEqual([
      'Министр обороны заявил, что поставки начнутся в ноябре.',
      'По словам министра, т. е. главы ведомства, в страну отправят 500 единиц техники.',
      'Переговоры в Женеве завершились без результата.',
    ]);
  });

  it('tokenizes with its stop words (function words and speech verbs never count)', () => {
    const s = 'Министр обороны заявил, что поставки начнутся в ноябре.';
    const tokens = tokenize(s, { start: 0, end: s.length }, ru);
    expect(tokens.filter((t) => t.stop).map((t) => t.surface)).toEqual(['заявил', 'что', 'в']);
    expect(tokens.filter((t) => !t.stop).map((t) => t.term)).toEqual(['министр', 'обороны', 'поставки', 'начнутся', 'ноябре']);
  });

  it('a report\'s language picks the profile, and Russian reports are matched', () => {
    const reports = [
      { id: 'a', outlet: 'A', language: 'ru', text: a },
      { id: 'b', outlet: 'B', language: 'ru', text: b },
    ];
    const c = compareReports(reports);
    const together = (cmp: typeof c, sa: number, sb: number) => cmp.reports[0]!.sentences[sa]!.claim === cmp.reports[1]!.sentences[sb]!.claim;
    expect(together(c, 1, 1)).toBe(true); // 500 units, a shared number
    const units = c.claims.find((x) => x.id === c.reports[0]!.sentences[1]!.claim)!;
    expect(units.members[1]!.match!.terms).toEqual(['страну', 'отправят', 'единиц', 'техники']);
    expect(together(c, 2, 0)).toBe(false); // talks in Geneva / the weather
    // The link model was fitted on English: the "deliveries in November" pair (probability 0.21) links a little looser than the default.
    const loose = compareReports(reports, { sensitivity: 0.7 });
    expect(together(loose, 0, 2)).toBe(true);
    expect(together(loose, 2, 0)).toBe(false);
    expect(c.reports[0]!.language).toBe('ru');
  });
});
