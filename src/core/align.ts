/**
 * Align sentences of several reports into claims: groups of sentences, from
 * different reports, that state the same fact.
 *
 * Outlets reorder and reword, so this is not a sequence alignment: every
 * cross-report pair is scored by a weighted cosine of its terms (stems, alias
 * names, normalised numbers; function words excluded; rare terms weigh
 * more), and claims are grown by average-linkage agglomeration
 * over the pairs above the threshold. Average linkage, not single linkage:
 * chaining A~B~C through one shared word is what makes a "shared fact" that is
 * not one. A claim may hold two sentences of one report (one long sentence of
 * another outlet often says what it says in two), never more.
 */
import type { MatchReason } from './types';
import type { Token } from './tokenize';
import { termLabel } from './tokenize';

/** The tokens of every sentence: `reports[r][s]`. */
export type TokenizedReports = Token[][][];

export interface AlignedMember {
  report: number;
  sentence: number;
  match?: MatchReason;
}

export interface AlignOptions {
  /** A cross-report pair needs this similarity to be linked. */
  threshold: number;
  /** Overrides for experiments (the evaluation sweeps them); defaults below. */
  maxPerReport?: number;
  averageLinkFactor?: number;
  /** Background document frequencies: (df, N) of a large corpus, mixed with the comparison's own. */
  background?: { df: (term: string) => number; n: number };
}

/**
 * No extra weight for names or numbers beyond their IDF: boosting names by 1.6
 * lowered pairwise F1 on both development sets (ECB+ 0.307 → 0.282, SuperPAL
 * 0.527 → 0.488); news events share their actors across many sentences.
 */
/** A merge needs the average cross-report similarity of the two groups to reach threshold × this. */
const AVERAGE_LINK_FACTOR = 0.6;
/** At most this many sentences of one report in one claim. */
const MAX_PER_REPORT = 2;

export interface Vec {
  /** term → weight, L2-normalised. */
  weights: Map<string, number>;
}

