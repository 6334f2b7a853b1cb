import { describe, expect, it } from 'vitest';
import { replayCorrections } from './apply';
import { fingerprint, keyOf, type Edit } from './format';

// Three reports: A has 3 sentences (nodes 0-2), B 2 (nodes 3-4), C 2 (nodes 5-6).
const TEXTS = [
  ['A zero.', 'A one.', 'A two.'],
  ['B zero.', 'B one.'],
  ['C zero.', 'C one.'],
];
const NODES = TEXTS.flatMap((t, report) => t.map((_, sentence) => ({ report, sentence })));
const textOf = (n: number) => TEXTS[NODES[n]!.report]![NODES[n]!.sentence]!;
const k = (report: number, sentence: number) => keyOf(report, sentence, TEXTS[report]![sentence]!);
// The machine: {A0, B0, C0} shared, {A1, B1} partial, the rest alone.
const MACHINE = [[0, 3, 5], [1, 4], [2], [6]];

const run = (edits: Edit[], machine = MACHINE) => {
  const r = replayCorrections(NODES, textOf, machine, edits);
  const groups = r.groups.map((g) => g.nodes).sort((a, b) => a[0]! - b[0]!);
  const edited = r.groups.filter((g) => g.edited).map((g) => g.nodes).sort((a, b) => a[0]! - b[0]!);
  return { groups, edited, userLinked: [...r.userLinked].sort(), r };
};

describe('replayCorrections', () => {
  it.each<[string, Edit[], number[][], number[][], number[]]>([
    ['no edits: the machine grouping', [], [[0, 3, 5], [1, 4], [2], [6]], [], []],
    ['detach C0 from the shared claim', [{ op: 'detach', s: k(2, 0) }], [[0, 3], [1, 4], [2], [5], [6]], [[0, 3], [5]], []],
    ['detach a sentence that is alone: no change', [{ op: 'detach', s: k(0, 2) }], [[0, 3, 5], [1, 4], [2], [6]], [], []],
    ['link C1 into A1’s claim', [{ op: 'link', s: k(2, 1), to: k(0, 1) }], [[0, 3, 5], [1, 4, 6], [2]], [[1, 4, 6]], [6]],
    ['link B0 away: it leaves the shared claim', [{ op: 'link', s: k(1, 0), to: k(0, 2) }], [[0, 5], [1, 4], [2, 3], [6]], [[0, 5], [2, 3]], [3]],
    ['link within the same claim: no change', [{ op: 'link', s: k(1, 0), to: k(0, 0) }], [[0, 3, 5], [1, 4], [2], [6]], [], []],
    ['merge two claims', [{ op: 'merge', a: k(0, 1), b: k(2, 1) }], [[0, 3, 5], [1, 4, 6], [2]], [[1, 4, 6]], [6]],
    ['split B0 and C0 off together', [{ op: 'split', s: [k(1, 0), k(2, 0)] }], [[0], [1, 4], [2], [3, 5], [6]], [[0], [3, 5]], []],
    ['split all of a claim: no change', [{ op: 'split', s: [k(0, 1), k(1, 1)] }], [[0, 3, 5], [1, 4], [2], [6]], [], []],
    [
      'detach, then link back: edits replay in order',
      [{ op: 'detach', s: k(2, 0) }, { op: 'link', s: k(2, 0), to: k(0, 0) }],
      [[0, 3, 5], [1, 4], [2], [6]],
      [[0, 3, 5]],
      [5],
    ],
  ])('%s', (_, edits, groups, edited, userLinked) => {
    const out = run(edits);
    expect(out.groups).toEqual(groups);
    expect(out.edited).toEqual(edited);
    expect(out.userLinked).toEqual(userLinked);
    expect(out.r.stale).toEqual([]);
  });

  it('replays on another grouping: "link" still links, "not the same" still separates', () => {
    // Another matcher put A1 with C1 and left B0 alone.
    const other = [[0, 5], [1, 6], [2], [3], [4]];
    const out = run([{ op: 'detach', s: k(2, 0) }, { op: 'link', s: k(1, 1), to: k(0, 1) }], other);
    expect(out.groups).toEqual([[0], [1, 4, 6], [2], [3], [5]]);
  });

  it('an edit already true under this grouping is kept as applied (a no-op)', () => {
    const out = run([{ op: 'link', s: k(2, 1), to: k(0, 1) }], [[0, 3, 5], [1, 4, 6], [2]]);
    expect(out.r.applied).toHaveLength(1);
    expect(out.edited).toEqual([]);
  });

  it.each<[string, Edit]>([
    ['a changed sentence (fingerprint differs)', { op: 'detach', s: { report: 2, sentence: 0, hash: fingerprint('C zero, reworded.') } }],
    ['a report that is not there', { op: 'detach', s: { report: 5, sentence: 0, hash: fingerprint('C zero.') } }],
    ['a sentence index past the end, text not found', { op: 'detach', s: { report: 1, sentence: 9, hash: fingerprint('gone') } }],
    ['a split over two claims', { op: 'split', s: [k(0, 0), k(0, 1)] }],
  ])('stale: %s is left out and reported', (_, edit) => {
    const out = run([edit, { op: 'detach', s: k(1, 1) }]);
    expect(out.r.stale).toEqual([edit]);
    expect(out.r.applied).toEqual([{ op: 'detach', s: k(1, 1) }]);
    expect(out.groups).toEqual([[0, 3, 5], [1], [2], [4], [6]]);
  });

  it('finds a sentence that moved by its fingerprint', () => {
    // The key says sentence 0, but "A two." is sentence 2 now.
    const out = run([{ op: 'link', s: { report: 0, sentence: 0, hash: fingerprint('A two.') }, to: k(2, 1) }]);
    expect(out.groups).toEqual([[0, 3, 5], [1, 4], [2, 6]]);
  });

  it('a fingerprint shared by two sentences is not guessed', () => {
    const texts = ['Same.', 'Same.'];
    const nodes = [
      { report: 0, sentence: 0 },
      { report: 0, sentence: 1 },
    ];
    const r = replayCorrections(nodes, (n) => texts[n]!, [[0], [1]], [{ op: 'detach', s: { report: 0, sentence: 7, hash: fingerprint('Same.') } }]);
    expect(r.stale).toHaveLength(1);
  });

});
