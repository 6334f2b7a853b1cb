/**
 * "Export": a menu button (WAI-ARIA APG menu button) offering the comparison
 * as JSON, CSV, Markdown or HTML. Enter, Space or ↓ opens it on the first
 * item (↑ on the last), ↑/↓/Home/End move, Escape closes it and returns focus
 * to the button, Tab closes it. The formatters load on first use.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Comparison } from '../../core/index';
import { DownloadIcon } from '../components/icons';
import { buttonClass } from '../components/PageHeader';
import { downloadText } from '../share/ShareBar';
import { EXPORT_CHOICES, exportFileName, exportMeta, exportText, loadExporters, type ExportChoice, type PageDocument } from './exportFile';

/** The menu (its own chunk: ComparisonPage loads it lazily). `comparison` is the one on screen (names hidden or not). */
export default function ExportMenu({ comparison, doc, hidden }: { comparison: Comparison; doc: PageDocument; hidden: boolean }) {
  const meta = exportMeta(doc, hidden);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusOn, setFocusOn] = useState<number | null>(null);
  const menuId = useId();
  const buttonId = useId();

  useEffect(() => {
    if (open && focusOn !== null) itemRefs.current[focusOn]?.focus();
  }, [open, focusOn]);

  // A click outside closes the menu (focus stays where the click put it).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node | null;
      if (t && !buttonRef.current?.parentElement?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const openAt = (index: number) => {
    void loadExporters().catch(() => {}); // start loading while the reader picks
    setOpen(true);
    setFocusOn(index);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setFocusOn(null);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = async (choice: ExportChoice) => {
    close(true);
    const name = exportFileName(meta.title ?? '', choice);
    setStatus(`Preparing ${choice.label}…`);
    try {
      const text = await exportText(choice.format, comparison, meta);
      downloadText(text, name, choice.type);
      setStatus(`Downloaded “${name}”.`);
    } catch (err) {
      setStatus(`The ${choice.label} export failed: ${err instanceof Error ? err.message : String(err)}. Try again.`);
    }
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(EXPORT_CHOICES.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = EXPORT_CHOICES.length;
    const at = itemRefs.current.findIndex((el) => el === document.activeElement);
    const move = (to: number) => {
      e.preventDefault();
      setFocusOn(to);
      itemRefs.current[to]?.focus();
    };
    if (e.key === 'ArrowDown') move((at + 1) % n);
    else if (e.key === 'ArrowUp') move((at - 1 + n) % n);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(n - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // the page's Escape (closing panels) is not for this
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
        className={`${buttonClass.secondary} aria-expanded:border-stone-900 aria-expanded:bg-stone-100`}
      >
        <DownloadIcon className="size-4" />
        <span className="sr-only 2xl:not-sr-only">Export</span>
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
          <path d="M3 4.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKey}
          className="absolute left-0 z-50 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-stone-200 bg-white py-1 shadow-lg"
        >
          {EXPORT_CHOICES.map((c, i) => (
            <button
              key={c.format}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(c)}
              className="flex w-full flex-col items-start px-3 py-1.5 text-left text-sm text-stone-800 hover:bg-stone-100 focus:bg-stone-100 focus:outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-700"
            >
              <span className="font-medium">
                {c.label} <span className="font-normal text-stone-600">({c.extension})</span>
              </span>
              <span className="text-xs text-stone-600">{c.hint}</span>
            </button>
          ))}
        </div>
      )}
      <span role="status" className="sr-only">
        {status}
      </span>
    </div>
  );
}
