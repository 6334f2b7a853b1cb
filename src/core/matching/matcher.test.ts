import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { createLexicalMatcher } from './lexical/matcher';
import type { Matcher, ScoredPairs } from './matcher';

/** A second matcher: links sentences whose texts are equal ignoring case; async "model load" and a per-text cache. */
function exactMatcher(): Matcher & { encoded: number } {
  const cache = new Map<string, string>();
  let loaded = false;
  const m = {
    id: 'exact',
    encoded: 0,
    async ready() {
      await Promise.resolve();
      loaded = true;
    },
    score(input): ScoredPairs {
      if (!loaded) throw new Error('not ready');
      const nodes = input.reports.flatMap((sentences, report) => sentences.map((_, sentence) => ({ report, sentence })));
      const key = (i: number) => {
        const s = input.reports[nodes[i]!.report]![nodes[i]!.sentence]!;
        let k = cache.get(s.text);
        if (k === undefined) {
          m.encoded++;
          cache.set(s.text, (k = s.text.toLowerCase()));
        }
        return k;
      };
      const pairs = [];
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) if (nodes[i]!.report !== nodes[j]!.report && key(i) === key(j)) pairs.push({ i, j, probability: 1 });
      return { matcher: 'exact', nodes, pairs, maxPerReport: 1, explain: () => ({ terms: ['(same text)'], names: [], numbers: [] }) };
    },
  } satisfies Matcher & { encoded: number };
  return m;
}

const reports = [
  { id: 'a', outlet: 'A', text: 'The bridge reopened on Monday. Traffic was light.' },
  { id: 'b', outlet: 'B', text: 'THE BRIDGE REOPENED ON MONDAY. Officials praised the repair crews.' },
];

describe('the Matcher contract', () => {
  it('a second matcher plugs in beside the lexical one and is picked by name', async () => {
    const exact = exactMatcher();
    const analyzer = createAnalyzer({ matchers: [createLexicalMatcher(), exact] });
    expect(analyzer.matchers).toEqual(['lexical', 'exact']);
    await analyzer.ready();
    const c = analyzer.compare(reports, { matcher: 'exact' });
    const linked = c.claims.filter((x) => x.members.length > 1);
    expect(linked).toHaveLength(1);
    expect(linked[0]!.members[1]!.match).toEqual({ to: 0, score: 1, terms: ['(same text)'], names: [], numbers: [] });
    // Each sentence text is encoded once, however often it is compared; again on a second call: cached.
    expect(exact.encoded).toBe(4);
    analyzer.compare(reports, { matcher: 'exact' });
    expect(exact.encoded).toBe(4);
  });
});
