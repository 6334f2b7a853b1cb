/**
 * Features of a candidate pair of sentences (from different reports) that the
 * link model (model.ts) weighs into a probability that both state the same fact.
 *
 * Lexical overlap alone links sentences that merely share words; what the
 * development data says matters besides (see scripts/train-matcher.ts):
 * whether each is the other's best match (alignment is close to one-to-one),
 * shared names and numbers, conflicting numbers, and whether their neighbours
 * match too.
 *
 * Deliberately NOT a feature: the sentence's position in its report. It was
 * the strongest one on ECB+ (out-of-fold F1 0.345 with it), but only because
 * ECB+ annotates mostly the first sentences of each article; on the seed event
 * it kept the two sentences on a 1997 treaty (late in both reports) apart and
 * merged every lead sentence into one claim. Likewise dropped: a sentence's
 * similarity to the other report's lead and to the other report as a whole
 * ("is it about the main event?"). They raised ECB+ F1 (event coreference
 * links every mention of the main event) but gave two sentences that share
 * only the main actor a link probability of 0.36 at a cosine of 0.07.
 */
import { buildVectors, cosine, sentenceNodes, topCandidates, type SentenceNode, type TokenizedReports, type Vec } from './similarity';

/** The order of `Pair.features`; data/matcher-model.json names them in the same order. */
export const FEATURE_NAMES = [
  'cosine',
  'sqrtCosine',
  'shareOfBestA',
  'shareOfBestB',
  'mutualBest',
  'sharedNames',
  'sharedNumbers',
  'numberConflict',
  'context',
  'shorter',
  'longer',
  'coverageMin',
  'coverageMax',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface Pair {
  /** Indices into `PairSet.nodes`, i < j, from different reports. */
  i: number;
  j: number;
  cosine: number;
  features: number[];
}

export interface PairSet {
  nodes: SentenceNode[];
  vecs: Vec[][];
  /** Candidate pairs: cross-report pairs sharing a content term, among either sentence's best matches in the other's report. */
  pairs: Pair[];
  /** Cosine of any two nodes (0 when they share nothing or are of one report). */
  cosineOf: (i: number, j: number) => number;
}

/**
 * Only a sentence's few best matches in each other report become candidates:
 * a fact is stated once or twice per report, and scoring every pair that
 * shares a word would cost seconds on long reports (two million pairs for
 * 3 × 1,000 sentences) for pairs the model would reject anyway.
 */
const CANDIDATES_PER_REPORT = 5;

export function pairFeatures(reports: TokenizedReports, extra: Iterable<readonly [number, number]> = []): PairSet {
  const vecs = buildVectors(reports);
  const nodes = sentenceNodes(reports);
  const R = reports.length;
  const found = topCandidates(nodes, vecs, R, CANDIDATES_PER_REPORT);
  const vecOf = (i: number) => vecs[nodes[i]!.report]![nodes[i]!.sentence]!;
  const cosineOf = (i: number, j: number) => (nodes[i]!.report === nodes[j]!.report ? 0 : cosine(vecOf(i), vecOf(j)));
  // Node index of a report's first sentence, to find neighbours.
  const firstOf: number[] = [];
  let k = 0;
  for (const sentences of reports) {
    firstOf.push(k);
    k += sentences.length;
  }
  const facts = reports.map((sentences) =>
    sentences.map((tokens) => ({
      names: new Set(tokens.filter((t) => t.kind === 'name').map((t) => t.term)),
      numbers: new Set(tokens.filter((t) => t.kind === 'number').map((t) => t.term)),
      length: tokens.filter((t) => !t.stop).length,
    })),
  );

  const featuresOf = (i: number, j: number, cos: number): number[] => {
    const a = nodes[i]!;
    const b = nodes[j]!;
    const fa = facts[a.report]![a.sentence]!;
    const fb = facts[b.report]![b.sentence]!;
    // A best of 0 (the sentence shares no term with that report) only happens
    // for extra candidates, whose cosine is then 0 too: their share is 0.
    const bestA = found.best[i * R + b.report]! || 1;
    const bestB = found.best[j * R + a.report]! || 1;
    const sharedNames = [...fa.names].filter((n) => fb.names.has(n)).length;
    const sharedNumbers = [...fa.numbers].filter((n) => fb.numbers.has(n)).length;
    const lenA = reports[a.report]!.length;
    const lenB = reports[b.report]!.length;
    // Coverage: the share of a sentence's weight (squared) that the other one
    // states too. A short sentence inside a long one is fully covered; two
    // sentences that share only their actors cover little of each other.
    const va = vecs[a.report]![a.sentence]!.weights;
    const vb = vecs[b.report]![b.sentence]!.weights;
    let coverA = 0;
    let coverB = 0;
    for (const [term, w] of va) {
      const wb = vb.get(term);
      if (wb !== undefined) {
        coverA += w * w;
        coverB += wb * wb;
      }
    }
    let context = 0;
    let contextPairs = 0;
    for (const da of [-1, 1]) {
      const sa = a.sentence + da;
      const sb = b.sentence + da;
      if (sa < 0 || sb < 0 || sa >= lenA || sb >= lenB) continue;
      context += cosineOf(firstOf[a.report]! + sa, firstOf[b.report]! + sb);
      contextPairs++;
    }
    return [
      cos,
      Math.sqrt(cos),
      cos / bestA,
      cos / bestB,
      cos > 0 && cos >= bestA && cos >= bestB ? 1 : 0,
      Math.min(sharedNames, 3),
      Math.min(sharedNumbers, 2),
      fa.numbers.size > 0 && fb.numbers.size > 0 && sharedNumbers === 0 ? 1 : 0,
      contextPairs ? context / contextPairs : 0,
      Math.log1p(Math.min(fa.length, fb.length)),
      Math.log1p(Math.max(fa.length, fb.length)),
      Math.min(coverA, coverB),
      Math.max(coverA, coverB),
    ];
  };

  const pairs: Pair[] = [];
  const taken = new Set<number>();
  for (let m = 0; m < found.is.length; m++) {
    const i = found.is[m]!;
    const j = found.js[m]!;
    const cos = found.cosines[m]!;
    taken.add(i * nodes.length + j);
    pairs.push({ i, j, cosine: cos, features: featuresOf(i, j, cos) });
  }
  // Candidates another matcher proposes (a sentence encoder's best matches
  // that share no term, or too few): the same features, so one model weighs both.
  for (const [x, y] of extra) {
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    if (i === j || nodes[i]!.report === nodes[j]!.report || taken.has(i * nodes.length + j)) continue;
    taken.add(i * nodes.length + j);
    const cos = cosineOf(i, j);
    pairs.push({ i, j, cosine: cos, features: featuresOf(i, j, cos) });
  }
  pairs.sort((p, q) => p.i - q.i || p.j - q.j);
  return { nodes, vecs, pairs, cosineOf };
}
