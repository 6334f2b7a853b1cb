import { useRef, type KeyboardEvent } from 'react';
import { LENSES, lensInfo, type Lens } from './registry';

/** A labelled radio group (segmented control): ←/→ (or ↑/↓) move and select, Home/End jump. */
export function LensSwitcher({ value, onChange, labelId }: { value: Lens; onChange: (lens: Lens) => void; labelId: string }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % LENSES.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + LENSES.length) % LENSES.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = LENSES.length - 1;
    if (next === null) return;
    e.preventDefault();
    onChange(LENSES[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="inline-flex max-w-full flex-wrap gap-0.5 rounded-lg bg-stone-200/70 p-0.5">
      {LENSES.map((lens, i) => {
        const checked = lens === value;
        const info = lensInfo(lens);
        return (
          <button
            key={lens}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            title={info.description}
            onClick={() => onChange(lens)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className={[
              'rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap transition-colors',
              'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700',
              checked ? 'bg-white text-stone-900 shadow-sm ring-1 ring-stone-300' : 'text-stone-600 hover:bg-white/60 hover:text-stone-900',
            ].join(' ')}
          >
            {info.label}
          </button>
        );
      })}
    </div>
  );
}
