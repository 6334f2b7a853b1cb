import { defineLens } from '../lens';
import { detectActors } from './detect';

/** How each actor is named (the profile's actor lexicon, from overrides). */
export const actorsLens = defineLens('actors', ({ text, sentences, profile }) => detectActors(text, sentences, profile.actors));
