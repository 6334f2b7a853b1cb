/**
 * The reader's corrections as pure operations on the view's list (core/edits
 * does the replay): build the edit a panel button means, undo and redo, set a
 * claim's note, drop what no longer applies. Pure and table-tested
 * (corrections.test.ts); useCorrections.ts wires them to the view.
 */
import type { Claim, ClaimNote, Comparison, Corrections, Edit } from '../../core/index';
import { encodeCorrections, keyOf, NO_CORRECTIONS } from '../../core/edits/format';
import { locate } from '../../core/edits/notes';

/** The key of a sentence of this comparison. */
export function sentenceKey(comparison: Comparison, report: number, sentence: number) {
  return keyOf(report, sentence, comparison.reports[report]!.sentences[sentence]!.text);
}

/** "Not the same fact": this member stands alone. */
export function detachEdit(comparison: Comparison, report: number, sentence: number): Edit {
  return { op: 'detach', s: sentenceKey(comparison, report, sentence) };
}

/** "Link a sentence": (report, sentence) joins `claim`. Null when it is already there. */
export function linkEdit(comparison: Comparison, claim: Claim, report: number, sentence: number): Edit | null {
  if (claim.members.some((m) => m.report === report && m.sentence === sentence)) return null;
  const anchor = claim.members[0]!;
  return { op: 'link', s: sentenceKey(comparison, report, sentence), to: sentenceKey(comparison, anchor.report, anchor.sentence) };
}

/** "Merge with another claim": the claim holding (report, sentence) and `claim` become one. Null when it is the same claim. */
export function mergeEdit(comparison: Comparison, claim: Claim, report: number, sentence: number): Edit | null {
  if (comparison.reports[report]?.sentences[sentence]?.claim === claim.id) return null;
  const anchor = claim.members[0]!;
  return { op: 'merge', a: sentenceKey(comparison, anchor.report, anchor.sentence), b: sentenceKey(comparison, report, sentence) };
}

/** "Split claim": these members (indices into claim.members) leave together. Null when none or all are picked. */
export function splitEdit(comparison: Comparison, claim: Claim, members: readonly number[]): Edit | null {
  const picked = [...new Set(members)].filter((i) => i >= 0 && i < claim.members.length).sort((a, b) => a - b);
  if (picked.length === 0 || picked.length === claim.members.length) return null;
  return { op: 'split', s: picked.map((i) => sentenceKey(comparison, claim.members[i]!.report, claim.members[i]!.sentence)) };
}

export interface History {
  corrections: Corrections;
  /** Edits undone, most recent last (what Redo puts back). */
  redo: Edit[];
}

export function applyEdit(h: History, edit: Edit): History {
  return { corrections: { ...h.corrections, edits: [...h.corrections.edits, edit] }, redo: [] };
}

export function undo(h: History): History {
  const last = h.corrections.edits[h.corrections.edits.length - 1];
  if (!last) return h;
  return { corrections: { ...h.corrections, edits: h.corrections.edits.slice(0, -1) }, redo: [...h.redo, last] };
}

export function redo(h: History): History {
  const next = h.redo[h.redo.length - 1];
  if (!next) return h;
  return { corrections: { ...h.corrections, edits: [...h.corrections.edits, next] }, redo: h.redo.slice(0, -1) };
}

/**
 * The claim's note set to `text`: the notes that belong to this claim now are
 * replaced by one on its first sentence (empty text removes them).
 */
export function setNote(comparison: Comparison, corrections: Corrections, claim: Claim, text: string): Corrections {
  const claimOf = (n: ClaimNote) => {
    const s = locate(comparison, n.s);
    return s === null ? null : comparison.reports[n.s.report]!.sentences[s]!.claim;
  };
  const others = corrections.notes.filter((n) => claimOf(n) !== claim.id);
  const anchor = claim.members[0]!;
  const notes = text.trim() === '' ? others : [...others, { s: sentenceKey(comparison, anchor.report, anchor.sentence), text }];
  return notes.length === 0 && corrections.edits.length === 0 ? NO_CORRECTIONS : { edits: corrections.edits, notes };
}

/** The corrections without the stale edits and notes a comparison reported (matched by their encoding). */
export function withoutStale(corrections: Corrections, stale: Pick<Corrections, 'edits' | 'notes'>): Corrections {
  const code = (c: Corrections) => encodeCorrections(c) ?? '';
  const staleEdits = new Set(stale.edits.map((e) => code({ edits: [e], notes: [] })));
  const staleNotes = new Set(stale.notes.map((n) => code({ edits: [], notes: [n] })));
  const edits = corrections.edits.filter((e) => !staleEdits.has(code({ edits: [e], notes: [] })));
  const notes = corrections.notes.filter((n) => !staleNotes.has(code({ edits: [], notes: [n] })));
  return edits.length === 0 && notes.length === 0 ? NO_CORRECTIONS : { edits, notes };
}

/** "2 corrections no longer apply to these reports and were dropped." */
export function staleMessage(edits: number, notes: number, unreadable = 0): string | null {
  const parts: string[] = [];
  if (edits > 0) parts.push(`${edits} ${edits === 1 ? 'correction' : 'corrections'}`);
  if (notes > 0) parts.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
  const lost = parts.length ? `${parts.join(' and ')} no longer ${edits + notes === 1 ? 'applies' : 'apply'} to these reports (${edits + notes === 1 ? 'the sentence it names has' : 'the sentences they name have'} changed) and ${edits + notes === 1 ? 'was' : 'were'} dropped.` : '';
  const bad = unreadable > 0 ? `${unreadable} ${unreadable === 1 ? 'correction in the link was' : 'corrections in the link were'} unreadable and left out.` : '';
  return [lost, bad].filter(Boolean).join(' ') || null;
}
