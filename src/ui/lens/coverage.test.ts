import { describe, expect, it } from 'vitest';
import { compareReports, type Claim, type Comparison } from '../../core/index';
import { seedReports } from '../../core/testing/seeds';
import { combinations, coverageSegments, segmentAt, stripStep, type CoverageSegment } from './coverage';

/** A comparison with only what these helpers read. */
function fake(outlets: string[], claims: number[][], sentences: [number, number][][] = []): Comparison {
  return {
    reports: outlets.map((outlet, i) => ({
      id: `r${i}`,
      outlet,
      text: '',
      sentences: (sentences[i] ?? []).map(([start, end], j) => ({ text: '', start, end, claim: `c${i}-${j}` })),
    })),
    claims: claims.map(
      (reports, i): Claim => ({ id: `c${i + 1}`, kind: 'unique', members: reports.map((report) => ({ report, sentence: 0 })) }),
    ),
  } as unknown as Comparison;
}

describe('combinations', () => {
  it('counts claims by the exact set of outlets, all first, alone last', () => {
    const c = fake(['A', 'B', 'C'], [[0, 1, 2], [0, 1], [0, 1], [1, 2], [0], [0], [2], [1, 1, 2]]);
    expect(combinations(c).map((x) => [x.label, x.claims])).toEqual([
      ['All three outlets', 1],
      ['A + B', 2],
      ['B + C', 2],
      ['A alone', 2],
      ['B alone', 0],
      ['C alone', 1],
    ]);
  });

  it('shows "all" with 0 when nothing is shared by every outlet; two outlets are "both"', () => {
    expect(combinations(fake(['A', 'B', 'C'], [[0]])).map((x) => [x.label, x.claims])).toEqual([
      ['All three outlets', 0],
      ['A alone', 1],
      ['B alone', 0],
      ['C alone', 0],
    ]);
    expect(combinations(fake(['A', 'B'], [[0, 1]]))[0]).toEqual({ reports: [0, 1], label: 'Both outlets', claims: 1 });
  });

  it('on the seed event the counts add up to the claims', () => {
    const data = compareReports(seedReports());
    const combos = combinations(data);
    expect(combos.reduce((n, c) => n + c.claims, 0)).toBe(data.claims.length);
    // The first row counts the claims every outlet states (by their members: the chart is about outlets, not kinds).
    const everyOutlet = data.claims.filter((c) => new Set(c.members.map((m) => m.report)).size === data.reports.length).length;
    expect(combos[0]).toMatchObject({ label: 'All three outlets', claims: everyOutlet });
  });
});

describe('coverageSegments', () => {
  it('lays sentences along the kept text in proportion', () => {
    const c = fake(['A'], [], [[[10, 20], [30, 50], [50, 110]]]);
    const segs = coverageSegments(c, 0);
    expect(segs.map((s) => [s.sentence, s.left, s.width])).toEqual([
      [0, 0, 0.1],
      [1, 0.2, 0.2],
      [2, 0.4, 0.6],
    ]);
    expect(segs.every((s) => s.kind === 'unique')).toBe(true);
  });

  it('no sentences, no segments; unknown report, none', () => {
    expect(coverageSegments(fake(['A'], []), 0)).toEqual([]);
    expect(coverageSegments(fake(['A'], []), 5)).toEqual([]);
  });

  it('on the seed event every sentence has a segment with its claim kind', () => {
    const data = compareReports(seedReports());
    const kinds = new Map(data.claims.map((c) => [c.id, c.kind]));
    data.reports.forEach((r, i) => {
      const segs = coverageSegments(data, i);
      expect(segs).toHaveLength(r.sentences.length);
      for (const s of segs) {
        expect(s.kind).toBe(kinds.get(s.claim));
        expect(s.left).toBeGreaterThanOrEqual(0);
        expect(s.left + s.width).toBeLessThanOrEqual(1 + 1e-9);
      }
    });
  });
});

describe('segmentAt', () => {
  // Three sentences along the strip: [0, 0.3), a gap, [0.4, 0.5), [0.9, 1).
  const seg = (left: number, width: number, sentence: number): CoverageSegment => ({ sentence, claim: `c${sentence}`, kind: 'unique', left, width });
  const segs = [seg(0, 0.3, 0), seg(0.4, 0.1, 1), seg(0.9, 0.1, 2)];
  it.each([
    [0, 0],
    [0.29, 0],
    [0.34, 0], // gap: nearer the first's end
    [0.36, 1], // gap: nearer the second's start
    [0.45, 1],
    [0.6, 1],
    [0.8, 2],
    [0.95, 2],
    [1, 2],
    [1.5, 2], // past the right end
    [-0.2, 0], // before the left end
  ])('at %s → segment %i', (at, expected) => {
    expect(segmentAt(segs, at)).toBe(expected);
  });
  it('is -1 on an empty strip', () => {
    expect(segmentAt([], 0.5)).toBe(-1);
  });
  it('finds every segment at its own middle, on a real report', () => {
    const data = compareReports(seedReports());
    const segments = coverageSegments(data, 0);
    expect(segments.map((s) => segmentAt(segments, s.left + s.width / 2))).toEqual(segments.map((_, i) => i));
  });
});

describe('stripStep', () => {
  it.each([
    ['ArrowRight', 3, 4],
    ['ArrowUp', 3, 4],
    ['ArrowLeft', 3, 2],
    ['ArrowDown', 3, 2],
    ['ArrowRight', 19, 19],
    ['ArrowLeft', 0, 0],
    ['Home', 7, 0],
    ['End', 7, 19],
    ['PageUp', 3, 13],
    ['PageUp', 15, 19],
    ['PageDown', 15, 5],
    ['PageDown', 4, 0],
    ['Enter', 3, null],
    ['a', 3, null],
  ] as const)('%s from %i of 20 → %s', (key, from, expected) => {
    expect(stripStep(key, from, 20)).toBe(expected);
  });
  it('moves nowhere on an empty strip', () => {
    expect(stripStep('End', 0, 0)).toBeNull();
  });
});
