/**
 * "Copy link" for a bundled event: its address carries the whole view, the
 * reader's corrections and notes included (`?event=…&edits=…`), so the
 * address is the link. Clipboard refused: the address is shown selected for
 * Ctrl+C.
 */
import { useRef, useState } from 'react';
import { LinkIcon } from '../components/icons';
import { buttonClass } from '../components/PageHeader';

export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setStatus('Link copied: it opens this comparison as you see it, corrections and notes included.');
    } catch {
      setFallback(url);
      setStatus('The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
      window.setTimeout(() => inputRef.current?.select(), 0);
    }
    window.setTimeout(() => setStatus(''), 6000);
  };
  return (
    <span className="relative inline-flex items-center">
      <button type="button" className={buttonClass.secondary} onClick={() => void copy()} title="Copy link">
        <LinkIcon className="size-4" />
        <span className="sr-only 2xl:not-sr-only">Copy link</span>
      </button>
      {fallback && (
        <input
          ref={inputRef}
          readOnly
          aria-label="Link to this comparison"
          value={fallback}
          onFocus={(e) => e.currentTarget.select()}
          className="ml-2 w-64 rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs"
        />
      )}
      <span role="status" className="absolute top-full right-0 z-40 mt-1 w-72 rounded-md bg-stone-900 px-3 py-2 text-xs text-white shadow-lg empty:hidden">
        {status}
      </span>
    </span>
  );
}
