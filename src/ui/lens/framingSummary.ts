/** Pure helpers for the Framing summary panel. */
import type { Comparison, FactRow, LoadedCategory } from '../../core/index';
import { discrepancyOf, factMarkOf } from './marks';

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
  return report.framing.loaded.terms.map((t) => ({
    term: t.term,
    words: [...(forms.get(t.term) ?? [t.term])].join(' / '),
    category: t.category,
    count: t.count,
    quoted: t.quoted,
    explain: t.explain,
  }));
}

export interface FigureRow {
  row: FactRow;
  /** As the first outlet that gives it writes it ("$625 million", "December 3, 1997"). */
  text: string;
  /** Outlets giving a value that another outlet contradicts, by report index. */
  disputed: boolean[];
  /** What the discrepancy says, when there is one. */
  dispute?: { what: string; values: { report: string; values: string[] }[] };
}

/** The matrix's rows of figures (numbers, money, dates) or of names (people, organisations, places). */
export function figureRows(comparison: Comparison, which: 'figures' | 'names'): FigureRow[] {
  const m = comparison.facts;
  const textOf = new Map(comparison.reports.map((r) => [r.id, r.text]));
  return m.rows
    .filter((row) => (factMarkOf({ kind: row.kind } as never) === null) === (which === 'names'))
    .map((row) => {
      const first = row.cells.findIndex((c) => c.length > 0);
      const fact = row.cells[first]?.[0];
      const text = fact ? (textOf.get(m.reports[first]!) ?? '').slice(fact.start, fact.end) : row.label;
      let dispute: FigureRow['dispute'];
      const disputed = row.cells.map((cell, i) =>
        cell.some((f) => {
          const d = discrepancyOf(f, m.reports[i]!, m.discrepancies);
          if (d) dispute = { what: d.what, values: d.values };
          return !!d;
        }),
      );
      return { row, text: text.replace(/\s+/g, ' ') || row.label, disputed, dispute };
    });
}
