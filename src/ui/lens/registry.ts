/**
 * Every lens the page knows, in switcher order. Adding a lens = a folder
 * src/ui/lens/<id>/ (index.ts: its PageLens; view.tsx: its LensView, found
 * by views.ts; marks.ts: styles, marks, tooltip text), and one line here. The
 * switcher, the legend and hint (LensBar), the `lens=` value in the address,
 * links and files (src/ui/view/fields.ts), and the framing summary's sections
 * all read this list. The first entry is the default (the claims view).
 * Plain TypeScript (no JSX): the codecs and node-side tests import it.
 */
import { claimsLens } from './claims';
import { factsLens } from './facts';
import { labelsLens } from './labels';
import { loadedLens } from './loaded';
import type { PageLens } from './types';
import { voicesLens } from './voices';

export const LENS_REGISTRY = [
  claimsLens,
  voicesLens,
  labelsLens,
  loadedLens,
  factsLens,
] as const satisfies readonly PageLens[];

export type Lens = (typeof LENS_REGISTRY)[number]['id'];

export const LENSES: readonly Lens[] = LENS_REGISTRY.map((l) => l.id);

export const DEFAULT_LENS: Lens = LENS_REGISTRY[0].id;

export function lensOf(id: Lens): PageLens<Lens> {
  return (LENS_REGISTRY.find((l) => l.id === id) ?? LENS_REGISTRY[0]) as PageLens<Lens>;
}

/** The value in the address (`lens=`), or null for a value that is not a lens. */
export function parseLens(raw: string | null | undefined): Lens | null {
  const v = raw?.trim().toLowerCase() ?? '';
  return (LENSES as readonly string[]).includes(v) ? (v as Lens) : null;
}

export function lensInfo(lens: Lens): { label: string; description: string } {
  const l = lensOf(lens);
  return { label: l.label, description: l.description };
}
