/**
 * Group sentences of several reports into claims: groups of sentences, from
 * different reports, that state the same fact.
 *
 * Outlets reorder and reword, so this is not a sequence alignment: every
 * cross-report pair a matcher proposes (matching/matcher.ts; the lexical one by
 * default) carries a probability of stating the same fact, and claims are
 * grown by average-linkage agglomeration: strongest pairs first, and two
 * groups merge only if the AVERAGE probability over all pairs of their
 * sentences from different reports reaches the threshold — the threshold
 * itself, not a fraction of it. Single linkage, or average linkage at 0.6 ×
 * the threshold, chained "Kyiv got mines" and "Ukraine ratified the treaty"
 * into one "fact" through their shared actor. Complete linkage (every pair
 * linked) also prevents that, but measured on the development sets it scored
 * 0.023 lower mean F1 (0.325 vs 0.348 at the best threshold; 4-fold
 * cross-validation) with the same claims on the seed event.
 */
import { LINK_MODEL, type LinkModel } from '../matching/lexical/model';
import { scoreLexical } from '../matching/lexical/matcher';
import type { TokenizedReports } from '../matching/lexical/similarity';
import type { ScoredPairs } from '../matching/matcher';
import { pairColumns } from '../matching/pair-columns';
import type { MatchReason } from '../types';

export type { TokenizedReports } from '../matching/lexical/similarity';

export interface AlignedMember {
  report: number;
  sentence: number;
  match?: MatchReason;
  /** The reader linked it here (an edit), whatever the matcher said. */
  linkedByUser?: true;
}

export interface GroupOptions {
  /** A cross-report pair needs this link probability to be linked. */
  threshold: number;
  /** At most this many sentences of one report in one claim; the matcher's own limit by default. */
  maxPerReport?: number;
}

export interface AlignOptions extends GroupOptions {
  /** The link model; the trained one by default (training passes its own). */
  model?: LinkModel;
}

/** Group tokenized reports with the lexical matcher (training and tests use this; the analyzer calls groupClaims). */
export function alignSentences(reports: TokenizedReports, options: AlignOptions): AlignedMember[][] {
  return groupClaims(scoreLexical(reports, options.model ?? LINK_MODEL), options);
}

/**
 * The pairs of one scored set, indexed: the probability by pair, and every
 * pair strongest first, ties broken by position so the result is
 * deterministic. A Map keyed by i × total + j, and `[i, j, p]` tuples sorted
 * by a comparator, were most of grouping's time at 3 × 1,000 sentences
 * (20,000 pairs); an open-addressing table was then bound by cache misses.
 */
interface PairIndex {
  /**
   * The pairs by their first node (compressed rows): the pairs (i, j) of node
   * i are `partner[rowStart[i] … rowStart[i + 1])` with probabilities
   * `value[…]`, in the matcher's order. A row is short (about 7 at
   * 3 × 1,000), and a claim's lookups stay in a few rows.
   */
  rowStart: Int32Array;
  partner: Int32Array;
  value: Float64Array;
  /** Pairs with a number for a probability, in the matcher's order: nodes and probability. */
  rawI: Int32Array;
  rawJ: Int32Array;
  rawP: Float64Array;
  /**
   * The pairs with probability >= `floor`, strongest first (`edgesAbove`).
   * Only those can merge groups; sorting all of them was most of grouping at
   * 6 × 5,000 (strongestFirst 122 of 283 ms self, 485,000 pairs, most below
   * any threshold).
   */
  sorted?: { floor: number; edgeI: Int32Array; edgeJ: Int32Array; edgeP: Float64Array };
  /** Each node's report. */
  reportOf: Int32Array;
}

/** The probability of pair (i, j) (i < j as the matcher gave it); 0 for a pair the matcher did not propose. */
function lookup(rowStart: Int32Array, partner: Int32Array, value: Float64Array, i: number, j: number): number {
  // From the row's end: of a pair given twice the later one counts, as it did in a Map.
  for (let k = rowStart[i + 1]! - 1, end = rowStart[i]!; k >= end; k--) if (partner[k] === j) return value[k]!;
  return 0;
}

/**
 * The probability lookup and the sorted pairs, once per scored set: the
 * analyzer re-groups one set at every sensitivity (the edges of a threshold
 * are a prefix of this order, the same ones in the same order as sorting them
 * after filtering).
 */
