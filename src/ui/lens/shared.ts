/** Small helpers the lenses share. */
import type { Comparison } from '../../core/index';
import type { MarkSpan } from './runs';

export const quoted = (s: string) => `“${s}”`;

export function span(s: MarkSpan): MarkSpan {
  return { start: s.start, end: s.end };
}

export function outletNamer(comparison: Comparison): (id: string) => string {
  const names = new Map(comparison.reports.map((r) => [r.id, r.outlet]));
  return (id) => names.get(id) ?? id;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
