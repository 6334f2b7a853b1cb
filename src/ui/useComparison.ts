import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompareOptions, Comparison, ReportInput } from '../core/index';
import type { AnalysisRequest, AnalysisResponse } from '../worker/protocol';

export type ComparisonState =
  | { status: 'idle'; data: undefined; error: undefined }
  | {
      status: 'pending';
      data: undefined;
      error: undefined;
      /** A re-run of the same reports (other options): the previous result, to keep showing meanwhile. */
      stale?: Comparison;
    }
  | { status: 'success'; data: Comparison; error: undefined; ms: number }
  | { status: 'error'; data: undefined; error: Error };

const IDLE: ComparisonState = { status: 'idle', data: undefined, error: undefined };
const PENDING = { status: 'pending', data: undefined, error: undefined } as const satisfies ComparisonState;

function createWorker(): Worker {
  return new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs `compareReports` in a Web Worker whenever `reports` (by identity) or the
 * options change. A newer run cancels the one in flight by terminating its
 * worker; late answers of stale runs are ignored. `reports: undefined` = idle.
 * While the same reports are re-analysed with other options, the pending state
 * carries the last result as `stale`.
 */
export function useComparison(
  reports: ReportInput[] | undefined,
  options: CompareOptions = {},
): ComparisonState & { retry: () => void } {
  const [state, setState] = useState<ComparisonState>(IDLE);
  const [attempt, setAttempt] = useState(0);
  const workerRef = useRef<Worker | null>(null);
  const busyRef = useRef(false);
  const runRef = useRef(0);
  /** The last successful result and the reports it was computed from. */
  const lastRef = useRef<{ reports: ReportInput[]; comparison: Comparison } | null>(null);
  const sensitivity = options.sensitivity;

  useEffect(() => {
    if (!reports) {
      setState(IDLE);
      return;
    }
    const id = ++runRef.current;
    // A run still in flight is stale now: stop it rather than wait for it.
    if (busyRef.current && workerRef.current) {
      workerRef.current.terminate();
      workerRef.current = null;
    }
    let worker = workerRef.current;
    if (!worker) {
      worker = createWorker();
      workerRef.current = worker;
    }
    busyRef.current = true;
    const last = lastRef.current;
    setState(last && last.reports === reports ? { ...PENDING, stale: last.comparison } : PENDING);

    worker.onmessage = (e: MessageEvent<AnalysisResponse>) => {
      const msg = e.data;
      if (msg.id !== runRef.current) return;
      busyRef.current = false;
      if (msg.ok) {
        lastRef.current = { reports, comparison: msg.comparison };
        setState({ status: 'success', data: msg.comparison, error: undefined, ms: msg.ms });
      }
      else setState({ status: 'error', data: undefined, error: new Error(`The analysis failed: ${msg.message}`) });
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      if (id !== runRef.current) return;
      busyRef.current = false;
      // A worker that failed to load or crashed is not reused.
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
      setState({
        status: 'error',
        data: undefined,
        error: new Error(`The analysis failed: ${e.message || 'the analysis worker could not run'}.`),
      });
    };
    const request: AnalysisRequest = { id, reports, options: sensitivity === undefined ? {} : { sensitivity } };
    worker.postMessage(request);
  }, [reports, sensitivity, attempt]);

  // Terminate on unmount.
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
      busyRef.current = false;
    },
    [],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
