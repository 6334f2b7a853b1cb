import { DEFAULT_ACTORS } from '../core/actors';
import type { PageActor } from './protocol';

let cached: PageActor[] | null = null;

/** The lexicon as the page shows it (see PageActor), made once. */
export function pageActors(): PageActor[] {
  cached ??= DEFAULT_ACTORS.actors.map((a) => ({
    id: a.id,
    name: a.name,
    labels: a.labels.flatMap((l) => (l.note ? [{ text: l.text, note: l.note }] : [])),
  }));
  return cached;
}
