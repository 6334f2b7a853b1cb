import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { createLexicalMatcher } from './matching/lexical/matcher';
import type { Matcher } from './matching/matcher';
import { seedReports } from './testing/seeds';

/** A lexical matcher that counts its scoring runs. */
function counting(): Matcher & { runs: number } {
  const inner = createLexicalMatcher();
  const m = { ...inner, runs: 0, score: (input: Parameters<Matcher['score']>[0]) => (m.runs++, inner.score(input)) };
  return m;
}

// The analyzer keeps the last input's sensitivity-free work (prepared reports, tokens, scores, lenses).
describe('createAnalyzer: re-runs of one input', () => {
  it('a sensitivity change re-groups only, with the result a fresh analyzer gives', () => {
    const matcher = counting();
    const analyzer = createAnalyzer({ matchers: [matcher] });
    const reports = seedReports();
    const first = analyzer.compare(reports);
    const strict = analyzer.compare(reports, { sensitivity: 0.2 });
    const loose = analyzer.compare(reports.map((r) => ({ ...r })), { sensitivity: 0.9 });
    expect(matcher.runs).toBe(1);
    expect(strict).toEqual(createAnalyzer().compare(reports, { sensitivity: 0.2 }));
    expect(loose).toEqual(createAnalyzer().compare(reports, { sensitivity: 0.9 }));
    expect(analyzer.compare(reports)).toEqual(first);
    expect(strict.claims.length).not.toBe(loose.claims.length);
  });

  it('changed text, sentences or language are analysed afresh', () => {
    const matcher = counting();
    const analyzer = createAnalyzer({ matchers: [matcher] });
    const reports = seedReports();
    analyzer.compare(reports);
    const edited = reports.map((r, i) => (i === 1 ? { ...r, text: `${r.text}\n\nA new closing sentence about the mines.` } : r));
    const after = analyzer.compare(edited);
    expect(matcher.runs).toBe(2);
    expect(after).toEqual(createAnalyzer().compare(edited));
    analyzer.compare(edited, { language: 'ru' });
    expect(matcher.runs).toBe(3);
    const given = (id: string, sentences: string[]) => ({ id, outlet: id, sentences });
    analyzer.compare([given('a', ['Mines were sent.', 'Kyiv got them.']), given('b', ['Mines were sent.', 'Kyiv did not get them.'])]);
    analyzer.compare([given('a', ['Mines were sent.', 'Kyiv got them.']), given('b', ['Mines were sent.', 'Kyiv got them.'])]);
    expect(matcher.runs).toBe(5);
  });
});
