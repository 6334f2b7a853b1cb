import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { CompareOptions, Comparison, Edit, ReportInput } from '../../core/index';
import { encodeCorrections } from '../../core/edits/format';
import { analysisClient, ModelUnavailableError } from '../../worker/client';
import type { PageActor } from '../../worker/protocol';
import { reportsFingerprint } from './fingerprint';

export interface ComparisonResult {
  /** The comparison to show: the current one, or while re-analysing the same reports, the previous one. */
  data: Comparison | undefined;
  /** `data` is the previous result of these reports (other options), kept on screen while the new one runs. */
  stale: boolean;
  /** The actor lexicon as the Labels lens shows it (sent by the worker with the comparison). */
  actors: PageActor[];
  error: Error | null;
  retry: () => void;
  /**
   * The sentence model's pass: 'refining' while it runs (the lexical result is
   * on screen), 'refined' when `data` is its result, 'unavailable' when the
   * model could not load (`modelMessage` says why; the lexical result stays),
   * 'idle' before there is a lexical result.
   */
  refinement: 'idle' | 'refining' | 'refined' | 'unavailable';
  modelMessage?: string;
}

const NO_ACTORS: PageActor[] = [];

type ComparisonKey = readonly ['comparison', string, number | null, string];

/**
 * `compareReports` in the Web Worker, through TanStack Query: the key is the
 * reports' fingerprint and the sensitivity, so a result comes back at once
 * from the cache when a setting returns to a value already seen. A changed
 * key cancels the run in flight (the query's signal terminates the worker).
 * The previous result is kept while the same reports are re-analysed
 * (keepPreviousData, limited to the same reports: another event starts from
 * the loading state). `reports: undefined` = idle.
 */
export function useComparison(reports: ReportInput[] | undefined, options: { sensitivity?: number; edits?: readonly Edit[] } = {}): ComparisonResult {
  const id = reports ? reportsFingerprint(reports) : '';
  const sensitivity = options.sensitivity ?? null;
  // The reader's edits re-group the claims (the worker replays them); notes do
  // not, so they stay out of the key and the page attaches them itself.
  const edits = options.edits ?? [];
  const editsKey = encodeCorrections({ edits: [...edits], notes: [] }) ?? '';
  const compareOptions: CompareOptions = {
    ...(sensitivity === null ? {} : { sensitivity }),
    ...(edits.length > 0 ? { corrections: { edits: [...edits], notes: [] } } : {}),
  };
  const query = useQuery({
    queryKey: ['comparison', id, sensitivity, editsKey] satisfies ComparisonKey,
    queryFn: ({ signal }) => analysisClient().analyse(reports!, compareOptions, signal),
    enabled: reports !== undefined,
    retry: false,
    gcTime: 5 * 60_000,
    // A comparison is big and each run makes a new one: no deep comparison with the last.
    structuralSharing: false,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? keepPreviousData(previous) : undefined),
  });
  // Second pass: the same reports and sensitivity through the sentence model,
  // started once the lexical result is on screen (the page never waits for
  // the model to show something). Its vectors stay in the worker, so a new
  // sensitivity re-groups without encoding again.
  const lexicalReady = reports !== undefined && query.isSuccess && !query.isPlaceholderData;
  // The model loads only once the lexical result is on screen (the refine
  // query below): started alongside, its download and compilation competed
  // with the first analysis for the same two cores and delayed the first
  // highlighted sentence by seconds.
  const refined = useQuery({
    queryKey: ['comparison-refined', id, sensitivity, editsKey] as const,
    queryFn: ({ signal }) => analysisClient().refine(reports!, compareOptions, signal),
    enabled: lexicalReady,
    retry: false,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  });
  const unavailable = refined.error instanceof ModelUnavailableError;
  const useRefined = reports !== undefined && refined.isSuccess && !query.isPlaceholderData;
  // Once these reports have a refined result, a new sensitivity keeps it on
  // screen (dimmed) until the new refined one arrives, instead of flashing
  // the lexical claims in between: they differ, and the re-run is quick
  // (the vectors are cached).
  const last = useRef<{ id: string; analysis: NonNullable<typeof refined.data> } | null>(null);
  if (useRefined) last.current = { id, analysis: refined.data };
  const keepRefined = !useRefined && !refined.isError && last.current?.id === id;
  const shown = useRefined ? refined.data : keepRefined ? last.current!.analysis : query.data;
  return {
    data: reports ? shown?.comparison : undefined,
    actors: (reports ? shown?.actors : undefined) ?? NO_ACTORS,
    stale: keepRefined || query.isPlaceholderData,
    error: reports ? query.error : null,
    retry: () => void query.refetch(),
    refinement: useRefined ? 'refined' : unavailable || refined.isError ? 'unavailable' : lexicalReady || keepRefined ? 'refining' : 'idle',
    ...(refined.error ? { modelMessage: refined.error.message } : {}),
  };
}
