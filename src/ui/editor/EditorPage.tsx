/**
 * "New comparison": 2 to 6 reports entered by the user, kept as a draft in
 * localStorage; Compare encodes them into a link (#r=…) and shows the
 * comparison. Beside them: the bundled events, the recent comparisons and
 * "Open file". The layout only: the state and behaviour are useEditor's.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { MAX_REPORTS, MIN_REPORTS, describeShareError, formatFragment, type DecodeResult, type SharedReport } from '../../share';
import { AlertIcon, CheckIcon, FileIcon, InfoIcon, PlusIcon, TrashIcon } from '../components/icons';
import { buttonClass, HeaderTitle, PageHeader } from '../components/PageHeader';
import { ReportEditor } from './ReportEditor';
import { manifestQueryOptions } from '../data';
import { isDraftEmpty, type DraftVersion } from './draft';
import { formatDate } from '../kinds';
import { onLinkClick } from '../navigation';
import type { RecentEntry } from '../share/recent';
import { forgetRecent, readRecent } from '../share/sharedState';
import type { SaveState } from './useDraft';
import { useEditor } from './useEditor';
import { AboutFields } from '../classroom/AboutFields';

export function EditorPage() {
  const {
    draft,
    save,
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
    versions,
    restoreVersion,
    discardVersion,
    restoreProblem,
    downloadDraft,
    conflict,
    dismissConflict,
    undo,
    runUndo,
    dismissUndo,
    openReports,
    onReplaceText,
  } = useEditor();

  return (
    <div
      className="flex min-h-screen flex-col bg-stone-100 text-stone-900"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={onPageDrop}
    >
      <PageHeader current="new" heading={<HeaderTitle title="New comparison" sub="Two to six reports of the same event, side by side, sentence by sentence" />} />

      <main className="mx-auto grid w-full max-w-[96rem] flex-1 grid-cols-1 gap-6 px-5 py-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:px-6">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void compare();
          }}
          className="min-w-0"
          aria-labelledby="editor-title"
        >
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="editor-title" className="text-xs font-semibold tracking-[0.14em] text-stone-600 uppercase">
              Your reports <span className="tracking-normal normal-case">({count} of {MAX_REPORTS})</span>
            </h2>
            <DraftStatus save={save} empty={isDraftEmpty(draft)} />
          </div>

          {save.where === 'failed' && (
            <div role="alert" className="mb-4 flex flex-wrap items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
              <AlertIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
              <p className="min-w-0 flex-1">{save.message}</p>
              <button type="button" onClick={downloadDraft} className={buttonClass.secondary}>
                <FileIcon className="size-4" />
                Download draft
              </button>
            </div>
          )}

          {conflict && (
            <div role="alert" className="mb-4 flex flex-wrap items-start gap-2 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950" data-testid="draft-conflict">
              <InfoIcon className="mt-0.5 size-4 shrink-0 text-sky-700" />
              <p className="min-w-0 flex-1">
                {conflict.reports.length === 1 ? `Report ${conflict.reports[0]! + 1} was` : `Reports ${conflict.reports.map((i) => i + 1).join(' and ')} were`} changed in
                another tab at the same time. This tab now shows the newer text; the other is kept under “Earlier versions” below.
              </p>
              {conflict.versionIds.length > 0 && (
                <button type="button" onClick={() => { conflict.versionIds.forEach(restoreVersion); dismissConflict(); }} className={buttonClass.secondary}>
                  Use the other version
                </button>
              )}
              <button type="button" onClick={dismissConflict} className={buttonClass.quiet}>
                Dismiss
              </button>
            </div>
          )}

          {undo && (
            <div role="status" className="mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-sm text-stone-800 shadow-sm">
              <p className="min-w-0 flex-1">{undo.message}</p>
              {undo.versionIds.length > 0 && (
                <button type="button" onClick={runUndo} className={buttonClass.secondary}>
                  Undo
                </button>
              )}
              <button type="button" onClick={dismissUndo} className={buttonClass.quiet}>
                Dismiss
              </button>
            </div>
          )}
          {restoreProblem && (
            <p role="alert" className="mb-4 rounded-lg bg-rose-50 px-4 py-2 text-sm text-rose-900">
              {restoreProblem}
            </p>
          )}

          {attempted && errors.length > 0 && (
            <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-4 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-950 focus:outline-2 focus:outline-rose-400">
              <p className="font-semibold">
                {errors.length === 1 ? 'One thing to fix before comparing:' : `${errors.length} things to fix before comparing:`}
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {errors.map((i, k) => (
                  <li key={k}>{i.message}</li>
                ))}
              </ul>
            </div>
          )}

          <AboutFields title={draft.title ?? ''} note={draft.note ?? ''} onChange={onAbout} />

          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            {draft.reports.map((r, i) => (
              <ReportEditor
                key={r.key}
                report={r}
                index={i}
                issues={perReport(i)}
                canRemove={count > MIN_REPORTS}
                onChange={onChange}
                onRemove={onRemove}
                onReplaceText={onReplaceText}
              />
            ))}
          </div>
          {overall.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm" data-testid="draft-issues">
              {overall.map((i) => (
                <li key={i.code} role="alert" className="flex items-start gap-1.5 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-rose-900">
                  <AlertIcon className="mt-0.5 size-4 shrink-0" />
                  {i.message}
                </li>
              ))}
            </ul>
          )}

          {versions.length > 0 && (
            <details className="mt-4 rounded-xl border border-stone-200 bg-white p-4 text-sm shadow-sm" data-testid="draft-versions" open={conflict !== null || undefined}>
              <summary className="cursor-pointer font-medium text-stone-800 focus-visible:outline-2 focus-visible:outline-sky-700">
                Earlier versions ({versions.length}) <span className="font-normal text-stone-500">· text replaced, removed, cleared or changed in another tab, kept in this browser</span>
              </summary>
              <ul className="mt-2 divide-y divide-stone-100">
                {versions.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-start gap-2 py-2">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium text-stone-900">
                        {v.outlet.trim() || `Report ${v.index + 1}`}{' '}
                        <span className="font-normal text-stone-500">
                          · {VERSION_REASON[v.reason]} · <time dateTime={new Date(v.at).toISOString()}>{formatCreated(new Date(v.at).toISOString())}</time>
                        </span>
                      </p>
                      <p className="line-clamp-2 text-stone-600">{v.text.slice(0, 300) || '(no text)'}</p>
                    </div>
                    <button type="button" onClick={() => restoreVersion(v.id)} className={buttonClass.secondary}>
                      Restore<span className="sr-only"> {v.outlet.trim() || `report ${v.index + 1}`} ({VERSION_REASON[v.reason]})</span>
                    </button>
                    <button type="button" onClick={() => discardVersion(v.id)} className={buttonClass.quiet}>
                      Discard<span className="sr-only"> this version</span>
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}

          <div className="sticky bottom-0 z-10 -mx-5 mt-4 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-stone-100/95 px-5 py-3 backdrop-blur lg:-mx-6 lg:px-6">
            <button type="button" onClick={addReport} disabled={count >= MAX_REPORTS} className={buttonClass.secondary}>
              <PlusIcon className="size-4" />
              Add report
            </button>
            {count >= MAX_REPORTS && <span className="text-sm text-stone-600">Six reports is the most Parallax shows side by side.</span>}
            <div className="ml-auto flex flex-wrap items-center gap-3">
              {confirmClear ? (
                <span role="group" aria-label="Confirm clearing the draft" className="flex items-center gap-2 text-sm text-stone-700">
                  Clear every report in the draft?
                  <button
                    type="button"
                    onClick={() => {
                      clearDraft();
                    }}
                    className={`${buttonClass.secondary} border-rose-300 text-rose-800 hover:bg-rose-50`}
                  >
                    Yes, clear it
                  </button>
                  <button type="button" onClick={() => setConfirmClear(false)} autoFocus className={buttonClass.secondary}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirmClear(true)} disabled={isDraftEmpty(draft)} className={buttonClass.quiet}>
                  <TrashIcon className="size-4" />
                  Clear draft
                </button>
              )}
              <button type="submit" disabled={busy} className={`${buttonClass.primary} px-5`}>
                Compare
              </button>
            </div>
          </div>
        </form>

        <Sidebar
          onOpenFile={(f) => void openFile(f)}
          fileProblem={fileProblem}
          onDismissProblem={() => setFileProblem(null)}
          onOpenPartial={(reports, name) => openReports(reports, `${reports.length === 1 ? 'the report' : `the ${reports.length} reports`} that could be read from “${name}”`)}
        />
      </main>
    </div>
  );
}

const VERSION_REASON: Record<DraftVersion['reason'], string> = {
  'other-tab': 'changed in another tab',
  replaced: 'replaced',
  removed: 'removed',
  cleared: 'cleared',
};

function DraftStatus({ save, empty }: { save: SaveState; empty: boolean }) {
  if (save.where === 'failed')
    return (
      <span role="status" className="text-xs font-medium text-amber-800">
        Draft not saved
      </span>
    );
  if (empty || save.where === 'nothing')
    return (
      <span role="status" className="text-xs text-stone-600">
        Drafts are kept in this browser only
      </span>
    );
  return (
    <span role="status" className="inline-flex items-center gap-1 text-xs text-stone-600" data-testid="draft-saved">
      <CheckIcon className="size-3.5 text-teal-700" />
      {save.where === 'idb' ? 'Saved in this browser (in its larger database: local storage is full)' : 'Saved in this browser'}
    </span>
  );
}

function useRecent(): RecentEntry[] {
  const [list, setList] = useState<RecentEntry[]>(readRecent);
  useEffect(() => {
    const update = () => setList(readRecent());
    window.addEventListener('parallax:recent', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('parallax:recent', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return list;
}

const SIDE_TITLE = 'text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase';

function Sidebar({
  onOpenFile,
  fileProblem,
  onDismissProblem,
  onOpenPartial,
}: {
  onOpenFile: (f: File) => void;
  fileProblem: { result: Extract<DecodeResult, { ok: false }>; name: string } | null;
  onDismissProblem: () => void;
  onOpenPartial: (reports: SharedReport[], name: string) => void;
}) {
  const manifest = useQuery(manifestQueryOptions());
  const recent = useRecent();
  const partial = fileProblem?.result.partial?.reports ?? [];
  return (
    <aside aria-label="Open a comparison" className="flex min-w-0 flex-col gap-6">
      <section aria-labelledby="open-file-title" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="open-file-title" className={SIDE_TITLE}>
          Saved comparison
        </h2>
        <p className="mt-1.5 text-sm text-stone-600">A <code className="text-xs">.parallax.json</code> file from “Download comparison”: choose it or drop it on the page.</p>
        <label className={`${buttonClass.secondary} mt-3 cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-700`}>
          <FileIcon className="size-4" />
          Open file
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="open-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) onOpenFile(f);
            }}
          />
        </label>
        {fileProblem && (
          <div role="alert" className="mt-3 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-950">
            <p>
              {fileProblem.name && <span className="font-medium">“{fileProblem.name}”: </span>}
              {fileProblem.name ? describeShareError(fileProblem.result.error, 'file') : 'The comparison could not be made.'}
            </p>
            {fileProblem.result.detail && <p className="mt-1 text-rose-900">{fileProblem.result.detail}</p>}
            <div className="mt-2 flex flex-wrap gap-3">
              {partial.length > 0 && (
                <button type="button" onClick={() => onOpenPartial(partial, fileProblem.name)} className="font-medium underline underline-offset-2">
                  Open the {partial.length === 1 ? 'report' : `${partial.length} reports`} that could be read in the editor
                </button>
              )}
              <button type="button" onClick={onDismissProblem} className="underline-offset-2 hover:underline">
                Dismiss
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="recent-title" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="recent-title" className={SIDE_TITLE}>
          Your recent comparisons
        </h2>
        {recent.length === 0 ? (
          <p className="mt-1.5 text-sm text-stone-500">Comparisons you make or open appear here. They are kept in this browser only.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {recent.map((e) => {
              const href = formatFragment(e.payload);
              return (
                <li key={e.id} className="flex items-start gap-2 py-2">
                  <div className="min-w-0 flex-1">
                    <a href={href} onClick={onLinkClick(href)} className="block truncate text-sm font-medium text-stone-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700">
                      {e.title}
                    </a>
                    <p className="text-xs text-stone-500">
                      {e.reports} reports · <time dateTime={e.created}>{formatCreated(e.created)}</time>
                    </p>
                  </div>
                  <button type="button" onClick={() => forgetRecent(e.id)} aria-label={`Remove “${e.title}” from recent comparisons`} className={`${buttonClass.quiet} shrink-0`}>
                    <TrashIcon className="size-4" />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="bundled-title" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="bundled-title" className={SIDE_TITLE}>
          Bundled events
        </h2>
        {manifest.isPending && <p className="mt-1.5 text-sm text-stone-500">Loading the event list…</p>}
        {manifest.isError && <p className="mt-1.5 text-sm text-rose-700">The event list could not be loaded.</p>}
        {manifest.data && (
          <ul className="mt-2 divide-y divide-stone-100">
            {manifest.data.events.map((ev) => {
              const href = `?event=${encodeURIComponent(ev.id)}`;
              return (
                <li key={ev.id} className="py-2">
                  <a href={href} onClick={onLinkClick(href)} className="block text-sm font-medium text-stone-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700">
                    {ev.title}
                  </a>
                  <p className="text-xs text-stone-500">
                    {ev.date && <>{formatDate(ev.date)} · </>}
                    {ev.reports.length} reports
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </aside>
  );
}

function formatCreated(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
