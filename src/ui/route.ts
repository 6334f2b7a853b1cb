/**
 * Which page the address asks for. Pure and total.
 *
 *   #r=v1.…        the user's own reports, carried whole in the fragment (see src/share)
 *   ?new           the "New comparison" editor (with the bundled events and recent comparisons beside it)
 *   anything else  a bundled event, whose view the query string holds (see urlState.ts)
 *
 * The fragment wins over the query string: a shared link never needs one.
 */
import { formatFragment, parseFragment } from '../share/fragment';

export type Route =
  | { page: 'event' }
  | { page: 'new' }
  /** `payload` is whatever follows "r=" (possibly empty or damaged: decodeShare says so). */
  | { page: 'shared'; payload: string };

/** The query parameter of the editor page. */
export const NEW_PARAM = 'new';

function hasParam(search: string, name: string): boolean {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).has(name);
  } catch {
    return false;
  }
}

export function parseRoute(search: string, hash: string): Route {
  const target = parseFragment(typeof hash === 'string' ? hash : '');
  if (target.kind === 'reports') return { page: 'shared', payload: target.payload };
  if (hasParam(typeof search === 'string' ? search : '', NEW_PARAM)) return { page: 'new' };
  return { page: 'event' };
}

/** The address (path-relative: search and hash only) of a route. */
export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'event':
      return '';
    case 'new':
      return `?${NEW_PARAM}`;
    case 'shared':
      return formatFragment(route.payload);
  }
}
