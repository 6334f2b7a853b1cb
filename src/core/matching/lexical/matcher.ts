/**
 * The lexical matcher: TF-IDF cosine and pair features (features.ts) weighed
 * by the trained link model (model.ts) into a probability per candidate pair.
 */
import { termLabel, type Token } from '../../text/tokenize';
import type { MatchReason } from '../../types';
import type { CandidatePair, Matcher, MatchInput, ScoredPairs } from '../matcher';
import { applyRules } from '../rules';
import { withColumns } from '../pair-columns';
import { candidateFeatures, FEATURE_NAMES } from './features';
import { LINK_MODEL, modelArrays, weighFeatures, type LinkModel } from './model';
import { STOP_UNRESOLVED, TOKEN_STOP, weightIn, type TokenizedReports, type Vec, type VectorIndex } from './similarity';

export interface LexicalMatcherOptions {
  /** The link model; the trained one (data/matcher-model.json) by default. Training passes its own. */
  model?: LinkModel;
}

export const LEXICAL = 'lexical';

/** Score tokenized reports (the lexical matcher's core, also used by training and alignSentences). */
export function scoreLexical(reports: TokenizedReports, model: LinkModel = LINK_MODEL, labelOf: (term: string) => string = termLabel): ScoredPairs {
  return scoreIndexed(reports, model, labelOf).scored;
}

/**
 * scoreLexical and the vector index it read (the rules reuse its term ids).
 *
 * Each candidate's features go into one scratch array and its probability into a column
 * (pair-columns.ts): the pair objects, with their features written again, are built only if
 * `pairs` is read. A `{ i, j, probability, features }` object and a features array per candidate
 * were the matcher's building callback (~96 ms self at 6 × 5,000) and much of the GC.
 */
function scoreIndexed(reports: TokenizedReports, model: LinkModel, labelOf: (term: string) => string): { scored: ScoredPairs; ix: VectorIndex } {
  const { nodes, vecs, ix, is, js, cosines, writer } = candidateFeatures(reports);
  const count = is.length;
  const probability = new Float64Array(count);
  const weights = modelArrays(model);
  const x = new Float64Array(FEATURE_NAMES.length);
  for (let m = 0; m < count; m++) {
    writer.featuresInto(is[m]!, js[m]!, cosines[m]!, x);
    probability[m] = weighFeatures(x, weights);
  }
  const materialize = (): CandidatePair[] => {
    const pairs: CandidatePair[] = new Array(count);
    for (let m = 0; m < count; m++) {
      writer.featuresInto(is[m]!, js[m]!, cosines[m]!, x);
      pairs[m] = { i: is[m]!, j: js[m]!, probability: probability[m]!, features: Array.from(x) };
    }
    return pairs;
  };
  // Explanations by pair, kept with the scores: a sensitivity change re-groups the same scores and explains mostly the same links.
  const memo = new ExplanationMemo(nodes.length, indexedExplainer(reports, vecs, ix, labelOf));
  const base: Omit<ScoredPairs, 'pairs'> = {
    matcher: LEXICAL,
    nodes,
    featureNames: FEATURE_NAMES,
    maxPerReport: model.maxPerReport,
    // A class method bound, not a method of this literal: that was a closure made per analysis, and V8
    // compiled it again in every analysis (--trace-opt, 6 × 5,000: once per run, 126,000 calls a run).
    explain: memo.explain.bind(memo),
  };
  return { scored: withColumns(base, { i: is, j: js, probability }, materialize), ix };
}

export function createLexicalMatcher(options: LexicalMatcherOptions = {}): Matcher {
  const model = options.model ?? LINK_MODEL;
  return {
    id: LEXICAL,
    settings: { defaultThreshold: model.defaultThreshold, strongProbability: model.strongProbability },
    score(input: MatchInput): ScoredPairs {
      const reports = input.reports.map((sentences) => sentences.map((s) => s.tokens));
      // Alias labels come from the profile of the report that was explained.
      const profile = input.reports.find((r) => r.length > 0)?.[0]?.profile;
      const { scored, ix } = scoreIndexed(reports, model, profile ? (t) => termLabel(t, profile) : termLabel);
      // The content terms' ids the index recorded (the rules' per-sentence set otherwise interns every content token by string).
      return applyRules(scored, input, ix.tokenStart && ix.tokenTerm && ix.names ? { tokenStart: ix.tokenStart, tokenTerm: ix.tokenTerm, names: ix.names, tokenFlags: ix.tokenFlags } : undefined);
    },
  };
}

