/**
 * The semantic matcher: the lexical matcher's candidates and features, plus
 * what a sentence encoder (all-MiniLM-L6-v2) says about the pair, weighed by
 * a link model of its own (data/matcher-semantic.json, fitted by
 * `npm run train` on the same-fact development sets).
 *
 * Why a mix and not the encoder alone: measured on ecbplus-facts-dev
 * (pairwise, 4-fold CV) the encoder's cosine alone scores F1 0.34 against
 * TF-IDF's 0.43 — it hears "same topic", while a fact turns on who, what and
 * which number — and the mix 0.48. The encoder adds what words miss: a
 * quarter of the gold links share almost no terms ("taken into custody" /
 * "arrested"), so each sentence's two best encoder matches in every other
 * report become candidates too, even with no shared word.
 *
 * Every vector comes from an EmbeddingCache filled by `prepare()` (async, the
 * model runs there); `score()` is pure and synchronous, so a sensitivity
 * change or an edit re-groups without re-embedding anything.
 */
import { termLabel } from '../../text/tokenize';
import type { CandidatePair, Matcher, MatchInput, ScoredPairs } from '../matcher';
import { pairFeatures } from '../lexical/features';
import { linkProbability, type LinkModel } from '../lexical/model';
import { explainLexical } from '../lexical/matcher';
import { ruled } from '../rules';
import type { EmbeddingCache, SentenceEncoder } from './encoder';
import { SEMANTIC_FEATURE_NAMES as FEATURE_NAMES, SEMANTIC_MODEL } from './model';

export { SEMANTIC_FEATURE_NAMES } from './model';

export const SEMANTIC = 'semantic';


/** Encoder candidates per sentence and other report, and the cosine they need. */
const EXTRA_PER_REPORT = 2;
const EXTRA_MIN_COSINE = 0.45;
/**
 * Above this many sentences in all, the encoder only rescores the lexical
 * candidates (best matches are then taken among those): scoring every pair
 * of 6 × 5,000 sentences would cost ~300 G multiply-adds for pairs the model
 * would reject anyway.
 */
const ALL_PAIRS_LIMIT = 4000;

export interface SemanticMatcherOptions {
  cache: EmbeddingCache;
  /** Resolves to the encoder (the model loads lazily); `prepare` awaits it. */
  encoder: () => Promise<SentenceEncoder>;
  model?: LinkModel;
}

export interface SemanticMatcher extends Matcher {
  /** Encode every sentence not in the cache yet. */
  prepare(input: MatchInput, signal?: { aborted: boolean }): Promise<void>;
  /** Whether every sentence of `input` has a vector (then `score` can run). */
  covers(input: MatchInput): boolean;
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
};

