/**
 * The Matcher contract: how the core scores which sentences of different
 * reports may state the same fact. A matcher turns the prepared, tokenized
 * sentences of all reports into candidate pairs, each with a probability and
 * a way to explain it; claims/group.ts then grows claims from those pairs.
 *
 * The lexical matcher (matching/lexical/) is the first implementation. A
 * semantic one plugs in beside it (docs/architecture.md): it encodes each
 * sentence ONCE (cache by text), may load its model asynchronously (`ready`),
 * and can combine its similarity with the lexical matcher's features by
 * scoring the lexical candidates again with a model of its own.
 */
import type { LanguageProfile } from '../language/profile';
import type { Token } from '../text/tokenize';
import type { MatchReason } from '../types';

/** One sentence as a matcher sees it. */
export interface MatchSentence {
  /** The sentence's text (what an encoder embeds). */
  text: string;
  tokens: Token[];
  /** The profile of its report (its language). */
  profile: LanguageProfile;
}

/** `reports[r][s]`: every kept sentence of every report, in order. */
export interface MatchInput {
  reports: MatchSentence[][];
}

/** A sentence, addressed by its report and its index there. */
export interface SentenceRef {
  report: number;
  sentence: number;
}

export interface CandidatePair {
  /** Indices into `ScoredPairs.nodes`, i < j, from different reports. */
  i: number;
  j: number;
  /** P(the two sentences state the same fact), in [0, 1]. */
  probability: number;
  /** The matcher's features of the pair, in the order of `ScoredPairs.featureNames` (for combining matchers and training). */
  features?: number[];
}

export interface ScoredPairs {
  /** The matcher that scored them. */
  matcher: string;
  /** All sentences in reading order: report 0's, then report 1's, … */
  nodes: SentenceRef[];
  /** Only pairs worth considering; a pair left out has probability 0. */
  pairs: CandidatePair[];
  featureNames?: readonly string[];
  /** At most this many sentences of one report in one claim (one long sentence often says what another says in two). */
  maxPerReport: number;
  /** Why nodes i and j were linked: the shared terms, names and numbers, as they read in sentence i. */
  explain(i: number, j: number): Pick<MatchReason, 'terms' | 'names' | 'numbers' | 'meaning'>;
}

export interface Matcher {
  /** Its name in `CompareOptions.matcher` ("lexical", "semantic"). */
  readonly id: string;
  /**
   * The link probability the default sensitivity maps to, and the one from
   * which a link counts as strong (both chosen on the development sets and
   * stored with the model). Absent: the lexical model's.
   */
  readonly settings?: { defaultThreshold: number; strongProbability: number };
  /** Resolves when the matcher can score (a model loaded). Absent: always ready. */
  ready?(): Promise<void>;
  /** Asynchronous work before `score` (encoding sentences not seen yet). Absent: none. */
  prepare?(input: MatchInput, signal?: { aborted: boolean }): Promise<void>;
  /** Score the candidate pairs. Pure and synchronous: `ready()` must have resolved. */
  score(input: MatchInput): ScoredPairs;
}