/** A sentence's terms, once per token list however many links explain it. */
const termSets = new WeakMap<Token[], ReadonlySet<string>>();
function termsOf(tokens: Token[]): ReadonlySet<string> {
  let set = termSets.get(tokens);
  if (!set) termSets.set(tokens, (set = new Set(tokens.map((t) => t.term))));
  return set;
}

/**
 * The shared terms that weighed most in a link, as they read in the explained sentence
 * (the reference of `indexedExplainer`, and the semantic matcher's explanation).
 */
export function explainLexical(tokens: Token[], otherTokens: Token[], vec: Vec, otherVec: Vec, labelOf: (term: string) => string): Pick<MatchReason, 'terms' | 'names' | 'numbers'> {
  const otherTerms = termsOf(otherTokens);
  const contributions = new Map<string, { surface: string; kind: Token['kind']; weight: number }>();
  for (const t of tokens) {
    if (t.stop || !otherTerms.has(t.term) || contributions.has(t.term)) continue;
    contributions.set(t.term, { surface: t.surface, kind: t.kind, weight: (vec.weights.get(t.term) ?? 0) * (otherVec.weights.get(t.term) ?? 0) });
  }
  const ranked = [...contributions.entries()].sort((x, y) => y[1].weight - x[1].weight);
  return {
    terms: ranked.filter(([, c]) => c.kind === 'word').slice(0, 6).map(([, c]) => c.surface),
    names: ranked.filter(([, c]) => c.kind === 'name').map(([term, c]) => (term.startsWith('@') ? labelOf(term) : c.surface)),
    numbers: ranked.filter(([, c]) => c.kind === 'number').map(([term]) => term),
  };
}

/**
 * `explainLexical` on the vector index's rows, result for result (matcher.test.ts compares them):
 * groupClaims explains every member shown with a link (1,735 calls at 3 × 1,000), and the Map of
 * contributions, its sort and three filters per call, plus a Set of terms per sentence, were ~25 of the
 * group stage's 42 ms. Here the other sentence's terms are marks by term id (stamped per call, never
 * cleared), a contribution is a token position and a weight in scratch arrays, and the ranking is an
 * insertion sort that moves an entry only past strictly lighter ones — the stable order of the
 * reference's `sort` (ties in first-occurrence order). Falls back to the reference for an index
 * without token ids.
 */
function indexedExplainer(reports: TokenizedReports, vecs: Vec[][], ix: VectorIndex, labelOf: (term: string) => string): PairExplainer {
  const { reportOf } = ix;
  const sentenceOf = new Int32Array(ix.n);
  for (let i = 1; i < ix.n; i++) sentenceOf[i] = reportOf[i] === reportOf[i - 1] ? sentenceOf[i - 1]! + 1 : 0;
  // Not reached by scoreLexical (buildVectorIndex records token ids); kept so an index of another origin still explains.
  if (!ix.tokenStart || !ix.tokenTerm) return new ReferenceExplainer(reports, vecs, reportOf, sentenceOf, labelOf);
  return new IndexedExplainer(reports, ix, ix.tokenStart, ix.tokenTerm, sentenceOf, labelOf);
}

type Explanation = Pick<MatchReason, 'terms' | 'names' | 'numbers'>;

interface PairExplainer {
  explain(i: number, j: number): Explanation;
}

/** Each pair's explanation, computed once per scored set. */
class ExplanationMemo {
  private readonly explained = new Map<number, Explanation>();
  constructor(
    private readonly n: number,
    private readonly explainer: PairExplainer,
  ) {}

  explain(i: number, j: number): Explanation {
    const key = i * this.n + j;
    let e = this.explained.get(key);
    if (!e) this.explained.set(key, (e = this.explainer.explain(i, j)));
    return e;
  }
}

/** `explainLexical` on the sentences' tokens and vectors (an index without token ids). */
class ReferenceExplainer implements PairExplainer {
  constructor(
    private readonly reports: TokenizedReports,
    private readonly vecs: Vec[][],
    private readonly reportOf: Int32Array,
    private readonly sentenceOf: Int32Array,
    private readonly labelOf: (term: string) => string,
  ) {}

