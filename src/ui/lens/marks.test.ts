import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports, type Comparison } from '../../core/index';
import { seedReports } from '../../core/testing/seeds';
import { lensMarks as factsMarks } from './facts/marks';
import { lensMarks as labelsMarks } from './labels/marks';
import { lensMarks as loadedMarks } from './loaded/marks';
import { reportLens } from './marks';
import { parseLens, type Lens } from './registry';
import type { LensView } from './types';
import { describeSpeaker, lensMarks as voicesMarks, roleSeparator } from './voices/marks';
import { pageActors } from '../../worker/pageActors';

/** Each lens's LensView `marks` (view.tsx holds the same functions; node tests do not load .tsx). */
const MARKS: Record<Lens, LensView['marks']> = { claims: undefined, voices: voicesMarks, labels: labelsMarks, loaded: loadedMarks, facts: factsMarks };

let data: Comparison;
const idx = (outlet: string) => data.reports.findIndex((r) => r.outlet === outlet);
const marked = (report: number, lens: Lens) =>
  reportLens(data, report, MARKS[lens], { actors: pageActors() }).flatMap((s) => s.marks.map((m) => ({ ...m, words: data.reports[report]!.text.slice(m.start, m.end) })));

beforeAll(() => {
  data = compareReports(seedReports());
});

describe('parseLens', () => {
  it.each([
    ['voices', 'voices'],
    [' Labels ', 'labels'],
    ['loaded', 'loaded'],
    ['facts', 'facts'],
    ['claims', 'claims'],
    ['nope', null],
    ['', null],
    [null, null],
  ])('%s', (raw, lens) => expect(parseLens(raw)).toBe(lens));
});

describe('reportLens on the seed event', () => {
  it('claims lens marks nothing', () => {
    expect(reportLens(data, 0, MARKS.claims)).toEqual([]);
  });

  it('voices: Izvestia quotes Shurygin, with quotation spans; some sentences are unattributed', () => {
    const iz = idx('Izvestia');
    const sentences = reportLens(data, iz, MARKS.voices);
    expect(sentences).toHaveLength(data.reports[iz]!.sentences.length);
    expect(sentences.some((s) => s.notes.includes('Quoted: Vladislav Shurygin, military expert'))).toBe(true);
    expect(sentences.some((s) => s.className && s.notes[0]!.startsWith('Unattributed'))).toBe(true);
    expect(marked(iz, 'voices').some((m) => m.kind === 'quote')).toBe(true);
  });

  it('labels: "Kiev regime" in Izvestia is a loaded label for Ukraine, with the note', () => {
    const m = marked(idx('Izvestia'), 'labels').find((x) => x.words === 'Kiev regime')!;
    expect(m).toMatchObject({ kind: 'ukraine', flag: 'loaded', tag: 'UA' });
    expect(m.explain[0]).toMatch(/^“Kiev regime”: label for Ukraine's government and armed forces — loaded: 'Regime'/);
  });

  it('loaded: "puppeteers" is loaded, with the lexicon explanation and whose words', () => {
    const m = marked(idx('Izvestia'), 'loaded').find((x) => /puppeteers/i.test(x.words))!;
    expect(m.kind).toBe('loaded');
    expect(m.explain.join(' ')).toMatch(/Puppet/);
  });

  it('facts: $625 million in the unnamed outlet is money that no other outlet gives', () => {
    const m = marked(idx('Unnamed Russian outlet'), 'facts').find((x) => x.words.includes('625'))!;
    expect(m.kind).toBe('money');
    expect(m.explain).toContain('No other outlet gives this figure.');
  });

  it('facts: a date two outlets give names the other outlet; no false disagreement on the seed', () => {
    const facts = marked(idx('Izvestia'), 'facts');
    expect(facts.some((m) => m.explain.includes('Also given by Unnamed Russian outlet.'))).toBe(true);
    // 1999 (Kiev signed) and 1997 (the treaty was signed) are different facts, not a disagreement (issue 13).
    expect(facts.filter((m) => m.flag === 'discrepancy')).toEqual([]);
  });

  it('every mark overlaps its sentence', () => {
    for (const lens of ['voices', 'labels', 'loaded', 'facts'] as const) {
      data.reports.forEach((r, i) => {
        reportLens(data, i, MARKS[lens]).forEach((s, j) => {
          for (const m of s.marks) {
            expect(m.end).toBeGreaterThan(r.sentences[j]!.start);
            expect(m.start).toBeLessThan(r.sentences[j]!.end);
          }
        });
      });
    }
  });
});

describe('describeSpeaker', () => {
  it.each([
    [{ name: 'Vladislav Shurygin', role: 'military expert', type: 'person' as const }, 'Vladislav Shurygin, military expert'],
    [{ name: 'Mark Hiznay', role: 'of the UN Institute', type: 'person' as const }, 'Mark Hiznay of the UN Institute'],
    [{ name: 'The New York Times', type: 'outlet' as const, via: { name: 'unnamed officials', type: 'unnamed' as const } }, 'The New York Times, citing unnamed officials'],
    [undefined, 'an unnamed source'],
  ])('%#', (speaker, text) => expect(describeSpeaker(speaker)).toBe(text));
});

describe('roleSeparator', () => {
  it.each([
    ['military expert', ', '],
    ['of the UN Institute', ' '],
    ['From Kyiv', ' '],
    ['at the Pentagon', ' '],
    ['in charge', ' '],
    ['official', ', '],
    ['information officer', ', '],
  ])('%s', (role, sep) => expect(roleSeparator(role)).toBe(sep));
});
