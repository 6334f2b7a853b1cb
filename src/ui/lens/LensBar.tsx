import { useId } from 'react';
import { lensInfo, type Lens } from './lens';
import { LensLegend } from './LensLegend';
import { LensSwitcher } from './LensSwitcher';

/** The bar over the columns: the lens switcher, and the active lens's legend and hint. */
export function LensBar({ lens, onLens, actors }: { lens: Lens; onLens: (lens: Lens) => void; actors?: readonly string[] }) {
  const labelId = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-stone-200 bg-white px-5 py-1.5 lg:px-6">
      <div className="flex items-center gap-2.5">
        <span id={labelId} className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
          Lens
        </span>
        <LensSwitcher value={lens} onChange={onLens} labelId={labelId} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <LensLegend lens={lens} actors={actors} />
        <p className="text-xs text-stone-500">
          {lens === 'claims' ? (
            <>
              Hover or focus a sentence to find its claim in the other reports; click or Enter compares the wording; ↑ ↓
              sentences, ← → reports.
            </>
          ) : (
            <>
              {lensInfo(lens).label}: {lensInfo(lens).description}. Hover or focus a sentence for what is marked and why.
            </>
          )}
        </p>
      </div>
    </div>
  );
}
