/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread: a request in, plain data
 * (structured-cloned) out — a whole Comparison, or the editor's live stats of
 * one report. One request at a time; the page terminates the worker to cancel
 * a stale run (see client.ts).
 */
import { compareReports } from '../core/index';
import { pageActors } from './pageActors';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { reportStats } from './reportStats';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  let response: AnalysisResponse;
  try {
    const t0 = performance.now();
    if (request.kind === 'stats') response = { id: request.id, ok: true, stats: reportStats(request.text), ms: performance.now() - t0 };
    else {
      const comparison = compareReports(request.reports, request.options);
      response = { id: request.id, ok: true, comparison, actors: pageActors(), ms: performance.now() - t0 };
    }
  } catch (err) {
    response = { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
};
