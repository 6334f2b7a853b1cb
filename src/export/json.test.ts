import { describe, expect, it } from 'vitest';
import { toJson } from './json';
import { comparison } from './testing/fixture';

describe('toJson', () => {
  it('without meta: exactly the Comparison JSON', () => {
    expect(toJson(comparison)).toBe(JSON.stringify(comparison, null, 2) + '\n');
  });

  it('meta goes under "export"', () => {
    const parsed = JSON.parse(toJson(comparison, { title: 'T', notes: { c1: 'n' }, edits: ['c1'] }));
    expect(parsed.export).toEqual({ title: 'T', notes: { c1: 'n' }, edits: ['c1'] });
    expect(parsed.schema).toBe('parallax.comparison/1');
  });

  it('hideOutletNames: outlets, ids and URLs replaced everywhere', () => {
    const json = toJson(comparison, { hideOutletNames: true });
    expect(json).not.toMatch(/Alpha|HYPERLINK|Gamma|example\.com|javascript:/);
    const parsed = JSON.parse(json);
    expect(parsed.reports.map((r: { id: string; outlet: string }) => [r.id, r.outlet])).toEqual([
      ['outlet-a', 'Outlet A'],
      ['outlet-b', 'Outlet B'],
      ['outlet-c', 'Outlet C'],
    ]);
    expect(parsed.facts.reports).toEqual(['outlet-a', 'outlet-b', 'outlet-c']);
    expect(parsed.facts.discrepancies[0].values.map((v: { report: string }) => v.report)).toEqual(['outlet-a', 'outlet-b']);
  });

  it.each([
    ['ESC', '\x1b[2J', '"\\u001b[2J"'],
    ['BEL', '\x07', '"\\u0007"'],
    ['DEL', '\x7f', '"\\u007f"'],
    ['C1 CSI', '\x9b', '"\\u009b"'],
    ['bidi override', '\u202E', '"\\u202e"'],
    ['newline and tab', '\n\t', '"\\n\\t"'],
  ])('control characters are escaped: %s', (_name, outlet, shown) => {
    const hostile = { ...comparison, reports: comparison.reports.map((r, i) => (i === 0 ? { ...r, outlet } : r)) };
    const json = toJson(hostile);
    expect(json).toContain(`"outlet": ${shown}`);
    expect(JSON.parse(json).reports[0].outlet).toBe(outlet);
  });
});
