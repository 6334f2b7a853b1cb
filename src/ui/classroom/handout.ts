/**
 * What the printed handout says, as plain data (Handout.tsx lays it out):
 * the outlets, the counts, the claims grouped by kind with each outlet's
 * sentence cut into runs (the words only that outlet uses marked), the
 * user's note or edit mark on a claim, and the framing summary per outlet.
 * Pure. Loaded with the handout, never in the main bundle.
 */
import type { ClaimKind, Comparison } from '../../core/index';
import { framingLines, type FramingLines } from '../../export/framing';
import { claimEdited, claimNote, memberPieces, plural } from '../../export/text';
import { claimStrength } from '../comparison/claimNav';

export const HANDOUT_KINDS: readonly ClaimKind[] = ['shared', 'partial', 'unique'];

export const KIND_HEADING: Record<ClaimKind, string> = {
  shared: 'Shared claims',
  partial: 'Partial claims',
  unique: 'Unique claims',
};

/** The short explanation at the top of the handout (also the list's order). */
export const KIND_EXPLANATION: Record<ClaimKind, string> = {
  shared: 'every outlet states this fact.',
  partial: 'some outlets state it, at least one leaves it out.',
  unique: 'only one outlet states it.',
};

export interface HandoutMember {
  outlet: string;
  pieces: { text: string; differing: boolean }[];
}

export interface HandoutClaim {
  id: string;
  kind: ClaimKind;
  /** Which outlets state it: "Outlet A, Outlet C". */
  statedBy: string;
  /** For a partial claim: the outlets that leave it out. */
  missing: string[];
  members: HandoutMember[];
  note?: string;
  edited: boolean;
  /** A link in it is only possible (the page's "possible match — check"). */
  possible: boolean;
}

export interface HandoutOutlet {
  label: string;
  details: string;
}

export interface HandoutModel {
  outlets: HandoutOutlet[];
  totals: string;
  groups: { kind: ClaimKind; claims: HandoutClaim[] }[];
  framing: { outlet: string; lines: FramingLines }[];
}

/**
 * The handout of a comparison as the page shows it (with names hidden, the
 * comparison given is already the hidden one: its outlets are "Outlet A", …).
 * `meta` carries the user's notes and edits where the claims do not.
 */
export function handoutModel(comparison: Comparison, meta: { notes?: Record<string, string>; edits?: readonly string[] } = {}): HandoutModel {
  const labels = comparison.reports.map((r) => r.outlet);
  const outlets = comparison.reports.map((r, i) => ({
    label: labels[i]!,
    details: [r.date ?? '', r.machineTranslated ? 'machine-translated' : '', plural(r.sentences.length, 'sentence')].filter(Boolean).join(', '),
  }));
  const s = comparison.summary.claims;
  const totals = `${plural(comparison.claims.length, 'claim')}: ${s.shared} shared, ${s.partial} partial, ${s.unique} unique.`;
  const groups = HANDOUT_KINDS.map((kind) => ({
    kind,
    claims: comparison.claims
      .filter((c) => c.kind === kind)
      .map((claim): HandoutClaim => {
        const inClaim = [...new Set(claim.members.map((m) => m.report))];
        const note = claimNote(claim, meta);
        return {
          id: claim.id,
          kind,
          statedBy: inClaim.map((r) => labels[r] ?? `Report ${r + 1}`).join(', '),
          missing: kind === 'partial' ? labels.filter((_l, i) => !inClaim.includes(i)) : [],
          members: claim.members.map((m) => ({
            outlet: labels[m.report] ?? `Report ${m.report + 1}`,
            pieces: memberPieces(claim, m, comparison) ?? [{ text: '(missing sentence)', differing: false }],
          })),
          ...(note ? { note } : {}),
          edited: claimEdited(claim, meta),
          possible: claimStrength(claim) === 'possible',
        };
      }),
  }));
  const framing = comparison.reports.map((r, i) => ({ outlet: labels[i]!, lines: framingLines(r) }));
  return { outlets, totals, groups, framing };
}
