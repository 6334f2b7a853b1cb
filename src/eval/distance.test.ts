import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../core/index';
import type { Comparison } from '../core/types';
import type { EvalCase } from './cases';
import { editDistance, editsToGold, goldGrouping, maxMatching, planMoves, summarise } from './distance';

/** A comparison of three reports whose claims are given as a label per sentence. */
const output = (labels: string[][]) => ({ reports: labels.map((l) => ({ sentences: l.map((claim, s) => ({ text: `sentence ${s}`, claim })) })) }) as unknown as Comparison;
type Links = EvalCase['links'];

describe('editDistance', () => {
  const cases: [string, string[][], Links, { linksToAdd: number; linksToRemove: number; moves: number; detach: number; link: number; chained: number; fromScratch: number }][] = [
    ['identical', [['a', 'b'], ['a', 'c']], [[0, 0, 1, 0]], { linksToAdd: 0, linksToRemove: 0, moves: 0, detach: 0, link: 0, chained: 0, fromScratch: 1 }],
    ['nothing linked, nothing to link', [['a'], ['b']], [], { linksToAdd: 0, linksToRemove: 0, moves: 0, detach: 0, link: 0, chained: 0, fromScratch: 0 }],
    ['one missing link: one link', [['a', 'b'], ['c', 'd']], [[0, 0, 1, 0]], { linksToAdd: 1, linksToRemove: 0, moves: 1, detach: 0, link: 1, chained: 0, fromScratch: 1 }],
    ['one wrong link: one detach', [['a', 'b'], ['a', 'c']], [], { linksToAdd: 0, linksToRemove: 1, moves: 1, detach: 1, link: 0, chained: 0, fromScratch: 0 }],
    ['a sentence in the wrong claim: one link (moves it, undoing one link and making another)', [['a', 'b'], ['b']], [[0, 0, 1, 0]], { linksToAdd: 1, linksToRemove: 1, moves: 1, detach: 0, link: 1, chained: 0, fromScratch: 1 }],
    // Gold: 0.0–1.0 and 1.0–2.0 (a chain); the output links none: two links bring 1.0 and 2.0 to 0.0's claim.
    ['a chain, nothing linked', [['a'], ['b'], ['c']], [[0, 0, 1, 0], [1, 0, 2, 0]], { linksToAdd: 2, linksToRemove: 0, moves: 2, detach: 0, link: 2, chained: 1, fromScratch: 2 }],
    // The output links all three; gold's chain makes one group of them, so nothing to move, but 0.0–2.0 is not a gold link.
    ['a chain, all in one claim', [['a'], ['a'], ['a']], [[0, 0, 1, 0], [1, 0, 2, 0]], { linksToAdd: 0, linksToRemove: 1, moves: 0, detach: 0, link: 0, chained: 1, fromScratch: 2 }],
    // One claim of four sentences that gold splits two and two: two move out (a detach, then a link to it).
    ['a claim to split in two', [['a', 'a'], ['a', 'a']], [[0, 0, 1, 0], [0, 1, 1, 1]], { linksToAdd: 0, linksToRemove: 2, moves: 2, detach: 1, link: 1, chained: 0, fromScratch: 2 }],
    // Two claims that gold merges (every pair linked): the smaller one's sentences move, one link each.
    ['two claims to merge', [['a', 'b'], ['a', 'b'], ['a']], [[0, 0, 1, 0], [0, 0, 1, 1], [0, 1, 1, 0], [0, 1, 1, 1], [0, 0, 2, 0], [0, 1, 2, 0], [1, 0, 2, 0], [1, 1, 2, 0]], { linksToAdd: 4, linksToRemove: 0, moves: 2, detach: 0, link: 2, chained: 0, fromScratch: 4 }],
  ];
  it.each(cases)('%s', (_name, labels, links, expected) => {
    const d = editDistance({ links }, output(labels));
    expect(d).toEqual({ sentences: labels.flat().length, ...expected });
  });

  it('summarises totals, medians and moves per 100 sentences', () => {
    const per = [
      { sentences: 10, linksToAdd: 1, linksToRemove: 0, moves: 1, detach: 0, link: 1, chained: 0, fromScratch: 1 },
      { sentences: 30, linksToAdd: 4, linksToRemove: 2, moves: 3, detach: 1, link: 2, chained: 1, fromScratch: 4 },
      { sentences: 60, linksToAdd: 0, linksToRemove: 0, moves: 0, detach: 0, link: 0, chained: 0, fromScratch: 0 },
    ];
    expect(summarise(per)).toEqual({ cases: 3, sentences: 100, linksToAdd: 5, linksToRemove: 2, moves: 4, detach: 1, link: 3, chained: 1, fromScratch: 5, movesPer100: 4, medianMoves: 1, medianMovesPer100: 10 });
    expect(summarise([])).toMatchObject({ cases: 0, moves: 0, movesPer100: 0, medianMoves: 0 });
  });
});

