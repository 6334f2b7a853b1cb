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
  // Each sentence's distinct terms in first-occurrence order (the order its
  // Map had when it was filled once per occurrence): listed once, counted once.
  const distinct = reports.map((sentences) =>
    sentences.map((tokens) => {
      n++;
      const terms = [...new Set(contentTerms(tokens))];
      for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
      return terms;
    }),
  );
  return distinct.map((sentences) =>
    sentences.map((terms) => {
      const weights = new Map<string, number>();
      // Binary term frequency: a sentence repeating a word does not state it more.
      for (const term of terms) weights.set(term, Math.log(1 + n / (df.get(term) ?? 1)));
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
 * sentences there). Lower caps buy little since the stream's cost went per
 * touched pair: at 6 × 5,000, 1,536 and 1,024 read 26.7 and 24.1 M postings
 * instead of 30.7 M but save only ~4 % of topCandidates (more candidates need
 * their cosine recounted), and lose 15 and 16 of the 1,564 gold pairs 2,048
 * keeps (benchmark gold mapped by sentence text).
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
export function topCandidatesTwoPass(
  nodes: SentenceNode[],
  vecs: Vec[][],
  reportCount: number,
  k: number,
  cap = POSTING_CAP,
  ix: VectorIndex = indexVectors(nodes, vecs),
): Candidates {
  const n = nodes.length;
  const R = reportCount;
  // Each sentence's terms (ids) and weights, in its vector's order: the cosine sums in that order.
  const { reportOf, rowStart, rowTerm, rowWeight, df, terms } = ix;
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
      is = grownInt(is, grow);
      js = grownInt(js, grow);
      cs = grownFloat(cs, grow);
    }
    for (let m = 0; m < kept; m++) {
      const j = keep[m]!;
      is[size] = i;
      js[size] = j;
      // With capped terms the accumulated sum misses them: the candidate's cosine counts every term.
      cs[size++] = capped ? dotAt(ix, i, j) : scratch[j]!;
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

/**
 * The vectors as typed arrays, by node: each row's term ids and weights in the
 * vector's own order (the order `cosine` sums in) and, for lookups, the same
 * row sorted by term id. Built once per analysis; features and candidates
 * read it instead of string-keyed Maps (features' Map-based cosines were
 * ~28 ms of a 3 × 1,000 analysis).
 */
export interface VectorIndex {
  n: number;
  terms: number;
  reportOf: Int32Array;
  rowStart: Int32Array;
  rowTerm: Int32Array;
  rowWeight: Float64Array;
  sortTerm: Int32Array;
  sortWeight: Float64Array;
  /** Sentences holding each term. */
  df: Int32Array;
  termIds: Map<string, number>;
  /**
   * (buildVectorIndex only) Each sentence's tokens' term ids, by token, node by node
   * (`tokenTerm[tokenStart[i] + k]` for token k of node i): a content token's term id, or
   * STOP_UNRESOLVED for a stop token (its term may be no content term anywhere; readers resolve it
   * through `termIds` when they need it). Recorded while the rows are built (the id is at hand there),
   * so the rules and explanations need no string-keyed lookup per content token.
   */
  tokenStart?: Int32Array;
  tokenTerm?: Int32Array;
  /**
   * (buildVectorIndex only) By token as `tokenTerm`: TOKEN_STOP, TOKEN_NAME, TOKEN_NUMBER. Features and
   * rules read these instead of the token objects: at 6 × 5,000 the ~750 k tokens are ~50 MB, and each
   * pass over them was a cache miss per token.
   */
  tokenFlags?: Uint8Array;
  /** (buildVectorIndex only) Each term id's string. */
  names?: readonly string[];
}

/** `VectorIndex.tokenTerm` of a stop token not looked up yet. */
export const STOP_UNRESOLVED = -2;

/** `VectorIndex.tokenFlags`: a stop token; a name; a number (a token's kind, so readers need not load the token objects). */
export const TOKEN_STOP = 1;
export const TOKEN_NAME = 2;
export const TOKEN_NUMBER = 4;

export function indexVectors(nodes: SentenceNode[], vecs: Vec[][]): VectorIndex {
  const n = nodes.length;
  const reportOf = new Int32Array(n);
  const rowStart = new Int32Array(n + 1);
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    reportOf[i] = node.report;
    entries += vecs[node.report]![node.sentence]!.weights.size;
    rowStart[i + 1] = entries;
  }
  const rowTerm = new Int32Array(entries);
  const rowWeight = new Float64Array(entries);
  const termIds = new Map<string, number>();
  const dfList: number[] = [];
  for (let i = 0, e = 0; i < n; i++) {
    const node = nodes[i]!;
    for (const [term, w] of vecs[node.report]![node.sentence]!.weights) {
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
  const sortTerm = new Int32Array(entries);
  const sortWeight = new Float64Array(entries);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    const b = rowStart[i + 1]!;
    order.length = 0;
    for (let e = a; e < b; e++) order.push(e);
    order.sort((x, y) => rowTerm[x]! - rowTerm[y]!);
    for (let m = 0; m < order.length; m++) {
      sortTerm[a + m] = rowTerm[order[m]!]!;
      sortWeight[a + m] = rowWeight[order[m]!]!;
    }
  }
  return { n, terms: dfList.length, reportOf, rowStart, rowTerm, rowWeight, sortTerm, sortWeight, df: Int32Array.from(dfList), termIds };
}

/**
 * buildVectorIndex's term table and rows as they grow: each distinct term's id (first-occurrence
 * order), its document frequency, and the rows' term ids. A class at module level, not a closure made
 * per call: V8 dropped a per-call closure's optimized code with the analysis and compiled it again in
 * the next one (as PairRules and FeatureWriter, session 15).
 */
class RowBuilder {
  readonly termIds = new Map<string, number>();
  readonly names: string[] = [];
  df = new Int32Array(1024);
  /** The last node (+ 1) that counted each term: a sentence counts a term once (buildVectors' Set). */
  private stamp = new Int32Array(1024);
  rowTerm: Int32Array;
  entries = 0;

  constructor(n: number) {
    this.rowTerm = new Int32Array(Math.max(16, n * 16));
  }

  /** The id of `term`, counted in node `node`'s row if that row does not hold it yet. */
  add(term: string, node: number): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.termIds.set(term, id);
      this.names.push(term);
      if (id === this.df.length) {
        const df2 = new Int32Array(id * 2);
        df2.set(this.df);
        this.df = df2;
        const st2 = new Int32Array(id * 2);
        st2.set(this.stamp);
        this.stamp = st2;
      }
    }
    // Distinct terms per sentence in first-occurrence order (buildVectors' Set).
    if (this.stamp[id] === node + 1) return id;
    this.stamp[id] = node + 1;
    this.df[id]!++;
    if (this.entries === this.rowTerm.length) {
      const rt2 = new Int32Array(this.entries * 2);
      rt2.set(this.rowTerm);
      this.rowTerm = rt2;
    }
    this.rowTerm[this.entries++] = id;
    return id;
  }
}

/**
 * `buildVectors` and `indexVectors(sentenceNodes(reports), …)` in one pass,
 * the same numbers to the bit: terms are interned once (the two passes looked
 * every term up in two string-keyed Maps and filled each weight Map twice:
 * ~25 ms of a 3 × 1,000 analysis), a term's IDF is computed once (the same
 * `Math.log(1 + n / df)` for every sentence holding it), and each sentence's
 * `Vec` Map is built only when read (explanations), from the index's row.
 */
export function buildVectorIndex(reports: TokenizedReports): { nodes: SentenceNode[]; vecs: Vec[][]; ix: VectorIndex } {
  const nodes = sentenceNodes(reports);
  const n = nodes.length;
  const rows = new RowBuilder(n);
  const rowStart = new Int32Array(n + 1);
  const reportOf = new Int32Array(n);
  const tokenStart = new Int32Array(n + 1);
  let tokenTerm = new Int32Array(Math.max(16, n * 32));
  let tokenFlags = new Uint8Array(tokenTerm.length);
  let tokenCount = 0;
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    reportOf[i] = node.report;
    // contentTerms' order: each content token's term, then its parts.
    const tokens = reports[node.report]![node.sentence]!;
    if (tokenCount + tokens.length > tokenTerm.length) {
      const tt2 = new Int32Array(Math.max(tokenTerm.length * 2, tokenCount + tokens.length));
      tt2.set(tokenTerm);
      tokenTerm = tt2;
      const tf2 = new Uint8Array(tt2.length);
      tf2.set(tokenFlags);
      tokenFlags = tf2;
    }
    // An indexed loop: `for (const t of tokens)` here allocated an iterator result per token (12.8 MB a
    // 6 × 5,000 analysis, sampled heap profile): V8 did not elide them in this loop's OSR code.
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const kind = t.kind === 'name' ? TOKEN_NAME : t.kind === 'number' ? TOKEN_NUMBER : 0;
      if (t.stop) {
        tokenFlags[tokenCount] = kind | TOKEN_STOP;
        tokenTerm[tokenCount++] = STOP_UNRESOLVED;
        continue;
      }
      tokenFlags[tokenCount] = kind;
      tokenTerm[tokenCount++] = rows.add(t.term, i);
      const parts = t.parts;
      if (parts) for (let q = 0; q < parts.length; q++) rows.add(parts[q]!, i);
    }
    rowStart[i + 1] = rows.entries;
    tokenStart[i + 1] = tokenCount;
  }
  const { termIds, names, df, entries } = rows;
  let rowTerm = rows.rowTerm;
  const terms = names.length;
  const idf = new Float64Array(terms);
  for (let t = 0; t < terms; t++) idf[t] = Math.log(1 + n / (df[t]! || 1));
  const rowWeight = new Float64Array(entries);
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    const b = rowStart[i + 1]!;
    let norm = 0;
    for (let e = a; e < b; e++) {
      const w = idf[rowTerm[e]!]!;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let e = a; e < b; e++) rowWeight[e] = idf[rowTerm[e]!]! / norm;
  }
  rowTerm = rowTerm.slice(0, entries);
  // Each row sorted by term id (insertion sort: a sentence's few terms).
  const sortTerm = rowTerm.slice();
  const sortWeight = rowWeight.slice();
  for (let i = 0; i < n; i++) {
    const a = rowStart[i]!;
    const b = rowStart[i + 1]!;
    for (let x = a + 1; x < b; x++) {
      const t = sortTerm[x]!;
      const w = sortWeight[x]!;
      let y = x - 1;
      while (y >= a && sortTerm[y]! > t) {
        sortTerm[y + 1] = sortTerm[y]!;
        sortWeight[y + 1] = sortWeight[y]!;
        y--;
      }
      sortTerm[y + 1] = t;
      sortWeight[y + 1] = w;
    }
  }
  const ix: VectorIndex = { n, terms, reportOf, rowStart, rowTerm, rowWeight, sortTerm, sortWeight, df: df.slice(0, terms), termIds, tokenStart, tokenTerm: tokenTerm.subarray(0, tokenCount), tokenFlags: tokenFlags.subarray(0, tokenCount), names };
  let at = 0;
  const vecs: Vec[][] = reports.map((sentences) => sentences.map(() => new IndexedVec(ix, at++)));
  return { nodes, vecs, ix };
}

