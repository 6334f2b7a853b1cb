/**
 * Classroom mode on the comparison page: the "Hide outlet names" switch, the
 * maker's note, and "Print handout" with the handout it
 * prints (loaded as its own chunk once a comparison is on screen, mounted
 * while printing, whether from the button or the browser's own Print).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { buttonClass } from '../components/PageHeader';
import type { HandoutProps } from './Handout';
import { questionsQueryOptions } from './questionsQuery';

/** The switch named exactly "Hide outlet names". */
export function HideOutletsSwitch({ hidden, onChange }: { hidden: boolean; onChange: (hidden: boolean) => void }) {
  return (
    <label className="flex cursor-pointer items-center gap-2.5 text-sm text-stone-700 select-none">
      <input
        type="checkbox"
        role="switch"
        checked={hidden}
        onChange={(e) => onChange(e.target.checked)}
        className="relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-stone-400 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-stone-800 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
      />
      <span>Hide outlet names</span>
    </label>
  );
}

export function PrintButton({ onPrint, disabled }: { onPrint: () => void; disabled?: boolean }) {
  return (
    <button type="button" onClick={onPrint} disabled={disabled} className={buttonClass.secondary} title="Print handout">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
        <path d="M5.5 7V3h9v4M5.5 14H3.5V8.5a1.5 1.5 0 0 1 1.5-1.5h10a1.5 1.5 0 0 1 1.5 1.5V14h-2M5.5 11.5h9V17h-9z" />
      </svg>
      {/* Icon only below 1536 px (the name is still spoken): the header keeps one row and the text its room. */}
      <span className="sr-only 2xl:not-sr-only">Print handout</span>
    </button>
  );
}

/** The maker's note to readers, at the top of the comparison. */
export function NoteToReaders({ note }: { note: string }) {
  if (note.trim() === '') return null;
  return (
    <section aria-label="Note to readers" className="border-b border-stone-200 bg-amber-50 px-4 py-2 text-sm text-stone-800 lg:px-6">
      <span className="font-semibold">Note to readers: </span>
      <bdi className="whitespace-pre-line">{note}</bdi>
    </section>
  );
}

/**
 * The handout's component, loaded once `ready` (a comparison is on screen),
 * and whether to mount it: while the button's print runs, between the
 * browser's beforeprint and afterprint (Ctrl+P), and while print media
 * applies (print emulation). The questions load with it.
 */
export function usePrintHandout(ready: boolean) {
  const [Handout, setHandout] = useState<ComponentType<HandoutProps> | null>(null);
  const [printing, setPrinting] = useState(false);
  const questions = useQuery({ ...questionsQueryOptions(), enabled: ready });

  useEffect(() => {
    if (!ready || Handout) return;
    let live = true;
    import('./Handout').then(
      (m) => live && setHandout(() => m.Handout),
      () => {}, // offline: the button loads it again when pressed
    );
    return () => {
      live = false;
    };
  }, [ready, Handout]);

  useEffect(() => {
    const mql = window.matchMedia('print');
    // flushSync: the handout must be in the document before the browser lays out the printed pages.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const onMedia = () => (mql.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    mql.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      mql.removeEventListener('change', onMedia);
    };
  }, []);

  const print = useCallback(async () => {
    let H = Handout;
    if (!H) {
      const m = await import('./Handout');
      H = m.Handout;
      setHandout(() => m.Handout);
    }
    flushSync(() => setPrinting(true));
    window.print();
  }, [Handout]);

  return { Handout: printing ? Handout : null, print, questions: questions.data ?? [] };
}
