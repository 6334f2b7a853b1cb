import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from './analyzer';
import type { Lens } from './lenses/lens';
import { LENSES } from './lenses/registry';
import { createLexicalMatcher } from './matching/lexical/matcher';
import type { Matcher } from './matching/matcher';
import { seedReports } from './testing/seeds';
import type { ReportInput } from './types';

// Count prepareTokenized calls (prepare and tokenize, the analyzer imports it from this module) by the text they prepare.
const prepared: string[] = [];
vi.mock('./preparation/prepare', async (load) => {
  const actual = await load<typeof import('./preparation/prepare')>();
  return {
    ...actual,
    prepareTokenized: (...args: Parameters<typeof actual.prepareTokenized>) => {
      prepared.push(args[0].sentences ? args[0].sentences.join('\n') : (args[0].text ?? ''));
      return actual.prepareTokenized(...args);
    },
  };
});

/** The default lenses, each call of the first one recorded (one call per report framed). */
function countingLenses(): { lenses: Lens[]; framed: string[] } {
  const framed: string[] = [];
  const [first, ...rest] = LENSES as readonly Lens[];
  return { lenses: [{ id: first!.id, detect: (input) => (framed.push(input.text), first!.detect(input)) }, ...rest], framed };
}

function counting(): Matcher & { runs: number } {
  const inner = createLexicalMatcher();
  const m = { ...inner, runs: 0, score: (input: Parameters<Matcher['score']>[0]) => (m.runs++, inner.score(input)) };
  return m;
}

const extra: ReportInput = { id: 'extra', outlet: 'Extra', text: 'The United States will send anti-personnel mines to Ukraine, officials said on Wednesday.\n\nKyiv had asked for them.' };

// Each test runs several full analyses of the seed event (fresh analyzers to compare with): seconds on a loaded machine.
describe('createAnalyzer: per-report cache', { timeout: 60_000 }, () => {
  it('adding a report prepares and frames only the new one; the result is a fresh analyzer’s', () => {
    const { lenses, framed } = countingLenses();
    const matcher = counting();
    const analyzer = createAnalyzer({ lenses, matchers: [matcher] });
    const reports = seedReports();
    analyzer.compare(reports);
    expect(framed.length).toBe(reports.length);
    prepared.length = 0;
    framed.length = 0;
    const more = [...reports, extra];
    const after = analyzer.compare(more);
    expect(prepared).toEqual([extra.text!]);
    expect(framed.length).toBe(1);
    expect(matcher.runs).toBe(2); // scores depend on every report: scored afresh
    expect(after).toEqual(createAnalyzer({ lenses: countingLenses().lenses }).compare(more));
  });

  it('removing a report, or editing one, re-does only that one; putting it back re-does nothing', () => {
    const { lenses, framed } = countingLenses();
    const analyzer = createAnalyzer({ lenses });
    const reports = seedReports();
    analyzer.compare(reports);
    prepared.length = 0;
    framed.length = 0;
    // (prepareReport is counted module-wide: a fresh analyzer's calls count too, so each count is read before comparing.)
    const fewer = reports.slice(0, 2);
    const afterRemove = analyzer.compare(fewer);
    expect([prepared.length, framed.length]).toEqual([0, 0]);
    expect(afterRemove).toEqual(createAnalyzer().compare(fewer));
    prepared.length = 0;
    const edited = reports.map((r, i) => (i === 1 ? { ...r, text: `${r.text}\n\nA new closing sentence about the mines.` } : r));
    const afterEdit = analyzer.compare(edited);
    expect(prepared).toEqual([edited[1]!.text]);
    expect(framed.length).toBe(1);
    expect(afterEdit).toEqual(createAnalyzer().compare(edited));
    // The original of the edited report is among the few kept besides the last input's.
    prepared.length = 0;
    framed.length = 0;
    const back = analyzer.compare(reports);
    expect([prepared.length, framed.length]).toEqual([0, 0]);
    expect(back).toEqual(createAnalyzer().compare(reports));
  });

  it('keys by text or sentences and language; a report given twice is worked twice, equal to a fresh analyzer', () => {
    const { lenses, framed } = countingLenses();
    const analyzer = createAnalyzer({ lenses });
    const given = (id: string, sentences: string[]) => ({ id, outlet: id, sentences });
    const a = given('a', ['Mines were sent.', 'Kyiv got them.']);
    analyzer.compare([a, given('b', ['Mines were sent.', 'Kyiv did not get them.'])]);
    framed.length = 0;
    const twice = [a, { ...a, id: 'a2' }];
    expect(analyzer.compare(twice)).toEqual(createAnalyzer().compare(twice));
    expect(framed.length).toBe(1); // the first reuses a's work; the copy gets its own
    framed.length = 0;
    analyzer.compare(twice, { language: 'ru' });
    expect(framed.length).toBe(2);
  });

  it('forget() drops everything: the next compare starts cold', () => {
    const { lenses, framed } = countingLenses();
    const matcher = counting();
    const analyzer = createAnalyzer({ lenses, matchers: [matcher] });
    const reports = seedReports();
    const first = analyzer.compare(reports);
    framed.length = 0;
    analyzer.forget();
    expect(analyzer.compare(reports)).toEqual(first);
    expect(framed.length).toBe(reports.length);
    expect(matcher.runs).toBe(2);
  });

  it('keeps the last input’s reports and at most four others', () => {
    const { lenses, framed } = countingLenses();
    const analyzer = createAnalyzer({ lenses });
    const one = (k: number) => ({ id: `r${k}`, outlet: `R${k}`, sentences: [`Report ${k} says mines were sent.`] });
    for (let k = 0; k < 6; k++) analyzer.compare([one(k)]);
    framed.length = 0;
    analyzer.compare([one(1)]); // r5 is the last input, r1…r4 the four others kept
    analyzer.compare([one(0)]); // r0 was dropped
    expect(framed).toEqual(['Report 0 says mines were sent.']);
  });
});