/**
 * A node's `Vec`, its Map built from the index's row when first read (explanations read a few).
 * A class, not an object with a getter closure per sentence: one object each, no closure and context.
 */
class IndexedVec implements Vec {
  private cached: Map<string, number> | undefined = undefined;
  constructor(
    private readonly ix: VectorIndex,
    private readonly node: number,
  ) {}

  get weights(): Map<string, number> {
    if (!this.cached) {
      const { rowStart, rowTerm, rowWeight } = this.ix;
      const names = this.ix.names!;
      const weights = new Map<string, number>();
      for (let e = rowStart[this.node]!; e < rowStart[this.node + 1]!; e++) weights.set(names[rowTerm[e]!]!, rowWeight[e]!);
      this.cached = weights;
    }
    return this.cached;
  }
}

/** Weight of term `t` in node `y` (0 when absent), by binary search of its sorted row. */
export function weightIn(ix: VectorIndex, y: number, t: number): number {
  let lo = ix.rowStart[y]!;
  let hi = ix.rowStart[y + 1]! - 1;
  const st = ix.sortTerm;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = st[mid]!;
    if (v === t) return ix.sortWeight[mid]!;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * `cosine(vec x, vec y)` to the bit: the same products summed in x's order
 * (a term y lacks adds w × 0 = +0 there, which leaves the sum unchanged, so
 * skipping it changes nothing).
 */
export function dotAt(ix: VectorIndex, x: number, y: number): number {
  let sum = 0;
  const rt = ix.rowTerm;
  const rw = ix.rowWeight;
  for (let e = ix.rowStart[x]!, end = ix.rowStart[x + 1]!; e < end; e++) {
    const w = weightIn(ix, y, rt[e]!);
    if (w !== 0) sum += rw[e]! * w;
  }
  return sum;
}


/** Work counters of one `topCandidates` call (benchmarks read them). */
export interface CandidateStats {
  /** Posting entries read. */
  postings: number;
  /** Distinct cross-report pairs that share a term below the cap (each accumulated once). */
  pairs: number;
  /** Pairs kept while streaming (a superset of the candidates). */
  stored: number;
  /** Candidates emitted. */
  candidates: number;
}

/**
 * Candidate pairs, as `topCandidatesTwoPass` (same pairs, same cosines to the
 * bit) in ONE streaming pass over the inverted index instead of two.
 *
 * Rows are accumulated in node order. When row i is done, every pair of
 * sentence i has been offered, so i's k-th best per report is final; sentence
 * j > i's k-th best so far can only rise. A pair below both (i's final, j's
 * so far) can never be kept and is dropped at once; the rest are stored with
 * their cosine and filtered by both final k-th bests at the end. Stored pairs
 * stay a small multiple of the candidates (real sentences: 19.5 per sentence
 * for 7.1 candidates at 3 × 1,000, 22.9 for 7.2 at 3 × 2,000), and the
 * re-accumulation of every row is gone. A row reads only the postings of
 * later reports (node order is report order), not its own report's, one
 * report at a time (see the row loop).
 *
 * At 6 × 5,000 the stream touches ~26 M distinct pairs from ~31 M postings
 * for 1.85 M stored and 485 k candidates: the cost is per touched pair, so
 * what each pair reads must be in cache (report-major slots with a gate,
 * blocks by report pair): ~6.5 s → ~1.3–1.6 s CPU under load ~14.
 *
 * Per touched pair, then: a branch-free first-touch test while accumulating,
 * one drop test against both gates so far before any offer, and only the
 * ~10 % that pass it queued for the keep test: 526 → 405 ms CPU for this
 * function at 6 × 5,000, 7.7 → 6.0 ms at 3 × 1,000 (fastest of 16 and 40
 * interleaved runs, load ~4).
 *
 * Also tried, no gain (exact, interleaved A/B at 6 × 5,000): looping by report
 * pair (every row of report a against report b, so b's scratch and gates stay
 * in cache; within noise: the per-report working set already fits the 2 MB
 * L2 here); the first term's postings without the first-touch test (within
 * noise); appending every posting and skipping repeats in the offer loop (the
 * unpredictable branch only moves, +3 %); a slot's gate read from `top`
 * (+5 %) or interleaved with scratch (+2 to +5 %); `Math.min` of the gates
 * (+18 %); a larger first pair buffer (within noise).
 *
 * Tried and dropped: a MaxScore-style search per (sentence, report) that
 * reads common terms' postings only while an unseen sentence could still
 * reach the k-th best. Exact, but the bound (a term's largest weight in the
 * report, i.e. its shortest sentence) is loose: at 6 × 5,000 nearly every
 * slot stayed open and it cost 4× this stream.
 */
export function topCandidates(
  nodes: SentenceNode[],
  vecs: Vec[][],
  reportCount: number,
  k: number,
  cap = POSTING_CAP,
  ix: VectorIndex = indexVectors(nodes, vecs),
  stats?: CandidateStats,
): Candidates {
  const n = ix.n;
  const R = reportCount;
  // Each phase is its own function, called once per analysis. As one function of ~200 lines it was run
  // by on-stack replacement, loop by loop: each OSR code was compiled while the code after its loop had
  // no type feedback, stayed cached, and deoptimised at the same four places on EVERY call
  // (--trace-deopt: 4–5 per call, forever), the rest of each phase running in the interpreter until the
  // next OSR entry. A phase that is one loop and a return has nothing after its loop to deoptimise on.
  // Warm, that bought little by itself (topCandidates alone at 3 × 1,000: 7.8–8.0 → 7.9–8.0 ms CPU, min
  // of 37, load ~10); it leaves one function per phase in the profile and no deopt per call.
  const postStart = new Int32Array(ix.terms * R + 1);
  // Sentences holding a capped term: only a pair of two such can miss a product in its accumulated sum.
  const holdsCapped = new Uint8Array(n);
  const capped = countPostings(ix, R, cap, postStart, holdsCapped);
  prefixSums(postStart);
  const postNode = new Int32Array(postStart[ix.terms * R]!);
  const postWeight = new Float64Array(postNode.length);
  fillPostings(ix, R, cap, postStart, postNode, postWeight);

  // Slots (sentence, report) are laid out report-major, `report * n + node`. Node-major
  // (`j * R + ri`), every pair's offer to j cost two cache misses (a count and a k-th best in arrays of
  // n·R and n·R·k); at 6 × 5,000 that was most of the stream's ~26 M distinct pairs.
  const top = new Float64Array(n * R * k);
  // A slot's gate: its k-th best, 0 while it has fewer than k (top starts at 0, and cosines of
  // touched pairs are > 0). An offer at or below it changes nothing, and the keep test is c >= gate:
  // with at most k offers that keeps them all, as the rule says. (A count of offers per slot, to
  // tell "k offers" from "more", decided nothing the gate does not: with exactly k, all are >= the k-th.)
  const gate = new Float64Array(n * R);
  // Room for 3 k pairs per sentence and other report: real sentences store ~2 k (19.5 per sentence at
  // 3 × 1,000, 61.7 at 6 × 5,000). From n·k the lists doubled four times at 6 × 5,000 (4.65 M entries
  // allocated and zero-filled, 2.25 M copied, for 1.85 M stored); from this, not at all.
  const room = Math.max(16, n * Math.max(1, R - 1) * k * 3);
  const stream: Stream = { is: new Int32Array(room), js: new Int32Array(0), cs: new Float64Array(0), stored: 0, postings: 0, pairs: 0 };
  stream.js = new Int32Array(stream.is.length);
  stream.cs = new Float64Array(stream.is.length);
  streamPairs(ix, R, k, postStart, postNode, postWeight, top, gate, stream);
  const size = keepFinal(ix, stream, gate, capped, holdsCapped);
  const { is: sIs, js: sJs, cs: sCs } = stream;
  const best = new Float64Array(n * R);
  bestOf(ix.reportOf, R, sIs, sJs, sCs, size, best);
  if (stats) {
    stats.postings = stream.postings;
    stats.pairs = stream.pairs;
    stats.stored = stream.stored;
    stats.candidates = size;
  }
  return { is: sIs.slice(0, size), js: sJs.slice(0, size), cosines: sCs.slice(0, size), best };
}

/** The pairs the stream stores (`is[m]`, `js[m]`, cosine `cs[m]` for m < stored), grown by doubling, and its work counters. */
interface Stream {
  is: Int32Array;
  js: Int32Array;
  cs: Float64Array;
  stored: number;
  postings: number;
  pairs: number;
}

/** Postings per (term, report) of the terms within the cap, at `postStart[t * R + r + 1]`; marks the sentences holding a capped term; returns whether any is capped. */
function countPostings(ix: VectorIndex, R: number, cap: number, postStart: Int32Array, holdsCapped: Uint8Array): boolean {
  const { n, reportOf, rowStart, rowTerm, df } = ix;
  let capped = false;
  for (let i = 0; i < n; i++) {
    const r = reportOf[i]!;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const t = rowTerm[e]!;
      if (df[t]! <= cap) postStart[t * R + r + 1]!++;
      else capped = true, (holdsCapped[i] = 1);
    }
  }
  return capped;
}

