import type { VoiceResult } from '../../types';
import { defineLens } from '../lens';
import { detectActors } from './detect';

/** How each actor is named: the profile's actor lexicon (from overrides), plus the people and bodies the report names (named.ts). */
export const actorsLens = defineLens('actors', ({ text, sentences, profile, earlier }) =>
  detectActors(text, sentences, profile.actors, { profile, voices: earlier.voices as VoiceResult | undefined }),
);
