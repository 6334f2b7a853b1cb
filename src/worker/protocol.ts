import type { CompareOptions, Comparison, ReportInput } from '../core/index';

/** Page → worker. */
export interface AnalysisRequest {
  id: number;
  reports: ReportInput[];
  options?: CompareOptions;
}

/** Worker → page. */
export type AnalysisResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number }
  | { id: number; ok: false; message: string };
