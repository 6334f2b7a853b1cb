/**
 * A sentence's text cut into runs at the lens marks (React text nodes only),
 * and the tooltip that explains them on hover or keyboard focus. Each marking
 * lens's view carries them (`text`), so they load with the first such lens,
 * not with the page (views.ts).
 */
import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import type { LensText, SentenceLens } from './types';
import { splitRuns } from './runs';

export { lensTipId } from './panelIds';

/** The sentence's text with its marks; each marked run carries data-mark (the innermost mark's kind). */
export function LensRuns({ text, start, end, lens }: { text: string; start: number; end: number; lens: SentenceLens }) {
  const runs = splitRuns(text, start, end, lens.marks);
  return (
    <>
      {runs.map((run) => {
        if (run.marks.length === 0) return <Fragment key={run.start}>{run.text}</Fragment>;
        const inner = run.marks[run.marks.length - 1]!;
        const tags = run.marks.filter((m) => m.tag && m.end === run.end);
        return (
          <span
            key={run.start}
            data-mark={inner.kind}
            data-flag={inner.flag}
            data-mark-index={lens.marks.indexOf(inner)}
            className={`rounded-[2px] ${run.marks.map((m) => m.className).join(' ')}`}
          >
            {run.text}
            {tags.map((m, i) => (
              <sup key={i} aria-hidden="true" className="ml-px font-sans text-[0.6rem] font-semibold not-italic opacity-80">
                {m.tag}
              </sup>
            ))}
          </span>
        );
      })}
    </>
  );
}

const MAX_MARKS = 8;

/** The explanation lines of a sentence: its notes, then each mark's (or only the hovered mark's). */
export function tipLines(lens: SentenceLens, only: number | null): string[][] {
  if (only !== null && lens.marks[only]) return [lens.marks[only]!.explain];
  const blocks = [...lens.notes.map((n) => [n]), ...lens.marks.slice(0, MAX_MARKS).map((m) => m.explain)];
  if (lens.marks.length > MAX_MARKS) blocks.push([`…and ${lens.marks.length - MAX_MARKS} more marked in this sentence.`]);
  return blocks;
}

/**
 * role="tooltip", placed right after the sentence it explains (its previous
 * sibling). Hidden unless `open`; while hidden its text still describes the
 * sentence to assistive technology. Over a mark, the pointer narrows it to
 * that mark.
 */
export function LensTooltip({ id, lens, open }: { id: string; lens: SentenceLens; open: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [only, setOnly] = useState<number | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  // Track the mark under the pointer inside the sentence.
  useLayoutEffect(() => {
    const anchor = ref.current?.previousElementSibling;
    if (!(anchor instanceof HTMLElement) || !open) {
      setOnly(null);
      return;
    }
    const onOver = (e: MouseEvent) => {
      const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-mark-index]') : null;
      setOnly(mark ? Number(mark.dataset.markIndex) : null);
    };
    // The pointer may already be over a mark when the sentence opens.
    const hovered = anchor.querySelectorAll<HTMLElement>('[data-mark-index]:hover');
    const last = hovered[hovered.length - 1];
    setOnly(last ? Number(last.dataset.markIndex) : null);
    anchor.addEventListener('mouseover', onOver);
    return () => anchor.removeEventListener('mouseover', onOver);
  }, [open]);

  // Place it under (or above) the hovered mark, else the sentence's first line; follow scrolling.
  useLayoutEffect(() => {
    const tip = ref.current;
    const anchor = tip?.previousElementSibling;
    if (!open || !tip || !(anchor instanceof HTMLElement)) {
      setPos(null);
      return;
    }
    const place = () => {
      const target = only !== null ? anchor.querySelector<HTMLElement>(`[data-mark-index="${only}"]`) : null;
      const rects = (target ?? anchor).getClientRects();
      const rect = rects[0] ?? anchor.getBoundingClientRect();
      const w = tip.offsetWidth || 320;
      const h = tip.offsetHeight || 60;
      const below = rect.bottom + 6;
      const top = below + h > window.innerHeight - 8 && rect.top - h - 6 > 8 ? rect.top - h - 6 : below;
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - w - 8));
      setPos({ top, left });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, only]);

  const blocks = tipLines(lens, open ? only : null);
  return (
    <span
      ref={ref}
      id={id}
      role="tooltip"
      hidden={!open}
      style={pos ? { top: pos.top, left: pos.left } : { top: -9999, left: -9999 }}
      className="pointer-events-none fixed z-40 block w-max max-w-[min(24rem,calc(100vw-1rem))] rounded-lg bg-stone-900 px-3 py-2 font-sans text-xs leading-relaxed text-white shadow-lg"
    >
      {blocks.map((lines, i) => (
        <span key={i} className={`block ${i > 0 ? 'mt-1.5 border-t border-white/15 pt-1.5' : ''}`}>
          {lines.map((line, j) => (
            <span key={j} className={`block ${j > 0 ? 'text-stone-300' : ''}`}>
              {line}
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

/** How a marking lens draws its marks in the columns: its LensView's `text`. */
export const lensText: LensText = { Runs: LensRuns, Tooltip: LensTooltip };
