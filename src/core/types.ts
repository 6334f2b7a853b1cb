/**
 * The data shapes of Parallax's analysis core.
 *
 * Everything here is plain, JSON-serialisable data: the core never returns HTML
 * or class instances, so the same result can cross a Web Worker boundary, be
 * printed by the command line, or be saved as a `.json` file and read back.
 * Offsets (`start`/`end`) are UTF-16 code-unit indices into the report's
 * ORIGINAL text (`text.slice(start, end)`), exactly as JavaScript strings index,
 * so the page can highlight without re-searching.
 */

/** The version tag of the Comparison JSON. Bump it on any breaking change. */
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
  /** BCP 47 language tag of the text as given (after any translation), e.g. "en". */
  language?: string;
  /** ISO date of publication, when known. */
  date?: string;
  /** True when the text is a machine translation. */
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
}

export interface ResolvedOptions {
  sensitivity: number;
  /** The link probability a cross-report pair needs (derived from sensitivity). */
  threshold: number;
}

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
  date?: string;
  machineTranslated?: boolean;
  url?: string;
  /** The original text the offsets point into. */
  text: string;
  sentences: Sentence[];
  removed: Removal[];
}

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
  /** Offsets into the report's original text. */
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
}

/** A half-open range `[start, end)` of the original text; the stages pass these between them. */
export interface Span {
  start: number;
  end: number;
}
