import { useId } from 'react';
import { lensOf, type Lens } from './registry';
import type { LensContext } from './types';
import { LensLegend } from './LensLegend';
import { LensSwitcher } from './LensSwitcher';
import { useLensLoadFailure } from './views';

/**
 * The bar over the columns: the lens switcher (`lens`, the chosen one), and the legend and hint of the lens
 * the columns show (`shown`: the chosen one once its view is loaded, views.ts).
 */
export function LensBar({ lens, shown = lens, onLens, ctx }: { lens: Lens; shown?: Lens; onLens: (lens: Lens) => void; ctx: LensContext }) {
  const labelId = useId();
  const info = lensOf(shown);
  const { failed, retry } = useLensLoadFailure(lens);
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-stone-200 bg-white px-5 py-1.5 lg:px-6">
      <div className="flex items-center gap-2.5">
        <span id={labelId} className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
          Lens
        </span>
        <LensSwitcher value={lens} onChange={onLens} labelId={labelId} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <LensLegend lens={shown} ctx={ctx} busy={shown !== lens && !failed} />
        {failed && shown !== lens && (
          <p role="alert" className="text-xs text-red-800">
            The {lensOf(lens).label} lens could not be loaded (offline, or the app was updated); the columns still show {info.label}.{' '}
            <button type="button" onClick={retry} className="font-medium underline underline-offset-2 hover:text-red-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800">
              Try again
            </button>
          </p>
        )}
        {(() => {
          const hint = info.hint ?? `${info.label}: ${info.description}. Hover or focus a sentence for what is marked and why.`;
          return (
            <p className="truncate text-xs text-stone-600" title={hint}>
              {hint}
            </p>
          );
        })()}
      </div>
    </div>
  );
}
