/** The Facts lens: numbers, sums of money and dates, and who else gives them. */
import type { Comparison } from '../../../core/index';
import type { PageLens, SentenceLens } from '../types';
import { factMarks } from './marks';

export const factsLens = {
  id: 'facts',
  label: 'Facts',
  description: 'numbers, sums of money and dates, and who else gives them',
  marks: (comparison: Comparison, reportIndex: number) => {
    const report = comparison.reports[reportIndex]!;
    const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
    factMarks(comparison, reportIndex, out);
    return out;
  },
} as const satisfies PageLens;
