/**
 * The data shapes of Parallax's analysis core.
 *
 * Everything here is plain, JSON-serialisable data: the core never returns HTML
 * or class instances, so the same result can cross a Web Worker boundary, be
 * printed by the command line, or be saved as a `.json` file and read back.
 * Offsets (`start`/`end`) are UTF-16 code-unit indices into the report's
 * ORIGINAL text (`text.slice(start, end)`), exactly as JavaScript strings index,
 * so the page can highlight without re-searching: half-open, with
 * 0 ≤ start ≤ end ≤ text.length, never between the halves of a surrogate
 * pair, and inside its sentence for a span that belongs to one. Which fields
 * are the slice verbatim is said at each; the whole rule is checked by
 * testing/offsets.ts (README, "The Comparison JSON").
 */

/** The version tag of the Comparison JSON. Bump it on any breaking change. */
import type { LanguageProfile } from './language/profile';
import type { RegistryFraming } from './lenses/registry';

export const COMPARISON_SCHEMA = 'parallax.comparison/1' as const;

/** One report handed to `compareReports`. */
export interface ReportInput {
  /** Stable id, unique within a comparison (a file name, say). */
  id: string;
  /** The outlet as the text identifies it. Never invented. */
  outlet: string;
  /**
   * The raw report text, as scraped. Ignored when `sentences` is given (then
   * the text is rebuilt as the sentences joined by "\n").
   */
  text?: string;
  /**
   * Pre-split sentences (the evaluation sets ship them). When present the core
   * uses them exactly as given: no cleaning, no segmentation, same order.
   */
  sentences?: string[];
  /**
   * BCP 47 language tag of the text as given (after any translation), e.g.
   * "en". It picks the language profile (data/lang/<tag>/, by primary subtag);
   * absent, or a language with no profile: the analyzer's default (English).
   */
  language?: string;
  /** BCP 47 tag of the language the report was first published in, when it was translated ("ru"). Metadata only. */
  originalLanguage?: string;
  /** ISO date of publication, when known. */
  date?: string;
  /** True when the text is a machine translation (of `originalLanguage`, when given). */
  machineTranslated?: boolean;
  /** Where the report was published, when known. */
  url?: string;
}

/** Tuning knobs. Every field is optional; `resolveOptions` fills defaults. */
export interface CompareOptions {
  /**
   * How readily sentences are linked, from 0 (strict: only near-identical
   * statements) to 1 (loose). The default is the tuned setting.
   */
  sensitivity?: number;
  /**
   * The language of reports that carry no `language` of their own: a BCP 47
   * tag of a bundled profile ("en", "ru") or a LanguageProfile object
   * (loadLanguageProfile). Default: the analyzer's language (English).
   */
  language?: string | LanguageProfile;
  /**
   * Which matcher scores sentence pairs, by id: "lexical" (the default and,
   * so far, the only bundled one). An analyzer built with other matchers
   * (createAnalyzer) accepts their ids.
   */
  matcher?: string;
}

export interface ResolvedOptions {
  sensitivity: number;
  /** The link probability a cross-report pair needs (derived from sensitivity and the matcher's tuned threshold). */
  threshold: number;
  /** The matcher that scored the pairs: "lexical" or "semantic". */
  matcher?: string;
}

/**
 * `strong`: every link inside the claim reaches the matcher's strong
 * probability (out-of-fold precision about 0.8 on the development sets);
 * `possible`: at least one link is weaker — a reader should look twice.
 */
export type ClaimStrength = 'strong' | 'possible';

/** Why a piece of text was removed by cleaning. Exhaustive: switch over it. */
export type RemovalReason =
  /** A line of page furniture: date/section header, section name. */
  | 'header'
  /** A publication/update timestamp line. */
  | 'timestamp'
  /** A navigation breadcrumb ("- World", "- Статьи"). */
  | 'breadcrumb'
  /** A photo caption standing alone between the header and the body. */
  | 'caption'
  /** A translation or agency credit ("Переведено сервисом «Яндекс Переводчик»"). */
  | 'credit'
  /** The same text (after normalising case, spaces and punctuation) occurs again. */
  | 'duplicate'
  /** Almost the same text occurs again (a teaser that repeats the body). */
  | 'near-duplicate';

