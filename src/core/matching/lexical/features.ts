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
import { buildVectorIndex, dotAt, POSTING_CAP, topCandidates, type SentenceNode, type TokenizedReports, type Vec } from './similarity';

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
  // The vectors as typed arrays, once: candidates, cosines and coverage read them (no Map lookups per pair).
  const { nodes, vecs, ix } = buildVectorIndex(reports);
  const R = reports.length;
  const n = nodes.length;
  const found = topCandidates(nodes, vecs, R, CANDIDATES_PER_REPORT, POSTING_CAP, ix);
  const reportOf = ix.reportOf;
  const cosineOf = (i: number, j: number) => (reportOf[i] === reportOf[j] ? 0 : dotAt(ix, i, j));
  // Node index of a report's first sentence, to find neighbours.
  const firstOf: number[] = [];
  let k = 0;
  for (const sentences of reports) {
    firstOf.push(k);
    k += sentences.length;
  }
  // Each node's names and numbers as sorted distinct ids, and its content length: shared counts are merges, not Set filters.
  const factIds = new Map<string, number>();
  const nameStart = new Int32Array(n + 1);
  const numberStart = new Int32Array(n + 1);
  const nameIds: number[] = [];
  const numberIds: number[] = [];
  const lengthOf = new Int32Array(n);
  const sortedDistinct = (list: number[], from: number) => {
    const part = list.splice(from).sort((x, y) => x - y);
    for (let m = 0; m < part.length; m++) if (m === 0 || part[m] !== part[m - 1]) list.push(part[m]!);
  };
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const names = nameIds.length;
    const numbers = numberIds.length;
    let length = 0;
    for (const t of reports[node.report]![node.sentence]!) {
      if (!t.stop) length++;
      if (t.kind !== 'name' && t.kind !== 'number') continue;
      let id = factIds.get(t.term);
      if (id === undefined) factIds.set(t.term, (id = factIds.size));
      (t.kind === 'name' ? nameIds : numberIds).push(id);
    }
    sortedDistinct(nameIds, names);
    sortedDistinct(numberIds, numbers);
    nameStart[i + 1] = nameIds.length;
    numberStart[i + 1] = numberIds.length;
    lengthOf[i] = length;
  }
  const sharedOf = (start: Int32Array, ids: number[], i: number, j: number) => {
    let shared = 0;
    let a = start[i]!;
    let b = start[j]!;
    const aEnd = start[i + 1]!;
    const bEnd = start[j + 1]!;
    while (a < aEnd && b < bEnd) {
      const x = ids[a]!;
      const y = ids[b]!;
      if (x === y) {
        shared++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    return shared;
  };

  // One sentence's weights spread over all term ids: a pair's lookups are then array reads
  // (cheaper than a binary search per term), in the same order as before, so the same sums.
  const { rowStart, rowTerm, rowWeight } = ix;
  const dense = new Float64Array(ix.terms);
  const scatter = (y: number) => {
    for (let e = rowStart[y]!, end = rowStart[y + 1]!; e < end; e++) dense[rowTerm[e]!] = rowWeight[e]!;
  };
  const clear = (y: number) => {
    for (let e = rowStart[y]!, end = rowStart[y + 1]!; e < end; e++) dense[rowTerm[e]!] = 0;
  };
  /** dotAt(ix, x, y): y's weights spread, x's terms read in order. */
  const denseDot = (x: number, y: number) => {
    scatter(y);
    let sum = 0;
    for (let e = rowStart[x]!, end = rowStart[x + 1]!; e < end; e++) {
      const w = dense[rowTerm[e]!]!;
      if (w !== 0) sum += rowWeight[e]! * w;
    }
    clear(y);
    return sum;
  };

  const featuresOf = (i: number, j: number, cos: number): number[] => {
    const a = nodes[i]!;
    const b = nodes[j]!;
    // A best of 0 (the sentence shares no term with that report) only happens
    // for extra candidates, whose cosine is then 0 too: their share is 0.
    const bestA = found.best[i * R + b.report]! || 1;
    const bestB = found.best[j * R + a.report]! || 1;
    const sharedNames = sharedOf(nameStart, nameIds, i, j);
    const sharedNumbers = sharedOf(numberStart, numberIds, i, j);
    const lenA = reports[a.report]!.length;
    const lenB = reports[b.report]!.length;
    // Coverage: the share of a sentence's weight (squared) that the other one
    // states too. A short sentence inside a long one is fully covered; two
    // sentences that share only their actors cover little of each other.
    // Summed in i's term order, as the Map-based loop did (weights are > 0: 0 means absent).
    let coverA = 0;
    let coverB = 0;
    scatter(j);
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const wb = dense[rowTerm[e]!]!;
      if (wb !== 0) {
        const w = rowWeight[e]!;
        coverA += w * w;
        coverB += wb * wb;
      }
    }
    clear(j);
    let context = 0;
    let contextPairs = 0;
    for (let da = -1; da <= 1; da += 2) {
      const sa = a.sentence + da;
      const sb = b.sentence + da;
      if (sa < 0 || sb < 0 || sa >= lenA || sb >= lenB) continue;
      // Neighbours are of the pair's two (different) reports.
      context += denseDot(firstOf[a.report]! + sa, firstOf[b.report]! + sb);
      contextPairs++;
    }
    const numbersA = numberStart[i + 1]! - numberStart[i]!;
    const numbersB = numberStart[j + 1]! - numberStart[j]!;
    const la = lengthOf[i]!;
    const lb = lengthOf[j]!;
    return [
      cos,
      Math.sqrt(cos),
      cos / bestA,
      cos / bestB,
      cos > 0 && cos >= bestA && cos >= bestB ? 1 : 0,
      Math.min(sharedNames, 3),
      Math.min(sharedNumbers, 2),
      numbersA > 0 && numbersB > 0 && sharedNumbers === 0 ? 1 : 0,
      contextPairs ? context / contextPairs : 0,
      Math.log1p(Math.min(la, lb)),
      Math.log1p(Math.max(la, lb)),
      Math.min(coverA, coverB),
      Math.max(coverA, coverB),
    ];
  };

  const pairs: Pair[] = new Array(found.is.length);
  for (let m = 0; m < found.is.length; m++) {
    const i = found.is[m]!;
    const j = found.js[m]!;
    const cos = found.cosines[m]!;
    pairs[m] = { i, j, cosine: cos, features: featuresOf(i, j, cos) };
  }
  // Candidates another matcher proposes (a sentence encoder's best matches
  // that share no term, or too few): the same features, so one model weighs both.
  let taken: Set<number> | undefined;
  let added = false;
  for (const [x, y] of extra) {
    taken ??= new Set(pairs.map((p) => p.i * n + p.j));
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    if (i === j || nodes[i]!.report === nodes[j]!.report || taken.has(i * n + j)) continue;
    taken.add(i * n + j);
    const cos = cosineOf(i, j);
    pairs.push({ i, j, cosine: cos, features: featuresOf(i, j, cos) });
    added = true;
  }
  // Candidates come sorted by i then j: only extra ones need a sort.
  if (added) pairs.sort((p, q) => p.i - q.i || p.j - q.j);
  return { nodes, vecs, pairs, cosineOf };
}