describe('goldGrouping', () => {
  it('is the connected components of the gold links', () => {
    expect(goldGrouping([[0, 1, 1, 0], [1, 0, 2, 1]], [2, 1, 2])).toEqual([[0, 1], [1], [3, 1]]);
  });
});

describe('maxMatching', () => {
  const brute = (w: number[][]): number => {
    const cols = w[0]?.length ?? 0;
    const go = (i: number, used: Set<number>): number => {
      if (i === w.length) return 0;
      let best = go(i + 1, used);
      for (let j = 0; j < cols; j++) {
        if (used.has(j)) continue;
        used.add(j);
        best = Math.max(best, w[i]![j]! + go(i + 1, used));
        used.delete(j);
      }
      return best;
    };
    return go(0, new Set());
  };
  it('finds the largest total weight (against brute force)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((r) => fc.integer({ min: 1, max: 5 }).chain((c) => fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))),
        (w) => {
          const m = maxMatching(w);
          const cols = m.filter((j) => j >= 0);
          expect(new Set(cols).size).toBe(cols.length);
          expect(m.reduce((a, j, i) => a + (j >= 0 ? w[i]![j]! : 0), 0)).toBe(brute(w));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planMoves', () => {
  /** Carries out the steps as the page's replay does: detach = alone, link = join the target's claim. */
  const apply = (labels: (string | number)[][], steps: ReturnType<typeof planMoves>['steps']) => {
    const out = labels.map((l) => l.map(String));
    steps.forEach((st, k) => {
      if (st.op === 'detach') out[st.s[0]]![st.s[1]] = `new${k}`;
      else out[st.s[0]]![st.s[1]] = out[st.to[0]]![st.to[1]]!;
    });
    return out;
  };
  const samePartition = (a: (string | number)[][], b: (string | number)[][]) => {
    const flatA = a.flat();
    const flatB = b.flat();
    for (let i = 0; i < flatA.length; i++) for (let j = 0; j < flatA.length; j++) if ((flatA[i] === flatA[j]) !== (flatB[i] === flatB[j])) return false;
    return true;
  };
  it('reaches the gold grouping in exactly n − max overlap moves (random groupings)', () => {
    const labelling = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(labelling, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), (out, g) => {
        let k = 0;
        const gold = out.map((l) => l.map(() => g[k++ % g.length]!));
        const plan = planMoves(out, gold);
        expect(samePartition(apply(out, plan.steps), gold)).toBe(true);
        // No plan is shorter than the transfer distance; the one found equals it.
        const n = out.flat().length;
        const outIds = [...new Set(out.flat())];
        const goldIds = [...new Set(gold.flat())];
        const w = outIds.map((o) => goldIds.map((gi) => out.flat().filter((x, i) => x === o && gold.flat()[i] === gi).length));
        const m = maxMatching(w);
        expect(plan.steps.length).toBe(n - m.reduce((a, j, i) => a + (j >= 0 ? w[i]![j]! : 0), 0));
      }),
      { numRuns: 300 },
    );
  });
});

describe('editsToGold', () => {
  const reports = [
    { id: 'a', outlet: 'A', sentences: ['The council approved the new budget on Monday.', 'Protesters gathered outside the hall.', 'The mayor thanked the volunteers.'] },
    { id: 'b', outlet: 'B', sentences: ['On Monday the council approved a new budget.', 'Police estimated the crowd at 300 people.'] },
    { id: 'c', outlet: 'C', sentences: ['The city council approved the new budget on Monday.', 'A crowd of about 300 rallied outside city hall.'] },
  ];
  // Gold: the budget in A and B only (C's is another budget), the crowd in all three, the mayor with B's crowd figure (nonsense, but it tests a link).
  const links: Links = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 1, 2, 1], [1, 1, 2, 1], [0, 2, 2, 0]];

  it('replayed by compareReports, the edits give the gold grouping, and then the distance is 0', () => {
    const base = compareReports(reports, { matcher: 'lexical' });
    const before = editDistance({ links }, base);
    const edits = editsToGold({ links }, base);
    expect(edits).toHaveLength(before.moves);
    expect(before.moves).toBeGreaterThan(0);
    const after = compareReports(reports, { matcher: 'lexical', corrections: { edits, notes: [] } });
    expect(after.stale).toBeUndefined();
    expect(editDistance({ links }, after)).toMatchObject({ moves: 0, linksToAdd: 0 });
    const claimOf = (r: number, s: number) => after.reports[r]!.sentences[s]!.claim;
    expect(claimOf(0, 0)).toBe(claimOf(1, 0));
    expect(claimOf(0, 0)).not.toBe(claimOf(2, 0));
    expect(claimOf(0, 2)).toBe(claimOf(2, 0));
  });
});
