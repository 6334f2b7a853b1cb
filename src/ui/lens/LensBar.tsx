import { useId } from 'react';
import { lensInfo, type Lens } from './lens';
import { LensLegend } from './LensLegend';
import { LensSwitcher } from './LensSwitcher';

/** The bar over the columns: the lens switcher, and the active lens's legend and hint. */
export function LensBar({ lens, onLens, actors }: { lens: Lens; onLens: (lens: Lens) => void; actors?: readonly string[] }) {
  const labelId = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-stone-200 bg-white px-5 py-2 lg:px-6">
      <div className="flex items-center gap-2.5">
        <span id={labelId} className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
          Lens
        </span>
        <LensSwitcher value={lens} onChange={onLens} labelId={labelId} />
      </div>
      {lens === 'claims' ? (
        <p className="text-xs text-stone-500">Switch lens to see {lensInfo('voices').description}, labels, loaded words or figures.</p>
      ) : (
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <LensLegend lens={lens} actors={actors} />
          <p className="text-xs text-stone-500">
            {lensInfo(lens).label}: {lensInfo(lens).description}. Hover or focus a sentence for what is marked and why.
          </p>
        </div>
      )}
    </div>
  );
}
