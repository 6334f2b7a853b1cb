/**
 * A claim's link strength and the "next shared / next unique in this outlet"
 * navigation: pure functions over a Comparison (tested in claimsList.test.ts),
 * apart from claimsList.ts so that the page loads them without the claims
 * list's rows, filters and sorting.
 */
import type { Claim, ClaimKind, Comparison } from '../../core/index';

/** How sure the links of a claim are: every link strong, or at least one merely possible. */
export type Strength = 'strong' | 'possible';

/**
 * A claim's link strength. Claims will carry an optional `strength` field; it is read defensively
 * (absent or anything but "possible" = strong), never inferred from scores.
 */
export function claimStrength(claim: Claim): Strength {
  return (claim as { strength?: string }).strength === 'possible' ? 'possible' : 'strong';
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
