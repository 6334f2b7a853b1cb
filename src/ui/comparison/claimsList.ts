/**
 * The claims list's rows, filters and sorting: pure functions over a
 * Comparison, tested in claimsList.test.ts. The list component (a chunk of its
 * own) only draws what these return; what the columns need at once (a claim's
 * strength, the next claim of a kind in an outlet) is in claimNav.ts.
 */
import type { ClaimKind, Comparison } from '../../core/index';
import type { KindFilter } from '../view/fields';
import { claimStrength, type Strength } from './claimNav';

export interface ClaimRow {
  id: string;
  kind: ClaimKind;
  /** Reading order (the claim's position in `comparison.claims`). */
  order: number;
  /** The distinct reports that state it, ascending. */
  reports: number[];
  /** The shortest member sentence, the claim in brief. */
  text: string;
  /** Which report that sentence is from. */
  textReport: number;
  strength: Strength;
  /** The weakest link's probability (0–1); null for a unique claim (nothing linked). */
  weakest: number | null;
  /** Every member sentence, lower-cased, for the text search (the note too). */
  haystack: string;
  /** The reader changed its membership. */
  edited: boolean;
  /** The reader's note, or null. */
  note: string | null;
}

export function claimRows(comparison: Comparison): ClaimRow[] {
  return comparison.claims.map((claim, order) => {
    let text = '';
    let textReport = claim.members[0]?.report ?? 0;
    const texts: string[] = [];
    let weakest: number | null = null;
    for (const m of claim.members) {
      const s = comparison.reports[m.report]?.sentences[m.sentence];
      if (s) {
        texts.push(s.text);
        if (!text || s.text.length < text.length) {
          text = s.text;
          textReport = m.report;
        }
      }
      // A link the reader made is not the matcher's: it does not count as weak.
      if (m.match && !m.linkedByUser) weakest = weakest === null ? m.match.score : Math.min(weakest, m.match.score);
    }
    return {
      id: claim.id,
      kind: claim.kind,
      order,
      reports: [...new Set(claim.members.map((m) => m.report))].sort((a, b) => a - b),
      text,
      textReport,
      strength: claimStrength(claim),
      weakest,
      haystack: [...texts, ...(claim.note ? [claim.note] : [])].join('\n').toLowerCase(),
      edited: claim.edited === true,
      note: claim.note ?? null,
    };
  });
}

export interface ClaimFilter {
  kind: KindFilter;
  /** Report indices; null or empty = any outlet. */
  outlets: readonly number[] | null;
  /** Exactly those outlets (a combination), not also others. */
  only: boolean;
  q: string;
}

/** "0.2" (the view field) → [0, 2]; null → null. */
export function outletList(outlets: string | null | undefined): number[] | null {
  if (!outlets) return null;
  const ids = outlets.split('.').map(Number).filter((n) => Number.isInteger(n) && n >= 0);
  return ids.length > 0 ? [...new Set(ids)].sort((a, b) => a - b) : null;
}

/** [0, 2] → "0.2"; [] → null. */
export function outletField(outlets: readonly number[]): string | null {
  return outlets.length > 0 ? [...new Set(outlets)].sort((a, b) => a - b).join('.') : null;
}

export function filterRows(rows: readonly ClaimRow[], f: ClaimFilter): ClaimRow[] {
  const words = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const outlets = f.outlets && f.outlets.length > 0 ? f.outlets : null;
  return rows.filter((r) => {
    if (f.kind && r.kind !== f.kind) return false;
    if (outlets) {
      if (!outlets.every((o) => r.reports.includes(o))) return false;
      if (f.only && r.reports.length !== outlets.length) return false;
    }
    return words.every((w) => r.haystack.includes(w) || r.id === w);
  });
}

export type SortKey = 'order' | 'kind' | 'outlets' | 'text' | 'strength';
export type SortDir = 'ascending' | 'descending';

const KIND_RANK: Record<ClaimKind, number> = { shared: 0, partial: 1, unique: 2 };

export function sortRows(rows: readonly ClaimRow[], key: SortKey, dir: SortDir): ClaimRow[] {
  const cmp = (a: ClaimRow, b: ClaimRow): number => {
    switch (key) {
      case 'order':
        return a.order - b.order;
      case 'kind':
        return KIND_RANK[a.kind] - KIND_RANK[b.kind];
      case 'outlets':
        return b.reports.length - a.reports.length || a.reports.join().localeCompare(b.reports.join());
      case 'text':
        return a.text.length - b.text.length;
      case 'strength':
        // Strong before possible, then the firmer weakest link first; unique claims (no link) last.
        return (
          (a.strength === 'possible' ? 1 : 0) - (b.strength === 'possible' ? 1 : 0) ||
          (b.weakest ?? -1) - (a.weakest ?? -1)
        );
    }
  };
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || a.order - b.order);
}
