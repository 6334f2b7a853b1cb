/**
 * Notes on claims, attached to a finished Comparison. A note names a sentence
 * (its claim's first sentence when it was written) and goes to whatever
 * claim holds that sentence now — found as edits/apply.ts finds sentences: by
 * index and fingerprint, or by a fingerprint exactly one sentence of the
 * report has.
 *
 * Kept apart from the analysis on purpose: the page attaches notes itself
 * (this module is light enough for its main thread), so typing a note never
 * re-runs the analysis; the analyzer calls the same function, so the command
 * line and the page put a note on the same claim.
 */
import type { Comparison } from '../types';
import { fingerprint, type ClaimNote, type SentenceKey } from './format';

/** The sentence index a key names in this comparison, or null when it is not there. */
export function locate(comparison: Pick<Comparison, 'reports'>, key: SentenceKey): number | null {
  const sentences = comparison.reports[key.report]?.sentences;
  if (!sentences) return null;
  const at = sentences[key.sentence];
  if (at && fingerprint(at.text) === key.hash) return key.sentence;
  let found: number | null = null;
  for (let i = 0; i < sentences.length; i++) {
    if (fingerprint(sentences[i]!.text) !== key.hash) continue;
    if (found !== null) return null; // two candidates: do not guess
    found = i;
  }
  return found;
}

export interface AttachedNotes {
  /** Claim id → its note text (several notes on one claim joined by a blank line). */
  byClaim: Map<string, string>;
  applied: ClaimNote[];
  stale: ClaimNote[];
}

/** Which claim each note belongs to. */
export function resolveNotes(comparison: Pick<Comparison, 'reports'>, notes: readonly ClaimNote[]): AttachedNotes {
  const byClaim = new Map<string, string>();
  const applied: ClaimNote[] = [];
  const stale: ClaimNote[] = [];
  for (const note of notes) {
    const s = locate(comparison, note.s);
    const claim = s === null ? undefined : comparison.reports[note.s.report]!.sentences[s]!.claim;
    if (!claim) {
      stale.push(note);
      continue;
    }
    applied.push(note);
    const before = byClaim.get(claim);
    byClaim.set(claim, before === undefined ? note.text : `${before}\n\n${note.text}`);
  }
  return { byClaim, applied, stale };
}

/**
 * The comparison with its notes: each claim's `note`, `notes` (those that
 * found a claim) and stale notes in `stale.notes`. Returns a new object; the
 * input is not changed. No notes: the comparison as it was.
 */
export function attachNotes(comparison: Comparison, notes: readonly ClaimNote[]): Comparison {
  const base = comparison.stale ? { ...comparison.stale, notes: [] as ClaimNote[] } : undefined;
  const out: Comparison = { ...comparison, claims: comparison.claims.map(({ note: _note, ...c }) => c) };
  delete out.notes;
  if (base && base.edits.length === 0 && base.unreadable === 0) delete out.stale;
  else if (base) out.stale = base;
  if (notes.length === 0) return out;
  const { byClaim, applied, stale } = resolveNotes(comparison, notes);
  out.claims = out.claims.map((c) => (byClaim.has(c.id) ? { ...c, note: byClaim.get(c.id)! } : c));
  if (applied.length > 0) out.notes = applied;
  if (stale.length > 0) out.stale = { edits: base?.edits ?? [], notes: stale, unreadable: base?.unreadable ?? 0 };
  return out;
}
