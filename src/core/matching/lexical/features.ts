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
import { sortedDistinctIn } from '../id-lists';
import { buildVectorIndex, dotAt, POSTING_CAP, TOKEN_NAME, TOKEN_NUMBER, TOKEN_STOP, topCandidates, type SentenceNode, type TokenizedReports, type Vec, type VectorIndex } from './similarity';

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

/** "Not in the row" in features' 16-bit position tables. */
const ABSENT = 0xffff;

/**
 * Each node's names and numbers as sorted distinct ids (`nameIds[nameStart[i] … nameStart[i + 1])`), and
 * its count of content tokens. A content token's id is its term id in the index; a stop token that is a
 * name or a number (rare) takes the index's id of its term, or one past them: equal terms, equal ids,
 * which is all a shared count reads. Read off the index's token flags, not the token objects (with
 * buildVectorIndex's; another index takes `factListsReference`).
 */
export function factLists(reports: TokenizedReports, nodes: SentenceNode[], ix: VectorIndex): FactLists {
  const { tokenStart, tokenTerm, tokenFlags } = ix;
  if (!tokenStart || !tokenTerm || !tokenFlags) return factListsReference(reports, nodes);
  const n = nodes.length;
  const nameStart = new Int32Array(n + 1);
  const numberStart = new Int32Array(n + 1);
  const lengthOf = new Int32Array(n);
  let nameIds = new Int32Array(Math.max(16, n * 2));
  let numberIds = new Int32Array(Math.max(16, n));
  let names = 0;
  let numbers = 0;
  let stopIds: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) {
    const from = tokenStart[i]!;
    const to = tokenStart[i + 1]!;
    if (names + (to - from) > nameIds.length) nameIds = grown(nameIds, names + (to - from));
    if (numbers + (to - from) > numberIds.length) numberIds = grown(numberIds, numbers + (to - from));
    let length = 0;
    const names0 = names;
    const numbers0 = numbers;
    for (let k = from; k < to; k++) {
      const f = tokenFlags[k]!;
      if ((f & TOKEN_STOP) === 0) length++;
      if ((f & (TOKEN_NAME | TOKEN_NUMBER)) === 0) continue;
      let id: number;
      if ((f & TOKEN_STOP) === 0) id = tokenTerm[k]!;
      else {
        const node = nodes[i]!;
        const term = reports[node.report]![node.sentence]![k - from]!.term;
        id = ix.termIds.get(term) ?? -1;
        if (id < 0) {
          stopIds ??= new Map();
          let extra = stopIds.get(term);
          if (extra === undefined) stopIds.set(term, (extra = ix.terms + stopIds.size));
          id = extra;
        }
      }
      if ((f & TOKEN_NAME) !== 0) nameIds[names++] = id;
      else numberIds[numbers++] = id;
    }
    names = sortedDistinctIn(nameIds, names0, names);
    numbers = sortedDistinctIn(numberIds, numbers0, numbers);
    nameStart[i + 1] = names;
    numberStart[i + 1] = numbers;
    lengthOf[i] = length;
  }
  return { nameStart, nameIds, numberStart, numberIds, lengthOf };
}

export interface FactLists {
  nameStart: Int32Array;
  nameIds: Int32Array;
  numberStart: Int32Array;
  numberIds: Int32Array;
  lengthOf: Int32Array;
}

/** `factLists` on the token objects, ids by first occurrence of each term (the code it replaced; features.test.ts compares them). */
export function factListsReference(reports: TokenizedReports, nodes: SentenceNode[]): FactLists {
  const n = nodes.length;
  const factIds = new Map<string, number>();
  const nameStart = new Int32Array(n + 1);
  const numberStart = new Int32Array(n + 1);
  const nameIds: number[] = [];
  const numberIds: number[] = [];
  const lengthOf = new Int32Array(n);
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
    // The plain way (factLists does it in place with sortedDistinctIn): a reference, off the hot path.
    nameIds.push(...sortedSet(nameIds.splice(names)));
    numberIds.push(...sortedSet(numberIds.splice(numbers)));
    nameStart[i + 1] = nameIds.length;
    numberStart[i + 1] = numberIds.length;
    lengthOf[i] = length;
  }
  return { nameStart, nameIds: Int32Array.from(nameIds), numberStart, numberIds: Int32Array.from(numberIds), lengthOf };
}

const sortedSet = (ids: number[]): number[] => [...new Set(ids)].sort((x, y) => x - y);

function grown(a: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, least));
  b.set(a);
  return b;
}

export function pairFeatures(reports: TokenizedReports, extra: Iterable<readonly [number, number]> = []): PairSet {
  const { nodes, vecs, pairs, cosineOf } = pairFeaturesWith(reports, extra, (i, j, cosine, features): Pair => ({ i, j, cosine, features }));
  return { nodes, vecs, pairs, cosineOf };
}

