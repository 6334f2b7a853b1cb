import { describe, expect, it } from 'vitest';
import { compareReports } from '../analyzer';
import fc from 'fast-check';
import { alignSentences, strongestFirst, strongestFirstReference } from './group';
import { resolveOptions } from '../options';
import { tokenize } from '../text/tokenize';

const DEFAULT_THRESHOLD = resolveOptions().threshold;

function tokens(reports: string[][]) {
  return reports.map((sentences) => sentences.map((s) => tokenize(s, { start: 0, end: s.length })));
}

/** Claims as lists of "report:sentence", multi-member ones only, in a stable order. */
function linked(reports: string[][], threshold = DEFAULT_THRESHOLD): string[] {
  return alignSentences(tokens(reports), { threshold })
    .filter((g) => g.length > 1)
    .map((g) => g.map((m) => `${m.report}:${m.sentence}`).join(' '))
    .sort();
}

// Two short reports of one story, as outlets write them: the same facts in
// another order and other words, plus sentences of their own. (The link model
// reads a sentence against its whole report, so a report of two sentences
// would not be a fair test.)
const A = [
  'On Tuesday the Pentagon confirmed the delivery of anti-personnel mines to Kyiv, saying the shipment had already left American depots.',
  'Lloyd Austin said the decision was a good idea and that the mines would only be used on Ukrainian territory.',
  'Critics in several European capitals called the move reckless and warned of a new round of escalation.',
  'Ukraine ratified the Ottawa Treaty, which bans the use and stockpiling of such weapons, in 2005.',
  'The weather in Minsk was cold and wet on Wednesday, with heavy snow expected over the weekend.',
  'Russia has never signed the treaty and says such mines remain a cheap way to protect its borders.',
];
const B = [
  'Kiev ratified the Convention on the Prohibition of Anti-Personnel Mines, which bans their use and stockpiling, back in 2005.',
  'Human rights groups warned that civilians, and children above all, would pay the price for years to come.',
  'The US Department of Defense confirmed on Tuesday that antipersonnel mines were being delivered to Kiev from American stocks.',
  'Markets in London rose sharply on Friday after better than expected figures on retail sales.',
  'The mines are meant to slow the advance of Russian troops in the east, officials said.',
];

describe('alignSentences', () => {
  it('links paraphrases across reordering, spelling variants and aliases', () => {
    // The lexical fallback also links 0:5 / 1:4 (Russia's border mines / Russian
    // troops' advance), shown to the reader as a possible link; the semantic
    // matcher keeps it apart (src/node/model.test.ts).
    expect(linked([A, B])).toEqual(expect.arrayContaining(['0:0 1:2', '0:3 1:0']));
  });

  it('keeps every sentence in exactly one group', () => {
    const groups = alignSentences(tokens([A, B]), { threshold: DEFAULT_THRESHOLD });
    const all = groups.flat().map((m) => `${m.report}:${m.sentence}`).sort();
    expect(all).toEqual(['0:0', '0:1', '0:2', '0:3', '0:4', '0:5', '1:0', '1:1', '1:2', '1:3', '1:4']);
  });

  it('does not link look-alikes that share only common words', () => {
    const c = ['The weather in Kyiv was cold on Friday.', 'Officials said the delivery was confirmed.'];
    const d = ['The markets in London were cold on Monday.', 'Doctors said the baby was delivered safely.'];
    expect(linked([c, d])).toEqual([]);
  });

  it('explains a link with the shared terms, names and numbers', () => {
    const groups = alignSentences(tokens([A, B]), { threshold: DEFAULT_THRESHOLD });
    const ottawa = groups.find((g) => g.some((m) => m.report === 0 && m.sentence === 3))!;
    expect(ottawa[1]!.match).toMatchObject({ to: 0, names: ['Ottawa Convention', 'Ukraine'], numbers: ['2005'], terms: ['ratified', 'bans', 'stockpiling', 'use'] });
  });

  it('lets one long sentence take two short ones of another report, never three', () => {
    const long = ['Biden authorised the mines for Ukraine, and Kyiv promised to use them only on its own territory.'];
    const short = ['Biden authorised the mines for Ukraine.', 'Kyiv promised to use them only on its own territory.', 'Other news.'];
    expect(linked([long, short], 0.3)).toEqual(['0:0 1:0 1:1']);
  });

  it('links nothing at the strictest threshold', () => {
    expect(linked([A, B], 1.01)).toEqual([]);
  });
});

