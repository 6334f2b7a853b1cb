import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
 * move along it, Enter or a click goes to the sentence. Memoised: a strip of a 1,000-sentence report is
 * 1,000 buttons, and its column re-renders on every hover and, while a long report is drawn block by block,
 * on every block (#16).
 */
export const CoverageStrip = memo(function CoverageStrip({ segments, outlet, report }: { segments: readonly CoverageSegment[]; outlet: string; report: number }) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const chunks = useMemo(() => Array.from({ length: Math.ceil(segments.length / STRIP_CHUNK) }, (_, k) => k * STRIP_CHUNK), [segments.length]);
  // A long report's strip mounts a chunk per task (#16: 3 strips of ~930 buttons were ~0.5 s of the first
  // paint's task at 3 × 1,000 on the loaded machine); a short one (one chunk) at once.
  const [mounted, setMounted] = useState(1);
  useEffect(() => {
    if (mounted >= chunks.length) return;
    const t = window.setTimeout(() => setMounted((m) => m + 1), 0);
    return () => window.clearTimeout(t);
  }, [mounted, chunks.length]);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(segments.length - 1, i + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = segments.length - 1;
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
    refs.current[next]?.focus();
  }, [segments.length]);
  if (segments.length === 0) return null;
  return (
    <div className="mt-2">
      <div
        role="toolbar"
        aria-label={`Where ${outlet}’s claims lie: sentences in order, shared, partial or unique`}
        aria-orientation="horizontal"
        className="relative flex h-3.5 items-end rounded-sm bg-stone-50 ring-1 ring-stone-200"
      >
        {chunks.slice(0, mounted).map((from) => (
          <StripChunk
            key={from}
            segments={segments}
            from={from}
            to={Math.min(segments.length, from + STRIP_CHUNK)}
            current={current >= from && current < from + STRIP_CHUNK ? current : -1}
            report={report}
            refs={refs}
            onCurrent={setCurrent}
            onKeyDown={onKeyDown}
          />
        ))}
      </div>
    </div>
  );
});

/** Buttons per chunk of a strip (the strip of a report up to this long renders whole, as before). */
const STRIP_CHUNK = 150;

interface ChunkProps {
  segments: readonly CoverageSegment[];
  from: number;
  to: number;
  /** The strip's tab stop if it is in this chunk, else -1. */
  current: number;
  report: number;
  refs: { current: (HTMLButtonElement | null)[] };
  onCurrent: (i: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, i: number) => void;
}

/** A run of the strip's buttons: a move of the tab stop re-renders the one or two chunks it leaves and enters. */
const StripChunk = memo(function StripChunk({ segments, from, to, current, report, refs, onCurrent, onKeyDown }: ChunkProps) {
  const out = [];
  for (let i = from; i < to; i++) {
    const s = segments[i]!;
    const style = kindStyle(s.kind);
    out.push(
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
          onCurrent(i);
          goToSentence(report, s.sentence);
        }}
        onFocus={() => onCurrent(i)}
        onKeyDown={(e) => onKeyDown(e, i)}
        className="group absolute inset-y-0 flex cursor-pointer items-end focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700"
        style={{ left: `${s.left * 100}%`, width: `max(2px, calc(${s.width * 100}% - 1px))` }}
      >
        <span aria-hidden="true" className={`block w-full rounded-[1px] ${style.bar} ${segmentShape(s.kind)} group-hover:brightness-90`} />
      </button>,
    );
  }
  return <>{out}</>;
});
