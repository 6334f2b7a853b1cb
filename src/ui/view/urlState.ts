/**
 * The view as it lives in the address bar: the query-string side of the
 * field table in fields.ts (which declares every field, its default and its
 * codecs once). `parse` and `format` are pure and total: any search string
 * gives a valid ViewState (unknown parts fall back to defaults), and
 * `parse(format(s))` gives `s` back.
 */
import { formatQuery, parseQuery, type ViewState } from './fields';

export { DEFAULT_VIEW, type Panel, type ViewState } from './fields';

export const parse: (search: string) => ViewState = parseQuery;
export const format: (state: ViewState) => string = formatQuery;

export interface Known {
  /** Event ids in manifest order (the first is the default). */
  events: readonly string[];
  /** Claim ids of the current comparison, or null while it is not known yet. */
  claims: ReadonlySet<string> | null;
}

export interface Resolved {
  state: ViewState;
  /** A message for the reader when the link asked for something that is not there. */
  notice: string | null;
}

/**
 * Checks a parsed state against what exists. Unknown event → the default
 * event (with a notice); a claim that is not in the comparison → no selection.
 */
export function resolveView(state: ViewState, known: Known): Resolved {
  let notice: string | null = null;
  let { event, claim } = state;
  const fallback = known.events[0] ?? null;
  if (event === null || !known.events.includes(event)) {
    if (event !== null) {
      notice = fallback
        ? `The link asked for an event that is not available (“${event}”), so the default event is shown.`
        : `The link asked for an event that is not available (“${event}”).`;
      claim = null;
    }
    event = fallback;
  }
  if (claim !== null && known.claims !== null && !known.claims.has(claim)) {
    notice ??= `The link asked for a claim that does not exist in this comparison (“${claim}”), so nothing is selected.`;
    claim = null;
  }
  return { state: { ...state, event, claim }, notice };
}
