import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportStats } from '../../worker/protocol';
import { analysisClient } from '../../worker/client';
import { fingerprint } from '../comparison/fingerprint';

const EMPTY: Omit<ReportStats, 'bytes'> = { sentences: 0, removed: [] };

/**
 * The live numbers under a report in the editor (sentences kept, what cleaning
 * removes), computed in the worker — the cleaning, segmenting and de-duplicating
 * code is core code and stays off the main bundle. While a new text is being
 * counted the last answer stays (keepPreviousData). `enabled: false` (a text
 * over the size limit) gives null.
 */
export function useReportStats(text: string, enabled: boolean): Omit<ReportStats, 'bytes'> | null {
  const blank = text.trim() === '';
  const query = useQuery({
    queryKey: ['report-stats', fingerprint(text)],
    queryFn: ({ signal }) => analysisClient().stats(text, signal),
    enabled: enabled && !blank,
    retry: false,
    gcTime: 60_000,
    placeholderData: keepPreviousData,
  });
  if (!enabled) return null;
  if (blank) return EMPTY;
  return query.data ?? null;
}
