/**
 * The page's side of the analysis worker, framework-free:
 *
 *   const client = createAnalysisClient();
 *   const comparison = await client.run(reports, { sensitivity }, signal);
 *   const stats = await client.stats(text, signal);
 *
 * Each kind of request has its own lane (its own Worker, made on first use),
 * so typing in the editor never waits behind a whole comparison. Aborting a
 * `run` terminates its worker (the computation is stopped, not waited for)
 * and re-sends any other request of that lane to a fresh one; aborting a
 * `stats` request only forgets it (they are cheap). Either way the promise
 * rejects with an AbortError and a late answer is ignored. A worker that
 * fails to load or crashes rejects what it held and is not reused.
 *
 * Nothing here imports core code at run time: the worker bundle carries it.
 */
import type { CompareOptions, Comparison, ReportInput } from '../core/index';
import type { AnalysisRequest, AnalysisResponse, PageActor, ReportStats } from './protocol';
import { unpackDiffs } from './packDiffs';
import { joinParts, type Part } from './split';

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A comparison with what the page needs beside it (the actor lexicon's names, colours and notes). */
export interface Analysis {
  comparison: Comparison;
  actors: PageActor[];
}

export interface AnalysisClient {
  /** `compareReports(reports, options)` in the worker. */
  run(reports: ReportInput[], options?: CompareOptions, signal?: AbortSignal): Promise<Comparison>;
  /** `run`, with the page-side data the worker sends along. */
  analyse(reports: ReportInput[], options?: CompareOptions, signal?: AbortSignal): Promise<Analysis>;
  /**
   * The same comparison with the sentence model (loaded in the worker on the
   * first call). Rejects with ModelUnavailableError when the model cannot
   * load: the page then keeps the lexical result and says so.
   */
  refine(reports: ReportInput[], options?: CompareOptions, signal?: AbortSignal): Promise<Analysis>;
  /** Start loading the sentence model in its worker, without waiting. */
  warm(): void;
  /** The editor's live numbers for one report's text (clean → segment → dedupe). */
  stats(text: string, signal?: AbortSignal): Promise<ReportStats>;
  /** Terminates the workers; pending requests reject. */
  dispose(): void;
}

type Body = { kind?: 'compare'; reports: ReportInput[]; options?: CompareOptions } | { kind: 'refine'; reports: ReportInput[]; options?: CompareOptions } | { kind: 'stats'; text: string };

/** The sentence model could not load in the worker (a missing or damaged file, no WebAssembly): the lexical result stands. */
export class ModelUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

interface Pending {
  request: AnalysisRequest;
  resolve(response: Extract<AnalysisResponse, { ok: true }>): void;
  /** Pieces of a big comparison received so far (split.ts). */
  parts?: Part[];
  reject(error: Error): void;
}

function abortError(): Error {
  return new DOMException('The analysis was cancelled.', 'AbortError');
}

function createLane(makeWorker: () => WorkerLike, onAbort: 'terminate' | 'ignore' | 'cancel') {
  let worker: WorkerLike | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const stop = () => {
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return; // an answer to a request that was cancelled
      if (msg.ok && 'part' in msg) {
        (p.parts ??= []).push(msg.part);
        return;
      }
      pending.delete(msg.id);
      if (msg.ok && 'comparison' in msg && (msg.parts ?? 0) !== (p.parts?.length ?? 0)) {
        p.reject(new Error(`The analysis failed: ${p.parts?.length ?? 0} of the result's ${msg.parts ?? 0} parts arrived.`));
      } else if (msg.ok && 'comparison' in msg) {
        const { diffs, ...rest } = msg;
        const joined = p.parts ? joinParts(msg.comparison, p.parts) : msg.comparison;
        p.resolve({ ...rest, comparison: diffs ? unpackDiffs(joined, diffs) : joined });
      } else if (msg.ok) p.resolve(msg);
      else if (msg.model) p.reject(new ModelUnavailableError(msg.message));
      else p.reject(new Error(`The analysis failed: ${msg.message}`));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      if (worker !== w) return;
      stop();
      const error = new Error(`The analysis failed: ${event.message || 'the analysis worker could not run'}.`);
      const held = [...pending.values()];
      pending.clear();
      for (const p of held) p.reject(error);
    };
    worker = w;
    return w;
  };

  const call = (body: Body, signal?: AbortSignal) =>
    new Promise<Extract<AnalysisResponse, { ok: true }>>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const id = ++nextId;
      const request = { ...body, id } as AnalysisRequest;
      pending.set(id, { request, resolve, reject });
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(id)) return;
          reject(abortError());
          // The model's worker is worth keeping: ask it to stop between batches instead.
          if (onAbort === 'cancel') worker?.postMessage({ id: ++nextId, kind: 'cancel', target: id });
          if (onAbort === 'terminate') {
            // The worker may be busy with the stale run: stop it, and hand what else it held to a new one.
            stop();
            if (pending.size > 0) {
              const w = ensure();
              for (const p of pending.values()) {
                p.parts = undefined; // pieces from the stopped worker: the new one sends its own
                w.postMessage(p.request);
              }
            }
          }
        },
        { once: true },
      );
      ensure().postMessage(request);
    });

  const dispose = () => {
    stop();
    const held = [...pending.values()];
    pending.clear();
    for (const p of held) p.reject(abortError());
  };

  /** A message that expects no answer. */
  const post = (body: { kind: 'warm' }) => ensure().postMessage({ ...body, id: ++nextId });

  return { call, dispose, post };
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function createAnalysisClient(makeWorker: () => WorkerLike = defaultWorker): AnalysisClient {
  const compare = createLane(makeWorker, 'terminate');
  const refineLane = createLane(makeWorker, 'cancel');
  const stats = createLane(makeWorker, 'ignore');
  const analyse: AnalysisClient['analyse'] = async (reports, options = {}, signal) => {
    const res = await compare.call({ reports, options }, signal);
    if (!('comparison' in res)) throw new Error('The analysis failed: the worker gave no comparison.');
    return { comparison: res.comparison, actors: res.actors ?? [] };
  };
  return {
    analyse,
    warm() {
      refineLane.post({ kind: 'warm' });
    },
    async refine(reports, options = {}, signal) {
      const res = await refineLane.call({ kind: 'refine', reports, options }, signal);
      if (!('comparison' in res)) throw new Error('The analysis failed: the worker gave no comparison.');
      return { comparison: res.comparison, actors: res.actors ?? [] };
    },
    async run(reports, options = {}, signal) {
      return (await analyse(reports, options, signal)).comparison;
    },
    async stats(text, signal) {
      const res = await stats.call({ kind: 'stats', text }, signal);
      if (!('stats' in res)) throw new Error('The analysis failed: the worker gave no stats.');
      return res.stats;
    },
    dispose() {
      compare.dispose();
      refineLane.dispose();
      stats.dispose();
    },
  };
}

let shared: AnalysisClient | null = null;
/** The page's one client (its workers start on first use). */
export function analysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}
