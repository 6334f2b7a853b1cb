/**
 * The page side of a lens. A lens is one folder under src/ui/lens/<id>/:
 * `index.ts` exports its `PageLens` (id and words: plain TypeScript, so the
 * codecs and node tests can read it), `view.tsx` exports its `LensView`
 * (legend, framing-summary section and marks; found by views.ts, which loads
 * it when the lens is first shown), `marks.ts` holds its styles, marks and
 * tooltip text. Plus one line in registry.ts. The switcher, the legend, the
 * hint, the `lens=` codec and the framing summary all read the registry.
 */
import type { ComponentType } from 'react';
import type { Comparison } from '../../core/index';
import type { PageActor } from '../../worker/protocol';
import type { MarkSpan } from './runs';

export interface LensMark extends MarkSpan {
  /** The mark's category, for tests and styling hooks ("quote", "loaded", "money", an actor id…). */
  kind: string;
  /** Extra attribute: "loaded" / "neutral" for labels, "discrepancy" for contested facts. */
  flag?: string;
  className: string;
  /** A short tag shown after the mark (the actor of a label: "UA"). */
  tag?: string;
  /** One or more lines: what the mark is and why. The first line names the marked words. */
  explain: string[];
}

export interface SentenceLens {
  /** Classes on the whole sentence (an unattributed assertion in the Voices lens). */
  className?: string;
  /** Lines about the sentence as a whole ("Quoted: Vladislav Shurygin, military expert"). */
  notes: string[];
  marks: LensMark[];
}

/** What a lens may need beside the comparison. */
export interface LensContext {
  /** The actor lexicon in its order (colours), as the worker sent it with the comparison. */
  actors: readonly PageActor[];
  /** Ids of the actors the current comparison names (the legend shows only these); undefined = all. */
  present?: readonly string[];
}

export interface PageLens<Id extends string = string> {
  /** The value in the address (`lens=`) and in links and files. */
  id: Id;
  /** The switcher's label ("Loaded language"). */
  label: string;
  /** One line: what it shows (the switcher's tooltip, the hint). */
  description: string;
  /** The hint under the legend; default "<label>: <description>. Hover or focus a sentence for what is marked and why." */
  hint?: string;
}

/** The React side of a lens: `export const view` in src/ui/lens/<id>/view.tsx. */
export interface LensView {
  /** Legend items (`<li>`s) for the lens bar. */
  Legend: ComponentType<{ ctx: LensContext }>;
  /** Its part of each outlet's column in the framing summary, if any. */
  SummarySection?: ComponentType<{ comparison: Comparison; index: number }>;
  /** Marks per sentence of one report (same indices). Absent: the claims view (no marks). */
  marks?: (comparison: Comparison, reportIndex: number, ctx: LensContext) => SentenceLens[];
  /** How the marks are drawn in a sentence (LensText.tsx's `lensText`), with `marks`. */
  text?: LensText;
}

/** A sentence's marked text and its tooltip (LensText.tsx). */
export interface LensText {
  Runs: ComponentType<{ text: string; start: number; end: number; lens: SentenceLens }>;
  Tooltip: ComponentType<{ id: string; lens: SentenceLens; open: boolean }>;
}
