/**
 * The lexical matcher: TF-IDF cosine and pair features (features.ts) weighed
 * by the trained link model (model.ts) into a probability per candidate pair.
 */
import { termLabel, type Token } from '../../text/tokenize';
import type { MatchReason } from '../../types';
import type { Matcher, MatchInput, ScoredPairs } from '../matcher';
import { applyRules } from '../rules';
import { FEATURE_NAMES, pairFeatures } from './features';
import { LINK_MODEL, linkProbability, type LinkModel } from './model';
import type { TokenizedReports, Vec } from './similarity';

export interface LexicalMatcherOptions {
  /** The link model; the trained one (data/matcher-model.json) by default. Training passes its own. */
  model?: LinkModel;
}

export const LEXICAL = 'lexical';

/** Score tokenized reports (the lexical matcher's core, also used by training and alignSentences). */
export function scoreLexical(reports: TokenizedReports, model: LinkModel = LINK_MODEL, labelOf: (term: string) => string = termLabel): ScoredPairs {
  const { nodes, vecs, pairs } = pairFeatures(reports);
  // Explanations by pair, kept with the scores: a sensitivity change re-groups the same scores and explains mostly the same links.
  const explained = new Map<number, ReturnType<typeof explainLexical>>();
  return {
    matcher: LEXICAL,
    nodes,
    featureNames: FEATURE_NAMES,
    maxPerReport: model.maxPerReport,
    pairs: pairs.map((p) => ({ i: p.i, j: p.j, probability: linkProbability(p.features, model), features: p.features })),
    explain(i, j) {
      const key = i * nodes.length + j;
      let e = explained.get(key);
      if (!e) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        e = explainLexical(reports[a.report]![a.sentence]!, reports[b.report]![b.sentence]!, vecs[a.report]![a.sentence]!, vecs[b.report]![b.sentence]!, labelOf);
        explained.set(key, e);
      }
      return e;
    },
  };
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
      return applyRules(scoreLexical(reports, model, profile ? (t) => termLabel(t, profile) : termLabel), input);
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

/** The shared terms that weighed most in a link, as they read in the explained sentence. */
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
