/**
 * The one error `compareReports` and `Analyzer.compare` raise: input that is
 * not a list of reports, a report that is not an object or has a field of the
 * wrong type, options that are not an object, or an unknown matcher. Anything
 * else thrown is a bug. `code` is for programs; `message` is for people (the
 * page and the command line show it as it is).
 *
 * `options` null or undefined is NOT an error: it means the defaults.
 */
export type CompareInputErrorCode =
  /** `reports` is not an array. */
  | 'reports-not-array'
  /** A report is null, an array or not an object. */
  | 'report-not-object'
  /** A report's `id` or `outlet` is present but not a string. */
  | 'report-id'
  | 'report-outlet'
  /** `text` is present but not a string. */
  | 'report-text'
  /** `sentences` is present but not an array of strings. */
  | 'report-sentences'
  /** `language`, `originalLanguage`, `date` or `url` present but not a string; `machineTranslated` not a boolean. */
  | 'report-metadata'
  /** `options` is neither an object nor null/undefined. */
  | 'options-not-object'
  | 'options-corrections'
  /** `options.matcher` names no matcher of the analyzer. */
  | 'unknown-matcher';

export class CompareInputError extends Error {
  constructor(
    readonly code: CompareInputErrorCode,
    message: string,
    /** The index of the offending report, when one is at fault. */
    readonly report?: number,
  ) {
    super(message);
    this.name = 'CompareInputError';
  }
}
