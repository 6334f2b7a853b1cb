/**
 * The lens contract: a detector that reads one report (its text, kept
 * sentences and language profile) and returns plain JSON data, stored in
 * `ReportResult.framing[id]`. A lens may read the lenses listed before it
 * (`earlier`): the loaded-words lens charges a word inside a quotation to the
 * speaker the voices lens found.
 */
import type { LanguageProfile } from '../language/profile';
import type { Span } from '../types';

export interface LensInput {
  /** The report's original text; every offset points into it. */
  text: string;
  /** Its kept sentences: sorted, non-overlapping spans of `text`. */
  sentences: Span[];
  profile: LanguageProfile;
  /** Results of the lenses listed before this one, by id. */
  earlier: Readonly<Record<string, unknown>>;
}

export interface Lens<Id extends string = string, Result = unknown> {
  readonly id: Id;
  detect(input: LensInput): Result;
}

export function defineLens<Id extends string, Result>(id: Id, detect: (input: LensInput) => Result): Lens<Id, Result> {
  return { id, detect };
}

/** The framing object a list of lenses produces: `{ [lens.id]: its result }`. */
export type FramingOf<L extends readonly Lens[]> = { [X in L[number] as X['id']]: X extends Lens<string, infer R> ? R : never };
