/** The Facts lens: numbers, sums of money and dates, and who else gives them. */
import type { PageLens } from '../types';

export const factsLens = {
  id: 'facts',
  label: 'Facts',
  description: 'numbers, sums of money and dates, and who else gives them',
} as const satisfies PageLens;