/** A piece of the original text that cleaning took out, and why. */
export interface Removal {
  /** The removed text, verbatim. */
  text: string;
  start: number;
  end: number;
  reason: RemovalReason;
  /** A short human-readable explanation, e.g. "repeats the sentence at 1204". */
  detail: string;
  /** For duplicates: where the copy that was kept lies. */
  keptAt?: { start: number; end: number };
}

/** A kept sentence of a report. */
export interface Sentence {
  /** `text.slice(start, end)` of the report's text, verbatim. */
  text: string;
  start: number;
  end: number;
  /** The id of the claim this sentence belongs to (every kept sentence has one). */
  claim: string;
}

/** A report as analysed: metadata, kept sentences and what was removed. */
export interface ReportResult {
  id: string;
  outlet: string;
  language?: string;
  /** Copied from the input when given. */
  originalLanguage?: string;
  date?: string;
  machineTranslated?: boolean;
  url?: string;
  /** The original text the offsets point into. */
  text: string;
  sentences: Sentence[];
  removed: Removal[];
  /** How the report tells it: voices, actor labels, loaded words, facts (the framing lens). */
  framing: ReportFraming;
}

/**
 * The framing lens of one report, one field per registered lens
 * (lenses/registry.ts): voices, actors, loaded, facts. Every offset points
 * into its `text`, every `sentence` into its `sentences`.
 */
export type ReportFraming = RegistryFraming;

/** How many reports state a claim. Exhaustive: switch over it. */
export type ClaimKind =
  /** Every report states it. */
  | 'shared'
  /** Two or more reports, not all. */
  | 'partial'
  /** One report only. */
  | 'unique';

/** Why a sentence was linked into its claim. */
export interface MatchReason {
  /** The member (index into `Claim.members`) it was linked to. */
  to: number;
  /** The link model's probability, in [0, 1], that the two sentences state the same fact. */
  score: number;
  /** The shared terms that weighed most, as they read in this sentence. */
  terms: string[];
  /** Shared names (capitalised or aliased entities). */
  names: string[];
  /** Shared numbers and dates, normalised ("1997", "625000000"). */
  numbers: string[];
  /** Semantic matcher only: the sentence encoder's cosine of the two sentences (two decimals). */
  meaning?: number;
}

export interface ClaimMember {
  /** Index into `Comparison.reports`. */
  report: number;
  /** Index into that report's `sentences`. */
  sentence: number;
  /** Absent for a claim's first member (the anchor) and for unique claims. */
  match?: MatchReason;
}

/** One token of a word diff inside a claim. */
export interface DiffToken {
  /** Offsets into the report's original text. A member's tokens tile its sentence exactly: in order, no gap, none empty. */
  start: number;
  end: number;
  /**
   * `common`: a content word also said, in the same order, by the claim's
   * other sentences; `differing`: wording only this sentence uses;
   * `neutral`: punctuation, white space or a function word, which alone never
   * counts as common.
   */
  kind: DiffTokenKind;
}

export type DiffTokenKind = 'common' | 'differing' | 'neutral';

/** A word diff of one claim member against the claim's other members. */
export interface MemberDiff {
  report: number;
  sentence: number;
  tokens: DiffToken[];
}

export interface Claim {
  /** Stable within a comparison: "c1", "c2", … in reading order of the first report that states it. */
  id: string;
  kind: ClaimKind;
  /** Sorted by report, then sentence. */
  members: ClaimMember[];
  /** Present when the claim has sentences from two or more reports. */
  diff?: MemberDiff[];
  /** Present when the claim has sentences from two or more reports. A `shared` claim is always strong. */
  strength?: ClaimStrength;
}

