/**
 * Each registered lens's React side, found by convention: `export const view`
 * in src/ui/lens/<id>/view.tsx (kept apart from the plain-TypeScript
 * definition that the codecs and node tests import). No second list to keep.
 *
 * The claims view (the default lens, the first screen's) is part of the page;
 * every other lens's view (its marks, legend and framing-summary section) is a
 * chunk loaded when that lens is first shown, or when the browser is idle once
 * a comparison is on screen (preloadLensViews). The first screen never runs
 * them: with the marked-text renderer (LensText.tsx, runs.ts) they were about
 * 5.5 KiB of the entry's gzip -9 size (source-map shares, 2026-12-02).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { view as claimsView } from './claims/view';
import { createLoader } from './loader';
import { DEFAULT_LENS, LENSES, type Lens } from './registry';
import type { LensView } from './types';

const chunks = import.meta.glob<LensView>(['./*/view.tsx', '!./claims/view.tsx'], { import: 'view' });

const NONE: LensView = { Legend: () => null };

const views = createLoader<Lens, LensView>(
  new Map(LENSES.map((id) => [id, chunks[`./${id}/view.tsx`] ?? (() => Promise.resolve(NONE))])),
  [[DEFAULT_LENS, claimsView]],
);

export const loadLensView = (id: Lens): Promise<LensView> => views.load(id);

export const loadAllLensViews = (): Promise<LensView[]> => Promise.all(LENSES.map(views.load));

/** Fetches the other lenses' views when the browser is idle, so a switch finds them loaded. Returns the cancel. */
export function preloadLensViews(): () => void {
  const run = () => void loadAllLensViews().catch(() => {});
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1000);
  return () => clearTimeout(id);
}

/**
 * The lens to draw: `lens` once its view is loaded (loading it if need be); until then the last lens this
 * component drew (at first, the claims view). The switcher answers at once with `lens`; the legend, hint and
 * columns keep the previous lens for the chunk's round trip rather than show an empty legend or bare text.
 */
export function useShownLens(lens: Lens): Lens {
  const ready = useSyncExternalStore(views.subscribe, () => views.loaded(lens) !== undefined, () => views.loaded(lens) !== undefined);
  const [shown, setShown] = useState<Lens>(() => (ready ? lens : DEFAULT_LENS));
  if (ready && shown !== lens) setShown(lens);
  useEffect(() => {
    if (!ready) void views.load(lens).catch(() => {});
  }, [lens, ready]);
  return ready ? lens : shown;
}

/**
 * Whether `lens`'s view failed to load (offline, a deploy that replaced the chunk), so the bar can say so instead
 * of showing the chosen lens over the old columns without a word; `retry` fetches it again (the loader forgets a
 * failed load).
 */
export function useLensLoadFailure(lens: Lens): { failed: boolean; retry: () => void } {
  const failed = useSyncExternalStore(views.subscribe, () => views.failed(lens), () => views.failed(lens));
  return { failed, retry: () => void views.load(lens).catch(() => {}) };
}

/** The view of a loaded lens (useShownLens says which one is); a lens not loaded yet draws nothing. */
export function lensView(id: Lens): LensView {
  return views.loaded(id) ?? NONE;
}

/**
 * The lenses with a part in each outlet's column of the framing summary, in the given (registry) order.
 * Their views must be loaded (loadAllLensViews): the framing summary's chunk waits for them.
 */
export function summarySections(ids: readonly Lens[]): { id: Lens; Section: NonNullable<LensView['SummarySection']> }[] {
  return ids.flatMap((id) => {
    const Section = lensView(id).SummarySection;
    return Section ? [{ id, Section }] : [];
  });
}
