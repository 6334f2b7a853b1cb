/**
 * Each registered lens's React side, found by convention: `export const view`
 * in src/ui/lens/<id>/view.tsx (kept apart from the plain-TypeScript
 * definition that the codecs and node tests import). No second list to keep.
 */
import type { Lens } from './registry';
import type { LensView } from './types';

const found = import.meta.glob<LensView>('./*/view.tsx', { eager: true, import: 'view' });

const NONE: LensView = { Legend: () => null };

export function lensView(id: Lens): LensView {
  return found[`./${id}/view.tsx`] ?? NONE;
}

/** The lenses with a part in each outlet's column of the framing summary, in the given (registry) order. */
export function summarySections(ids: readonly Lens[]): { id: Lens; Section: NonNullable<LensView['SummarySection']> }[] {
  return ids.flatMap((id) => {
    const Section = lensView(id).SummarySection;
    return Section ? [{ id, Section }] : [];
  });
}