export interface KindCounts {
  shared: number;
  partial: number;
  unique: number;
}

export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  options: ResolvedOptions;
  reports: ReportResult[];
  claims: Claim[];
  summary: {
    /** Claims by kind over the whole comparison. */
    claims: KindCounts;
    /** For each report (same order), the claims it takes part in, by kind. */
    perReport: KindCounts[];
  };
  /** Which report mentions which fact or figure, and where their values disagree. Reports are named by id. */
  facts: FactMatrix;
}

/** A half-open range `[start, end)` of the original text; the stages pass these between them. */
export interface Span {
  start: number;
  end: number;
}

// ===========================================================================
// Framing lens (voices, actors, loaded language, facts). Appended section:
// the shapes returned by voices.ts, actors.ts, loaded.ts and facts.ts. Every
// offset is into the report's ORIGINAL text; `sentence` is an index into the
// `sentences: Span[]` the detector was given.
// ===========================================================================

/** How a sentence is sourced. Exhaustive: switch over it. */
export type VoiceKind =
  /** It contains (or lies inside) a direct quotation of at least four words. */
  | 'quote'
  /** It reports what someone said or wrote ("said", "according to", "citing", "X writes"). */
  | 'reported'
  /** The outlet asserts it in its own voice. */
  | 'unattributed';

export type SpeakerType = 'person' | 'institution' | 'outlet' | 'unnamed';

/** Who a sentence or quotation is attributed to. */
export interface Speaker {
  /** Canonical name: the fullest form the report gives ("John Smith" for "Smith", "he", "the general"). */
  name: string;
  /** The role or description the report gives ("Belarusian First Deputy Defense Minister"). */
  role?: string;
  type: SpeakerType;
  /**
   * Where this sentence names the speaker (the pronoun or noun phrase as
   * written), always inside the attribution's sentence. Absent when the
   * sentence does not name them: a sentence inside a quotation takes the
   * speaker named by the sentence that opens or closes it.
   */
  mention?: Span;
  /** True when `mention` is a pronoun or a description ("he", "the general") resolved to an earlier speaker. */
  resolved?: boolean;
  /** A source the speaker cites ("The New York Times reported, citing unnamed US administration officials"). */
  via?: Speaker;
}

export interface Attribution {
  sentence: number;
  kind: VoiceKind;
  speaker?: Speaker;
  /** The parts of this sentence that are direct quotation (speech, not the attribution). */
  quoteSpans: Span[];
  /** The attribution cue ("said", "told", "according to", "citing", "It is noted that"). */
  cue?: Span;
}

/** One speaker's weight in a report. */
export interface VoiceTally {
  name: string;
  role?: string;
  type: SpeakerType;
  /** Sentences attributed to this speaker (quoted or reported). */
  sentences: number;
  /** Of those, sentences with direct quotation. */
  quoted: number;
  /** Characters of direct quotation attributed to this speaker. */
  quoteChars: number;
}

export interface VoiceResult {
  attributions: Attribution[];
  summary: {
    /** By sentences, then name. */
    speakers: VoiceTally[];
    kinds: Record<VoiceKind, number>;
    /** Characters of the given sentences. */
    chars: number;
    /** Characters of direct quotation inside the given sentences. */
    quoteChars: number;
    /** quoteChars / chars, 0 when there is no text. */
    quoteShare: number;
    /**
     * Of quoteChars, those in sentences whose speaker was not found. The
     * speakers' quoteChars plus this equal quoteChars, so a page can say
     * "12 % quotation, 3 % of it from a speaker not named" instead of
     * "No one is quoted" next to a share of quotation.
     */
    unattributedQuoteChars?: number;
  };
}

/** Neutral naming or a label that carries a judgement. */
export type LabelTone = 'neutral' | 'loaded';

