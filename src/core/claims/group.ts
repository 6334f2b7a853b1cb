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

interface PairIndex {
  /** Probability by pair key i * total + j (i < j). */
  probabilities: Map<number, number>;
  /** Every pair, strongest first; ties broken by position so the result is deterministic. */
  edges: [number, number, number][];
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
  const probabilities = new Map<number, number>();
  const edges: [number, number, number][] = [];
  for (const pair of scored.pairs) {
    probabilities.set(pair.i * total + pair.j, pair.probability);
    // A NaN probability is never an edge (it fails `>= threshold`).
    if (!Number.isNaN(pair.probability)) edges.push([pair.i, pair.j, pair.probability]);
  }
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  indexes.set(scored, (index = { probabilities, edges }));
  return index;
}

/** Group scored sentences into claims; every sentence lands in exactly one group. */
export function groupClaims(scored: ScoredPairs, options: GroupOptions): AlignedMember[][] {
  const { groups, score } = clusterNodes(scored, options);
  return explainGroups(scored, groups, score);
}

/** Pair probability of two nodes (0 for a pair the matcher did not propose). */
export type PairScore = (i: number, j: number) => number;

/** The clustering alone: groups of node indices (into `scored.nodes`), and the pair scores it used. */
export function clusterNodes(scored: ScoredPairs, options: GroupOptions): { groups: number[][]; score: PairScore } {
  const maxPerReport = options.maxPerReport ?? scored.maxPerReport;
  const nodes = scored.nodes;
  const total = nodes.length;
  const { probabilities, edges: sorted } = pairIndex(scored);
  const score = (i: number, j: number) => (i < j ? probabilities.get(i * total + j) : probabilities.get(j * total + i)) ?? 0;
  let above = 0;
  while (above < sorted.length && sorted[above]![2] >= options.threshold) above++;

  const groupOf = nodes.map((_, i) => i);
  // A group is named by its first node; `groups[g]` its members (undefined once merged away), read in ascending g.
  const groups: (number[] | undefined)[] = nodes.map((_, i) => [i]);
  // Sentences of each report in each group, `perReport[g * R + report]`: a merge checks its limit without listing members.
  let R = 0;
  for (const node of nodes) R = Math.max(R, node.report + 1);
  const perReport = new Int32Array(total * R);
  nodes.forEach((node, i) => (perReport[i * R + node.report] = 1));
  for (let e = 0; e < above; e++) {
    const [i, j] = sorted[e]!;
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = groups[gi]!;
    const b = groups[gj]!;
    let over = false;
    for (let r = 0; r < R && !over; r++) over = perReport[gi * R + r]! + perReport[gj * R + r]! > maxPerReport;
    if (over) continue;
    let sum = 0;
    let pairs = 0;
    for (const x of a) {
      for (const y of b) {
        if (nodes[x]!.report === nodes[y]!.report) continue;
        sum += score(x, y);
        pairs++;
      }
    }
    if (pairs === 0 || sum / pairs < options.threshold) continue;
    for (const m of b) groupOf[m] = gi;
    for (const m of b) a.push(m);
    for (let r = 0; r < R; r++) perReport[gi * R + r]! += perReport[gj * R + r]!;
    groups[gj] = undefined;
  }

  return { groups: groups.filter((g): g is number[] => g !== undefined), score };
}

/**
 * Members of each group, sorted, each after the first explained by its
 * best-scoring member of another report. `userLinked` nodes were put there by
 * the reader (edits/apply.ts): they are explained the same way (the page shows
 * the machine's score beside "linked by you") and marked.
 */
export function explainGroups(scored: ScoredPairs, groups: readonly (readonly number[])[], score: PairScore, userLinked?: ReadonlySet<number>): AlignedMember[][] {
  const nodes = scored.nodes;
  return groups.map((members) => {
    const sorted = [...members].sort((x, y) => x - y);
    return sorted.map((m, k): AlignedMember => {
      const node = nodes[m]!;
      const byUser = userLinked?.has(m) ? { linkedByUser: true as const } : {};
      if (k === 0 || sorted.length === 1) return { report: node.report, sentence: node.sentence, ...byUser };
      // Explain the link by the best-matching member of another report.
      let best = -1;
      let bestScore = -1;
      sorted.forEach((o, idx) => {
        if (idx === k || nodes[o]!.report === node.report) return;
        const s = score(m, o);
        if (s > bestScore) [best, bestScore] = [idx, s];
      });
      if (best < 0) return { report: node.report, sentence: node.sentence, ...byUser };
      return {
        report: node.report,
        sentence: node.sentence,
        match: { to: best, score: Math.round(Math.min(1, bestScore) * 1000) / 1000, ...scored.explain(m, sorted[best]!) },
        ...byUser,
      };
    });
  });
}
