/** Facts: numbers, sums of money and dates, outlined with ≠ where outlets contradict each other. */
import type { Comparison, Fact, FactDiscrepancy, FactRow } from '../../../core/index';
import { outletNamer, quoted, span } from '../shared';
import type { MarkStyle } from '../style';
import type { SentenceLens } from '../types';

export type FactMark = 'number' | 'money' | 'date';

export function factStyle(kind: FactMark): MarkStyle {
  switch (kind) {
    case 'number':
      return {
        label: 'Number',
        className: 'bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-solid decoration-2 underline-offset-[4px]',
        cue: 'solid underline',
      };
    case 'money':
      return {
        label: 'Money',
        className: 'bg-lime-100 text-lime-950 underline decoration-lime-700 decoration-double decoration-[1.5px] underline-offset-[4px]',
        cue: 'double underline',
      };
    case 'date':
      return {
        label: 'Date',
        className: 'bg-cyan-100 text-cyan-950 underline decoration-cyan-700 decoration-dashed decoration-2 underline-offset-[4px]',
        cue: 'dashed underline',
      };
  }
}

export const FACT_MARKS: readonly FactMark[] = ['number', 'money', 'date'];

/** A fact whose value other outlets contradict. */
export const DISCREPANCY_CLASS = 'ring-2 ring-red-600 ring-inset';

export function factMarkOf(fact: Fact): FactMark | null {
  switch (fact.kind) {
    case 'count':
    case 'percent':
      return 'number';
    case 'money':
      return 'money';
    case 'date':
      return 'date';
    case 'person':
    case 'organization':
    case 'place':
      return null;
  }
}

/** The discrepancy a fact takes part in, if any (same kind, same counted noun or dated event, this report among them). */
export function discrepancyOf(fact: Fact, reportId: string, discrepancies: readonly FactDiscrepancy[]): FactDiscrepancy | undefined {
  if (!fact.what) return undefined;
  const what = fact.what.toLowerCase();
  return discrepancies.find(
    (d) =>
      d.kind === fact.kind &&
      (what === d.what.toLowerCase() || what.endsWith(` ${d.what.toLowerCase()}`)) &&
      d.values.some((v) => v.report === reportId),
  );
}

export function describeDiscrepancy(d: FactDiscrepancy, outletOf: (id: string) => string): string {
  const values = d.values.map((v) => `${outletOf(v.report)} ${v.values.join(', ')}`).join('; ');
  return `Outlets disagree on “${d.what}”: ${values}.`;
}

/** "Number: 32, counts “artillery piece”." and the like. */
export function describeFact(fact: Fact, words: string): string {
  const q = fact.qualifier ? ` (${fact.qualifier.replace(/-/g, ' ')})` : '';
  switch (fact.kind) {
    case 'count':
      return `${quoted(words)}: number ${Number(fact.value).toLocaleString('en-US')}${q}${fact.what ? `, counts “${fact.what}”` : ''}`;
    case 'percent':
      return `${quoted(words)}: ${fact.value}%${q}${fact.what ? ` of “${fact.what}”` : ''}`;
    case 'money':
      return `${quoted(words)}: money, ${Number(fact.value).toLocaleString('en-US')} ${(fact.what ?? '').toUpperCase()}${q}`.trim();
    case 'date':
      return `${quoted(words)}: date ${fact.value}${fact.what ? `, dates “${fact.what}”` : ''}`;
    case 'person':
    case 'organization':
    case 'place':
      return `${quoted(words)}: ${fact.kind} ${fact.value}`;
  }
}

export function factMarks(comparison: Comparison, reportIndex: number, out: SentenceLens[]) {
  const report = comparison.reports[reportIndex]!;
  const outletOf = outletNamer(comparison);
  const rowOf = new Map(comparison.facts.rows.map((r) => [r.key, r]));
  const col = comparison.facts.reports.indexOf(report.id);
  for (const f of report.framing.facts) {
    const kind = factMarkOf(f);
    const s = out[f.sentence];
    if (!kind || !s) continue;
    const words = report.text.slice(f.start, f.end);
    const row = rowOf.get(f.key);
    const others = row
      ? row.cells.flatMap((cell, i) => (i !== col && cell.length > 0 ? [outletOf(comparison.facts.reports[i]!)] : []))
      : [];
    const lines = [
      describeFact(f, words),
      others.length > 0 ? `Also given by ${others.join(', ')}.` : 'No other outlet gives this figure.',
    ];
    const d = discrepancyOf(f, report.id, comparison.facts.discrepancies);
    if (d) lines.push(`⚠ ${describeDiscrepancy(d, outletOf)}`);
    s.marks.push({
      ...span(f),
      kind,
      flag: d ? 'discrepancy' : undefined,
      className: `${factStyle(kind).className} ${d ? DISCREPANCY_CLASS : ''}`.trim(),
      tag: d ? '≠' : undefined,
      explain: lines,
    });
  }
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

const figuresOf = new WeakMap<Comparison, FigureRow[]>();
/** The figure rows of a comparison, computed once (every outlet's section reads them). */
export function figuresFor(comparison: Comparison): FigureRow[] {
  let rows = figuresOf.get(comparison);
  if (!rows) {
    rows = figureRows(comparison, 'figures');
    figuresOf.set(comparison, rows);
  }
  return rows;
}

/** The lens's marks per sentence of one report (same indices): its LensView's `marks` (view.tsx). */
export function lensMarks(comparison: Comparison, reportIndex: number): SentenceLens[] {
  const report = comparison.reports[reportIndex]!;
  const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
  factMarks(comparison, reportIndex, out);
  return out;
}