/** One label of an actor group in an actor lexicon (data/overrides/<id>/actors.json). */
export interface ActorLabelEntry {
  /** The phrase as matched (case-insensitive unless `caseSensitive`). */
  text: string;
  tone: LabelTone;
  /** Why it is tagged so, for a reader. */
  note?: string;
  caseSensitive?: boolean;
  /** A place name that also stands for a government (Kiev, Moscow): skipped where it reads as a place. */
  metonym?: boolean;
}

export interface ActorGroup {
  id: string;
  /** Readable name of the actor ("Ukraine's government and armed forces"). */
  name: string;
  labels: ActorLabelEntry[];
}

/** The contents of an actors.json (data/overrides/<id>/actors.json). */
export interface ActorLexicon {
  schema: 'parallax.actors/1';
  about?: string;
  actors: ActorGroup[];
  /** Phrases that contain a label but do not name the actor ("The Washington Post"): matched first, then dropped. */
  ignore: string[];
  /** Words after a metonym label that make it a place ("region", "district"). */
  placeNouns: string[];
  /** Words before a metonym label that make it a place ("in", "near"). */
  placePrepositions: string[];
}

export interface ActorMention extends Span {
  actor: string;
  /**
   * The label matched: the lexicon's label as the lexicon writes it (matched
   * case-insensitively, any white space, either apostrophe), or, for an actor
   * the report names (named.ts), the words as written with white space
   * collapsed ("the …" in lower case). The words themselves are `text.slice(start, end)`.
   */
  label: string;
  tone: LabelTone;
  sentence: number;
}

export interface ActorLabelUse {
  label: string;
  tone: LabelTone;
  count: number;
  spans: Span[];
}

export interface ActorUse {
  actor: string;
  name: string;
  count: number;
  /** Most used first. */
  labels: ActorLabelUse[];
}

export interface ActorResult {
  /** Actors the report names, most named first. */
  actors: ActorUse[];
  mentions: ActorMention[];
  /** Label matches read as places and so not counted, with the reason. */
  places: (Span & { label: string; sentence: number; reason: string })[];
}

/** Exhaustive: switch over it. */
export type LoadedCategory =
  /** An evaluative or emotive word that takes a side ("regime", "mercenaries"). */
  | 'loaded'
  /** Marks a claim as uncertain ("reportedly", "apparently"). */
  | 'hedge'
  /** Keeps a term or claim at arm's length ("so-called", "claimed"). */
  | 'distancing'
  /** Strengthens or presents as beyond doubt ("literally", "of course"). */
  | 'intensifier';

export interface LexiconEntry {
  /** A word or phrase; a trailing `*` matches any word ending ("mercenar*"). */
  term: string;
  category: LoadedCategory;
  /** One sentence a student can read: why this word frames. */
  explain: string;
  /** What sort of framing ("reporting verb", "label", "evaluative adjective", "hedge", "intensifier"). */
  kind?: string;
}

/** The contents of a profile's loaded.json (data/lang/en/loaded.json). */
export interface LoadedLexicon {
  schema: 'parallax.lexicon/1';
  about?: string;
  entries: LexiconEntry[];
  /** Phrases in which an entry is technical, not evaluative ("sanctions regime"): matched first, then dropped. */
  ignore: string[];
}

export interface LoadedHit extends Span {
  /**
   * The lexicon entry's term (as `ActorMention.label` is matched); for an
   * AFINN word the slice in lower case; for a scare quote the slice in lower
   * case between straight quotes.
   */
  term: string;
  category: LoadedCategory;
  sentence: number;
  /** Inside a direct quotation: the words are the speaker's, not the outlet's. */
  inQuote: boolean;
  /** Who the sentence or quotation is attributed to, when anyone. */
  speaker?: string;
  /**
   * Whose words they are: `speaker` inside a direct quotation (the quoted
   * speaker's), `outlet` otherwise (the outlet chose the word, even when it
   * reports someone: "Ellison slammed…" is the outlet's verb).
   */
  voice?: 'outlet' | 'speaker';
  /** Where the mark comes from: the curated lexicon (loaded.json), the AFINN-165 valence list (evaluative.json), or a scare quote. */
  source?: LoadedSource;
  /** What sort of framing (the entry's kind; "evaluative word" for AFINN, "scare quote"). */
  kind?: string;
  /** Why it frames, for a reader (the entry's explanation, or one built from the AFINN score). */
  explain?: string;
  /** AFINN-165 valence, -5 … +5, for `source: 'afinn-165'`. */
  score?: number;
}

