import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_KEY, emptyDraft, isDraftEmpty, parseDraft, serialiseDraft, type Draft } from './draft';
import { takePendingDraft } from '../share/sharedState';
import { readStored, removeStored, writeStored } from '../storage';

export type SaveState = { ok: true; saved: boolean } | { ok: false; message: string };

/** Debounce of draft writes. */
export const SAVE_DELAY_MS = 300;

/**
 * The editor's draft, kept in localStorage: written 300 ms after each change,
 * and at once when the page is hidden or closed (pagehide, visibilitychange)
 * or the editor unmounts. A failed write (storage full or blocked) keeps the
 * text in memory and reports why.
 */
export function useDraft(): {
  draft: Draft;
  setDraft: (update: (d: Draft) => Draft) => void;
  save: SaveState;
  clear: () => void;
} {
  const [draft, setDraftState] = useState<Draft>(() => takePendingDraft() ?? parseDraft(readStored(DRAFT_KEY)) ?? emptyDraft());
  const [save, setSave] = useState<SaveState>({ ok: true, saved: false });
  const latest = useRef(draft);
  const dirty = useRef(false);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    const d = latest.current;
    if (isDraftEmpty(d)) {
      removeStored(DRAFT_KEY);
      setSave({ ok: true, saved: false });
      return;
    }
    const result = writeStored(DRAFT_KEY, serialiseDraft(d));
    if (result.ok) setSave({ ok: true, saved: true });
    else {
      dirty.current = true; // try again on the next change
      setSave({
        ok: false,
        message:
          result.reason === 'quota'
            ? 'Your draft could not be saved in this browser: its storage is full (very long texts take a lot of room). Your text is still here while this page stays open; press Compare and keep the link or file, or shorten the texts.'
            : 'Your draft could not be saved: this browser does not let the page store data (private mode or blocked storage). Your text is still here while this page stays open.',
      });
    }
  }, []);

  const setDraft = useCallback((update: (d: Draft) => Draft) => {
    setDraftState((prev) => {
      const next = update(prev);
      latest.current = next;
      dirty.current = true;
      return next;
    });
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    const t = window.setTimeout(flush, SAVE_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [draft, flush]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const clear = useCallback(() => {
    const fresh = emptyDraft();
    latest.current = fresh;
    dirty.current = false;
    removeStored(DRAFT_KEY);
    setDraftState(fresh);
    setSave({ ok: true, saved: false });
  }, []);

  return { draft, setDraft, save, clear };
}
