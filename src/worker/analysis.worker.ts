/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread: a request in, the plain Comparison
 * (structured-cloned) out. One request at a time; the page terminates the
 * worker to cancel a stale run.
 */
import { compareReports } from '../core/index';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, reports, options } = event.data;
  let response: AnalysisResponse;
  try {
    const t0 = performance.now();
    const comparison = compareReports(reports, options);
    response = { id, ok: true, comparison, ms: performance.now() - t0 };
  } catch (err) {
    response = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
};
