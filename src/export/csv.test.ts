import { describe, expect, it } from 'vitest';
import { defuseFormula, quoteCell, toCsv } from './csv';
import { comparison } from './testing/fixture';

describe('quoteCell (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('%j → %j', (cell, quoted) => {
    expect(quoteCell(cell)).toBe(quoted);
  });
});

describe('defuseFormula', () => {
  it.each([
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['0.5', '0.5'],
    ['', ''],
  ])('%j → %j', (cell, safe) => {
    expect(defuseFormula(cell)).toBe(safe);
  });
});

describe('toCsv', () => {
  it('one row per claim member, quoted, formulas defused, with a BOM and CRLF', () => {
    expect(toCsv(comparison, { notes: { c1: 'check, "this"\nplease', c3: '=1+1' }, edits: ['c3'] })).toBe(
      '\uFEFF' +
        [
          'claim,kind,outlet,sentence,strength,edited,note',
          'c1,shared,"Alpha, ""The"" <News>","The minister ""resigned"", on Monday.",,,"check, ""this""\nplease"',
          'c1,shared,"\'=HYPERLINK(""http://evil"")","The minister quit\non Monday.",0.813,,"check, ""this""\nplease"',
          'c1,shared,*Gamma* _[C]_ (#1) | x,Minister *resigned* on [Monday](http://x) # | _now_.,0.500,,"check, ""this""\nplease"',
          'c2,unique,"Alpha, ""The"" <News>",<script>alert(1)</script> Prices rose.,,,',
          'c3,unique,"\'=HYPERLINK(""http://evil"")",\'-2+3 cmd @SUM(A1) rained.,,yes,\'=1+1',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('hideOutletNames: Outlet A/B/C; bom: false leaves the BOM out', () => {
    const csv = toCsv(comparison, { hideOutletNames: true }, { bom: false });
    expect(csv.split('\r\n').map((row) => row.split(',')[2])).toEqual(['outlet', 'Outlet A', 'Outlet B', 'Outlet C', 'Outlet A', 'Outlet B', undefined]);
    expect(csv.startsWith('claim,')).toBe(true);
    expect(csv).not.toMatch(/Alpha|HYPERLINK|Gamma/);
  });

  it.each([
    ['ESC', 'a\x1b[2Jb', 'a\\x1B[2Jb'],
    ['C1 CSI', 'a\x9bb', 'a\\x9Bb'],
    ['NUL', 'a\x00b', 'a\\x00b'],
    ['bidi override', 'a\u202Eb', 'a\\u202Eb'],
  ])('control characters are written visibly: %s', (_name, outlet, shown) => {
    const hostile = { ...comparison, reports: comparison.reports.map((r, i) => (i === 0 ? { ...r, outlet } : r)) };
    const csv = toCsv(hostile, {}, { bom: false });
    expect(csv.split('\r\n')[1]!.split(',')[2]).toBe(shown);
  });
});
