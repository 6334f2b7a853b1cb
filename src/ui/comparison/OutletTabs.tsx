import { useRef, type KeyboardEvent } from 'react';

export const columnId = (report: number) => `report-column-${report}`;

/**
 * Narrow screens: the outlets as tabs, one report on show at a time. A dot marks the outlets that
 * state the selected claim, so its counterparts are one tap away. ←/→, Home and End move between tabs.
 */
export function OutletTabs({
  names,
  current,
  onChoose,
  marked,
}: {
  names: string[];
  current: number;
  onChoose: (i: number) => void;
  /** Outlets stating the selected claim (null: none selected). */
  marked: ReadonlySet<number> | null;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = names.length;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next === null) return;
    e.preventDefault();
    onChoose(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Outlets"
      data-sticky-tabs
      className="sticky top-0 z-20 flex overflow-x-auto border-b border-stone-300 bg-white px-2"
    >
      {names.map((name, i) => {
        const selected = i === current;
        const has = marked?.has(i) ?? false;
        return (
          <button
            key={i}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={columnId(i)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChoose(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className={`relative flex min-h-11 shrink-0 items-center gap-1.5 border-b-[3px] px-3 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-700 ${
              selected ? 'border-stone-900 text-stone-900' : 'border-transparent text-stone-600 hover:text-stone-900'
            }`}
          >
            {name}
            {has && (
              <>
                <span aria-hidden="true" className="size-2 rounded-full bg-sky-700" />
                <span className="sr-only"> (states the selected claim)</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}
