import { describe, expect, it } from 'vitest';
import { compareReports, createAnalyzer } from './analyzer';
import { CompareInputError } from './errors';
import type { ReportInput } from './types';

const ok: ReportInput = { id: 'a', outlet: 'A', text: 'The council approved the budget on Monday.' };

// Inputs a caller (a file, a URL, another program) may hand over: each is a CompareInputError with a code, never a crash.
const bad: [string, unknown, unknown, string][] = [
  ['reports null', null, undefined, 'reports-not-array'],
  ['reports a string', 'two reports', undefined, 'reports-not-array'],
  ['a null report', [ok, null], undefined, 'report-not-object'],
  ['a report that is an array', [ok, ['text']], undefined, 'report-not-object'],
  ['a numeric id', [{ ...ok, id: 7 }], undefined, 'report-id'],
  ['an outlet object', [{ ...ok, outlet: {} }], undefined, 'report-outlet'],
  ['a non-string text', [{ ...ok, text: 42 }], undefined, 'report-text'],
  ['a null text', [{ ...ok, text: null }], undefined, 'report-text'],
  ['sentences not strings', [{ ...ok, sentences: ['a', 1] }], undefined, 'report-sentences'],
  ['a numeric language', [{ ...ok, language: 1 }], undefined, 'report-metadata'],
  ['machineTranslated "yes"', [{ ...ok, machineTranslated: 'yes' }], undefined, 'report-metadata'],
  ['options a number', [ok], 3, 'options-not-object'],
  ['an unknown matcher', [ok], { matcher: 'semantic' }, 'unknown-matcher'],
];

describe('compareReports on bad input', () => {
  it.each(bad)('%s → CompareInputError', (_name, reports, options, code) => {
    let thrown: unknown;
    try {
      compareReports(reports as ReportInput[], options as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CompareInputError);
    expect((thrown as CompareInputError).code).toBe(code);
    expect((thrown as Error).message.length).toBeGreaterThan(10);
  });

  it('names the report at fault', () => {
    try {
      compareReports([ok, { ...ok, id: 'b', text: 5 } as unknown as ReportInput]);
    } catch (e) {
      expect((e as CompareInputError).report).toBe(1);
      expect((e as Error).message).toMatch(/report 2 \(b\): text must be a string/);
    }
  });

  it('null or missing options mean the defaults', () => {
    const a = compareReports([ok]);
    expect(compareReports([ok], null)).toEqual(a);
    expect(compareReports([ok], {})).toEqual(a);
    expect(compareReports([ok], { matcher: 'lexical' })).toEqual(a);
  });

  it('accepts an empty list and reports without text', () => {
    expect(compareReports([]).claims).toEqual([]);
    expect(compareReports([{ id: 'x', outlet: 'X' }]).reports[0]!.sentences).toEqual([]);
  });

  it('copies originalLanguage and machineTranslated to the result', () => {
    const r = compareReports([{ ...ok, language: 'en', originalLanguage: 'ru', machineTranslated: true }]).reports[0]!;
    expect([r.language, r.originalLanguage, r.machineTranslated]).toEqual(['en', 'ru', true]);
  });

  it('an analyzer lists its matchers and is ready', async () => {
    const analyzer = createAnalyzer();
    expect(analyzer.matchers).toEqual(['lexical']);
    await expect(analyzer.ready()).resolves.toBeUndefined();
    expect(analyzer.compare([ok])).toEqual(compareReports([ok]));
  });
});
