/**
 * The offset invariant of the Comparison JSON (issue 15, testing/offsets.ts):
 * every span slices the report's original text to exactly what the JSON says
 * it is, for random news-like reports roughed up with CRLF, surrogate pairs,
 * combining marks, zero-width characters, NBSP and right-to-left text.
 * Seeded and bounded for CI; `npm run fuzz:offsets` runs it long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from './index';
import { offsetViolations, splitsSurrogate } from './testing/offsets';
import { reportsArbitrary } from './testing/randomReports';
import { seedReports } from './testing/seeds';

describe('offsets: every span slices the original text exactly', () => {
  it('holds on random reports (seeded property)', () => {
    // Long paragraphs a third as often as in the long runs: they cost as much as ten short reports.
    fc.assert(
      fc.property(reportsArbitrary({ text: 36, long: 1, sentences: 21 }), (reports) => {
        expect(offsetViolations(compareReports(reports))).toEqual([]);
      }),
      { seed: 15, numRuns: 200 },
    );
  }, 60_000);

  it('holds on the seed event', () => {
    expect(offsetViolations(compareReports(seedReports()))).toEqual([]);
  });

  it('holds on the same report written with CRLF, double spaces and zero-width characters', () => {
    const text = 'Defense Minister Jane\r\nSmith said on Monday that about\n300 troops\u200b left Kursk  Region. “We will not allow this escalation,” she\u00a0told reporters. 😀 Joe  Biden approved $625 million.';
    const c = compareReports([
      { id: 'a', outlet: 'A', text },
      { id: 'b', outlet: 'B', sentences: ['Jane Smith said that 300 troops left the Kursk Region.', '“We will not allow this escalation,” Smith told reporters.'] },
    ]);
    expect(offsetViolations(c)).toEqual([]);
  });
});

describe('offsetViolations: the checker itself', () => {
  const base = () => compareReports([{ id: 'a', outlet: 'A', text: 'Jane Smith of the United Nations said 300 troops left Kiev on December 3, 1997.' }]);

  it('passes a clean comparison and names the field of each violation', () => {
    const c = base();
    expect(offsetViolations(c)).toEqual([]);
    const fact = c.reports[0]!.framing.facts.find((f) => f.kind === 'person')!;
    fact.start += 1;
    c.reports[0]!.sentences[0]!.end += 100;
    const fields = offsetViolations(c).map((v) => v.slice(0, v.indexOf(':')));
    expect(fields).toContain('facts.person');
    expect(fields).toContain('sentence');
  });

  it('finds a span that splits a surrogate pair', () => {
    expect(splitsSurrogate('a😀b', 2)).toBe(true);
    expect(splitsSurrogate('a😀b', 1)).toBe(false);
    expect(splitsSurrogate('a😀b', 3)).toBe(false);
  });
});
