/**
 * What the core knows about a language, as data (data/lang/<tag>/*.json,
 * described in data/lang/README.md). `loadLanguageProfile` (load.ts) turns the
 * raw files into this shape after validating them; the stages read only this.
 * A stage never holds a word list of its own: it takes a profile (the English
 * one with the default override when none is given).
 */
import type { ActorLexicon, FactQualifier, LoadedLexicon } from '../types';
import type { AliasEntry } from '../text/aliases';

export type AbbreviationKind = 'always' | 'beforeNumber' | 'beforeLowercase' | 'ambiguous';
export type StemmerName = 'porter' | 'none';

export interface LanguageProfile {
  /** BCP 47 tag, e.g. "en"; a report's `language` picks the profile by this tag (its primary subtag). */
  tag: string;
  name: string;
  /** Locale handed to Intl.Segmenter for sentences and words. */
  segmenterLocale: string;
  /** How words are reduced for matching: "porter" (English Porter stemmer) or "none" (the normalised word). */
  stemmer: StemmerName;
  /** Function words (stopwords.json `function`): dedupe's and the tokenizer's. */
  functionWords: ReadonlySet<string>;
  /** Function words plus reporting verbs and fillers (`matching`): never evidence that two sentences state one fact. */
  matchingStopWords: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** Words that deny or reject what the rest of a sentence says ("denied", "false"): a pair differing by one is not the same fact. */
  denials: ReadonlySet<string>;
  abbreviations: Readonly<Record<AbbreviationKind, readonly string[]>>;
  sentenceOpeners: ReadonlySet<string>;
  /** Twelve lists of lowercase forms, January first; each list's first form is the full name. */
  months: readonly (readonly string[])[];
  timestampWords: ReadonlySet<string>;
  dateLabels: ReadonlySet<string>;
  numberWords: Readonly<Record<string, number>>;
  /** Words after a number that multiply it ("5 million"). */
  scales: Readonly<Record<string, number>>;
  /** Abbreviated scales read only after a sum of money ("$5m"). */
  moneyScales: Readonly<Record<string, number>>;
  /** Scales after a counted number ("two hundred"). */
  countScales: Readonly<Record<string, number>>;
  qualifiers: Readonly<Partial<Record<FactQualifier, readonly string[]>>>;
  countedPhraseStops: ReadonlySet<string>;
  currencySymbols: Readonly<Record<string, string>>;
  currencyWords: Readonly<Record<string, string>>;
  speechVerbs: readonly string[];
  captionReportingWords: readonly string[];
  phraseBoundaries: ReadonlySet<string>;
  skipBeforeVerb: ReadonlySet<string>;
  speakerPhraseWords: ReadonlySet<string>;
  personNouns: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  unnamedSourceNouns: readonly string[];
  /** Roles and titles written before a name ("President"): not names themselves. */
  titles: ReadonlySet<string>;
  /** Titles that are also family names (King, Judge): the voices lens keeps them inside a speaker's name. */
  titlesAlsoSurnames: ReadonlySet<string>;
  /** Words a speaker phrase may hold that are never part of a person's name ("Mr", "press"). */
  nameBreakers: ReadonlySet<string>;
  notDemonyms: ReadonlySet<string>;
  institutions: Readonly<{ common: readonly string[]; speakerOnly: readonly string[]; organizationOnly: readonly string[]; placeWords: readonly string[] }>;
  outlets: readonly string[];
  outletAliases: Readonly<Record<string, string>>;
  places: ReadonlySet<string>;
  /** Aliases of entities (from overrides): the matcher treats every alias of one entry as one term. */
  aliases: readonly AliasEntry[];
  /** Loaded, hedging, distancing and intensifying words (loaded.json; empty when the folder has none). */
  loaded: LoadedLexicon;
  /** Evaluative words scored by a sentiment lexicon (evaluative.json: AFINN-165); absent in a profile without the file. */
  evaluative?: EvaluativeLexicon;
  /** Actor groups for the Labels lens (from overrides). */
  actors: ActorLexicon;
  /** The overrides applied, by id ("russia-ukraine-war"). */
  overrides: readonly string[];
}

/** A valence lexicon (evaluative.json): word → score, with the words the loaded lens leaves alone. */
export interface EvaluativeLexicon {
  /** "AFINN-165", with the package, version and licence it was taken from. */
  source: string;
  package: string;
  version: string;
  licence: string;
  /** A negative word counts as evaluative when score <= -minScore. */
  minScore: number;
  /** A positive word counts when score >= minPositiveScore. */
  minPositiveScore: number;
  /** Lower-case word → valence, -5 … +5. */
  scores: Readonly<Record<string, number>>;
  /** Words whose score reflects the event, not the writer (detention, killed): never marked. */
  factual: ReadonlySet<string>;
}

/** Raw files of one language folder, by file name without ".json" ("stopwords"). */
export type LanguageFiles = Readonly<Record<string, unknown>>;

/** An override: per-topic names a generic profile does not hold (data/overrides/<id>/). */
export interface ProfileOverride {
  id: string;
  /** The profile tag it extends; it is ignored for reports in other languages. */
  language: string;
  outlets?: string[];
  outletAliases?: Record<string, string>;
  places?: string[];
  aliases?: AliasEntry[];
  actors?: ActorLexicon;
}