  explain(i: number, j: number): Explanation {
    const { reports, vecs, reportOf, sentenceOf } = this;
    return explainLexical(reports[reportOf[i]!]![sentenceOf[i]!]!, reports[reportOf[j]!]![sentenceOf[j]!]!, vecs[reportOf[i]!]![sentenceOf[i]!]!, vecs[reportOf[j]!]![sentenceOf[j]!]!, this.labelOf);
  }
}

/**
 * One analysis's explainer state, its step a method: a closure made per analysis got its own
 * optimized code, which V8 dropped with the analysis and compiled again in the next (session 15,
 * `--trace-opt`: this step was recompiled in every 6 × 5,000 analysis, ~64 ms self a run).
 */
class IndexedExplainer implements PairExplainer {
  // Stop tokens' terms, resolved per node when it is first the other side (-1: no content term anywhere, so never shared).
  private readonly resolved: Uint8Array;
  private readonly inOther: Int32Array;
  private readonly seen: Int32Array;
  // Stop tokens' terms are a few hundred function words: their ids memoised in a Map that small stays in
  // cache, where a probe of the index's Map of every term (tens of thousands) missed it. The same ids:
  // termIds' or -1. With the flags: this step 377 → 87 ms self at 6 × 5,000 (cpu.mts, one run each,
  // load ~15; at 3 × 1,000 within noise).
  private readonly stopIds = new Map<string, number>();
  private call = 0;
  private at = new Int32Array(64);
  private weight = new Float64Array(64);

  constructor(
    private readonly reports: TokenizedReports,
    private readonly ix: VectorIndex,
    private readonly tokenStart: Int32Array,
    private readonly tokenTerm: Int32Array,
    private readonly sentenceOf: Int32Array,
    private readonly labelOf: (term: string) => string,
  ) {
    this.resolved = new Uint8Array(ix.n);
    this.inOther = new Int32Array(ix.terms);
    this.seen = new Int32Array(ix.terms);
  }

  private tokensOf(i: number) {
    return this.reports[this.ix.reportOf[i]!]![this.sentenceOf[i]!]!;
  }

  private stopIdOf(term: string): number {
    let id = this.stopIds.get(term);
    if (id === undefined) this.stopIds.set(term, (id = this.ix.termIds.get(term) ?? -1));
    return id;
  }

  explain(i: number, j: number): Pick<MatchReason, 'terms' | 'names' | 'numbers'> {
    const { tokenStart, tokenTerm, inOther, seen, ix } = this;
    const flags = ix.tokenFlags;
    const call = ++this.call;
    const tj = tokenStart[j]!;
    const tjEnd = tokenStart[j + 1]!;
    if (this.resolved[j] === 0) {
      const tokens = this.tokensOf(j);
      for (let k = tj; k < tjEnd; k++) if (tokenTerm[k] === STOP_UNRESOLVED) tokenTerm[k] = this.stopIdOf(tokens[k - tj]!.term);
      this.resolved[j] = 1;
    }
    for (let k = tj; k < tjEnd; k++) {
      const id = tokenTerm[k]!;
      if (id >= 0) inOther[id] = call;
    }
    const tokens = this.tokensOf(i);
    const ti = tokenStart[i]!;
    if (this.at.length < tokens.length) {
      this.at = new Int32Array(tokens.length * 2);
      this.weight = new Float64Array(tokens.length * 2);
    }
    const { at, weight } = this;
    let count = 0;
    for (let k = 0; k < tokens.length; k++) {
      // The index's stop flag, not the token object's: only the few contributors' tokens are read.
      if (flags ? (flags[ti + k]! & TOKEN_STOP) !== 0 : tokens[k]!.stop) continue;
      const id = tokenTerm[ti + k]!;
      if (inOther[id] !== call || seen[id] === call) continue;
      seen[id] = call;
      const w = weightIn(ix, i, id) * weightIn(ix, j, id);
      let m = count++;
      while (m > 0 && weight[m - 1]! < w) {
        at[m] = at[m - 1]!;
        weight[m] = weight[m - 1]!;
        m--;
      }
      at[m] = k;
      weight[m] = w;
    }
    const terms: string[] = [];
    const names: string[] = [];
    const numbers: string[] = [];
    for (let m = 0; m < count; m++) {
      const t = tokens[at[m]!]!;
      if (t.kind === 'word') {
        if (terms.length < 6) terms.push(t.surface);
      } else if (t.kind === 'name') names.push(t.term.startsWith('@') ? this.labelOf(t.term) : t.surface);
      else if (t.kind === 'number') numbers.push(t.term);
    }
    return { terms, names, numbers };
  }
}