function prefixSums(a: Int32Array): void {
  for (let x = 0; x + 1 < a.length; x++) a[x + 1]! += a[x]!;
}

/** Postings (CSR) by term, then report, in node order: the part of term t in report r is [postStart[t * R + r], postStart[t * R + r + 1]). Capped terms have none. */
function fillPostings(ix: VectorIndex, R: number, cap: number, postStart: Int32Array, postNode: Int32Array, postWeight: Float64Array): void {
  const { n, reportOf, rowStart, rowTerm, rowWeight, df } = ix;
  const fill = postStart.slice(0, postStart.length - 1);
  for (let i = 0; i < n; i++) {
    const r = reportOf[i]!;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const t = rowTerm[e]!;
      if (df[t]! > cap) continue;
      const at = fill[t * R + r]!++;
      postNode[at] = i;
      postWeight[at] = rowWeight[e]!;
    }
  }
}

/**
 * The stream: every row's pairs with later reports, offered to both slots' k best, the pairs that can
 * still be kept appended to `out`.
 */
function streamPairs(
  ix: VectorIndex,
  R: number,
  k: number,
  postStart: Int32Array,
  postNode: Int32Array,
  postWeight: Float64Array,
  top: Float64Array,
  gate: Float64Array,
  out: Stream,
): void {
  const { n, reportOf, rowStart, rowTerm, rowWeight } = ix;
  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  // A block's pairs that may be kept, as their offers leave them, in touched order: partner (negated,
  // ~j, when j's slot so far keeps it) and cosine. The keep test then streams these two arrays;
  // re-reading scratch and j's gate at random, and a typed-array sort per block, were a third of the
  // stream (see keepFinal).
  const blockJ = new Int32Array(n);
  const blockC = new Float64Array(n);
  let sIs = out.is;
  let sJs = out.js;
  let sCs = out.cs;
  let stored = 0;
  let postings = 0;
  let pairCount = 0;
  for (let i = 0; i < n; i++) {
    const ri = reportOf[i]!;
    const jBase = ri * n;
    const eFrom = rowStart[i]!;
    const eTo = rowStart[i + 1]!;
    // Row i one later report at a time (blocked by report pair): its pairs with report r are
    // accumulated, offered and filtered while that report's scratch and slots are in cache, and
    // i's slot for r is final after the block (no later row offers to it), so the keep test needs
    // no second pass over the row. Each pair's products are summed in i's term order, as before.
    for (let r = ri + 1; r < R; r++) {
      let count = 0;
      for (let e = eFrom; e < eTo; e++) {
        const x = rowTerm[e]! * R + r;
        const from = postStart[x]!;
        const to = postStart[x + 1]!;
        if (from === to) continue;
        const wi = rowWeight[e]!;
        for (let p = from; p < to; p++) {
          const j = postNode[p]!;
          const c = scratch[j]!;
          // First touch (products are > 0) without a branch: j is written past the list's end
          // anyway and kept only then. A branch here (taken for ~17 % of postings, unpredictably)
          // was ~45 of ~165 ms of this loop at 6 × 5,000 (isolated, CPU); `c === 0 ? 1 : 0`
          // compiles to the same branch, the unary plus does not.
          touched[count] = j;
          count += +(c === 0);
          scratch[j] = c + wi * postWeight[p]!;
        }
        postings += to - from;
      }
      if (count === 0) continue;
      pairCount += count;
      const a = r * n + i;
      // Offer each pair to both slots. j's slot takes one offer per block, so its gate after the
      // offer is the one the keep test reads; i's gate is final only after the loop.
      let gi = gate[a]!;
      let queued = 0;
      for (let m = 0; m < count; m++) {
        const j = touched[m]!;
        const c = scratch[j]!;
        scratch[j] = 0;
        const b = jBase + j;
        let gj = gate[b]!;
        // Below j's gate and i's gate so far, which can only rise: never offered nor kept. Most pairs
        // (22.9 of 25.5 M at 6 × 5,000) end here, so the keep test reads only the rest (queuing every
        // pair for it was ~12 % of topCandidates). Any other pair reaches a gate after its offers
        // (an offered cosine is among the slot's k best, so at or above its new k-th).
        if (c < gi && c < gj) continue;
        if (c > gi) {
          offerSlot(top, gate, k, a, c);
          gi = gate[a]!;
        }
        if (c > gj) {
          offerSlot(top, gate, k, b, c);
          gj = gate[b]!;
        }
        blockJ[queued] = c >= gj ? ~j : j;
        blockC[queued++] = c;
      }
      if (stored + queued > sIs.length) {
        const grow = Math.max(sIs.length * 2, stored + queued);
        sIs = grownInt(sIs, grow);
        sJs = grownInt(sJs, grow);
        sCs = grownFloat(sCs, grow);
      }
      // Keep the pairs that reach either side's k-th best so far (j's can still rise: keepFinal).
      // Most touched pairs are dropped here.
      for (let m = 0; m < queued; m++) {
        const c = blockC[m]!;
        const j = blockJ[m]!;
        if (j < 0 || c >= gi) {
          sIs[stored] = i;
          sJs[stored] = j < 0 ? ~j : j;
          sCs[stored++] = c;
        }
      }
    }
  }
  out.is = sIs;
  out.js = sJs;
  out.cs = sCs;
  out.stored = stored;
  out.postings = postings;
  out.pairs = pairCount;
}

