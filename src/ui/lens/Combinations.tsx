import { useId } from 'react';
import type { Comparison } from '../../core/index';
import { kindStyle } from '../kinds';
import { combinations } from './coverage';

/** How many claims each combination of outlets states: an accessible bar list (text carries the numbers). */
export function Combinations({ comparison }: { comparison: Comparison }) {
  const id = useId();
  const combos = combinations(comparison);
  const n = comparison.reports.length;
  const max = Math.max(1, ...combos.map((c) => c.claims));
  if (n < 2) return null;
  return (
    <div role="group" aria-labelledby={id} className="min-w-56">
      <h3 id={id} className="text-xs text-stone-500">
        Claims by combination of outlets
      </h3>
      <ul className="mt-1 space-y-0.5 text-xs text-stone-700">
        {combos.map((c) => {
          const kind = c.reports.length === n ? 'shared' : c.reports.length > 1 ? 'partial' : 'unique';
          return (
            <li key={c.reports.join()} className="grid grid-cols-[minmax(9rem,auto)_6rem_2rem] items-center gap-2">
              <span className="truncate" title={c.label}>
                {c.label}
              </span>
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
