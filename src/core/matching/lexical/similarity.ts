/**
 * Lexical similarity of sentences: TF-IDF vectors over content terms and the
 * cosine of every cross-report pair that shares a term.
 *
 * IDF comes from the compared reports themselves: a term every outlet repeats
 * in every sentence ("mines" in a story about mines) says little about which
 * sentences state the same fact.
 */
import type { Token } from '../../text/tokenize';

/** The tokens of every sentence: `reports[r][s]`. */
export type TokenizedReports = Token[][][];

export interface Vec {
  /** term → weight, L2-normalised. */
  weights: Map<string, number>;
}

/** A sentence, addressed by its report and its index there. */
export interface SentenceNode {
  report: number;
  sentence: number;
}

/** The terms a sentence is matched on: content words, aliases, and the words inside multi-word aliases. */
export function contentTerms(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.stop) continue;
    out.push(t.term);
    if (t.parts) out.push(...t.parts);
  }
  return out;
}

export function buildVectors(reports: TokenizedReports): Vec[][] {
  const df = new Map<string, number>();
  let n = 0;
  for (const sentences of reports) {
    for (const tokens of sentences) {
      n++;
      for (const term of new Set(contentTerms(tokens))) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return reports.map((sentences) =>
    sentences.map((tokens) => {
      const weights = new Map<string, number>();
      // Binary term frequency: a sentence repeating a word does not state it more.
      for (const term of contentTerms(tokens)) weights.set(term, Math.log(1 + n / (df.get(term) ?? 1)));
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

/** All sentences in reading order: report 0's first, then report 1's, … */
export function sentenceNodes(reports: TokenizedReports): SentenceNode[] {
  const nodes: SentenceNode[] = [];
  reports.forEach((sentences, report) => sentences.forEach((_, sentence) => nodes.push({ report, sentence })));
  return nodes;
}

/** The cosines of one sentence with the sentences after it (in node order) of other reports. */
export interface ScoreRow {
  /** Node indices, ascending. */
  others: number[];
  cosines: number[];
}

/**
 * Cosine of every cross-report pair that shares at least one term, as one row
 * per sentence (pairs i < j only). Dot products accumulate through an inverted
 * index into a dense scratch array, so the cost follows the shared terms and
 * no map of millions of pair keys is built (3 × 1,000 sentences of one story
 * share a term in about two million pairs).
 */
export function scorePairs(nodes: SentenceNode[], vecs: Vec[][]): ScoreRow[] {
  const postings = new Map<string, { node: number; weight: number }[]>();
  nodes.forEach((node, i) => {
    for (const [term, weight] of vecs[node.report]![node.sentence]!.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ node: i, weight });
    }
  });
  const scratch = new Float64Array(nodes.length);
  const touched: number[] = [];
  return nodes.map((node, i) => {
    touched.length = 0;
    for (const [term, wi] of vecs[node.report]![node.sentence]!.weights) {
      // Postings are in node order: only the part after i is needed.
      const list = postings.get(term)!;
      for (let k = list.length - 1; k >= 0 && list[k]!.node > i; k--) {
        const { node: j, weight } = list[k]!;
        if (nodes[j]!.report === node.report) continue;
        if (scratch[j] === 0) touched.push(j);
        scratch[j]! += wi * weight;
      }
    }
    touched.sort((a, b) => a - b);
    const row: ScoreRow = { others: [...touched], cosines: touched.map((j) => scratch[j]!) };
    for (const j of touched) scratch[j] = 0;
    return row;
  });
}
