import { DEFAULT_ACTORS } from '../core/actors';
import type { PageActor } from './protocol';

/** The lexicon as the page shows it (see PageActor). */
export function pageActors(): PageActor[] {
  return DEFAULT_ACTORS.actors.map((a) => ({
    id: a.id,
    name: a.name,
    labels: a.labels.flatMap((l) => (l.note ? [{ text: l.text, note: l.note }] : [])),
  }));
}