const indexes = new WeakMap<ScoredPairs, PairIndex>();
function pairIndex(scored: ScoredPairs): PairIndex {
  let index = indexes.get(scored);
  if (index) return index;
  const total = scored.nodes.length;
  const columns = pairColumns(scored);
  // A loop: `Int32Array.from` with a map function (an iterator and a call per node) was 0.7 ms of grouping
  // at 3 × 1,000 (3,000 nodes); groupClaims on a fresh scored set paired 0.922, 0.933, 0.936 in process.
  const reportOf = new Int32Array(total);
  const nodes = scored.nodes;
  for (let n = 0; n < total; n++) reportOf[n] = nodes[n]!.report;
  if (columns) {
    const { i: ci, j: cj, probability: cp } = columns;
    const count = ci.length;
    // The matcher's columns (pair-columns.ts): no pair objects to read. Given in (i, j) order, as the
    // matchers give them, they are the rows already (a counting sort by i would keep that order).
    let inRows = true;
    let edges = 0;
    for (let k = 0; k < count; k++) {
      const i = ci[k]!;
      const j = cj[k]!;
      if (!(i >= 0 && i < total && j >= 0 && j < total && (k === 0 || i >= ci[k - 1]!))) inRows = false;
      if (!Number.isNaN(cp[k]!)) edges++;
    }
    // A NaN probability is never an edge (it fails `>= threshold`): the edges are the columns unless there is one.
    let rawI = ci;
    let rawJ = cj;
    let rawP = cp;
    if (edges < count) {
      rawI = new Int32Array(edges);
      rawJ = new Int32Array(edges);
      rawP = new Float64Array(edges);
      for (let k = 0, e = 0; k < count; k++) {
        if (Number.isNaN(cp[k]!)) continue;
        rawI[e] = ci[k]!;
        rawJ[e] = cj[k]!;
        rawP[e++] = cp[k]!;
      }
    }
    if (inRows) {
      const rowStart = new Int32Array(total + 1);
      for (let k = 0; k < count; k++) rowStart[ci[k]! + 1]!++;
      for (let n = 0; n < total; n++) rowStart[n + 1]! += rowStart[n]!;
      index = { rowStart, partner: cj, value: cp, rawI, rawJ, rawP, reportOf };
    } else index = { ...rowsOf(total, ci, cj, cp, (i, j) => i >= 0 && i < total && j >= 0 && j < total), rawI, rawJ, rawP, reportOf };
  } else {
    // Each pair object read once (485,000 at 6 × 5,000); the rows are filled from typed arrays.
    const pairs = scored.pairs;
    const count = pairs.length;
    const pi = new Int32Array(count);
    const pj = new Int32Array(count);
    const pp = new Float64Array(count);
    const valid = new Uint8Array(count);
    let edges = 0;
    for (let k = 0; k < count; k++) {
      const pair = pairs[k]!;
      const i = pair.i;
      const j = pair.j;
      // Pairs whose nodes are not in `nodes` break the contract; no lookup can ask for them, so they are left out of the rows.
      if (i >= 0 && i < total && j >= 0 && j < total && Number.isInteger(i) && Number.isInteger(j)) valid[k] = 1;
      pi[k] = i;
      pj[k] = j;
      pp[k] = pair.probability;
      if (!Number.isNaN(pair.probability)) edges++;
    }
    const rawI = new Int32Array(edges);
    const rawJ = new Int32Array(edges);
    const rawP = new Float64Array(edges);
    // A NaN probability is never an edge (it fails `>= threshold`).
    for (let k = 0, e = 0; k < count; k++) {
      if (Number.isNaN(pp[k]!)) continue;
      rawI[e] = pi[k]!;
      rawJ[e] = pj[k]!;
      rawP[e++] = pp[k]!;
    }
    index = { ...rowsOf(total, pi, pj, pp, (_, __, k) => valid[k] === 1), rawI, rawJ, rawP, reportOf };
  }
  indexes.set(scored, index);
  return index;
}

