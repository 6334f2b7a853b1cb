import { describe, expect, it } from 'vitest';
import type { Draft, DraftReport } from './draft';
import { mergeDropped } from './mergeDrop';

let n = 0;
const row = (text: string, outlet = ''): DraftReport => ({ key: `k${++n}`, outlet, date: '', url: '', text });
const fresh = () => row('');
const texts = (d: Draft) => d.reports.map((r) => r.text);

describe('mergeDropped', () => {
  const cases: [name: string, draft: string[], dropped: string[], expected: string[]][] = [
    ['fills the empty reports in order', ['', ''], ['A.', 'B.'], ['A.', 'B.']],
    ['skips reports that have text', ['kept', ''], ['A.'], ['kept', 'A.']],
    ['a report of white space counts as empty', ['  \n', 'x'], ['A.'], ['A.', 'x']],
    ['adds reports when none is empty', ['x', 'y'], ['A.', 'B.'], ['x', 'y', 'A.', 'B.']],
    ['stops at six reports', ['1', '2', '3', '4', '5'], ['A.', 'B.', 'C.'], ['1', '2', '3', '4', '5', 'A.']],
    ['empty texts (refused files) are left out', ['', ''], ['', 'B.'], ['B.', '']],
    ['nothing dropped: the same reports', ['x', ''], [], ['x', '']],
  ];
  it.each(cases)('%s', (_name, draft, dropped, expected) => {
    expect(texts(mergeDropped({ reports: draft.map((t) => row(t)) }, dropped, fresh))).toEqual(expected);
  });

  it('keeps the outlet of the report it fills and leaves the old draft alone', () => {
    const before: Draft = { reports: [row('', 'Izvestia'), row('y', 'TASS')] };
    const after = mergeDropped(before, ['A.'], fresh);
    expect(after.reports[0]).toMatchObject({ outlet: 'Izvestia', text: 'A.', key: before.reports[0]!.key });
    expect(before.reports[0]!.text).toBe('');
  });
});
