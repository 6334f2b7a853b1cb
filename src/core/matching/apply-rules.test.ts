import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../language/bundled';
import { tokenize } from '../text/tokenize';
import type { MatchInput, ScoredPairs } from './matcher';
import { realSentenceReports } from '../../../scripts/bench-data';
import { createLexicalMatcher, scoreLexical } from './lexical/matcher';
import { applyRules, ruled } from './rules';

/** Every cross-report pair of the sentences, at probability p. */
function scoredAll(reports: string[][], p: number): { scored: ScoredPairs; input: MatchInput } {
  const input: MatchInput = {
    reports: reports.map((ss) => ss.map((text) => ({ text, tokens: tokenize(text, { start: 0, end: text.length }), profile: DEFAULT_PROFILE }))),
  };
  const nodes = reports.flatMap((ss, report) => ss.map((_, sentence) => ({ report, sentence })));
  const pairs = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) if (nodes[i]!.report !== nodes[j]!.report) pairs.push({ i, j, probability: p });
  const scored: ScoredPairs = { matcher: 'test', nodes, pairs, maxPerReport: 2, explain: () => ({ terms: [], names: [], numbers: [] }) };
  return { scored, input };
}

/** applyRules as it was: `ruled` on every pair. */
function reference(scored: ScoredPairs, input: MatchInput): number[] {
  const at = (n: number) => input.reports[scored.nodes[n]!.report]![scored.nodes[n]!.sentence]!;
  return scored.pairs.map((pair) => ruled(pair.probability, at(pair.i), at(pair.j)));
}

const SENTENCES = [
  'Police arrested the suspect on Tuesday night.',
  'Police arrested the suspect on Tuesday night!',
  'The ministry confirmed that troops had crossed the border.',
  'The ministry denied that troops had crossed the border.',
  'Russia accused Ukraine of shelling the plant.',
  'Ukraine accused Russia of shelling the plant.',
  'The storm killed 12 people in Chile.',
  'The storm killed 3 people in Peru.',
  'He called it "a very serious and dangerous escalation of the war" on Monday.',
  'The minister said the attack was a very serious and dangerous escalation of the war.',
  'Shares in the bank fell 5% on Monday.',
  'The festival will open with a concert in the park.',
  '',
  '"Thanks."',
];

describe('applyRules', () => {
  it('gives what ruled gives on every pair of a table of look-alikes, quotes and unrelated sentences', () => {
    const { scored, input } = scoredAll([SENTENCES.slice(0, 7), SENTENCES.slice(7), SENTENCES.slice(3, 10)], 0.5);
    const out = applyRules(scored, input).pairs.map((p) => p.probability);
    expect(out).toEqual(reference(scored, input));
    // The table does exercise every rule: verbatim floors, a quotation floor and contrast caps.
    expect(new Set(out)).toEqual(new Set([0.5, 0.99, 0.9, 0.01]));
  });

  it('equals ruled on random sentences made of a small vocabulary (fast-check)', () => {
    const word = fc.constantFrom('police', 'arrested', 'the', 'suspect', 'not', 'Not', 'denied', 'confirmed', 'Russia', 'Ukraine', '12', '3', 'killed', 'in', 'Peru', '"', '“', '”', 'said', 'Zürich', 'ΟΔΟΣ');
    const sentence = fc.array(word, { minLength: 0, maxLength: 9 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (a, b) => {
        const { scored, input } = scoredAll([a, b], 0.3);
        expect(applyRules(scored, input).pairs.map((p) => p.probability)).toEqual(reference(scored, input));
      }),
      { numRuns: 200 },
    );
  });

  it('equals ruled on the lexical candidates of real news sentences (quotes, look-alikes, other languages)', () => {
    const set = realSentenceReports(3, 300);
    const input: MatchInput = { reports: set.sentences.map((ss) => ss.map((text) => ({ text, tokens: tokenize(text, { start: 0, end: text.length }), profile: DEFAULT_PROFILE }))) };
    const scored = scoreLexical(input.reports.map((ss) => ss.map((s) => s.tokens)));
    const out = applyRules(scored, input).pairs.map((p) => p.probability);
    expect(out).toEqual(reference(scored, input));
    // Some pairs are floored or capped, most are left as they were.
    const changed = out.filter((p, m) => p !== scored.pairs[m]!.probability).length;
    expect(changed).toBeGreaterThan(10);
    expect(changed).toBeLessThan(out.length / 2);
    // The lexical matcher's own path hands applyRules the vector index's content-term ids: the same result.
    expect(createLexicalMatcher().score(input).pairs.map((p) => p.probability)).toEqual(out);
  });

  it('finds reversed roles on the index term ids as reversedRoles does (names in both orders, words between; fast-check)', () => {
    const name = fc.constantFrom('Russia', 'Ukraine', 'Peru', 'Kyiv');
    const verb = fc.constantFrom('accused', 'attacked', 'warned', 'the');
    const tail = fc.constantFrom('', 'of shelling the plant', 'on Tuesday', 'near the plant', 'of Russia');
    const sentence = fc.tuple(fc.constantFrom('', 'On Tuesday', 'The'), name, verb, name, tail).map((ws) => ws.filter((w) => w).join(' ') + '.');
    let capped = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (a, b) => {
        const input: MatchInput = { reports: [a, b].map((ss) => ss.map((text) => ({ text, tokens: tokenize(text, { start: 0, end: text.length }), profile: DEFAULT_PROFILE }))) };
        const scored = scoreLexical(input.reports.map((ss) => ss.map((s) => s.tokens)));
        const expected = reference(scored, input);
        capped += expected.filter((p) => p <= 0.01).length;
        expect(createLexicalMatcher().score(input).pairs.map((p) => p.probability)).toEqual(expected);
      }),
      // A fixed seed: the count below is of these runs.
      { numRuns: 300, seed: 16 },
    );
    expect(capped).toBeGreaterThan(10);
  });

  it('gives the same with the lexical index term ids as with its own interning (fast-check)', () => {
    const word = fc.constantFrom('police', 'arrested', 'the', 'suspect', 'not', 'denied', 'confirmed', 'Russia', 'Ukraine', '12', '3', 'killed', 'in', 'Peru', 'said');
    const sentence = fc.array(word, { minLength: 0, maxLength: 9 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (a, b) => {
        const input: MatchInput = { reports: [a, b].map((ss) => ss.map((text) => ({ text, tokens: tokenize(text, { start: 0, end: text.length }), profile: DEFAULT_PROFILE }))) };
        const scored = scoreLexical(input.reports.map((ss) => ss.map((s) => s.tokens)));
        expect(createLexicalMatcher().score(input).pairs.map((p) => p.probability)).toEqual(reference(scored, input));
      }),
      { numRuns: 200 },
    );
  });
});
