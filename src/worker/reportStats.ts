/**
 * What the editor shows under each report as it is entered: its size, how
 * many sentences the analysis will keep, and what cleaning will remove (with
 * the reason). Runs in the worker (it is core code). The same stages as `compareReports` (clean → segment → dedupe).
 */
import { cleanText, dedupeSentences, segmentBlocks } from '../core/index';
import type { ReportStats } from './protocol';

export type { ReportStats };
import { utf8Length } from '../share/validate';


export function reportStats(text: string): ReportStats {
  const bytes = utf8Length(text);
  if (text.trim() === '') return { bytes, sentences: 0, removed: [] };
  const cleaned = cleanText(text);
  const deduped = dedupeSentences(text, segmentBlocks(text, cleaned.blocks));
  const removed = [...cleaned.removed, ...deduped.removed].sort((a, b) => a.start - b.start);
  return { bytes, sentences: deduped.kept.length, removed };
}
