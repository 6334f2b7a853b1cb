/**
 * What a lens marks in a report's sentences, with the explanation a reader
 * gets on hover or focus. Pure: Comparison in, plain data out. Each lens's
 * own rules live in its folder (voices/, labels/, loaded/, facts/).
 */
import type { Comparison } from '../../core/index';
import type { LensContext, LensView, SentenceLens } from './types';

export type { LensMark, SentenceLens } from './types';

const NO_CONTEXT: LensContext = { actors: [] };

/**
 * Per sentence of the report (same indices): the lens's marks and notes (`marks`: its LensView's, views.ts;
 * undefined for the claims lens: empty).
 */
export function reportLens(comparison: Comparison, reportIndex: number, marks: LensView['marks'], ctx: LensContext = NO_CONTEXT): SentenceLens[] {
  const report = comparison.reports[reportIndex];
  if (!report || !marks) return [];
  const out = marks(comparison, reportIndex, ctx);
  // A mark belongs to its sentence only where it overlaps it (a speaker named in the sentence that closes a
  // long quotation is not marked in the sentences before); the renderer clips what crosses the boundary.
  out.forEach((s, i) => {
    const { start, end } = report.sentences[i]!;
    s.marks = s.marks.filter((m) => m.end > start && m.start < end).sort((a, b) => a.start - b.start || b.end - a.end);
  });
  return out;
}
