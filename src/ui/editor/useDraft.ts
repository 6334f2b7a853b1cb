import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_REPORTS } from '../../share/limits';
import {
  DRAFT_KEY,
  emptyDraft,
  hasContent,
  isDraftEmpty,
  newKey,
  parseStoredDraft,
  serialiseDraft,
  type Draft,
  type DraftReport,
  type DraftStamp,
  type DraftVersion,
} from './draft';
import { adoptWhole, baseOf, joinVersions, mergeDrafts, versionOf } from './draftMerge';
import { idbDeleteDraft, idbReadDraft, idbWriteDraft, openDraftChannel, type DraftChannel } from './draftStore';
import { takePendingDraft } from '../share/sharedState';
import { readStored, removeStored, writeStored } from '../storage';

/** Where the last state of the draft is. */
export type SaveState =
  | { where: 'nothing' }
  | { where: 'local' }
  /** localStorage is full: the draft is in IndexedDB. */
  | { where: 'idb' }
  | { where: 'failed'; reason: 'quota' | 'unavailable'; message: string };

/** The small key that says who wrote the draft last (`rev tab`), read before each write. */
export const DRAFT_STAMP_KEY = 'parallax.draft/1.stamp';

/** Drafts larger than this (characters of text) are written 300 ms after the last change, smaller ones at once. */
const LARGE = 256 * 1024;
export const SAVE_DELAY_MS = 300;

const TAB = `t${Math.random().toString(36).slice(2, 10)}`;
const size = (d: Draft) => d.reports.reduce((n, r) => n + r.text.length + r.outlet.length, 0);

/** A notice about reports another tab changed at the same time. */
export interface ConflictNotice {
  reports: number[];
  versionIds: string[];
}

/**
 * The editor's draft, in this browser, never lost:
 * - written on every change (large drafts 300 ms after the last one) and at
 *   once when the page is hidden or closed (pagehide, visibilitychange) or the
 *   editor unmounts;
 * - shared with the other tabs of the page: each write is announced on a
 *   BroadcastChannel (and seen through the `storage` event), and before each
 *   write the stored draft is checked, so a tab merges the other's edits report
 *   by report (draftMerge.ts); a report both changed keeps the newer text and
 *   the other as a recoverable version;
 * - with localStorage full, kept in IndexedDB; if that fails too, the page
 *   says so and offers a download;
 * - replaced, removed and cleared text is kept as versions to restore.
 */
