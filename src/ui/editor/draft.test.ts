import { describe, expect, it } from 'vitest';
import { emptyDraft, fromSharedReports, isDraftEmpty, parseDraft, sameDraft, serialiseDraft, toSharedReports, type Draft } from './draft';

const strip = (d: Draft | null) => d && d.reports.map(({ outlet, date, url, text }) => ({ outlet, date, url, text }));
const row = (outlet: string, text: string, date = '', url = '') => ({ key: outlet, outlet, date, url, text });

describe('draft: serialise → parse round trip', () => {
  const cases: [name: string, draft: Draft][] = [
    ['two empty reports', { reports: [row('', ''), row('', '')] }],
    ['typed reports', { reports: [row('Reuters', 'One. Two.', '2024-11-20', 'https://example.com/a'), row('AP', 'Three.')] }],
    ['six reports', { reports: Array.from({ length: 6 }, (_, i) => row(`O${i}`, `Text ${i}.`)) }],
    ['text kept verbatim (white space, CRLF, Cyrillic, emoji)', { reports: [row(' BBC ', '  Первый.\r\n\r\nSecond 🙂.  '), row('X', '\t')] }],
  ];
  it.each(cases)('%s', (_name, draft) => {
    expect(strip(parseDraft(serialiseDraft(draft)))).toEqual(strip(draft));
  });
});

describe('draft: parse is total', () => {
  const cases: [name: string, raw: string | null][] = [
    ['nothing stored', null],
    ['empty string', ''],
    ['not JSON', '{"schema":'],
    ['another schema', '{"schema":"parallax.draft/9","reports":[]}'],
    ['reports not a list', '{"schema":"parallax.draft/1","reports":{}}'],
    ['JSON null', 'null'],
  ];
  it.each(cases)('%s → null', (_name, raw) => {
    expect(parseDraft(raw)).toBeNull();
  });

  it('pads to two reports, caps at six, and repairs wrong field types', () => {
    const one = parseDraft('{"schema":"parallax.draft/1","reports":[{"outlet":"A","text":5}]}');
    expect(strip(one)).toEqual([
      { outlet: 'A', date: '', url: '', text: '' },
      { outlet: '', date: '', url: '', text: '' },
    ]);
    const many = parseDraft(JSON.stringify({ schema: 'parallax.draft/1', reports: Array.from({ length: 9 }, () => ({ outlet: 'x', text: 'y' })) }));
    expect(many?.reports).toHaveLength(6);
    expect(new Set(many?.reports.map((r) => r.key)).size).toBe(6);
  });
});

describe('draft: conversions', () => {
  it('an empty draft is empty; one character is not', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true);
    expect(emptyDraft().reports).toHaveLength(2);
    expect(isDraftEmpty({ reports: [row('', ''), row('', '  \n')] })).toBe(true);
    expect(isDraftEmpty({ reports: [row('', ''), row('', 'a')] })).toBe(false);
  });

  it('to shared reports: outlet collapsed, empty optionals left out, text verbatim', () => {
    expect(toSharedReports({ reports: [row('  The   Guardian ', ' Text.\n', ' 2024-11-20 ', ''), row('AP', 'B.', '', ' https://x.org ')] })).toEqual([
      { outlet: 'The Guardian', text: ' Text.\n', date: '2024-11-20' },
      { outlet: 'AP', text: 'B.', url: 'https://x.org' },
    ]);
  });

  it('from shared reports and back', () => {
    const reports = [
      { outlet: 'A', text: 'One.', date: '2024-01-01' },
      { outlet: 'B', text: 'Two.', url: 'https://b.example/' },
    ];
    const d = fromSharedReports(reports);
    expect(toSharedReports(d)).toEqual(reports);
    expect(sameDraft(d, fromSharedReports(reports))).toBe(true);
    expect(fromSharedReports([reports[0]!]).reports).toHaveLength(2);
  });
});
