import type { CompareOptions, Comparison, Removal, ReportInput } from '../core/index';

/** What the editor shows under a report as it is typed (computed in the worker: the same stages as the analysis). */
export interface ReportStats {
  /** UTF-8 bytes. */
  bytes: number;
  /** Sentences kept after cleaning and de-duplication. */
  sentences: number;
  /** What cleaning and de-duplication take out, in text order. */
  removed: Removal[];
}

/** Page → worker. `kind` absent = 'compare' (the original protocol). */
export type AnalysisRequest =
  | { id: number; kind?: 'compare'; reports: ReportInput[]; options?: CompareOptions }
  | { id: number; kind: 'stats'; text: string };

/** Worker → page. */
export type AnalysisResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number }
  | { id: number; ok: true; stats: ReportStats; ms: number }
  | { id: number; ok: false; message: string };
