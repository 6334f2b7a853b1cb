import type { LoadedCategory, ReportResult } from '../core/types';

export const LOADED_CATEGORIES: readonly LoadedCategory[] = ['loaded', 'hedge', 'distancing', 'intensifier'];

/** One outlet's framing in words: who is quoted, how much, and its loaded words, as plain strings. */
export interface FramingLines {
  voices: string[];
  quoteShare: string;
  actors: { name: string; labels: string[] }[];
  loadedCounts: string;
  loadedTerms: string[];
}

export function framingLines(report: ReportResult): FramingLines {
  const f = report.framing;
  const byCategory = f.loaded.byCategory;
  return {
    voices: f.voices.summary.speakers.map(
      (s) => `${s.name}${s.role ? ` (${s.role})` : ''} ×${s.sentences}${s.quoted ? `, ${s.quoted} quoted` : ''}`,
    ),
    quoteShare: `${Math.round(f.voices.summary.quoteShare * 100)}% of the text is direct quotation`,
    actors: f.actors.actors.map((a) => ({ name: a.name, labels: a.labels.map((l) => `${l.label}${l.tone === 'loaded' ? ' (loaded)' : ''} ×${l.count}`) })),
    loadedCounts: LOADED_CATEGORIES.map((c) => `${c} ${byCategory[c] ?? 0}`).join(', '),
    loadedTerms: f.loaded.terms.map((t) => `${t.term} (${t.category}${t.quoted ? `, ${t.quoted} quoted` : ''}) ×${t.count}`),
  };
}
