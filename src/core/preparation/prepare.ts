/**
 * One report's preparation: clean → segment → dedupe, in its language.
 * Pre-split sentences are used exactly as given (the evaluation sets score by
 * their indices): joined by "\n" so offsets still point into one text.
 */
import { allBundledProfiles, DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import type { Removal, ReportInput, Span } from '../types';
import { cleanText } from './clean';
import { dedupeSentences } from './dedupe';
import { segmentBlocks } from './segment';

export interface PreparedReport {
  text: string;
  spans: Span[];
  removed: Removal[];
}

/**
 * `profile`: the report's language; `furniture`: the profiles whose page
 * furniture (month names, timestamp words) cleaning recognises — every
 * bundled one by default, since a translated page keeps its original's header.
 */
export function prepareReport(
  report: Partial<ReportInput>,
  profile: LanguageProfile = DEFAULT_PROFILE,
  furniture: readonly LanguageProfile[] = allBundledProfiles(),
): PreparedReport {
  if (report.sentences) {
    const spans: Span[] = [];
    let pos = 0;
    for (const s of report.sentences) {
      spans.push({ start: pos, end: pos + s.length });
      pos += s.length + 1;
    }
    return { text: report.sentences.join('\n'), spans, removed: [] };
  }
  const text = report.text ?? '';
  const cleaned = cleanText(text, furniture);
  const deduped = dedupeSentences(text, segmentBlocks(text, cleaned.blocks, profile), profile);
  const removed = [...cleaned.removed, ...deduped.removed].sort((a, b) => a.start - b.start);
  return { text, spans: deduped.kept, removed };
}
