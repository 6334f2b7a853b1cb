/** The Loaded language lens. */
import type { Comparison } from '../../../core/index';
import type { PageLens, SentenceLens } from '../types';
import { loadedMarks } from './marks';

export const loadedLens = {
  id: 'loaded',
  label: 'Loaded language',
  description: 'loaded, hedging, distancing and intensifying words',
  marks: (comparison: Comparison, reportIndex: number) => {
    const report = comparison.reports[reportIndex]!;
    const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
    loadedMarks(report, out);
    return out;
  },
} as const satisfies PageLens;
