import type { VoiceResult } from '../../types';
import { defineLens } from '../lens';
import { detectLoaded } from './detect';

/** Loaded, hedging, distancing and intensifying words; reads the voices lens (whose words they are). */
export const loadedLens = defineLens('loaded', ({ text, sentences, profile, earlier }) =>
  detectLoaded(text, sentences, profile.loaded, earlier.voices as VoiceResult | undefined, profile.evaluative),
);
