import { describe, expect, it } from 'vitest';
import type { Comparison, ReportResult } from '../../core/types';
import { comparison as fixture } from '../../export/testing/fixture';
import { hideNamesIn, hideOutletNames, joinLabels, maskFor, nameMasker, outletLabel, outletLetter } from './outletLabels';

const Z = '\u200B';

describe('labels', () => {
  it.each([
    [0, 'A', 'Outlet A'],
    [1, 'B', 'Outlet B'],
    [5, 'F', 'Outlet F'],
    [25, 'Z', 'Outlet Z'],
    [26, 'AA', 'Outlet AA'],
  ])('report %i is %s (%s)', (i, letter, label) => {
    expect(outletLetter(i)).toBe(letter);
    expect(outletLabel(i)).toBe(label);
  });

  it.each([
    [0, ''],
    [1, 'Outlet A'],
    [2, 'Outlet A and Outlet B'],
    [3, 'Outlet A, Outlet B and Outlet C'],
  ])('%i labels joined: %s', (n, joined) => expect(joinLabels(n)).toBe(joined));
});

describe('masks keep the length of the name they replace', () => {
  it.each([
    [0, 8, 'Outlet A'],
    [1, 10, `Outlet B${Z}${Z}`],
    [0, 7, `[A]${Z}${Z}${Z}${Z}`],
    [2, 3, '[C]'],
    [1, 2, `B${Z}`],
  ])('outlet %i, %i characters → %j', (i, length, mask) => {
    expect(maskFor(i, length)).toBe(mask);
    expect(maskFor(i, length)).toHaveLength(length);
  });
});

describe('nameMasker', () => {
  const mask = nameMasker(['Sputnik', 'Izvestia', 'Unnamed Russian outlet']);
  it.each([
    ['MINSK (Sputnik) - The decision', `MINSK ([A]${Z.repeat(4)}) - The decision`],
    ['military expert Vladislav Shurygin told Izvestia.', 'military expert Vladislav Shurygin told Outlet B.'],
    ['IZVESTIA and sputnik', `Outlet B and [A]${Z.repeat(4)}`],
    ['Izvestia’s experts', 'Outlet B’s experts'],
    ['SputnikGlobe and Sputniks are other words', 'SputnikGlobe and Sputniks are other words'],
    ['an Unnamed   Russian outlet said', `an Outlet C${Z.repeat(16)} said`],
    ['RIA Novosti reported', 'RIA Novosti reported'],
  ])('%j', (text, masked) => {
    expect(mask(text)).toBe(masked);
    expect(mask(text)).toHaveLength(text.length);
  });

  it('masks the longer of two overlapping names whole, and leaves one-letter names alone', () => {
    const m = nameMasker(['Globe', 'Sputnik Globe', 'X']);
    expect(m('Sputnik Globe and Globe and X')).toBe(`Outlet B${Z.repeat(5)} and [A]${Z.repeat(2)} and X`);
  });

  it('treats the names as text, not patterns', () => {
    expect(nameMasker(["A.B (C)"])("see A.B (C) and AxB (C)")).toBe(`see [A]${Z.repeat(4)} and AxB (C)`);
  });

  it('hideNamesIn drops the padding (a heading, not an offset-bearing text)', () => {
    expect(hideNamesIn('Sputnik and Izvestia on mines', ['Sputnik', 'Izvestia'])).toBe('[A] and Outlet B on mines');
  });
});

describe('hideOutletNames', () => {
  const named = (id: string, outlet: string, text: string, url?: string): ReportResult => ({
    ...fixture.reports[0]!,
    id,
    outlet,
    text,
    url,
    sentences: [{ text, start: 0, end: text.length, claim: 'c1' }],
    removed: [{ text: 'SPUTNIK 12:00', start: 0, end: 13, reason: 'header' } as ReportResult['removed'][number]],
  });
  const input: Comparison = {
    ...fixture,
    reports: [named('r1', 'Sputnik', 'Sputnik says Izvestia lied.', 'https://sputnik.example/a'), named('r2', 'Izvestia', 'Izvestia disagrees.')],
  };
  const out = hideOutletNames(input);

  it('labels the outlets, drops their addresses and keeps ids', () => {
    expect(out.reports.map((r) => [r.id, r.outlet, r.url])).toEqual([
      ['r1', 'Outlet A', undefined],
      ['r2', 'Outlet B', undefined],
    ]);
    expect('url' in out.reports[0]!).toBe(false);
  });

  it('masks texts, sentences and removed text in place (offsets still hold)', () => {
    const r = out.reports[0]!;
    expect(r.text).toBe(`[A]${Z.repeat(4)} says Outlet B lied.`);
    expect(r.sentences[0]!.text).toBe(r.text.slice(r.sentences[0]!.start, r.sentences[0]!.end));
    expect(r.removed[0]!.text).toBe(`[A]${Z.repeat(4)} 12:00`);
    expect(out.reports[1]!.text).toBe('Outlet B disagrees.');
  });

  it('keeps claims, ids and kinds, and leaves the input unchanged', () => {
    expect(out.claims).toEqual(input.claims);
    expect(out.schema).toBe('parallax.comparison/1');
    expect(out.facts.reports).toEqual(input.facts.reports);
    expect(input.reports[0]!.outlet).toBe('Sputnik');
    expect(input.reports[0]!.url).toBe('https://sputnik.example/a');
  });

  it('leaves no outlet name anywhere in the result', () => {
    expect(JSON.stringify(out)).not.toMatch(/sputnik|izvestia/i);
  });
});
