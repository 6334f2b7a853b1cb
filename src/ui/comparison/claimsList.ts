/**
 * The claims list's rows, filters, sorting and the "next shared / next unique
 * in this outlet" navigation: pure functions over a Comparison, tested in
 * claimsList.test.ts. The list component only draws what these return.
 */
import type { Claim, ClaimKind, Comparison } from '../../core/index';
import type { KindFilter } from '../view/fields';

/** How sure the links of a claim are: every link strong, or at least one merely possible. */
export type Strength = 'strong' | 'possible';

/**
 * A claim's link strength. Claims will carry an optional `strength` field; it is read defensively
 * (absent or anything but "possible" = strong), never inferred from scores.
 */
export function claimStrength(claim: Claim): Strength {
  return (claim as { strength?: string }).strength === 'possible' ? 'possible' : 'strong';
}

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

/**
 * The next (or previous) claim of a kind in one outlet's reading order, after
 * the claim `from` (its first sentence in that outlet; from its start when
 * the outlet does not state it, or when `from` is null). Null when there is none.
 */
export function nextInOutlet(
  comparison: Comparison,
  report: number,
  from: string | null,
  kind: ClaimKind,
  dir: 1 | -1 = 1,
): string | null {
  const sentences = comparison.reports[report]?.sentences;
  if (!sentences) return null;
  const kindOf = new Map(comparison.claims.map((c) => [c.id, c.kind]));
  let at = -1;
  if (from) {
    const idx = sentences.findIndex((s) => s.claim === from);
    if (idx >= 0) at = dir === 1 ? idx : sentences.findLastIndex((s) => s.claim === from);
    else {
      // Not in this outlet: start from where the claim sits in its own first outlet's order.
      const claim = comparison.claims.find((c) => c.id === from);
      const order = claim ? comparison.claims.indexOf(claim) : -1;
      const ids = comparison.claims.map((c) => c.id);
      at = sentences.findIndex((s) => ids.indexOf(s.claim) > order);
      if (at < 0) at = sentences.length;
      if (dir === 1) at -= 1;
    }
  } else if (dir === -1) at = sentences.length;
  for (let i = at + dir; i >= 0 && i < sentences.length; i += dir) {
    const c = sentences[i]!.claim;
    if (c !== from && kindOf.get(c) === kind) return c;
  }
  return null;
}