/**
 * Both k-th bests are final now: keep, in place at the front of the stream's arrays, what reaches
 * either, each run of one i and one report sorted by j (runs are in (i, report) order and reports'
 * nodes ascend, so that is (i, j) order); returns how many. Only the survivors are sorted (485 k of
 * 1.85 M stored at 6 × 5,000; a run is ~6), by insertion, in place. With the streamed keep test:
 * topCandidates 1,980 → 1,390 ms CPU (A/B, load ~4).
 */
function keepFinal(ix: VectorIndex, st: Stream, gate: Float64Array, capped: boolean, holdsCapped: Uint8Array): number {
  const { n, reportOf } = ix;
  const { is: sIs, js: sJs, cs: sCs, stored } = st;
  let size = 0;
  let runFrom = 0;
  let runI = -1;
  let runR = -1;
  for (let m = 0; m < stored; m++) {
    const i = sIs[m]!;
    const j = sJs[m]!;
    const c = sCs[m]!;
    const rj = reportOf[j]!;
    if (i !== runI || rj !== runR) {
      runI = i;
      runR = rj;
      runFrom = size;
    }
    if (c >= gate[rj * n + i]! || c >= gate[reportOf[i]! * n + j]!) {
      // A pair sharing a capped term misses its products: the candidate's cosine counts every term. Any
      // other pair's sum holds the same products in the same order (i's terms) as dotAt's: no recount
      // (recounting every candidate was ~0.4 s at 6 × 5,000, where one term is capped).
      const cc = capped && holdsCapped[i] === 1 && holdsCapped[j] === 1 ? dotAt(ix, i, j) : c;
      let at = size++;
      sIs[at] = i;
      while (at > runFrom && sJs[at - 1]! > j) {
        sJs[at] = sJs[at - 1]!;
        sCs[at] = sCs[at - 1]!;
        at--;
      }
      sJs[at] = j;
      sCs[at] = cc;
    }
  }
  return size;
}

/** Best cosine of each sentence with each report among the candidates: `best[node * R + report]`. */
function bestOf(reportOf: Int32Array, R: number, is: Int32Array, js: Int32Array, cs: Float64Array, size: number, best: Float64Array): void {
  for (let m = 0; m < size; m++) {
    const i = is[m]!;
    const j = js[m]!;
    const c = cs[m]!;
    const a = i * R + reportOf[j]!;
    const b = j * R + reportOf[i]!;
    if (c > best[a]!) best[a] = c;
    if (c > best[b]!) best[b] = c;
  }
}

/**
 * Offer a cosine above the slot's gate (its k-th best) to its k best, descending in `top`: the k-th
 * drops out, and the new k-th is the gate. Module-level: it stays optimised across analyses.
 */
function offerSlot(top: Float64Array, gate: Float64Array, k: number, slot: number, c: number): void {
  const base = slot * k;
  let at = k - 1;
  while (at > 0 && top[base + at - 1]! < c) {
    top[base + at] = top[base + at - 1]!;
    at--;
  }
  top[base + at] = c;
  gate[slot] = top[base + k - 1]!;
}

/** `a`'s values in a new array of length `n` (the pair lists grow by doubling). */
function grownInt(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
function grownFloat(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
