import type { Comparison } from '../../core/index';

/**
 * The selection last made, and the comparison it was made in; `anchor`, when
 * set, is the sentence to follow instead of the claim's first (after "Not the
 * same fact" on a claim's first sentence, the selection stays with the rest).
 */
export type LastSelection = { data: Comparison; claim: string; anchor?: { report: number; sentence: number } } | null;

/**
 * The claim to select in `data`, given the selection last made in an earlier
 * comparison of the same reports: the claim that now holds that claim's first
 * sentence (null if it is gone). Otherwise `claim` unchanged.
 */
export function carrySelection(
  last: LastSelection,
  data: Comparison | undefined,
  claim: string | null,
): string | null {
  if (!last || !data || last.data === data || claim !== last.claim) return claim;
  const same =
    last.data.reports.length === data.reports.length &&
    last.data.reports.every((r, i) => r.id === data.reports[i]!.id && r.text === data.reports[i]!.text);
  if (!same) return claim;
  const anchor = last.anchor ?? last.data.claims.find((c) => c.id === last.claim)?.members[0];
  if (!anchor) return null;
  return data.reports[anchor.report]?.sentences[anchor.sentence]?.claim ?? null;
}

