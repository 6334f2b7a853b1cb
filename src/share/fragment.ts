/**
 * The address fragment that carries shared reports (`#r=<payload>`): written
 * and read here, apart from the codec, so the page's router (in the main
 * bundle) can tell a shared comparison from an event without loading the
 * decoder and its validation (shareState.ts, in the shared page's chunks).
 */

/** The fragment parameter: `#r=<payload>`. */
export const FRAGMENT_PARAM = 'r';

/** `#r=<payload>`: the whole location hash for a payload. */
export function formatFragment(payload: string): string {
  return `#${FRAGMENT_PARAM}=${payload}`;
}

/** What a location hash asks for. */
export type FragmentTarget =
  /** No shared reports: show a bundled event, which the query string (`?event=…&claim=…`) names. */
  | { kind: 'event' }
  /** Shared reports: hand `payload` to `decodeShare` (it may be empty or broken; decodeShare says so). */
  | { kind: 'reports'; payload: string };

/**
 * Reads `location.hash`. Anything without an `r=` part (no hash, "#main", a
 * skip-link anchor) is `{ kind: 'event' }`. Percent-encoding added by a chat
 * app is undone. Never throws.
 */
export function parseFragment(hash: string): FragmentTarget {
  if (typeof hash !== 'string') return { kind: 'event' };
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (/%[0-9A-Fa-f]{2}/.test(h)) {
    try {
      h = decodeURIComponent(h);
    } catch {
      // keep it as it is
    }
  }
  for (const part of h.split('&')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === FRAGMENT_PARAM) return { kind: 'reports', payload: part.slice(eq + 1) };
  }
  return { kind: 'event' };
}
