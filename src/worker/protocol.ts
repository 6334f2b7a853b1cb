import type { CompareOptions, Comparison, Removal, ReportInput } from '../core/index';
import type { PackedDiffs } from './packDiffs';
import type { Part } from './split';

/** What the editor shows under a report as it is typed (computed in the worker: the same stages as the analysis). */
export interface ReportStats {
  /** UTF-8 bytes. */
  bytes: number;
  /** Sentences kept after cleaning and de-duplication. */
  sentences: number;
  /** What cleaning and de-duplication take out, in text order. */
  removed: Removal[];
}

/**
 * What the page needs of the actor lexicon (the Labels lens): every actor in
 * lexicon order (its colour), its name, and the notes of its labels. The
 * worker sends it with each comparison, so the page never imports the lexicon
 * or its matcher.
 */
export interface PageActor {
  id: string;
  name: string;
  /** Labels that carry a note ("why it is loaded"). */
  labels: { text: string; note: string }[];
}

/**
 * Page → worker. `kind` absent = 'compare' (the original protocol: the
 * lexical analysis, fast). 'refine' = the same with the sentence model (the
 * worker loads it on first use and keeps every sentence's vector); 'cancel'
 * asks a refine in flight to stop between batches (the worker and its model
 * stay alive, unlike a cancelled 'compare', whose worker is terminated).
 */
export type AnalysisRequest =
  | { id: number; kind?: 'compare'; reports: ReportInput[]; options?: CompareOptions }
  | { id: number; kind: 'refine'; reports: ReportInput[]; options?: CompareOptions }
  | { id: number; kind: 'cancel'; target: number }
  /** Start loading the sentence model without a refine (not sent by the page today: loading it alongside the first analysis slowed that analysis on two cores; kept for a caller with cores to spare). */
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'stats'; text: string };

/**
 * Worker → page. `model: true` on a failure: the sentence model could not load (the lexical result stands).
 * A big comparison comes in pieces (split.ts): `part` messages first, then the comparison's head saying how
 * many parts it was cut into (`parts`); the page appends them to the head. The claims' word diffs come with
 * the head as typed arrays (`diffs`, packDiffs.ts: each claim's `diff` is null until the page unpacks them).
 */
export type AnalysisResponse =
  | { id: number; ok: true; comparison: Comparison; actors: PageActor[]; ms: number; encoded?: number; parts?: number; diffs?: PackedDiffs }
  | { id: number; ok: true; part: Part }
  | { id: number; ok: true; stats: ReportStats; ms: number }
  | { id: number; ok: false; message: string; model?: boolean };