export function useDraft() {
  const [initial] = useState(() => {
    const pending = takePendingDraft();
    const stored = parseStoredDraft(readStored(DRAFT_KEY));
    if (pending) return { draft: pending, stamp: null, dirty: true };
    if (!stored) return { draft: emptyDraft(), stamp: null, dirty: false };
    return { draft: stored.draft, stamp: stored.stamp, dirty: stored.stamp === null };
  });
  const [draft, setDraftState] = useState<Draft>(initial.draft);
  const [save, setSave] = useState<SaveState>(() => (isDraftEmpty(initial.draft) ? { where: 'nothing' } : { where: 'local' }));
  const [conflict, setConflict] = useState<ConflictNotice | null>(null);
  const latest = useRef(draft);
  const dirty = useRef(initial.dirty);
  const stamp = useRef<DraftStamp | null>(initial.stamp);
  const base = useRef<Map<string, number>>(initial.stamp ? baseOf(initial.draft) : new Map());
  const inIdb = useRef(false);
  const clockRef = useRef(0);
  const channel = useRef<DraftChannel | null>(null);

  const clock = () => (clockRef.current = Math.max(Date.now(), clockRef.current + 1));

  const commit = useCallback((next: Draft) => {
    latest.current = next;
    setDraftState(next);
  }, []);

  /** A draft another tab (or IndexedDB) holds: merged into this one. True when this tab must write the result. */
  const receive = useCallback(
    (json: string | null): boolean => {
      const parsed = parseStoredDraft(json);
      if (!parsed) return false;
      const s = parsed.stamp;
      if (s && stamp.current && s.rev === stamp.current.rev && s.tab === stamp.current.tab) return false;
      const now = clock();
      const result = s ? mergeDrafts(base.current, latest.current, parsed.draft, now) : adoptWhole(latest.current, parsed.draft, now);
      for (const r of parsed.draft.reports) base.current.set(r.key, Math.max(base.current.get(r.key) ?? 0, r.t ?? 0));
      if (s && (!stamp.current || s.rev >= stamp.current.rev)) stamp.current = s;
      commit(result.draft);
      if (result.conflicts.length > 0) setConflict({ reports: result.conflicts, versionIds: result.lost.map((v) => v.id) });
      const differs = serialiseDraft(result.draft, { rev: 0, tab: '' }) !== serialiseDraft(parsed.draft, { rev: 0, tab: '' });
      if (differs || !s) dirty.current = true;
      if (!isDraftEmpty(result.draft)) setSave((prev) => (prev.where === 'nothing' ? { where: 'local' } : prev));
      return dirty.current;
    },
    [commit],
  );

  const write = useCallback(() => {
    // Someone else wrote since we last did (a tab that missed our messages, or ours theirs): merge first.
    const theirs = readStored(DRAFT_STAMP_KEY);
    const ours = stamp.current ? `${stamp.current.rev} ${stamp.current.tab}` : null;
    if (theirs !== null && theirs !== ours && !theirs.endsWith(` ${TAB}`)) {
      const raw = readStored(DRAFT_KEY);
      if (raw !== null) receive(raw);
    }
    dirty.current = false;
    const d = latest.current;
    const rev = Math.max(Date.now(), (stamp.current?.rev ?? 0) + 1);
    const mine: DraftStamp = { rev, tab: TAB };
    const json = serialiseDraft(d, mine);
    stamp.current = mine;
    for (const r of d.reports) base.current.set(r.key, r.t ?? 0);
    const result = writeStored(DRAFT_KEY, json);
    writeStored(DRAFT_STAMP_KEY, `${rev} ${TAB}`);
    channel.current?.post(json);
    if (result.ok) {
      if (inIdb.current) {
        inIdb.current = false;
        void idbDeleteDraft();
      }
      setSave(isDraftEmpty(d) && !d.versions?.length ? { where: 'nothing' } : { where: 'local' });
      return;
    }
    // localStorage refused it: IndexedDB, whose quota is far larger. The stale copy goes, so it is not read on reload.
    removeStored(DRAFT_KEY);
    writeStored(DRAFT_STAMP_KEY, `${rev} ${TAB}`);
    inIdb.current = true;
    void idbWriteDraft(json).then((ok) => {
      if (stamp.current?.rev !== rev) return; // a newer write answers for itself
      if (ok) setSave({ where: 'idb' });
      else {
        dirty.current = true; // try again on the next change
        setSave({
          where: 'failed',
          reason: result.reason,
          message:
            result.reason === 'quota'
              ? 'Your draft could not be saved in this browser: its storage is full. Your text is still here while this page stays open; download the draft to keep it, or press Compare and keep the link or file.'
              : 'Your draft could not be saved: this browser does not let the page store data (private mode or blocked storage). Your text is still here while this page stays open; download the draft to keep it.',
        });
      }
    });
  }, [receive]);

  const flush = useCallback(() => {
    if (dirty.current) write();
  }, [write]);

  const setDraft = useCallback(
    (update: (d: Draft) => Draft) => {
      const prev = latest.current;
      const updated = update(prev);
      if (updated === prev) return;
      // Updates that only speak of the reports keep the versions.
      const next = 'versions' in updated ? updated : { ...updated, versions: prev.versions };
      // Stamp each report whose content changed with the time of the edit (the merge compares them).
      const before = new Map(prev.reports.map((r) => [r.key, r]));
      const t = clock();
      const reports = next.reports.map((r) => {
        const p = before.get(r.key);
        const changed = !p || p.outlet !== r.outlet || p.date !== r.date || p.url !== r.url || p.text !== r.text;
        return changed && hasContent(r) ? { ...r, t } : changed && p ? { ...r, t } : r;
      });
      // The title and note are stamped the same way, as one.
      const aboutChanged = (prev.title ?? '') !== (next.title ?? '') || (prev.note ?? '') !== (next.note ?? '');
      dirty.current = true;
      commit({ ...next, reports, ...(aboutChanged ? { aboutT: t } : {}) });
    },
    [commit],
  );

  // Write-through: small drafts at once, large ones once typing pauses.
  useEffect(() => {
    if (!dirty.current) return;
    if (size(draft) < LARGE) {
      write();
      return;
    }
    const timer = window.setTimeout(flush, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, flush, write]);

  // Other tabs, IndexedDB, and the last state when the page goes away.
  useEffect(() => {
    const onMessage = (json: string) => {
      if (receive(json)) write();
    };
    channel.current = openDraftChannel(onMessage);
    const onStorage = (e: StorageEvent) => {
      if (e.key === DRAFT_KEY && e.newValue !== null) onMessage(e.newValue);
    };
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    let live = true;
    void idbReadDraft().then((json) => {
      if (!live || json === null) return;
      inIdb.current = true;
      onMessage(json);
    });
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      channel.current?.close();
      channel.current = null;
    };
  }, [flush, receive, write]);

  /** Keeps what `next` drops or overwrites (reports with content) as versions; returns their ids. */
  const setAside = useCallback(
    (update: (d: Draft) => Draft, reason: DraftVersion['reason']): string[] => {
      const prev = latest.current;
      const next = update(prev);
      const after = new Map(next.reports.map((r) => [r.key, r]));
      const now = clock();
      const lost = prev.reports.flatMap((r, i) => {
        const a = after.get(r.key);
        const gone = !a || a.text !== r.text || a.outlet !== r.outlet || a.date !== r.date || a.url !== r.url;
        return gone && hasContent(r) ? [versionOf(r, i, reason, now)] : [];
      });
      setDraft(() => ({ ...next, versions: joinVersions(lost, next.versions ?? prev.versions) }));
      return lost.map((v) => v.id);
    },
    [setDraft],
  );

  /** Puts a version back: into its report if it is still there (whose current text becomes a version), else as a report. */
  const restore = useCallback(
    (id: string): boolean => {
      const d = latest.current;
      const v = d.versions?.find((x) => x.id === id);
      if (!v) return false;
      const rest = (d.versions ?? []).filter((x) => x.id !== id);
      const row: DraftReport = { key: v.key || newKey(), outlet: v.outlet, date: v.date, url: v.url, text: v.text };
      const at = d.reports.findIndex((r) => r.key === v.key);
      const now = clock();
      if (at >= 0) {
        const current = d.reports[at]!;
        const keep = hasContent(current) && (current.text !== v.text || current.outlet !== v.outlet) ? [versionOf(current, at, 'replaced', now)] : [];
        setDraft(() => ({ ...d, reports: d.reports.map((r, i) => (i === at ? row : r)), versions: joinVersions(keep, rest) }));
        return true;
      }
      // Where it stood: an empty row there takes it, else it is put back as a report there, else any empty row.
      const fill = (i: number) => setDraft(() => ({ ...d, reports: d.reports.map((r, k) => (k === i ? row : r)), versions: rest }));
      const there = d.reports[v.index];
      if (there && !hasContent(there)) fill(v.index);
      else if (d.reports.length < MAX_REPORTS) {
        const reports = [...d.reports];
        reports.splice(Math.min(v.index, reports.length), 0, row);
        setDraft(() => ({ ...d, reports, versions: rest }));
      } else {
        const blank = d.reports.findIndex((r) => !hasContent(r));
        if (blank < 0) return false;
        fill(blank);
      }
      return true;
    },
    [setDraft],
  );

  const discard = useCallback((id: string) => setDraft((d) => ({ ...d, versions: (d.versions ?? []).filter((v) => v.id !== id) })), [setDraft]);

  /** Empties the reports; what they held stays as versions until discarded. */
  const clear = useCallback(() => {
    const fresh = emptyDraft();
    return setAside((d) => ({ reports: fresh.reports, versions: d.versions }), 'cleared');
  }, [setAside]);

  /** The draft as a file to keep (when this browser cannot store it). */
  const download = useCallback(() => {
    const blob = new Blob([serialiseDraft(latest.current, { rev: Date.now(), tab: TAB })], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `parallax-draft-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, []);

  /** Takes a whole draft (opened from a saved draft file, or reports offered from a damaged file); what it replaces becomes versions. */
  const replaceAll = useCallback(
    (next: Draft) => setAside((d) => ({ reports: next.reports, title: next.title, note: next.note, aboutT: next.aboutT, versions: d.versions }), 'replaced'),
    [setAside],
  );

  return { draft, setDraft, save, clear, setAside, restore, discard, download, replaceAll, conflict, dismissConflict: () => setConflict(null) };
}