export function buildVectors(reports: TokenizedReports, background?: AlignOptions['background']): Vec[][] {
  const df = new Map<string, number>();
  let n = 0;
  for (const sentences of reports) {
    for (const tokens of sentences) {
      n++;
      for (const term of new Set(tokens.filter((t) => !t.stop).map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return reports.map((sentences) =>
    sentences.map((tokens) => {
      const weights = new Map<string, number>();
      for (const t of tokens) {
        if (t.stop) continue;
        // Binary term frequency: a sentence repeating a word does not state it more.
        const w = (background ? Math.log(1 + (background.n + n) / (background.df(t.term) + (df.get(t.term) ?? 1))) : Math.log(1 + n / (df.get(t.term) ?? 1)));
        weights.set(t.term, Math.max(weights.get(t.term) ?? 0, w));
      }
      let norm = 0;
      for (const w of weights.values()) norm += w * w;
      norm = Math.sqrt(norm) || 1;
      for (const [k, w] of weights) weights.set(k, w / norm);
      return { weights };
    }),
  );
}

/** Cosine of two weighted sentence vectors. */
export function cosine(a: Vec, b: Vec): number {
  let sum = 0;
  for (const [term, w] of a.weights) sum += w * (b.weights.get(term) ?? 0);
  return sum;
}

interface Node {
  report: number;
  sentence: number;
}

/**
 * Score every cross-report pair that shares at least one term, through an
 * inverted index, so the cost follows the shared terms rather than n².
 */
function scorePairs(nodes: Node[], vecs: Vec[][]): Map<number, number> {
  const postings = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const term of vecs[node.report]![node.sentence]!.weights.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const scores = new Map<number, number>();
  const total = nodes.length;
  for (const [term, list] of postings) {
    for (let a = 0; a < list.length; a++) {
      const i = list[a]!;
      const ni = nodes[i]!;
      const wi = vecs[ni.report]![ni.sentence]!.weights.get(term)!;
      for (let b = a + 1; b < list.length; b++) {
        const j = list[b]!;
        const nj = nodes[j]!;
        if (ni.report === nj.report) continue;
        const key = i * total + j;
        scores.set(key, (scores.get(key) ?? 0) + wi * vecs[nj.report]![nj.sentence]!.weights.get(term)!);
      }
    }
  }
  return scores;
}

/** Group the sentences of all reports into claims; every sentence lands in exactly one group. */
export function alignSentences(reports: TokenizedReports, options: AlignOptions): AlignedMember[][] {
  const vecs = buildVectors(reports, options.background);
  const nodes: Node[] = [];
  reports.forEach((sentences, report) => sentences.forEach((_, sentence) => nodes.push({ report, sentence })));
  const total = nodes.length;
  const scores = scorePairs(nodes, vecs);
  const score = (i: number, j: number) => (i < j ? scores.get(i * total + j) : scores.get(j * total + i)) ?? 0;

  const edges: [number, number, number][] = [];
  for (const [key, s] of scores) if (s >= options.threshold) edges.push([Math.floor(key / total), key % total, s]);
  // Strongest links first; ties broken by position so the result is deterministic.
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);

  const groupOf = nodes.map((_, i) => i);
  const groups = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  for (const [i, j] of edges) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = groups.get(gi)!;
    const b = groups.get(gj)!;
    const perReport = new Map<number, number>();
    for (const m of [...a, ...b]) perReport.set(nodes[m]!.report, (perReport.get(nodes[m]!.report) ?? 0) + 1);
    if ([...perReport.values()].some((c) => c > (options.maxPerReport ?? MAX_PER_REPORT))) continue;
    let sum = 0;
    let pairs = 0;
    for (const x of a) {
      for (const y of b) {
        if (nodes[x]!.report === nodes[y]!.report) continue;
        sum += score(x, y);
        pairs++;
      }
    }
    if (pairs === 0 || sum / pairs < options.threshold * (options.averageLinkFactor ?? AVERAGE_LINK_FACTOR)) continue;
    for (const m of b) groupOf[m] = gi;
    a.push(...b);
    groups.delete(gj);
  }

  return [...groups.values()].map((members) => {
    const sorted = [...members].sort((x, y) => x - y);
    return sorted.map((m, k): AlignedMember => {
      const node = nodes[m]!;
      if (k === 0 || sorted.length === 1) return { report: node.report, sentence: node.sentence };
      // Explain the link by the best-matching member of another report.
      let best = -1;
      let bestScore = -1;
      sorted.forEach((o, idx) => {
        if (idx === k || nodes[o]!.report === node.report) return;
        const s = score(m, o);
        if (s > bestScore) [best, bestScore] = [idx, s];
      });
      if (best < 0) return { report: node.report, sentence: node.sentence };
      const other = nodes[sorted[best]!]!;
      return {
        report: node.report,
        sentence: node.sentence,
        match: explain(reports[node.report]![node.sentence]!, reports[other.report]![other.sentence]!, vecs[node.report]![node.sentence]!, vecs[other.report]![other.sentence]!, best, bestScore),
      };
    });
  });
}

/** The shared terms that weighed most in a link, as they read in the explained sentence. */
function explain(tokens: Token[], otherTokens: Token[], vec: Vec, otherVec: Vec, to: number, score: number): MatchReason {
  const otherTerms = new Set(otherTokens.map((t) => t.term));
  const contributions = new Map<string, { surface: string; kind: Token['kind']; weight: number }>();
  for (const t of tokens) {
    if (t.stop || !otherTerms.has(t.term) || contributions.has(t.term)) continue;
    contributions.set(t.term, { surface: t.surface, kind: t.kind, weight: (vec.weights.get(t.term) ?? 0) * (otherVec.weights.get(t.term) ?? 0) });
  }
  const ranked = [...contributions.entries()].sort((x, y) => y[1].weight - x[1].weight);
  return {
    to,
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    terms: ranked.filter(([, c]) => c.kind === 'word').slice(0, 6).map(([, c]) => c.surface),
    names: ranked.filter(([, c]) => c.kind === 'name').map(([term, c]) => (term.startsWith('@') ? termLabel(term) : c.surface)),
    numbers: ranked.filter(([, c]) => c.kind === 'number').map(([term]) => term),
  };
}
