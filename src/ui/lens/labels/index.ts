/** The Labels lens: how each outlet names the actors. */
import type { PageLens } from '../types';

export const labelsLens = {
  id: 'labels',
  label: 'Labels',
  description: 'how each outlet names the actors',
} as const satisfies PageLens;
