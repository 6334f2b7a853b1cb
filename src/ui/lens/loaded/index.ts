/** The Loaded language lens. */
import type { PageLens } from '../types';

export const loadedLens = {
  id: 'loaded',
  label: 'Loaded language',
  description: 'loaded, hedging, distancing and intensifying words',
} as const satisfies PageLens;
