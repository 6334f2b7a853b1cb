import type { Lens } from './registry';
import type { LensContext } from './types';
import { lensView } from './views';

/** What the marks of a lens mean; every entry names its non-colour cue. Each lens draws its own items. */
export function LensLegend({ lens, ctx, busy = false }: { lens: Lens; ctx: LensContext; busy?: boolean }) {
  const { Legend } = lensView(lens);
  return (
    <ul aria-label="Lens legend" aria-busy={busy || undefined} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
      <Legend ctx={ctx} />
    </ul>
  );
}
