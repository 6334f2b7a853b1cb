/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread: a request in, plain data
 * (structured-cloned) out — a whole Comparison, or the editor's live stats of
 * one report. 'compare' is the lexical analysis (fast: the page shows it
 * first); 'refine' the same reports with the sentence model, which this
 * worker loads once and whose vectors it keeps for the whole session, so a
 * sensitivity change or another run of the same sentences never re-embeds.
 */
import { createAnalyzer, createLexicalMatcher, createSemanticMatcher, EmbeddingCache } from '../core/index';
import { loadBundledVectors, loadWorkerEncoder, MODEL_ID, ModelLoadError } from './model';
import { pageActors } from './pageActors';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { reportStats } from './reportStats';
import { splitForPosting } from './split';
import { packDiffs, packedBuffers } from './packDiffs';

/**
 * JSON characters per message of a comparison (split.ts): at 3 × 1,000 a 6 MB comparison goes in ~25 messages,
 * each deserialised on the page in a task of its own instead of one task of 0.5–1 s.
 */
const PART_BUDGET = 250_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

const cache = new EmbeddingCache(MODEL_ID);
/**
 * The bundled events' vectors, fetched on the first refine: a bundled event
 * then refines without the model (no 37 MB download, no encoding); a
 * reader's own sentences still go to the model.
 */
let bundled: Promise<number> | undefined;
const semantic = createSemanticMatcher({ cache, encoder: loadWorkerEncoder });
const analyzer = createAnalyzer({ matchers: [createLexicalMatcher(), semantic] });
/** Refines in flight, by request id: a 'cancel' flips the flag, and the encoder stops between batches. */
const running = new Map<number, { aborted: boolean }>();

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    // A failure shows later, on the refine that needs the model.
    semantic.ready?.().catch(() => undefined);
    return;
  }
  if (request.kind === 'cancel') {
    const signal = running.get(request.target);
    if (signal) signal.aborted = true;
    return;
  }
  let response: AnalysisResponse;
  const t0 = performance.now();
  try {
    if (request.kind === 'stats') response = { id: request.id, ok: true, stats: reportStats(request.text), ms: performance.now() - t0 };
    else if (request.kind === 'refine') {
      const signal = { aborted: false };
      running.set(request.id, signal);
      await (bundled ??= loadBundledVectors(cache));
      const before = cache.size;
      try {
        const comparison = await analyzer.compareAsync(request.reports, { ...request.options, matcher: 'semantic' }, signal);
        if (signal.aborted) return; // the page no longer waits for it; the vectors stay cached
        response = { id: request.id, ok: true, comparison, actors: pageActors(), ms: performance.now() - t0, encoded: cache.size - before };
      } finally {
        running.delete(request.id);
      }
    } else {
      const comparison = analyzer.compare(request.reports, { ...request.options, matcher: 'lexical' });
      response = { id: request.id, ok: true, comparison, actors: pageActors(), ms: performance.now() - t0 };
    }
  } catch (err) {
    response = { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err), ...(err instanceof ModelLoadError ? { model: true } : {}) };
  }
  if (response.ok && 'comparison' in response) {
    // The word diffs go as transferred typed arrays (packDiffs.ts), the rest as JSON-like parts.
    const { comparison, packed } = packDiffs(response.comparison);
    const { head, parts } = splitForPosting(comparison, PART_BUDGET);
    for (const part of parts) scope.postMessage({ id: response.id, ok: true, part } satisfies AnalysisResponse);
    scope.postMessage(
      { ...response, comparison: head, diffs: packed, ...(parts.length > 0 ? { parts: parts.length } : {}) } satisfies AnalysisResponse,
      packedBuffers(packed),
    );
  } else scope.postMessage(response);
};
