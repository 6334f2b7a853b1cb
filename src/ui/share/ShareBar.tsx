import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { fileName, toFile } from '../../share/file';
import { CHAT_LINK_LIMIT } from '../../share/limits';
import type { ShareStateInput } from '../../share/types';
import { DownloadIcon, LinkIcon, PencilIcon } from '../components/icons';
import { buttonClass } from '../components/PageHeader';
import { fieldValue } from './linkField';

/** Saves text as a file through a temporary object URL (no markup is built from the content). */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The link that carries the whole comparison: a read-only field with it,
 * "Copy link" (clipboard, or the field selected for Ctrl+C when the clipboard
 * is refused), its length, and for links too long for chat apps a
 * "Download comparison" file.
 */
export function ShareBar({
  url,
  state,
  onEdit,
  linkNow,
}: {
  url: string | null;
  state: ShareStateInput | null;
  onEdit?: () => void;
  /** The link for the view as it is now (the page encodes it lazily, when idle): "Copy link" asks for it. */
  linkNow?: () => Promise<string>;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>('');
  useEffect(() => setStatus(''), [url]);
  // The whole link in the field while it has focus (to select and copy by hand), else a preview of a long one.
  const [full, setFull] = useState(false);
  /** The whole link into the field now (not at the next render), so what is selected next is all of it. */
  const showWhole = () => flushSync(() => setFull(true));
  const long = url !== null && url.length > CHAT_LINK_LIMIT;
  const length = url ? url.length.toLocaleString('en-US') : null;

  const copy = async () => {
    if (!url) return;
    try {
      const now = linkNow ? await linkNow() : url;
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(now);
      setStatus(`Link copied (${now.length.toLocaleString('en-US')} characters).`);
    } catch {
      const input = inputRef.current;
      showWhole();
      input?.focus();
      input?.select();
      setStatus('The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  const download = () => {
    if (!state) return;
    downloadText(toFile(state), fileName());
    setStatus('Comparison saved as a file: send it, and open it with “Open file” on the New comparison page.');
  };

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-stone-200 bg-white px-5 py-2 text-sm lg:px-6">
      <label htmlFor={id} className="flex items-center gap-1.5 font-medium text-stone-700">
        <LinkIcon className="size-4 text-stone-500" />
        Link to this comparison
      </label>
      <input
        id={id}
        ref={inputRef}
        readOnly
        value={fieldValue(url, full)}
        placeholder="Making the link…"
        onFocus={(e) => {
          showWhole();
          e.currentTarget.select();
        }}
        onBlur={() => setFull(false)}
        className="min-w-40 max-w-2xl flex-1 basis-60 truncate rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs text-stone-700 focus-visible:outline-2 focus-visible:outline-sky-700"
      />
      <button type="button" onClick={() => void copy()} disabled={!url} className={buttonClass.primary}>
        Copy link
      </button>
      {length && (
        <span className="text-stone-500 tabular-nums" data-testid="link-length">
          {length} characters
        </span>
      )}
      {long && (
        <button type="button" onClick={download} className={buttonClass.secondary}>
          <DownloadIcon className="size-4" />
          Download comparison
        </button>
      )}
      {onEdit && (
        <button type="button" onClick={onEdit} className={buttonClass.secondary}>
          <PencilIcon className="size-4" />
          Edit reports
        </button>
      )}
      {long && (
        <p className="basis-full text-xs text-amber-900">
          This link is over {CHAT_LINK_LIMIT.toLocaleString('en-US')} characters: chat apps and mail programs often cut links
          this long, so send the comparison as a file too (“Download comparison”).
        </p>
      )}
      <p role="status" className="basis-full text-xs text-stone-700 empty:hidden">
        {status}
      </p>
    </div>
  );
}
