/**
 * One report in the "New comparison" editor: outlet, date, address and text,
 * with the text's size, sentence count and what cleaning will remove, shown as
 * it is entered. Text comes by typing, pasting (a web page's HTML is reduced
 * to its article's text), dropping or choosing a file. Nothing pasted or
 * dropped is ever inserted as markup: HTML is parsed into an inert document
 * (DOMParser) and only its text is kept.
 */
import { memo, useDeferredValue, useId, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { extractArticle, checkReportText, readDroppedFile, truncateReport, type Issue, MAX_PASTE_BYTES, MAX_REPORT_BYTES } from '../../share';
import { formatSize, utf8Length } from '../../share/validate';
import type { DraftReport } from './draft';
import { removalLabel } from '../kinds';
import { looksLikeHtml } from './looksLikeHtml';
import { useReportStats } from './useReportStats';
import { AlertIcon, FileIcon, InfoIcon, TrashIcon } from '../components/icons';
import { buttonClass } from '../components/PageHeader';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A message about the last paste or file, with an optional way back. */
interface InputNote {
  level: 'error' | 'warning' | 'info';
  message: string;
  action?: { label: string; run: () => void };
}

export type ReportField = 'outlet' | 'date' | 'url' | 'text';

interface Props {
  report: DraftReport;
  index: number;
  /** Issues about this report (from checkReports), already filtered for display. */
  issues: readonly Issue[];
  canRemove: boolean;
  onChange: (key: string, field: ReportField, value: string) => void;
  onRemove: (key: string) => void;
  /** Replaces a report's text that is not empty (a file chosen or dropped onto it): the old text can be had back. */
  onReplaceText: (key: string, text: string, what: string) => void;
}

const FIELD =
  'w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-900 placeholder:text-stone-400 focus-visible:border-sky-700 focus-visible:outline-2 focus-visible:outline-sky-700/40 aria-[invalid=true]:border-rose-500';

export async function readFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Issues arrive as a new array on every render of the page: equal when their contents are. */
function sameProps(a: Props, b: Props): boolean {
  return (
    a.report === b.report &&
    a.index === b.index &&
    a.canRemove === b.canRemove &&
    a.onChange === b.onChange &&
    a.onRemove === b.onRemove &&
    a.onReplaceText === b.onReplaceText &&
    a.issues.length === b.issues.length &&
    a.issues.every((x, i) => x.code === b.issues[i]!.code && x.message === b.issues[i]!.message && x.level === b.issues[i]!.level)
  );
}

/** The most removals listed (a pasted page repeated over and over can have tens of thousands). */
const MAX_LISTED = 200;

export const ReportEditor = memo(function ReportEditor({ report, index, issues, canRemove, onChange, onRemove, onReplaceText }: Props) {
  const n = index + 1;
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState<InputNote | null>(null);
  const [dragging, setDragging] = useState(false);
  const set = (field: ReportField, value: string) => onChange(report.key, field, value);
  // The text as it is now, for actions offered earlier (a note's button must not act on the text of its time).
  const current = useRef(report.text);
  current.current = report.text;

  const text = useDeferredValue(report.text);
  const bytes = useMemo(() => utf8Length(text), [text]);
  const stats = useReportStats(text, bytes <= MAX_REPORT_BYTES);

  /** Inserts at the caret (or over the selection); returns where it went. */
  const insertText = (inserted: string, at?: { start: number; end: number }): number => {
    const el = textRef.current;
    const value = current.current;
    const start = at?.start ?? (el ? el.selectionStart : value.length);
    const end = at?.end ?? (el ? el.selectionEnd : value.length);
    const next = value.slice(0, start) + inserted + value.slice(end);
    set('text', next);
    requestAnimationFrame(() => {
      const caret = start + inserted.length;
      textRef.current?.setSelectionRange(caret, caret);
    });
    return start;
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const plain = e.clipboardData.getData('text/plain');
    const html = e.clipboardData.getData('text/html');
    const size = Math.max(utf8Length(plain), utf8Length(html));
    if (size > MAX_PASTE_BYTES) {
      e.preventDefault();
      setNote({ level: 'error', message: `Nothing was pasted. ${checkReportText(plain || html)[0]?.message ?? ''}` });
      return;
    }
    // Over 1 MB of plain text: not put into the box at all (a text area holding megabytes makes every
    // keystroke take a second), but offered cut to its first 1 MB.
    const el = textRef.current;
    const where = { start: el ? el.selectionStart : current.current.length, end: el ? el.selectionEnd : current.current.length };
    if (html.trim() === '' && utf8Length(current.current) - (where.end - where.start) + utf8Length(plain) > MAX_REPORT_BYTES) {
      e.preventDefault();
      setNote({
        level: 'error',
        message: `Nothing was pasted: the text is ${formatSize(utf8Length(plain))}, and a report holds at most 1 MB. Paste the article alone, or keep the first 1 MB of it.`,
        action: {
          label: 'Paste the first 1 MB',
          run: () => {
            insertText(truncateReport(plain, Math.max(0, MAX_REPORT_BYTES - utf8Length(current.current))));
            setNote(null);
          },
        },
      });
      return;
    }
    const source = html.trim() !== '' ? html : looksLikeHtml(plain) ? plain : '';
    if (source === '') {
      setNote(null);
      return; // the browser pastes plain text itself (and keeps its undo)
    }
    e.preventDefault();
    const article = extractArticle(source, parseHtml);
    const extracted = article.text.trim() !== '' ? article.text : plain;
    if (extracted.trim() === '') {
      setNote({ level: 'warning', message: 'The pasted content has no text in it.' });
      return;
    }
    const at = insertText(extracted);
    const fromPage = source === plain;
    const fallback = plain.trim() !== '' && plain !== extracted && !fromPage ? plain : null;
    setNote({
      level: 'info',
      message: fromPage
        ? 'The pasted text was a web page’s HTML: only its article’s text was kept.'
        : 'Pasted from a web page: only the article’s text was kept (no formatting, links or scripts).',
      action: fallback
        ? {
            label: 'Paste as plain text instead',
            run: () => {
              // Replace the pasted text where it went, keeping whatever was typed before or after it since.
              const now = current.current;
              const pos = now.slice(at, at + extracted.length) === extracted ? at : now.indexOf(extracted);
              if (pos < 0) {
                setNote({ level: 'warning', message: 'The pasted text has been edited since, so it was left as it is.' });
                return;
              }
              set('text', now.slice(0, pos) + fallback + now.slice(pos + extracted.length));
              setNote(null);
            },
          }
        : undefined,
    });
  };

  /** A file's text into the report: over typed text only so that it can be had back. */
  const put = (text: string, name = 'a file') => {
    if (current.current.trim() !== '' && current.current !== text) onReplaceText(report.key, text, name);
    else set('text', text);
  };

  const takeFile = async (file: File) => {
    const limitHint = /\.(?:html?|xhtml|shtml|mht)$/i.test(file.name) ? 20 * 1024 * 1024 : MAX_PASTE_BYTES;
    if (file.size > limitHint * 4) {
      setNote({ level: 'error', message: `“${file.name}” is ${formatSize(file.size)}, far more than one article. Save only the article, or copy and paste its text.` });
      return;
    }
    const result = readDroppedFile(file.name, await readFile(file), parseHtml);
    const errors = result.issues.filter((i) => i.level === 'error' && i.code !== 'too-large');
    if (result.text === '' || errors.some((i) => i.code === 'binary' || i.code === 'not-utf8' || i.code === 'far-too-large' || i.code === 'no-article')) {
      setNote({ level: 'error', message: errors[0]?.message ?? `Nothing could be read from “${file.name}”.` });
      return;
    }
    if (utf8Length(result.text) > MAX_REPORT_BYTES) {
      const text = result.text;
      setNote({
        level: 'error',
        message: `Nothing was taken from “${file.name}”: its text is ${formatSize(utf8Length(text))}, and a report holds at most 1 MB.`,
        action: { label: 'Take the first 1 MB', run: () => { put(truncateReport(text), `“${file.name}”`); setNote(null); } },
      });
      return;
    }
    put(result.text, `“${file.name}”`);
    setNote({
      level: 'info',
      message:
        result.kind === 'html'
          ? `Took the article’s text from “${file.name}”${result.title ? ` (“${result.title}”)` : ''}; the page’s markup and scripts were left out.`
          : `Read “${file.name}”.`,
    });
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    e.stopPropagation();
    if (/\.json$/i.test(file.name)) {
      setNote({ level: 'warning', message: `“${file.name}” looks like a saved comparison: open it with “Open file” beside the reports.` });
      return;
    }
    void takeFile(file);
  };

  const textIssues = issues.filter((i) => i.code !== 'missing-outlet' && i.code !== 'outlet-too-long' && i.code !== 'bad-url');
  const outletIssue = issues.find((i) => i.code === 'missing-outlet' || i.code === 'outlet-too-long');
  const urlIssue = issues.find((i) => i.code === 'bad-url');
  const tooLarge = issues.some((i) => i.code === 'too-large');
  const removed = stats?.removed ?? [];
  const clean = (m: string) => m.replace(/^Report \d+: /, '');

  return (
    <fieldset
      data-report-editor={n}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      className={`min-w-0 rounded-xl border bg-white p-4 shadow-sm transition-colors ${dragging ? 'border-sky-600 ring-2 ring-sky-600/30' : 'border-stone-200'}`}
    >
      <legend className="sr-only">Report {n}</legend>
      <div className="flex items-center justify-between gap-3">
        <h2 className="font-serif text-lg font-semibold tracking-tight text-stone-900" aria-hidden="true">
          Report {n}
        </h2>
        {canRemove && (
          <button type="button" onClick={() => onRemove(report.key)} className={buttonClass.quiet}>
            <TrashIcon className="size-4" />
            Remove<span className="sr-only"> report {n}</span>
          </button>
        )}
      </div>

      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
        <div>
          <label htmlFor={`${id}-outlet`} className="mb-1 block text-xs font-medium text-stone-600">
            <span className="sr-only">Report {n} </span>Outlet
          </label>
          <input
            id={`${id}-outlet`}
            value={report.outlet}
            onChange={(e) => set('outlet', e.target.value)}
            placeholder="e.g. Reuters"
            autoComplete="off"
            aria-invalid={outletIssue ? true : undefined}
            aria-describedby={outletIssue ? `${id}-outlet-issue` : undefined}
            className={FIELD}
          />
          {outletIssue && (
            <p id={`${id}-outlet-issue`} className="mt-1 text-xs text-rose-700">
              {outletIssue.message}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-date`} className="mb-1 block text-xs font-medium text-stone-600">
            <span className="sr-only">Report {n} </span>Date <span className="font-normal text-stone-500">(optional)</span>
          </label>
          <input
            id={`${id}-date`}
            value={report.date}
            onChange={(e) => set('date', e.target.value)}
            placeholder="YYYY-MM-DD"
            autoComplete="off"
            className={FIELD}
          />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-url`} className="mb-1 block text-xs font-medium text-stone-600">
            <span className="sr-only">Report {n} </span>URL <span className="font-normal text-stone-500">(optional)</span>
          </label>
          <input
            id={`${id}-url`}
            type="url"
            value={report.url}
            onChange={(e) => set('url', e.target.value)}
            placeholder="https://…"
            autoComplete="off"
            aria-describedby={urlIssue ? `${id}-url-issue` : undefined}
            className={FIELD}
          />
          {urlIssue && (
            <p id={`${id}-url-issue`} className="mt-1 text-xs text-amber-800">
              {urlIssue.message}
            </p>
          )}
        </div>
      </div>

      <div className="mt-3">
        <div className="mb-1 flex items-end justify-between gap-2">
          <label htmlFor={`${id}-text`} className="block text-xs font-medium text-stone-600">
            <span className="sr-only">Report {n} </span>Text
          </label>
          <label className="inline-flex cursor-pointer items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-stone-700 underline-offset-2 hover:underline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-700">
            <FileIcon className="size-3.5" />
            Choose file
            <span className="sr-only"> for report {n} (.txt, .md or .html)</span>
            <input
              type="file"
              accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              className="sr-only"
              data-testid={`report-${n}-file`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void takeFile(file);
              }}
            />
          </label>
        </div>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          value={report.text}
          onChange={(e) => set('text', e.target.value)}
          onPaste={onPaste}
          rows={9}
          spellCheck={false}
          placeholder="Paste the article’s text, or drop a .txt, .md or .html file here"
          aria-describedby={`${id}-stats`}
          className={`${FIELD} min-h-40 resize-y font-serif text-[0.95rem] leading-relaxed`}
        />
        <p id={`${id}-stats`} className="mt-1.5 text-xs text-stone-500 tabular-nums" data-testid={`report-${n}-stats`}>
          {report.text === '' ? (
            'No text yet'
          ) : (
            <>
              {formatSize(bytes)}
              {stats && (
                <>
                  <span aria-hidden="true"> · </span>
                  {stats.sentences === 1 ? '1 sentence' : `${stats.sentences.toLocaleString('en-US')} sentences`}
                  <span aria-hidden="true"> · </span>
                  {removed.length === 0 ? 'cleaning removes nothing' : `cleaning removes ${removed.length}`}
                </>
              )}
            </>
          )}
        </p>
        {removed.length > 0 && (
          <details className="group mt-1.5 rounded-md border border-stone-200 bg-stone-50 text-xs">
            <summary className="cursor-pointer rounded-md px-2.5 py-1.5 font-medium text-stone-700 select-none hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700">
              What cleaning will remove ({removed.length})
            </summary>
            <ul className="max-h-48 space-y-1.5 overflow-y-auto border-t border-stone-200 px-2.5 py-2">
              {removed.slice(0, MAX_LISTED).map((r) => (
                <li key={`${r.start}-${r.end}`} className="flex items-baseline gap-2">
                  <span className="shrink-0 rounded bg-white px-1.5 py-px text-[0.65rem] font-semibold tracking-wide text-stone-600 uppercase ring-1 ring-stone-300 ring-inset">
                    {removalLabel(r.reason)}
                  </span>
                  <span className="min-w-0 text-stone-600">
                    <span className="line-clamp-2">{r.text}</span>
                    <span className="text-stone-500"> — {r.detail}</span>
                  </span>
                </li>
              ))}
              {removed.length > MAX_LISTED && <li className="text-stone-500">… and {(removed.length - MAX_LISTED).toLocaleString('en-US')} more</li>}
            </ul>
          </details>
        )}
      </div>

      <div aria-live="polite" className="empty:hidden">
        {note && (
          <div
            className={`mt-2 flex items-start gap-2 rounded-md px-2.5 py-2 text-xs ${
              note.level === 'error' ? 'bg-rose-50 text-rose-900' : note.level === 'warning' ? 'bg-amber-50 text-amber-950' : 'bg-sky-50 text-sky-950'
            }`}
          >
            {note.level === 'info' ? <InfoIcon className="mt-px size-3.5 shrink-0" /> : <AlertIcon className="mt-px size-3.5 shrink-0" />}
            <p className="flex-1">{note.message}</p>
            {note.action && (
              <button type="button" onClick={note.action.run} className="shrink-0 font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-700">
                {note.action.label}
              </button>
            )}
            <button type="button" onClick={() => setNote(null)} className="shrink-0 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700">
              Dismiss
            </button>
          </div>
        )}
      </div>
      {textIssues.length > 0 && (
        <ul className="mt-2 space-y-1 text-xs">
          {textIssues.map((i) => (
            <li key={i.code} className={`flex items-start gap-1.5 ${i.level === 'error' ? 'text-rose-700' : 'text-amber-800'}`}>
              <AlertIcon className="mt-px size-3.5 shrink-0" />
              <span>
                {clean(i.message)}
                {i.code === 'too-large' && tooLarge && (
                  <button type="button" onClick={() => set('text', truncateReport(report.text))} className="ml-1 font-medium underline underline-offset-2">
                    Keep the first 1 MB
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}, sameProps);