/** Score with vectors already at hand (training and tests call this directly). */
export function scoreSemantic(input: MatchInput, vectorOf: (text: string) => Float32Array, model: LinkModel = SEMANTIC_MODEL): ScoredPairs {
  const reports = input.reports.map((sentences) => sentences.map((s) => s.tokens));
  const texts = input.reports.map((sentences) => sentences.map((s) => s.text));
  const nodeReport: number[] = [];
  const nodeSentence: number[] = [];
  const firstOf: number[] = [];
  texts.forEach((sentences, r) => {
    firstOf.push(nodeReport.length);
    sentences.forEach((_, s) => {
      nodeReport.push(r);
      nodeSentence.push(s);
    });
  });
  const vectors = nodeReport.map((r, i) => vectorOf(texts[r]![nodeSentence[i]!]!));
  const total = vectors.length;
  const R = texts.length;
  // Best cosine of each sentence in each other report, and the encoder's own candidates.
  const best = Array.from({ length: total }, () => new Float64Array(R));
  const extra: [number, number][] = [];
  const allPairs = total <= ALL_PAIRS_LIMIT;
  if (allPairs) {
    for (let i = 0; i < total; i++) {
      for (let r = 0; r < R; r++) {
        if (r === nodeReport[i]) continue;
        const top: [number, number][] = [];
        for (let s = 0; s < texts[r]!.length; s++) {
          const j = firstOf[r]! + s;
          const c = dot(vectors[i]!, vectors[j]!);
          if (c > best[i]![r]!) best[i]![r] = c;
          if (c >= EXTRA_MIN_COSINE) {
            top.push([j, c]);
            top.sort((x, y) => y[1] - x[1]);
            if (top.length > EXTRA_PER_REPORT) top.pop();
          }
        }
        for (const [j] of top) extra.push([i, j]);
      }
    }
  }
  const lex = pairFeatures(reports, extra);
  const cos = new Map<number, number>();
  const cosineOf = (i: number, j: number) => {
    const key = i < j ? i * total + j : j * total + i;
    let c = cos.get(key);
    if (c === undefined) cos.set(key, (c = dot(vectors[i]!, vectors[j]!)));
    return c;
  };
  if (!allPairs) {
    for (const p of lex.pairs) {
      const c = cosineOf(p.i, p.j);
      if (c > best[p.i]![nodeReport[p.j]!]!) best[p.i]![nodeReport[p.j]!] = c;
      if (c > best[p.j]![nodeReport[p.i]!]!) best[p.j]![nodeReport[p.i]!] = c;
    }
  }
  const pairs: CandidatePair[] = lex.pairs.map((p) => {
    const { i, j } = p;
    const c = cosineOf(i, j);
    const ri = nodeReport[i]!;
    const rj = nodeReport[j]!;
    const bestA = best[i]![rj]!;
    const bestB = best[j]![ri]!;
    let context = 0;
    let n = 0;
    for (const d of [-1, 1]) {
      const si = nodeSentence[i]! + d;
      const sj = nodeSentence[j]! + d;
      if (si < 0 || sj < 0 || si >= texts[ri]!.length || sj >= texts[rj]!.length) continue;
      context += cosineOf(firstOf[ri]! + si, firstOf[rj]! + sj);
      n++;
    }
    const features = [...p.features, c, c - bestA, c - bestB, c >= bestA && c >= bestB ? 1 : 0, n ? context / n : 0];
    const a = input.reports[ri]![nodeSentence[i]!]!;
    const b = input.reports[rj]![nodeSentence[j]!]!;
    return { i, j, probability: ruled(linkProbability(features, model), a, b), features };
  });
  const profile = input.reports.find((r) => r.length > 0)?.[0]?.profile;
  const labelOf = profile ? (t: string) => termLabel(t, profile) : termLabel;
  return {
    matcher: SEMANTIC,
    nodes: lex.nodes,
    pairs,
    featureNames: FEATURE_NAMES,
    maxPerReport: model.maxPerReport,
    explain(i, j) {
      const a = lex.nodes[i]!;
      const b = lex.nodes[j]!;
      return {
        ...explainLexical(reports[a.report]![a.sentence]!, reports[b.report]![b.sentence]!, lex.vecs[a.report]![a.sentence]!, lex.vecs[b.report]![b.sentence]!, labelOf),
        meaning: Math.round(cosineOf(i, j) * 100) / 100,
      };
    },
  };
}

export function createSemanticMatcher(options: SemanticMatcherOptions): SemanticMatcher {
  const { cache } = options;
  const model = options.model ?? SEMANTIC_MODEL;
  const textsOf = (input: MatchInput) => input.reports.flatMap((r) => r.map((s) => s.text));
  let encoder: Promise<SentenceEncoder> | undefined;
  return {
    id: SEMANTIC,
    settings: { defaultThreshold: model.defaultThreshold, strongProbability: model.strongProbability },
    async ready() {
      await (encoder ??= options.encoder());
    },
    covers(input) {
      return cache.missing(textsOf(input)).length === 0;
    },
    async prepare(input, signal) {
      const missing = cache.missing(textsOf(input));
      if (missing.length === 0) return;
      await cache.fill(await (encoder ??= options.encoder()), missing, 16, signal);
    },
    score(input) {
      return scoreSemantic(input, (text) => {
        const v = cache.get(text);
        if (!v) throw new Error('semantic matcher: a sentence has no vector yet (await prepare() first)');
        return v;
      }, model);
    },
  };
}