/** Compressed rows of the pairs `keep` accepts, each row in the given order (a stable counting sort by i). */
function rowsOf(total: number, pi: Int32Array, pj: Int32Array, pp: Float64Array, keep: (i: number, j: number, k: number) => boolean): Pick<PairIndex, 'rowStart' | 'partner' | 'value'> {
  const rowStart = new Int32Array(total + 1);
  let kept = 0;
  for (let k = 0; k < pi.length; k++) {
    if (!keep(pi[k]!, pj[k]!, k)) continue;
    rowStart[pi[k]! + 1]!++;
    kept++;
  }
  for (let n = 0; n < total; n++) rowStart[n + 1]! += rowStart[n]!;
  const fill = rowStart.slice(0, total);
  const partner = new Int32Array(kept);
  const value = new Float64Array(kept);
  for (let k = 0; k < pi.length; k++) {
    if (!keep(pi[k]!, pj[k]!, k)) continue;
    const at = fill[pi[k]!]!++;
    partner[at] = pj[k]!;
    value[at] = pp[k]!;
  }
  return { rowStart, partner, value };
}

/**
 * The pairs with probability >= `threshold`, strongest first: a prefix of the
 * sorted pairs kept for the lowest threshold asked so far (the analyzer
 * re-groups one set at every sensitivity), else sorted afresh. Sorting is
 * stable by (probability, i, j), so the pairs above a threshold come in the
 * same order whether sorted alone or among all of them.
 */
function edgesAbove(index: PairIndex, threshold: number): { edgeI: Int32Array; edgeJ: Int32Array; edgeP: Float64Array } {
  const kept = index.sorted;
  if (kept && threshold >= kept.floor) return kept;
  const { rawI, rawJ, rawP } = index;
  const n = countAbove(rawP, threshold);
  const i = new Int32Array(n);
  const j = new Int32Array(n);
  const p = new Float64Array(n);
  fillAbove(rawI, rawJ, rawP, threshold, i, j, p);
  // The filtered columns are this call's own: the sort may use them as one of its two buffers.
  const s = strongestFirst(i, j, p, true);
  const sorted = { floor: threshold, edgeI: s.edgeI, edgeJ: s.edgeJ, edgeP: s.edgeP };
  index.sorted = sorted;
  return sorted;
}

// edgesAbove's two loops are functions of their own, and this one has none: with the loops inline, V8
// compiled it (and clusterNodes, which inlines it) on stack replacement while the code after the loops
// had no type feedback, and it deoptimised there in every 6 × 5,000 analysis, one or the other, the rest
// of clusterNodes then running in the interpreter until its next OSR (--trace-deopt, 8 analyses).
function countAbove(rawP: Float64Array, threshold: number): number {
  let n = 0;
  for (let k = 0; k < rawP.length; k++) if (rawP[k]! >= threshold) n++;
  return n;
}

function fillAbove(rawI: Int32Array, rawJ: Int32Array, rawP: Float64Array, threshold: number, i: Int32Array, j: Int32Array, p: Float64Array): void {
  let n = 0;
  for (let k = 0; k < rawP.length; k++) {
    if (!(rawP[k]! >= threshold)) continue;
    i[n] = rawI[k]!;
    j[n] = rawJ[k]!;
    p[n++] = rawP[k]!;
  }
}

/**
 * The pairs sorted by probability, highest first, then by i, then by j. A
 * comparator sort of 20,000 pairs was 60 % of grouping's time (3 × 1,000).
 * Each pair gets a 32-bit key q = ⌊(1 − p) × (2^32 − 1)⌋ and an LSD radix
 * sort (three passes of 11 bits) orders the pairs by q, stably, carrying
 * i, j, p along so every pass reads sequentially. (A native sort of packed
 * q × count + index keys, then a gather by index, was 109 ms at 6 × 5,000,
 * 485,000 pairs: random reads; this is 61 ms, same process, load ~2.5.)
 * q is monotone in p but not one-to-one: pairs with equal q (equal or nearly
 * equal p) are put in order afterwards, only where they are out of order
 * (sortRun). Probabilities outside [0, 1] (NaN is no edge) take the
 * comparator sort (strongestFirstReference; group.test.ts compares the two).
 * `reuse`: the sort may overwrite `i`, `j` and `p` (the caller's own copies).
 */
