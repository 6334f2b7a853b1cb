/**
 * The reader's corrections on the comparison page: the list lives in the view
 * (address, link, file: view/fields.ts `corrections`), the redo stack in
 * memory; the worker replays the edits (core/edits/apply.ts) and the page
 * attaches the notes itself (core/edits/notes.ts), so typing a note never
 * re-runs the analysis. Also: picking a sentence for "Link a sentence" or
 * "Merge with another claim", Ctrl+Z / Ctrl+Shift+Z, and the notice when a
 * link's corrections no longer apply.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, Comparison, Corrections, Edit } from '../../core/index';
import { encodeCorrections, NO_CORRECTIONS } from '../../core/edits/format';
import { attachNotes, resolveNotes } from '../../core/edits/notes';
import { applyEdit, linkEdit, mergeEdit, redo as redoOf, setNote as withNote, staleMessage, undo as undoOf, withoutStale } from './corrections';
import type { ComparisonView, SetComparisonView } from './types';

export type PickMode = 'link' | 'merge';

export interface CorrectionsState {
  corrections: Corrections;
  /** The comparison with the notes attached. */
  data: Comparison | undefined;
  /**
   * The comparison as analysed: edits are built on it (their fingerprints are of the real sentences, not
   * of a view that masks outlet names).
   */
  source: Comparison | undefined;
  /** Make an edit; `follow`: the sentence whose claim stays selected afterwards (default: the claim's first). */
  edit: (edit: Edit | null, message: string, follow?: { report: number; sentence: number }) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  setNote: (claim: Claim, text: string) => void;
  picking: { mode: PickMode; claim: string } | null;
  startPicking: (mode: PickMode, claim: string) => void;
  cancelPicking: () => void;
  /** A sentence chosen while picking: link it into / merge its claim with the claim being corrected. */
  pick: (claim: Claim, report: number, sentence: number) => void;
  /** What the last action did, for a status line read out by screen readers. */
  status: string;
  /** Claim ids the reader edited, and those with a note. */
  edited: ReadonlySet<string>;
  noted: ReadonlySet<string>;
}

interface Args {
  view: ComparisonView;
  setView: SetComparisonView;
  /** The analysis on screen (it may be a previous one, of other edits, kept while the new one runs). */
  raw: Comparison | undefined;
  onNotice: (message: string | null) => void;
}

export function useCorrections({ view, setView, raw, onNotice }: Args): CorrectionsState {
  const corrections = view.corrections ?? NO_CORRECTIONS;
  // Is `raw` the replay of exactly these edits? (Its applied and stale edits partition what it was given.)
  const rawIsCurrent = !!raw && sameEdits([...(raw.edits ?? []), ...(raw.stale?.edits ?? [])], corrections.edits);
  const [redoStack, setRedo] = useState<Edit[]>([]);
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState<{ mode: PickMode; claim: string } | null>(null);

  // The latest list, for callbacks that run after a re-render they did not see.
  const latest = useRef(corrections);
  latest.current = corrections;
  const write = useCallback((next: Corrections) => setView({ corrections: next }), [setView]);

  const edit = useCallback(
    (e: Edit | null, message: string) => {
      if (!e) return;
      const h = applyEdit({ corrections: latest.current, redo: [] }, e);
      write(h.corrections);
      setRedo([]);
      setStatus(message);
      setPicking(null);
    },
    [write],
  );
  const undo = useCallback(() => {
    const h = undoOf({ corrections: latest.current, redo: redoStack });
    if (h.corrections === latest.current) return;
    write(h.corrections);
    setRedo(h.redo);
    setStatus('Correction undone.');
  }, [redoStack, write]);
  const redo = useCallback(() => {
    const h = redoOf({ corrections: latest.current, redo: redoStack });
    if (h.corrections === latest.current) return;
    write(h.corrections);
    setRedo(h.redo);
    setStatus('Correction redone.');
  }, [redoStack, write]);

  const data = useMemo(() => (raw && corrections.notes.length > 0 ? attachNotes(raw, corrections.notes) : raw), [raw, corrections.notes]);

  const setNote = useCallback(
    (claim: Claim, text: string) => {
      if (!raw) return;
      write(withNote(raw, latest.current, claim, text));
    },
    [raw, write],
  );

  const pick = useCallback(
    (claim: Claim, report: number, sentence: number) => {
      if (!raw || !picking) return;
      const outlet = raw.reports[report]?.outlet ?? 'another outlet';
      if (picking.mode === 'link') {
        const e = linkEdit(raw, claim, report, sentence);
        if (!e) {
          setStatus('That sentence is already in this claim.');
          return;
        }
        edit(e, `Linked ${outlet}’s sentence to this claim.`);
      } else {
        const e = mergeEdit(raw, claim, report, sentence);
        if (!e) {
          setStatus('That sentence is already in this claim: pick one of another claim.');
          return;
        }
        edit(e, `Merged the claim of ${outlet}’s sentence into this one.`);
      }
    },
    [raw, picking, edit],
  );

  // Corrections that no longer apply (their sentence changed) are dropped once, with a notice.
  const staleEdits = useMemo(() => (rawIsCurrent ? (raw?.stale?.edits ?? []) : []), [raw, rawIsCurrent]);
  const staleNotes = useMemo(() => (raw && rawIsCurrent ? resolveNotes(raw, corrections.notes).stale : []), [raw, rawIsCurrent, corrections.notes]);
  const dropped = view.corrections?.dropped ?? 0;
  useEffect(() => {
    // Once the analysis of these edits is on screen, so that one notice says everything that was dropped.
    if (!rawIsCurrent) return;
    if (staleEdits.length === 0 && staleNotes.length === 0 && dropped === 0) return;
    onNotice(staleMessage(staleEdits.length, staleNotes.length, dropped));
    write(withoutStale(latest.current, { edits: staleEdits, notes: staleNotes }));
  }, [rawIsCurrent, staleEdits, staleNotes, dropped, onNotice, write]);

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) outside text fields, whose own undo comes first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const edited = useMemo(() => new Set(data?.claims.filter((c) => c.edited).map((c) => c.id) ?? []), [data]);
  const noted = useMemo(() => new Set(data?.claims.filter((c) => c.note).map((c) => c.id) ?? []), [data]);

  return {
    corrections,
    data,
    source: raw,
    edit,
    undo,
    redo,
    canUndo: corrections.edits.length > 0,
    canRedo: redoStack.length > 0,
    setNote,
    picking,
    startPicking: useCallback((mode: PickMode, claim: string) => {
      setPicking({ mode, claim });
      setStatus(
        mode === 'link'
          ? 'Pick the sentence to link: click it in its column, or choose it in the list below. Esc cancels.'
          : 'Pick a sentence of the claim to merge with: click it in its column, or choose the claim below. Esc cancels.',
      );
    }, []),
    cancelPicking: useCallback(() => {
      setPicking(null);
      setStatus('');
    }, []),
    pick,
    status,
    edited,
    noted,
  };
}

/** The same edits, in any order (as multisets of their encodings). */
function sameEdits(a: readonly Edit[], b: readonly Edit[]): boolean {
  if (a.length !== b.length) return false;
  const code = (e: Edit) => encodeCorrections({ edits: [e], notes: [] }) ?? '';
  const x = a.map(code).sort();
  const y = b.map(code).sort();
  return x.every((v, i) => v === y[i]);
}
