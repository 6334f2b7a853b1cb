/** The Labels lens: how each outlet names the actors. */
import type { Comparison } from '../../../core/index';
import type { LensContext, PageLens, SentenceLens } from '../types';
import { labelMarks } from './marks';

export const labelsLens = {
  id: 'labels',
  label: 'Labels',
  description: 'how each outlet names the actors',
  marks: (comparison: Comparison, reportIndex: number, ctx: LensContext) => {
    const report = comparison.reports[reportIndex]!;
    const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
    labelMarks(report, out, ctx.actors);
    return out;
  },
} as const satisfies PageLens;