/**
 * `pairFeatures` with each pair built by `make` from its features (a fresh
 * array per pair), for the semantic matcher and the tests.
 */
export function pairFeaturesWith<P extends { i: number; j: number }>(
  reports: TokenizedReports,
  extra: Iterable<readonly [number, number]>,
  make: (i: number, j: number, cosine: number, features: number[]) => P,
): { nodes: SentenceNode[]; vecs: Vec[][]; ix: VectorIndex; pairs: P[]; cosineOf: (i: number, j: number) => number } {
  const { nodes, vecs, ix, is, js, cosines, featuresInto, cosineOf } = candidateFeatures(reports);
  const n = nodes.length;
  const scratch = new Float64Array(FEATURE_NAMES.length);
  const featuresOf = (i: number, j: number, cos: number): number[] => {
    featuresInto(i, j, cos, scratch);
    return Array.from(scratch);
  };
  const pairs: P[] = new Array(is.length);
  for (let m = 0; m < is.length; m++) {
    const i = is[m]!;
    const j = js[m]!;
    const cos = cosines[m]!;
    pairs[m] = make(i, j, cos, featuresOf(i, j, cos));
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
    pairs.push(make(i, j, cos, featuresOf(i, j, cos)));
    added = true;
  }
  // Candidates come sorted by i then j: only extra ones need a sort.
  if (added) pairs.sort((p, q) => p.i - q.i || p.j - q.j);
  return { nodes, vecs, ix, pairs, cosineOf };
}

/** The candidates of tokenized reports as columns, and their features on demand. */
export interface CandidateFeatures {
  nodes: SentenceNode[];
  vecs: Vec[][];
  /** The vector index read (the explanations and the rules reuse it). */
  ix: VectorIndex;
  /** Candidate m is (is[m], js[m]) with cosine cosines[m]; sorted by i, then j. */
  is: Int32Array;
  js: Int32Array;
  cosines: Float64Array;
  /**
   * Write the features of (i, j) (cosine `cos`) into `out`, in FEATURE_NAMES order. The same numbers
   * whenever asked; cheapest for pairs in the candidates' order (a run of one i spreads its rows once).
   */
  featuresInto: (i: number, j: number, cos: number, out: Float64Array) => void;
  /** The writer behind `featuresInto`: hot loops call its method directly. */
  writer: FeatureWriter;
  /** Cosine of any two nodes (0 when they share nothing or are of one report). */
  cosineOf: (i: number, j: number) => number;
}

/**
 * The candidates and a writer of their features. The lexical matcher weighs each candidate's features
 * from one scratch array into a column of probabilities: no features array and no pair object per
 * candidate (pair-columns.ts says why), the features written again only if its pairs are read.
 */
export function candidateFeatures(reports: TokenizedReports): CandidateFeatures {
  // The vectors as typed arrays, once: candidates, cosines and coverage read them (no Map lookups per pair).
  const { nodes, vecs, ix } = buildVectorIndex(reports);
  const R = reports.length;
  const found = topCandidates(nodes, vecs, R, CANDIDATES_PER_REPORT, POSTING_CAP, ix);
  const reportOf = ix.reportOf;
  const cosineOf = (i: number, j: number) => (reportOf[i] === reportOf[j] ? 0 : dotAt(ix, i, j));
  const writer = new FeatureWriter(reports, nodes, ix, found.best);
  return {
    nodes,
    vecs,
    ix,
    is: found.is,
    js: found.js,
    cosines: found.cosines,
    writer,
    featuresInto: (i, j, cos, out) => writer.featuresInto(i, j, cos, out),
    cosineOf,
  };
}

/** Shared ids of nodes i and j in sorted distinct lists (`ids[start[i] … start[i + 1])`): a merge. */
function sharedOf(start: Int32Array, ids: Int32Array, i: number, j: number): number {
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
}

/**
 * The features of candidate pairs of one analysis, its state in fields and its steps as methods.
 *
 * A class, not closures inside `candidateFeatures`: V8 keeps a function's optimized code only while a
 * closure that uses it lives, and each analysis made new closures, so once a major GC had collected the
 * previous analysis's, the next one ran `featuresInto` and its helpers in the interpreter and compiled
 * them again (~70 optimizing compiles and ~350 ms of compile per 6 × 5,000 analysis, even warm). A
 * method lives on the prototype: its code is compiled once per process (docs/performance.md, session 14).
 */
