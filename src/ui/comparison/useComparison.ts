import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Comparison, ReportInput } from '../../core/index';
import { analysisClient } from '../../worker/client';
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
}

const NO_ACTORS: PageActor[] = [];

type ComparisonKey = readonly ['comparison', string, number | null];

/**
 * `compareReports` in the Web Worker, through TanStack Query: the key is the
 * reports' fingerprint and the sensitivity, so a result comes back at once
 * from the cache when a setting returns to a value already seen. A changed
 * key cancels the run in flight (the query's signal terminates the worker).
 * The previous result is kept while the same reports are re-analysed
 * (keepPreviousData, limited to the same reports: another event starts from
 * the loading state). `reports: undefined` = idle.
 */
export function useComparison(reports: ReportInput[] | undefined, options: { sensitivity?: number } = {}): ComparisonResult {
  const id = reports ? reportsFingerprint(reports) : '';
  const sensitivity = options.sensitivity ?? null;
  const query = useQuery({
    queryKey: ['comparison', id, sensitivity] satisfies ComparisonKey,
    queryFn: ({ signal }) => analysisClient().analyse(reports!, sensitivity === null ? {} : { sensitivity }, signal),
    enabled: reports !== undefined,
    retry: false,
    gcTime: 5 * 60_000,
    // A comparison is big and each run makes a new one: no deep comparison with the last.
    structuralSharing: false,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? keepPreviousData(previous) : undefined),
  });
  return {
    data: reports ? query.data?.comparison : undefined,
    actors: (reports ? query.data?.actors : undefined) ?? NO_ACTORS,
    stale: query.isPlaceholderData,
    error: reports ? query.error : null,
    retry: () => void query.refetch(),
  };
}
