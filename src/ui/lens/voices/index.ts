/** The Voices lens: who is quoted or cited, and what the outlet says in its own voice. */
import type { PageLens } from '../types';

export const voicesLens = {
  id: 'voices',
  label: 'Voices',
  description: 'who is quoted or cited, and what the outlet says in its own voice',
} as const satisfies PageLens;
