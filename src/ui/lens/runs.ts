/**
 * Cutting a sentence into runs at the offsets of lens marks, for display as
 * React text nodes (never HTML). Pure.
 */

/** A marked range of the report's text (offsets into the original text, like every core offset). */
export interface MarkSpan {
  start: number;
  end: number;
}

export interface Run<M extends MarkSpan> {
  /** The run's text (`text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** The marks covering the whole run, outermost (longest) first; empty for plain text. */
  marks: M[];
}

/**
 * The text of `[from, to)` (a sentence) cut at every mark boundary inside it.
 * Marks are clipped to the range (a mark crossing the sentence boundary keeps
 * only its part inside); empty, inverted or outside marks are ignored. Marks
 * may overlap or nest: each run lists every mark that covers it, longest first
 * (ties: earlier start, then input order). Runs tile `[from, to)` exactly, and
 * neighbouring runs with the same marks are merged.
 */
export function splitRuns<M extends MarkSpan>(text: string, from: number, to: number, marks: readonly M[]): Run<M>[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  if (hi === lo) return [];
  const clipped: { mark: M; start: number; end: number; order: number }[] = [];
  marks.forEach((mark, order) => {
    if (!Number.isFinite(mark.start) || !Number.isFinite(mark.end)) return;
    const start = Math.max(lo, mark.start);
    const end = Math.min(hi, mark.end);
    if (end > start) clipped.push({ mark, start, end, order });
  });
  const cuts = new Set<number>([lo, hi]);
  for (const c of clipped) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Outermost first: longer original mark first, then earlier start, then input order.
  clipped.sort(
    (a, b) => b.mark.end - b.mark.start - (a.mark.end - a.mark.start) || a.mark.start - b.mark.start || a.order - b.order,
  );
  const runs: Run<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = clipped.filter((c) => c.start <= start && c.end >= end).map((c) => c.mark);
    const last = runs[runs.length - 1];
    if (last && last.end === start && sameMarks(last.marks, covering)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      runs.push({ text: text.slice(start, end), start, end, marks: covering });
    }
  }
  return runs;
}

function sameMarks<M>(a: readonly M[], b: readonly M[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