export class FeatureWriter {
  private readonly R: number;
  private readonly reportOf: Int32Array;
  private readonly best: Float64Array;
  private readonly nameStart: Int32Array;
  private readonly nameIds: Int32Array;
  private readonly numberStart: Int32Array;
  private readonly numberIds: Int32Array;
  private readonly rowStart: Int32Array;
  private readonly rowTerm: Int32Array;
  private readonly rowWeight: Float64Array;
  private readonly absent: number;
  private readonly posPrev: Int32Array | Uint16Array;
  private readonly posCur: Int32Array | Uint16Array;
  private readonly posNext: Int32Array | Uint16Array;
  private runI = -1;
  private runPrev = -1;
  private runNext = -1;
  private readonly hits: Int32Array;
  private hitsLength = 0;
  private readonly otherWeight: Float64Array;
  // Each node's sentence index and its report's length, as typed arrays: the node objects read per pair
  // were a cache miss each.
  private readonly sentenceOf: Int32Array;
  private readonly reportLength: Int32Array;
  private readonly logLength: Float64Array;

  constructor(reports: TokenizedReports, nodes: SentenceNode[], ix: VectorIndex, best: Float64Array) {
    const n = nodes.length;
    this.R = reports.length;
    this.reportOf = ix.reportOf;
    this.best = best;
    // Each node's names and numbers as sorted distinct ids, and its content length: shared counts are merges, not Set filters.
    const { nameStart, nameIds, numberStart, numberIds, lengthOf } = factLists(reports, nodes, ix);
    this.nameStart = nameStart;
    this.nameIds = nameIds;
    this.numberStart = numberStart;
    this.numberIds = numberIds;
    // Positions of a sentence's terms in its row, by term id (-1: absent), for the sentence of the
    // current run of pairs and its two neighbours: pairs come sorted by i, so each is spread once per i,
    // not once per pair. A pair's sums then read only the other sentence's row: its shared terms' positions
    // in x's row, sorted (a few), give the products in x's term order, the order dotAt sums in (so the
    // same bits). Spreading the other sentence per pair and reading x's row read each row 1.5 times more.
    const { rowStart, rowTerm, rowWeight } = ix;
    this.rowStart = rowStart;
    this.rowTerm = rowTerm;
    this.rowWeight = rowWeight;
    // Positions as 16-bit (ABSENT: not in the row): the three tables are read at random by term id for
    // every pair (~45 reads), and at half the bytes of Int32 more of them stay in cache. A row of
    // ABSENT or more distinct terms (no real sentence) would not fit: such an index takes Int32 tables.
    let longest = 1;
    for (let y = 0; y < n; y++) longest = Math.max(longest, rowStart[y + 1]! - rowStart[y]!);
    const wide = longest >= ABSENT;
    this.absent = wide ? -1 : ABSENT;
    const table = () => (wide ? new Int32Array(ix.terms).fill(-1) : new Uint16Array(ix.terms).fill(ABSENT));
    this.posPrev = table();
    this.posCur = table();
    this.posNext = table();
    // The shared terms of (x, y): their positions in x's row (ascending) and y's weights by position.
    this.hits = new Int32Array(longest);
    this.otherWeight = new Float64Array(longest);
    this.sentenceOf = new Int32Array(n);
    this.reportLength = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.sentenceOf[i] = nodes[i]!.sentence;
      this.reportLength[i] = reports[nodes[i]!.report]!.length;
    }
    this.logLength = new Float64Array(n);
    for (let i = 0; i < n; i++) this.logLength[i] = Math.log1p(lengthOf[i]!);
  }

  private spread(pos: Int32Array | Uint16Array, x: number, on: boolean): void {
    if (x < 0) return;
    const rowStart = this.rowStart;
    const rowTerm = this.rowTerm;
    const absent = this.absent;
    const from = rowStart[x]!;
    for (let e = from, end = rowStart[x + 1]!; e < end; e++) pos[rowTerm[e]!] = on ? e - from : absent;
  }

  private enterRun(i: number): void {
    if (i === this.runI) return;
    this.spread(this.posPrev, this.runPrev, false);
    this.spread(this.posCur, this.runI, false);
    this.spread(this.posNext, this.runNext, false);
    this.runI = i;
    this.runPrev = this.sentenceOf[i]! > 0 ? i - 1 : -1;
    this.runNext = this.sentenceOf[i]! + 1 < this.reportLength[i]! ? i + 1 : -1;
    this.spread(this.posPrev, this.runPrev, true);
    this.spread(this.posCur, this.runI, true);
    this.spread(this.posNext, this.runNext, true);
  }

  /** The shared terms of (x spread in `pos`, y) into `hits` (x's row positions, ascending) and `otherWeight`. */
  private share(pos: Int32Array | Uint16Array, y: number): void {
    const rowStart = this.rowStart;
    const rowTerm = this.rowTerm;
    const rowWeight = this.rowWeight;
    const hits = this.hits;
    const otherWeight = this.otherWeight;
    const absent = this.absent;
    let count = 0;
    for (let e = rowStart[y]!, end = rowStart[y + 1]!; e < end; e++) {
      const at = pos[rowTerm[e]!]!;
      if (at === absent) continue;
      otherWeight[at] = rowWeight[e]!;
      let m = count++;
      while (m > 0 && hits[m - 1]! > at) {
        hits[m] = hits[m - 1]!;
        m--;
      }
      hits[m] = at;
    }
    this.hitsLength = count;
  }

  /** dotAt(ix, x, y) for x spread in `pos`. */
  private dotPos(pos: Int32Array | Uint16Array, x: number, y: number): number {
    this.share(pos, y);
    const rowWeight = this.rowWeight;
    const hits = this.hits;
    const otherWeight = this.otherWeight;
    const base = this.rowStart[x]!;
    let sum = 0;
    for (let m = 0, count = this.hitsLength; m < count; m++) sum += rowWeight[base + hits[m]!]! * otherWeight[hits[m]!]!;
    return sum;
  }

  /**
   * Write the features of (i, j) (cosine `cos`) into `out`, in FEATURE_NAMES order. The same numbers
   * whenever asked; cheapest for pairs in the candidates' order (a run of one i spreads its rows once).
   */
  featuresInto(i: number, j: number, cos: number, out: Float64Array): void {
    const R = this.R;
    const reportOf = this.reportOf;
    const ra = reportOf[i]!;
    const rb = reportOf[j]!;
    // A best of 0 (the sentence shares no term with that report) only happens
    // for extra candidates, whose cosine is then 0 too: their share is 0.
    const bestA = this.best[i * R + rb]! || 1;
    const bestB = this.best[j * R + ra]! || 1;
    const sharedNames = sharedOf(this.nameStart, this.nameIds, i, j);
    const numberStart = this.numberStart;
    const sharedNumbers = sharedOf(numberStart, this.numberIds, i, j);
    // Coverage: the share of a sentence's weight (squared) that the other one
    // states too. A short sentence inside a long one is fully covered; two
    // sentences that share only their actors cover little of each other.
    // Summed in i's term order, as the Map-based loop did (weights are > 0: 0 means absent).
    this.enterRun(i);
    let coverA = 0;
    let coverB = 0;
    this.share(this.posCur, j);
    const rowWeight = this.rowWeight;
    const hits = this.hits;
    const otherWeight = this.otherWeight;
    const base = this.rowStart[i]!;
    for (let m = 0, count = this.hitsLength; m < count; m++) {
      const w = rowWeight[base + hits[m]!]!;
      const wb = otherWeight[hits[m]!]!;
      coverA += w * w;
      coverB += wb * wb;
    }
    let context = 0;
    let contextPairs = 0;
    // The previous sentences, then the next ones, where both reports have them (neighbours are of the
    // pair's two different reports: node i ± 1 and j ± 1).
    const sentenceOf = this.sentenceOf;
    const reportLength = this.reportLength;
    const sa = sentenceOf[i]!;
    const sb = sentenceOf[j]!;
    if (sa > 0 && sb > 0) {
      context += this.dotPos(this.posPrev, i - 1, j - 1);
      contextPairs++;
    }
    if (sa + 1 < reportLength[i]! && sb + 1 < reportLength[j]!) {
      context += this.dotPos(this.posNext, i + 1, j + 1);
      contextPairs++;
    }
    const numbersA = numberStart[i + 1]! - numberStart[i]!;
    const numbersB = numberStart[j + 1]! - numberStart[j]!;
    // log1p is monotonic: log1p(min(la, lb)) is the smaller of the two logs, bit for bit (two log1p calls per
    // pair were ~5 % of this function at 6 × 5,000).
    const la = this.logLength[i]!;
    const lb = this.logLength[j]!;
    out[0] = cos;
    out[1] = Math.sqrt(cos);
    out[2] = cos / bestA;
    out[3] = cos / bestB;
    out[4] = cos > 0 && cos >= bestA && cos >= bestB ? 1 : 0;
    out[5] = Math.min(sharedNames, 3);
    out[6] = Math.min(sharedNumbers, 2);
    out[7] = numbersA > 0 && numbersB > 0 && sharedNumbers === 0 ? 1 : 0;
    out[8] = contextPairs ? context / contextPairs : 0;
    out[9] = Math.min(la, lb);
    out[10] = Math.max(la, lb);
    out[11] = Math.min(coverA, coverB);
    out[12] = Math.max(coverA, coverB);
  }
}