export function strongestFirst(i: Int32Array, j: Int32Array, p: Float64Array, reuse = false): { edgeI: Int32Array; edgeJ: Int32Array; edgeP: Float64Array } {
  const count = p.length;
  let inRange = true;
  for (let k = 0; k < count && inRange; k++) inRange = p[k]! >= 0 && p[k]! <= 1;
  if (!inRange) return strongestFirstReference(i, j, p);
  // With `reuse` the given columns are the first pass's source and then a buffer (edgesAbove's filtered
  // copies: copying them again was a third of grouping's garbage at 3 × 1,000, 16 of 56 bytes a pair).
  let q = new Uint32Array(count);
  let x: Int32Array = reuse ? i : i.slice();
  let y: Int32Array = reuse ? j : j.slice();
  let z: Float64Array = reuse ? p : p.slice();
  let q2 = new Uint32Array(count);
  let x2: Int32Array = new Int32Array(count);
  let y2: Int32Array = new Int32Array(count);
  let z2: Float64Array = new Float64Array(count);
  const hist = new Int32Array(3 * RADIX);
  for (let k = 0; k < count; k++) {
    const v = Math.floor((1 - z[k]!) * 4294967295) >>> 0;
    q[k] = v;
    hist[v & RADIX_MASK]!++;
    hist[RADIX + ((v >>> RADIX_BITS) & RADIX_MASK)]!++;
    hist[2 * RADIX + (v >>> (2 * RADIX_BITS))]!++;
  }
  for (let d = 0; d < 3; d++) {
    let at = 0;
    for (let b = d * RADIX; b < (d + 1) * RADIX; b++) {
      const c = hist[b]!;
      hist[b] = at;
      at += c;
    }
  }
  for (let d = 0; d < 3; d++) {
    const base = d * RADIX;
    const shift = d * RADIX_BITS;
    for (let k = 0; k < count; k++) {
      const v = q[k]!;
      const at = hist[base + ((v >>> shift) & RADIX_MASK)]!++;
      q2[at] = v;
      x2[at] = x[k]!;
      y2[at] = y[k]!;
      z2[at] = z[k]!;
    }
    [q, q2] = [q2, q];
    [x, x2] = [x2, x];
    [y, y2] = [y2, y];
    [z, z2] = [z2, z];
  }
  // Runs of equal q, and whether each is in order already (most are: sortRun says why).
  let runStart = 0;
  let inOrder = true;
  for (let e = 1; e < count; e++) {
    if (q[e] !== q[e - 1]) {
      if (!inOrder) sortRun(x, y, z, runStart, e);
      runStart = e;
      inOrder = true;
    } else if (inOrder && !(z[e]! < z[e - 1]! || (z[e] === z[e - 1] && (x[e]! > x[e - 1]! || (x[e] === x[e - 1] && y[e]! >= y[e - 1]!))))) inOrder = false;
  }
  if (!inOrder) sortRun(x, y, z, runStart, count);
  return { edgeI: x, edgeJ: y, edgeP: z };
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;

/**
 * Order pairs [from, to) (equal q) by probability, highest first, then i, then j, stably. Most runs are
 * pairs of one probability (at 6 × 5,000 two thirds of 485,000 pairs are in such runs: rules set 0.99, and
 * so on), already in order because the matchers give pairs ordered by (i, j) and the keys keep that order:
 * a run in order is left as it is. Copying every run into tuples for a comparator sort was ~300 ms there.
 * Out-of-order runs are short (pairs of nearly equal p) and take an insertion sort in place; a long one
 * (over SHORT_RUN) the comparator sort.
 */
function sortRun(edgeI: Int32Array, edgeJ: Int32Array, edgeP: Float64Array, from: number, to: number): void {
  const before = (x: number, y: number) => edgeP[x]! > edgeP[y]! || (edgeP[x] === edgeP[y] && (edgeI[x]! < edgeI[y]! || (edgeI[x] === edgeI[y] && edgeJ[x]! < edgeJ[y]!)));
  let k = from + 1;
  while (k < to && !before(k, k - 1)) k++;
  if (k === to) return;
  if (to - from > SHORT_RUN) return sortRunByComparator(edgeI, edgeJ, edgeP, from, to);
  for (; k < to; k++) {
    const i = edgeI[k]!;
    const j = edgeJ[k]!;
    const p = edgeP[k]!;
    let at = k;
    // Move it before every earlier pair it sorts before (equal pairs keep their order: stable).
    while (at > from && (p > edgeP[at - 1]! || (p === edgeP[at - 1] && (i < edgeI[at - 1]! || (i === edgeI[at - 1] && j < edgeJ[at - 1]!))))) {
      edgeI[at] = edgeI[at - 1]!;
      edgeJ[at] = edgeJ[at - 1]!;
      edgeP[at] = edgeP[at - 1]!;
      at--;
    }
    edgeI[at] = i;
    edgeJ[at] = j;
    edgeP[at] = p;
  }
}

const SHORT_RUN = 64;

/** sortRun's order by a comparator sort of tuples, for a long run (group.test.ts sorts one). */
function sortRunByComparator(edgeI: Int32Array, edgeJ: Int32Array, edgeP: Float64Array, from: number, to: number): void {
  const run = Array.from({ length: to - from }, (_, k) => [edgeI[from + k]!, edgeJ[from + k]!, edgeP[from + k]!] as const);
  run.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  run.forEach(([x, y, p], k) => {
    edgeI[from + k] = x;
    edgeJ[from + k] = y;
    edgeP[from + k] = p;
  });
}

/** The same order by a comparator sort: the fallback for very large inputs, and the reference in group.test.ts. */
export function strongestFirstReference(i: Int32Array, j: Int32Array, p: Float64Array): { edgeI: Int32Array; edgeJ: Int32Array; edgeP: Float64Array } {
  const order = Array.from(p, (_, k) => k).sort((x, y) => p[y]! - p[x]! || i[x]! - i[y]! || j[x]! - j[y]!);
  return { edgeI: Int32Array.from(order, (k) => i[k]!), edgeJ: Int32Array.from(order, (k) => j[k]!), edgeP: Float64Array.from(order, (k) => p[k]!) };
}

/** Group scored sentences into claims; every sentence lands in exactly one group. */
export function groupClaims(scored: ScoredPairs, options: GroupOptions): AlignedMember[][] {
  const { groups, score } = clusterNodes(scored, options);
  return explainGroups(scored, groups, score);
}

/** Pair probability of two nodes (0 for a pair the matcher did not propose). */
export type PairScore = (i: number, j: number) => number;

/** The probability of a pair from the rows of a pair index (0 when the matcher did not propose it), either way round. */
class PairLookup {
  constructor(
    private readonly rowStart: Int32Array,
    private readonly partner: Int32Array,
    private readonly value: Float64Array,
  ) {}

  score(i: number, j: number): number {
    return i < j ? lookup(this.rowStart, this.partner, this.value, i, j) : lookup(this.rowStart, this.partner, this.value, j, i);
  }
}

/** The clustering alone: groups of node indices (into `scored.nodes`), and the pair scores it used. */
export function clusterNodes(scored: ScoredPairs, options: GroupOptions): { groups: number[][]; score: PairScore } {
  const maxPerReport = options.maxPerReport ?? scored.maxPerReport;
  const nodes = scored.nodes;
  const total = nodes.length;
  const index = pairIndex(scored);
  const { reportOf } = index;
  const { edgeI, edgeJ, edgeP } = edgesAbove(index, options.threshold);
  // The rows as locals, not re-read from `index` at every lookup: groupClaims (fresh scored set, 3 × 1,000)
  // paired 0.969, 0.985, 0.978 in process.
  const { rowStart, partner, value } = index;
  // A class method bound, not a closure made per call: V8 compiled that closure again in every analysis.
  const lookups = new PairLookup(rowStart, partner, value);
  const score: PairScore = lookups.score.bind(lookups);
  let above = 0;
  while (above < edgeP.length && edgeP[above]! >= options.threshold) above++;

  const groupOf = new Int32Array(total);
  for (let i = 0; i < total; i++) groupOf[i] = i;
  // A group is named by its first node; `groups[g]` its members once it has
  // more than one (a singleton needs no array), `merged[g]` once merged away.
  const groups: (number[] | undefined)[] = new Array<number[] | undefined>(total);
  const merged = new Uint8Array(total);
  // Sentences of each report in each group, `perReport[g * R + report]`: a merge checks its limit without listing members.
  let R = 0;
  for (let i = 0; i < total; i++) R = Math.max(R, reportOf[i]! + 1);
  const perReport = new Int32Array(total * R);
  for (let i = 0; i < total; i++) perReport[i * R + reportOf[i]!] = 1;
  for (let e = 0; e < above; e++) {
    const i = edgeI[e]!;
    const j = edgeJ[e]!;
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    let over = false;
    for (let r = 0; r < R && !over; r++) over = perReport[gi * R + r]! + perReport[gj * R + r]! > maxPerReport;
    if (over) continue;
    // A singleton has no array: none is made for a merge that is then refused (most of 400,000 edges at 6 × 5,000).
    const a = groups[gi];
    const b = groups[gj];
    const sizeA = a === undefined ? 1 : a.length;
    const sizeB = b === undefined ? 1 : b.length;
    // The average over cross-report pairs, summed in the same order as ever (a's members, then b's: floating-point sums depend on it).
    let sum = 0;
    let pairs = 0;
    for (let u = 0; u < sizeA; u++) {
      const x = a === undefined ? gi : a[u]!;
      const rx = reportOf[x];
      for (let v = 0; v < sizeB; v++) {
        const y = b === undefined ? gj : b[v]!;
        if (rx === reportOf[y]) continue;
        sum += x < y ? lookup(rowStart, partner, value, x, y) : lookup(rowStart, partner, value, y, x);
        pairs++;
      }
    }
    if (pairs === 0 || sum / pairs < options.threshold) continue;
    const into = a ?? [gi];
    if (b === undefined) {
      groupOf[gj] = gi;
      into.push(gj);
    } else {
      for (const m of b) groupOf[m] = gi;
      for (const m of b) into.push(m);
    }
    groups[gi] = into;
    for (let r = 0; r < R; r++) perReport[gi * R + r]! += perReport[gj * R + r]!;
    groups[gj] = undefined;
    merged[gj] = 1;
  }

  const out: number[][] = [];
  for (let g = 0; g < total; g++) if (merged[g] === 0) out.push(groups[g] ?? [g]);
  return { groups: out, score };
}

/**
 * Members of each group, sorted, each after the first explained by its
 * best-scoring member of another report. `userLinked` nodes were put there by
 * the reader (edits/apply.ts): they are explained the same way (the page shows
 * the machine's score beside "linked by you") and marked.
 */
export function explainGroups(scored: ScoredPairs, groups: readonly (readonly number[])[], score: PairScore, userLinked?: ReadonlySet<number>): AlignedMember[][] {
  const nodes = scored.nodes;
  // Reports read from the index's column, not from the node objects (one object read per member pair);
  // with sortedNodes' no-copy path, groupClaims on a fresh scored set paired 0.971, 0.974, 0.978 (3 × 1,000).
  const { reportOf } = pairIndex(scored);
  // A loop over a module-level function, not `groups.map` with a callback made per call: V8 compiled
  // that callback again in every analysis (--trace-opt, 6 × 5,000), its code dropped with the analysis.
  const out: AlignedMember[][] = new Array<AlignedMember[]>(groups.length);
  for (let g = 0; g < groups.length; g++) out[g] = explainGroup(scored, nodes, reportOf, groups[g]!, score, userLinked);
  return out;
}

/** One group's members, sorted, each after the first explained by its best link to another report's member. */
function explainGroup(scored: ScoredPairs, nodes: ScoredPairs['nodes'], reportOf: Int32Array, members: readonly number[], score: PairScore, userLinked: ReadonlySet<number> | undefined): AlignedMember[] {
  const sorted = sortedNodes(members);
  const out: AlignedMember[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k]!;
    const node = nodes[m]!;
    const byUser = userLinked?.has(m) === true;
    // Explain the link by the best-matching member of another report (the first member, and a lone one, need none).
    let best = -1;
    let bestScore = -1;
    if (k > 0) {
      const report = reportOf[m];
      for (let idx = 0; idx < sorted.length; idx++) {
        if (idx === k || reportOf[sorted[idx]!] === report) continue;
        const s = score(m, sorted[idx]!);
        if (s > bestScore) {
          best = idx;
          bestScore = s;
        }
      }
    }
    // Keys in the order they always had (the Comparison's JSON is compared byte for byte).
    const member: AlignedMember = { report: node.report, sentence: node.sentence };
    if (best >= 0) member.match = { to: best, score: Math.round(Math.min(1, bestScore) * 1000) / 1000, ...scored.explain(m, sorted[best]!) };
    if (byUser) member.linkedByUser = true;
    out.push(member);
  }
  return out;
}

/**
 * A group's nodes in ascending order: the group itself when they already are (every singleton: no copy),
 * else a copy sorted by insertion for the usual few (no comparator calls), or by the sort.
 */
function sortedNodes(members: readonly number[]): readonly number[] {
  let ascending = true;
  for (let a = 1; a < members.length && ascending; a++) ascending = members[a - 1]! < members[a]!;
  if (ascending) return members;
  const sorted = members.slice();
  if (sorted.length > 16) return sorted.sort((x, y) => x - y);
  for (let a = 1; a < sorted.length; a++) {
    const x = sorted[a]!;
    let b = a - 1;
    while (b >= 0 && sorted[b]! > x) {
      sorted[b + 1] = sorted[b]!;
      b--;
    }
    sorted[b + 1] = x;
  }
  return sorted;
}
