/**
 * The editor's container: the draft, its checks, adding and removing reports,
 * Compare, opening a saved file, and files dropped on the page. EditorPage
 * lays out what this returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { checkReports, DEFAULT_SHARE_VIEW, fromFile, MAX_REPORTS, readDroppedFile, type DecodeResult, type Issue, type SharedReport } from '../../share';
import { openComparison } from '../share/sharedState';
import { emptyReport, fromSharedReports, parseStoredDraft, toSharedReports } from './draft';
import { mergeDropped } from './mergeDrop';
import { parseHtml, readFile, type ReportField } from './ReportEditor';
import { useDraft } from './useDraft';

/** Codes shown while typing; the rest (a missing outlet, say) only after Compare is pressed. */
const LIVE = new Set(['too-large', 'far-too-large', 'one-sentence', 'duplicate-report', 'duplicate-outlet', 'bad-url', 'over-budget']);

/** "Report 2 was removed. [Undo]": the last replacing or removing action, undone by restoring its versions. */
export interface UndoNotice {
  message: string;
  versionIds: string[];
}

export function useEditor() {
  const drafts = useDraft();
  const { draft, setDraft, save, clear, setAside, restore } = drafts;
  const [undo, setUndo] = useState<UndoNotice | null>(null);
  const [restoreProblem, setRestoreProblem] = useState<string | null>(null);
  const reportsRef = useRef(draft.reports);
  reportsRef.current = draft.reports;
  const [attempted, setAttempted] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [fileProblem, setFileProblem] = useState<{ result: Extract<DecodeResult, { ok: false }>; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'New comparison · Parallax';
  }, []);

  const shared = useMemo(() => toSharedReports(draft), [draft]);
  const issues = useMemo(() => checkReports(shared), [shared]);
  const errors = issues.filter((i) => i.level === 'error');
  const shown = (i: Issue) => attempted || LIVE.has(i.code);

  const onChange = useCallback(
    (key: string, field: ReportField, value: string) =>
      setDraft((d) => ({ ...d, reports: d.reports.map((r) => (r.key === key ? { ...r, [field]: value } : r)) })),
    [setDraft],
  );
  /** "Comparison title" / "Note to readers". */
  const onAbout = useCallback((field: 'title' | 'note', value: string) => setDraft((d) => ({ ...d, [field]: value })), [setDraft]);
  const onRemove = useCallback(
    (key: string) => {
      const n = reportsRef.current.findIndex((r) => r.key === key) + 1;
      const ids = setAside((d) => ({ ...d, reports: d.reports.filter((r) => r.key !== key) }), 'removed');
      setUndo(ids.length > 0 ? { message: `Report ${n} was removed.`, versionIds: ids } : null);
    },
    [setAside],
  );
  /** A file chosen or dropped onto a report that holds text: the text it replaces can be had back. */
  const onReplaceText = useCallback(
    (key: string, text: string, what: string) => {
      const n = reportsRef.current.findIndex((r) => r.key === key) + 1;
      const ids = setAside((d) => ({ ...d, reports: d.reports.map((r) => (r.key === key ? { ...r, text } : r)) }), 'replaced');
      setUndo(ids.length > 0 ? { message: `Report ${n}’s text was replaced by ${what}.`, versionIds: ids } : null);
    },
    [setAside],
  );
  const runUndo = () => {
    if (!undo) return;
    const failed = [...undo.versionIds].reverse().filter((id) => !restore(id));
    setUndo(null);
    setRestoreProblem(failed.length > 0 ? 'Some text could not be put back: six reports is the most. Remove one, then restore it from “Earlier versions”.' : null);
  };
  const restoreVersion = (id: string) => {
    setRestoreProblem(restore(id) ? null : 'Six reports is the most: remove one (its text is kept) before restoring this version.');
  };
  /** Reports offered from a damaged file or link, opened here; the draft they replace is kept as versions. */
  const openReports = (reports: readonly SharedReport[], what: string, about?: { title?: string; note?: string }) => {
    const ids = drafts.replaceAll(fromSharedReports(reports, about));
    setFileProblem(null);
    setAttempted(false);
    setUndo({ message: `Opened ${what}.${ids.length > 0 ? ' The reports it replaced are kept under “Earlier versions”.' : ''}`, versionIds: ids });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-report-editor="1"] input')?.focus());
  };
  const addReport = () => {
    const fresh = emptyReport();
    setDraft((d) => (d.reports.length >= MAX_REPORTS ? d : { ...d, reports: [...d.reports, fresh] }));
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-report-editor="${draft.reports.length + 1}"] input`)?.focus());
  };

  const compare = async () => {
    setAttempted(true);
    if (errors.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await openComparison({ reports: shared, view: { ...DEFAULT_SHARE_VIEW, title: draft.title ?? '', note: draft.note ?? '' } });
    } catch (err) {
      setBusy(false);
      setFileProblem({
        name: '',
        result: { ok: false, error: 'invalid', detail: err instanceof Error ? err.message : String(err) },
      });
    }
  };

  const openFile = async (file: File) => {
    setFileProblem(null);
    const bytes = await readFile(file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      setFileProblem({ name: file.name, result: { ok: false, error: 'corrupted', detail: 'It is not a text file.' } });
      return;
    }
    // A draft downloaded when this browser could not store it: back into the editor.
    const saved = parseStoredDraft(text);
    if (saved && /"schema"\s*:\s*"parallax\.draft\/1"/.test(text.slice(0, 200))) {
      openReports(toSharedReports(saved.draft), `the draft “${file.name}”`, saved.draft);
      return;
    }
    const result = fromFile(text);
    if (result.ok) await openComparison(result.state);
    else setFileProblem({ name: file.name, result });
  };

  // Files dropped anywhere else on the page: a saved comparison opens; texts fill the empty reports.
  const onPageDrop = (e: DragEvent<HTMLElement>) => {
    const files = Array.from(e.dataTransfer.files);
    if (files.length === 0) return;
    e.preventDefault();
    const saved = files.find((f) => /\.json$/i.test(f.name));
    if (saved) {
      void openFile(saved);
      return;
    }
    void (async () => {
      const read = await Promise.all(files.map(async (f) => ({ f, r: readDroppedFile(f.name, await readFile(f), parseHtml) })));
      setDraft((d) => mergeDropped(d, read.map(({ r }) => r.text)));
      const refused = read.filter(({ r }) => r.text === '');
      if (refused.length > 0)
        setFileProblem({
          name: refused[0]!.f.name,
          result: { ok: false, error: 'invalid', detail: refused[0]!.r.issues[0]?.message ?? 'Nothing could be read from it.' },
        });
    })();
  };

  const perReport = (i: number) => issues.filter((x) => x.report === i && shown(x));
  /** Issues of the whole comparison shown as they arise (too much text in all). */
  const overall = issues.filter((x) => x.report === undefined && x.code === 'over-budget');
  const count = draft.reports.length;

  const clearDraft = () => {
    const ids = clear();
    setAttempted(false);
    setConfirmClear(false);
    setUndo(ids.length > 0 ? { message: 'The draft was cleared.', versionIds: ids } : null);
  };

  return {
    draft,
    save,
    versions: draft.versions ?? [],
    restoreVersion,
    discardVersion: drafts.discard,
    restoreProblem,
    downloadDraft: drafts.download,
    conflict: drafts.conflict,
    dismissConflict: drafts.dismissConflict,
    undo,
    runUndo,
    dismissUndo: () => setUndo(null),
    openReports,
    onReplaceText,
    clearDraft,
    attempted,
    confirmClear,
    setConfirmClear,
    fileProblem,
    setFileProblem,
    busy,
    summaryRef,
    errors,
    onChange,
    onAbout,
    onRemove,
    addReport,
    compare,
    openFile,
    onPageDrop,
    perReport,
    overall,
    count,
  };
}