export type LoadedSource = 'lexicon' | 'afinn-165' | 'scare-quote';

export interface LoadedTermCount {
  term: string;
  category: LoadedCategory;
  explain: string;
  count: number;
  /** Of `count`, inside direct quotation. */
  quoted: number;
  kind?: string;
  source?: LoadedSource;
}

export interface LoadedResult {
  hits: LoadedHit[];
  /** Most frequent first: the curated lexicon's terms (loaded.json) and scare quotes. */
  terms: LoadedTermCount[];
  /** Counts every hit, AFINN words included. */
  byCategory: Record<LoadedCategory, number>;
  /**
   * Evaluative words found by the AFINN-165 valence list (their hits, with
   * `source: 'afinn-165'` and an `explain`, are in `hits`), most frequent first.
   * Kept apart from `terms`: a statistical list, not a curated explanation per word.
   */
  evaluativeTerms?: LoadedTermCount[];
}

/** Exhaustive: switch over it. */
export type FactKind = 'count' | 'money' | 'date' | 'percent' | 'person' | 'organization' | 'place';

/** "more than 160" is `{ value: 160, qualifier: 'more-than' }`. */
export type FactQualifier = 'more-than' | 'fewer-than' | 'about' | 'up-to' | 'at-least' | 'exactly';

export interface Fact extends Span {
  kind: FactKind;
  sentence: number;
  /**
   * Normalised value: a number as digits ("625000000"), a date as ISO
   * ("1997-12-03", "1997-12", "1997", "--11-19" without a year, "1990s"), a
   * name (person, organization, place) as written: exactly
   * `text.slice(start, end)` with each run of white space one space ("Joe
   * Biden" for "Joe\r\nBiden"). A surname alone stays as written ("Biden");
   * `key` groups people by surname, so "Biden" and "Joe Biden" are one row.
   */
  value: string;
  qualifier?: FactQualifier;
  /** What a count counts, singular and lower case ("state", "missile", "artillery piece"); the currency of money ("usd"); the event a date dates ("ratified"). */
  what?: string;
  /** For a date: who or what did the dated thing ("kiev", an alias id, "treaty"); with `what` it names the event. */
  subject?: string;
  /** Grouping key across reports: kind + value (+ what for counts), dates by year (+ "@subject" when known: "date:1999@ukraine"). */
  key: string;
}

export interface FactResult {
  facts: Fact[];
}

/** One report's facts, as `factMatrix` takes them. */
export interface ReportFacts {
  report: string;
  facts: Fact[];
}

export interface FactRow {
  key: string;
  kind: FactKind;
  /** A readable label ("160 state", "$625000000", "1997"). */
  label: string;
  /** Per report (same order as given): the facts there, empty when the report does not mention it. */
  cells: Fact[][];
  /** How many reports mention it. */
  reports: number;
}

export interface FactDiscrepancy {
  kind: FactKind;
  /** The counted noun or dated event (its verb) the reports disagree on. */
  what: string;
  /** For dates: the subject both reports give the event ("ukraine"); facts of this discrepancy have this `subject`. */
  subject?: string;
  /** Per report that gives one: its values. */
  values: { report: string; values: string[] }[];
}

export interface FactMatrix {
  reports: string[];
  rows: FactRow[];
  discrepancies: FactDiscrepancy[];
}
// ===== end of framing lens =====
