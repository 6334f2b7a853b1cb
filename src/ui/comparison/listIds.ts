/**
 * What the page needs of the claims list without loading it (ClaimsList.tsx is a lazily loaded chunk):
 * its element ids and its filter, read from the view.
 */
import type { KindFilter } from '../view/fields';
import type { ComparisonView } from './types';

export const CLAIMS_LIST_ID = 'claims-list';
export const CLAIMS_TABLE_ID = 'claims-table';

export interface ListFilter {
  kind: KindFilter;
  outlets: string | null;
  only: boolean;
  q: string;
}

export function listFilterOf(view: Partial<ComparisonView>): ListFilter {
  return { kind: view.kind ?? null, outlets: view.outlets ?? null, only: view.only ?? false, q: view.q ?? '' };
}
