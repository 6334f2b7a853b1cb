import { useId, type CSSProperties } from 'react';
import type { Comparison } from '../../core/index';
import { kindStyle } from '../kinds';
import { combinations } from './coverage';

/** How many claims each combination of outlets states: an accessible bar list (text carries the numbers). */
export function Combinations({ comparison, onPick }: { comparison: Comparison; onPick?: (reports: number[]) => void }) {
  const id = useId();
  const combos = combinations(comparison);
  const n = comparison.reports.length;
  const max = Math.max(1, ...combos.map((c) => c.claims));
  if (n < 2) return null;
  // At most seven rows a column (three outlets: one column), so the strip stays low.
  const rows = Math.ceil(combos.length / Math.max(1, Math.ceil(combos.length / 7)));
  return (
    <div role="group" aria-labelledby={id} className="min-w-56">
      <h3 id={id} className="text-xs leading-5 font-medium text-stone-500">
        Claims by combination of outlets
      </h3>
      <ul
        className="mt-0.5 grid grid-flow-col grid-rows-[repeat(var(--rows),auto)] gap-x-6 text-xs leading-4 text-stone-700"
        style={{ '--rows': rows } as CSSProperties}
      >
        {combos.map((c) => {
          const kind = c.reports.length === n ? 'shared' : c.reports.length > 1 ? 'partial' : 'unique';
          return (
            <li key={c.reports.join()} className="grid grid-cols-[minmax(9rem,auto)_4.5rem_1.75rem] items-center gap-x-2">
              {onPick && c.claims > 0 ? (
                <button
                  type="button"
                  onClick={() => onPick(c.reports)}
                  title={`List the claims stated by ${c.label}`}
                  className="truncate rounded text-left text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800 focus-visible:outline-2 focus-visible:outline-sky-700"
                >
                  {c.label}
                </button>
              ) : (
                <span className="truncate" title={c.label}>
                  {c.label}
                </span>
              )}
              <span aria-hidden="true" className="h-2 rounded-sm bg-stone-100">
                <span className={`block h-full rounded-sm ${kindStyle(kind).bar}`} style={{ width: `${(c.claims / max) * 100}%` }} />
              </span>
              <span className="text-right font-medium text-stone-900 tabular-nums">
                <span className="sr-only">: </span>
                {c.claims}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
