/** The claims view (the default lens): no marks, the claim kinds' tints. */
import type { PageLens } from '../types';

export const claimsLens = {
  id: 'claims',
  label: 'Claims',
  description: 'which facts the outlets share, and which only one states',
  hint: 'Hover or focus a sentence to find its claim in the other reports; click or Enter compares the wording; ↑ ↓ sentences, ← → reports.',
} as const satisfies PageLens;
