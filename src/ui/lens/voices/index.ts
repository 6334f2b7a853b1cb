/** The Voices lens: who is quoted or cited, and what the outlet says in its own voice. */
import type { Comparison } from '../../../core/index';
import type { PageLens, SentenceLens } from '../types';
import { voiceMarks } from './marks';

export const voicesLens = {
  id: 'voices',
  label: 'Voices',
  description: 'who is quoted or cited, and what the outlet says in its own voice',
  marks: (comparison: Comparison, reportIndex: number) => {
    const report = comparison.reports[reportIndex]!;
    const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
    voiceMarks(report, out);
    return out;
  },
} as const satisfies PageLens;
