/** Loaded language: loaded, hedging, distancing and intensifying words, each with its own underline. */
import type { Comparison, LoadedCategory, ReportResult } from '../../../core/index';
import { quoted, span } from '../shared';
import type { MarkStyle } from '../style';
import type { SentenceLens } from '../types';

export function loadedStyle(category: LoadedCategory): MarkStyle {
  switch (category) {
    case 'loaded':
      return {
        label: 'Loaded',
        className: 'bg-rose-100 text-rose-950 underline decoration-rose-600 decoration-wavy decoration-[1.5px] underline-offset-[4px]',
        cue: 'wavy underline',
      };
    case 'hedge':
      return {
        label: 'Hedge',
        className: 'bg-sky-100 text-sky-950 underline decoration-sky-600 decoration-dashed decoration-2 underline-offset-[4px]',
        cue: 'dashed underline',
      };
    case 'distancing':
      return {
        label: 'Distancing',
        className: 'bg-fuchsia-100 text-fuchsia-950 underline decoration-fuchsia-600 decoration-dotted decoration-2 underline-offset-[4px]',
        cue: 'dotted underline',
      };
    case 'intensifier':
      return {
        label: 'Intensifier',
        className: 'bg-amber-100 text-amber-950 underline decoration-amber-600 decoration-double decoration-[1.5px] underline-offset-[4px]',
        cue: 'double underline',
      };
  }
}

export const LOADED_CATEGORIES: readonly LoadedCategory[] = ['loaded', 'hedge', 'distancing', 'intensifier'];

export function loadedMarks(report: ReportResult, out: SentenceLens[]) {
  const explainOf = new Map([...report.framing.loaded.terms, ...(report.framing.loaded.evaluativeTerms ?? [])].map((t) => [t.term, t.explain]));
  for (const h of report.framing.loaded.hits) {
    const s = out[h.sentence];
    if (!s) continue;
    const style = loadedStyle(h.category);
    const words = report.text.slice(h.start, h.end);
    const whose = h.voice === 'speaker' || h.inQuote
      ? `Inside a quotation: the words of ${h.speaker ?? 'an unnamed speaker'}, not the outlet’s.`
      : h.speaker
        ? `In a sentence reporting ${h.speaker}, in the outlet’s wording.`
        : 'In the outlet’s own voice.';
    s.marks.push({
      ...span(h),
      kind: h.category,
      flag: h.inQuote ? 'quoted' : undefined,
      className: style.className,
      // The hit's own explanation first (AFINN words and scare quotes carry one), then the lexicon's.
      explain: [`${quoted(words)}: ${h.kind ?? style.label.toLowerCase()} — ${h.explain ?? explainOf.get(h.term) ?? ''}`.trim(), whose],
    });
  }
}

export interface WordUse {
  term: string;
  /** The words as the report writes them ("escalation / escalatory"). */
  words: string;
  category: LoadedCategory;
  count: number;
  quoted: number;
  explain: string;
}

/** A report's loaded and hedging words, most frequent first, with the forms it uses. */
export function wordUses(comparison: Comparison, reportIndex: number): WordUse[] {
  const report = comparison.reports[reportIndex];
  if (!report) return [];
  const forms = new Map<string, Set<string>>();
  for (const h of report.framing.loaded.hits) {
    const set = forms.get(h.term) ?? new Set<string>();
    set.add(report.text.slice(h.start, h.end).toLowerCase().replace(/\s+/g, ' '));
    forms.set(h.term, set);
  }
  // Curated words first, then the AFINN-165 evaluative words (a statistical list).
  return [...report.framing.loaded.terms, ...(report.framing.loaded.evaluativeTerms ?? [])].map((t) => ({
    term: t.term,
    words: [...(forms.get(t.term) ?? [t.term])].join(' / '),
    category: t.category,
    count: t.count,
    quoted: t.quoted,
    explain: t.explain,
  }));
}

/** The lens's marks per sentence of one report (same indices): its LensView's `marks` (view.tsx). */
export function lensMarks(comparison: Comparison, reportIndex: number): SentenceLens[] {
  const report = comparison.reports[reportIndex]!;
  const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
  loadedMarks(report, out);
  return out;
}
