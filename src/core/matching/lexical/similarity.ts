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

/**
 * Posting lists longer than this (terms in more sentences than this) are left
 * out of candidate GENERATION: such a term costs df² pair updates, and its
 * weight (log(1 + n / df)) is among the lowest. Candidates' cosines still count
 * every term. No development case (at most 143 sentences) nor the seed reaches
 * it, so their candidates are exactly the exhaustive ones. Measured on
 * real-sentence reports (docs/performance.md): at 3 × 1,000 no term reaches
 * it; at 6 × 5,000 it keeps 2,937 of the 2,945 gold pairs the exhaustive rule
 * finds (256 kept only 2,154: one event's own words reach a few hundred
 * sentences there).
 */
export const POSTING_CAP = 2048;

/** The best few matches of every sentence in every other report, found without building every pair. */
export interface Candidates {
  /** Candidate pairs, i < j, sorted by i then j; `cosines[k]` is the cosine of `(is[k], js[k])`. */
  is: Int32Array;
  js: Int32Array;
  cosines: Float64Array;
  /** Best cosine of each sentence with each report: `best[node * reports + report]`. */
  best: Float64Array;
}

/**
 * Candidate pairs: a cross-report pair is kept when it is among the `k` best of
 * either sentence in the other's report (all ties of the k-th kept; every pair
 * when a sentence shares terms with at most `k` sentences there), the rule the
 * link features were trained with.
 *
 * Two streaming passes over an inverted index of typed arrays: the first keeps
 * only each (sentence, report)'s k best cosines, the second re-accumulates each
 * sentence's row and emits the pairs that reach either side's k-th best. No row
 * of all pairs is kept: memory is O(sentences × reports × k). Terms whose
 * posting list exceeds `cap` do not propose pairs (see POSTING_CAP); with none
 * capped the result equals the exhaustive `scorePairs` + k-th best filter.
 */
export function topCandidates(nodes: SentenceNode[], vecs: Vec[][], reportCount: number, k: number, cap = POSTING_CAP): Candidates {
  const n = nodes.length;
  const R = reportCount;
  const reportOf = new Int32Array(n);
  const vecOf: Vec[] = new Array(n);
  const termIds = new Map<string, number>();
  const rowStart = new Int32Array(n + 1);
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    reportOf[i] = node.report;
    vecOf[i] = vecs[node.report]![node.sentence]!;
    entries += vecOf[i]!.weights.size;
    rowStart[i + 1] = entries;
  }
  // Each sentence's terms (ids) and weights, in its vector's order: the cosine sums in that order.
  const rowTerm = new Int32Array(entries);
  const rowWeight = new Float64Array(entries);
  let dfList: number[] = [];
  for (let i = 0, e = 0; i < n; i++) {
    for (const [term, w] of vecOf[i]!.weights) {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = dfList.length));
        dfList.push(0);
      }
      dfList[id]!++;
      rowTerm[e] = id;
      rowWeight[e++] = w;
    }
  }
  const terms = dfList.length;
  const df = Int32Array.from(dfList);
  dfList = [];
  let capped = false;
  // Postings (CSR), ascending node order, of the terms that propose pairs.
  const postStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) {
    const len = df[t]! <= cap ? df[t]! : 0;
    if (len === 0 && df[t]! > 0) capped = true;
    postStart[t + 1] = postStart[t]! + len;
  }
  const postNode = new Int32Array(postStart[terms]!);
  const postWeight = new Float64Array(postStart[terms]!);
  const fill = postStart.slice(0, terms);
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const t = rowTerm[e]!;
      if (df[t]! > cap) continue;
      const at = fill[t]!++;
      postNode[at] = i;
      postWeight[at] = rowWeight[e]!;
    }
  }

  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  /** Accumulate node i's dot products with later nodes of other reports; returns how many were touched. */
  const row = (i: number): number => {
    let count = 0;
    const ri = reportOf[i]!;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const t = rowTerm[e]!;
      if (df[t]! > cap) continue;
      const wi = rowWeight[e]!;
      // Postings are in node order: only the part after i is needed.
      for (let p = postStart[t + 1]! - 1; p >= postStart[t]!; p--) {
        const j = postNode[p]!;
        if (j <= i) break;
        if (reportOf[j] === ri) continue;
        if (scratch[j] === 0) touched[count++] = j;
        scratch[j]! += wi * postWeight[p]!;
      }
    }
    return count;
  };

  // Pass 1: each (sentence, report)'s k best cosines (descending) and how many it has.
  const top = new Float64Array(n * R * k);
  const seen = new Int32Array(n * R);
  const offer = (slot: number, c: number) => {
    const s = seen[slot]!++;
    const base = slot * k;
    let at = Math.min(s, k);
    if (at === k) {
      if (c <= top[base + k - 1]!) return;
      at = k - 1;
    }
    while (at > 0 && top[base + at - 1]! < c) {
      top[base + at] = top[base + at - 1]!;
      at--;
    }
    top[base + at] = c;
  };
  for (let i = 0; i < n; i++) {
    const count = row(i);
    const ri = reportOf[i]!;
    for (let m = 0; m < count; m++) {
      const j = touched[m]!;
      const c = scratch[j]!;
      scratch[j] = 0;
      offer(i * R + reportOf[j]!, c);
      offer(j * R + ri, c);
    }
  }
  // The k-th best, or 0 (keep all) when a sentence has at most k matches there.
  const kth = new Float64Array(n * R);
  for (let slot = 0; slot < n * R; slot++) kth[slot] = seen[slot]! > k ? top[slot * k + k - 1]! : 0;

  // Pass 2: emit the pairs that reach either side's k-th best.
  let is = new Int32Array(Math.max(16, n * k));
  let js = new Int32Array(is.length);
  let cs = new Float64Array(is.length);
  let size = 0;
  const sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const count = row(i);
    const ri = reportOf[i]!;
    let kept = 0;
    for (let m = 0; m < count; m++) {
      const j = touched[m]!;
      const c = scratch[j]!;
      if (c >= kth[i * R + reportOf[j]!]! || c >= kth[j * R + ri]!) sorted[kept++] = j;
      else scratch[j] = 0;
    }
    const keep = sorted.subarray(0, kept).sort();
    if (size + kept > is.length) {
      const grow = Math.max(is.length * 2, size + kept);
      const is2 = new Int32Array(grow);
      is2.set(is);
      is = is2;
      const js2 = new Int32Array(grow);
      js2.set(js);
      js = js2;
      const cs2 = new Float64Array(grow);
      cs2.set(cs);
      cs = cs2;
    }
    for (let m = 0; m < kept; m++) {
      const j = keep[m]!;
      is[size] = i;
      js[size] = j;
      // With capped terms the accumulated sum misses them: the candidate's cosine counts every term.
      cs[size++] = capped ? cosine(vecOf[i]!, vecOf[j]!) : scratch[j]!;
      scratch[j] = 0;
    }
  }
  const best = new Float64Array(n * R);
  for (let m = 0; m < size; m++) {
    const i = is[m]!;
    const j = js[m]!;
    const c = cs[m]!;
    const a = i * R + reportOf[j]!;
    const b = j * R + reportOf[i]!;
    if (c > best[a]!) best[a] = c;
    if (c > best[b]!) best[b] = c;
  }
  return { is: is.slice(0, size), js: js.slice(0, size), cosines: cs.slice(0, size), best };
}