describe('pairs that must link and look-alikes that must not (same words, another fact)', () => {
  // Each pair is set among unrelated sentences of two reports, so that IDF and
  // "best match" read as they do in a real article.
  const fillerA = ['Officials in Brussels met on Monday to discuss the budget for next year.', 'The weather in Minsk was cold and wet, with heavy snow expected.', 'Shares in London rose after strong retail figures.'];
  const fillerB = ['Farmers protested in Paris against new import rules.', 'A train strike disrupted travel across Germany on Thursday.', 'The central bank held interest rates steady.'];
  // Through the analyzer: the lexical matcher under the product's rules (matching/rules.ts).
  const linkedAtDefault = (a: string, b: string) => {
    const c = compareReports([{ id: 'a', outlet: 'A', sentences: [...fillerA, a] }, { id: 'b', outlet: 'B', sentences: [b, ...fillerB] }]);
    return c.reports[0]!.sentences[3]!.claim === c.reports[1]!.sentences[0]!.claim;
  };

  it.each([
    ['The Pentagon confirmed the delivery of anti-personnel mines to Kyiv on Tuesday.', 'On Tuesday the US Department of Defense said antipersonnel mines were being delivered to Kiev.'],
    ['A magnitude 6.1 earthquake struck northern California early Sunday, injuring 120 people.', 'About 120 people were hurt when a 6.1-magnitude quake hit northern California on Sunday morning.'],
  ])('links: %s / %s', (a, b) => {
    expect(linkedAtDefault(a, b)).toBe(true);
  });

  it.each([
    ['Ukraine ratified the treaty in 2005.', 'Belarus ratified the treaty in 2003.'],
    ['The US will send 32 artillery pieces to Ukraine.', 'The US will send 500 artillery shells to Ukraine.'],
    ['The earthquake killed 12 people in Chile on Monday.', 'The earthquake killed 3 people in Peru on Friday.'],
    // Not here: "Russia accused Ukraine of using mines in Izyum." / "Ukraine
    // accused Russia of using mines in Bakhmut." links at the default: a bag
    // of words does not see who did what to whom (docs/matching.md).
  ])('keeps apart: %s / %s', (a, b) => {
    expect(linkedAtDefault(a, b)).toBe(false);
  });
});

describe('strongestFirst: the radix sort of 32-bit keys against the comparator sort', () => {
  const same = (i: number[], j: number[], p: number[]) => {
    const got = strongestFirst(Int32Array.from(i), Int32Array.from(j), Float64Array.from(p));
    const want = strongestFirstReference(Int32Array.from(i), Int32Array.from(j), Float64Array.from(p));
    expect([[...got.edgeI], [...got.edgeJ], [...got.edgeP]]).toEqual([[...want.edgeI], [...want.edgeJ], [...want.edgeP]]);
    // Allowed to overwrite its input (edgesAbove's own copies): the same order.
    const reused = strongestFirst(Int32Array.from(i), Int32Array.from(j), Float64Array.from(p), true);
    expect([[...reused.edgeI], [...reused.edgeJ], [...reused.edgeP]]).toEqual([[...want.edgeI], [...want.edgeJ], [...want.edgeP]]);
  };
  // Pairs (i < j) of up to 40 nodes, some given twice; probabilities from a few values (ties), nearly equal ones, or any double in [0, 1].
  const probability = fc.oneof(fc.constantFrom(0, 0.2, 0.5, 1, 0.30000000000000004, 0.3, 1 - 2 ** -52, 2 ** -60), fc.double({ min: 0, max: 1, noNaN: true }));
  const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 38 }), fc.integer({ min: 1, max: 39 })).filter(([a, b]) => a < b), { maxLength: 200 });

  it('gives the same order, ties and near-ties included', () => {
    fc.assert(
      fc.property(pairs, fc.array(probability, { minLength: 200, maxLength: 200 }), (given, ps) => same(given.map((x) => x[0]), given.map((x) => x[1]), given.map((_, k) => ps[k]!))),
      { numRuns: 500 },
    );
  });

  it('gives the same order for pairs in the matchers\' (i, j) order, where most runs of equal keys are in order already', () => {
    const ordered = pairs.map((given) => [...given].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
    fc.assert(
      fc.property(ordered, fc.array(probability, { minLength: 200, maxLength: 200 }), (given, ps) => same(given.map((x) => x[0]), given.map((x) => x[1]), given.map((_, k) => ps[k]!))),
      { numRuns: 300 },
    );
  });

  it('sorts a long run of nearly equal probabilities (past the insertion sort) like the comparator', () => {
    // 100 probabilities a few ulps apart share one key; shuffled, the run is out of order and too long for the insertion sort.
    const n = 100;
    const i = Array.from({ length: n }, (_, k) => k);
    const j = i.map((k) => k + 1);
    const p = i.map((k) => 0.5 + ((k * 37) % n) * 2 ** -53);
    same(i, j, p);
    same(i, j, [...p].reverse());
  });

  it('orders probabilities closer than the key\'s resolution (2^-32) by probability, then i, then j', () => {
    const n = 300;
    const i = Array.from({ length: n }, (_, k) => (k * 7) % 50);
    const j = i.map((k, x) => k + 1 + (x % 3));
    same(i, j, i.map((_, k) => 0.7 + ((k * 13) % 17) * 2 ** -36));
    same(i, j, i.map((_, k) => (k % 5 === 0 ? 0.7 : 0.7 + 2 ** -40)));
  });

  it('orders a pair given twice by each probability, and falls back to the comparator outside [0, 1]', () => {
    const twice = strongestFirst(Int32Array.from([0, 0, 1]), Int32Array.from([1, 1, 2]), Float64Array.from([0.4, 0.6, 0.5]));
    expect([...twice.edgeP]).toEqual([0.6, 0.5, 0.4]);
    same([0, 1, 0], [1, 2, 2], [1.5, -0.25, 0.5]);
  });
});
