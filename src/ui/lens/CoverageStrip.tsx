import { useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimKind } from '../../core/index';
import { kindStyle } from '../kinds';
import { focusInColumn } from '../comparison/scrollInColumn';
import type { CoverageSegment } from './coverage';

/** Height encodes the kind as well as colour: shared full, partial two thirds (hatched), unique one third. */
export function segmentShape(kind: ClaimKind): string {
  switch (kind) {
    case 'shared':
      return 'h-full';
    case 'partial':
      return 'h-2/3 bg-[repeating-linear-gradient(135deg,transparent_0_2px,rgb(255_255_255/0.55)_2px_3px)]';
    case 'unique':
      return 'h-1/3';
  }
}

/** Scrolls a column to one of its sentences and focuses it. */
export function goToSentence(report: number, sentence: number) {
  const el = document.querySelector<HTMLElement>(`section[data-report="${report}"] [data-sentence="${sentence}"]`);
  if (!el) return;
  // Only the column (or, on narrow screens, the document) scrolls: never the page around the columns.
  focusInColumn(el, 'center');
}

/**
 * A thin strip of the report's sentences in text order, each as wide as it is
 * long: where the shared, partial and unique claims lie. One tab stop; ←/→
 * move along it, Enter or a click goes to the sentence.
 */
export function CoverageStrip({ segments, outlet, report }: { segments: readonly CoverageSegment[]; outlet: string; report: number }) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  if (segments.length === 0) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(segments.length - 1, i + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = segments.length - 1;
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="mt-2">
      <div
        role="toolbar"
        aria-label={`Where ${outlet}’s claims lie: sentences in order, shared, partial or unique`}
        aria-orientation="horizontal"
        className="relative flex h-3.5 items-end rounded-sm bg-stone-50 ring-1 ring-stone-200"
      >
        {segments.map((s, i) => {
          const style = kindStyle(s.kind);
          return (
            <button
              key={s.sentence}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              tabIndex={i === current ? 0 : -1}
              data-coverage-kind={s.kind}
              aria-label={`Sentence ${s.sentence + 1} of ${segments.length}: ${style.label.toLowerCase()} claim (${s.claim})`}
              title={`Sentence ${s.sentence + 1}: ${style.label.toLowerCase()} claim (${s.claim})`}
              onClick={() => {
                setCurrent(i);
                goToSentence(report, s.sentence);
              }}
              onFocus={() => setCurrent(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className="group absolute inset-y-0 flex cursor-pointer items-end focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700"
              style={{ left: `${s.left * 100}%`, width: `max(2px, calc(${s.width * 100}% - 1px))` }}
            >
              <span aria-hidden="true" className={`block w-full rounded-[1px] ${style.bar} ${segmentShape(s.kind)} group-hover:brightness-90`} />
            </button>
          );
        })}
      </div>
    </div>
  );
}
