import type { VoiceResult } from '../../types';
import { defineLens } from '../lens';
import { reportRuns } from '../voices/chars';
import { detectLoadedWith } from './detect';

/**
 * Loaded, hedging, distancing and intensifying words; reads the voices lens (whose words they are) and the report's
 * letter runs it made (reportRuns: left for the facts lens, which takes them).
 */
export const loadedLens = defineLens('loaded', ({ text, sentences, profile, earlier }) =>
  detectLoadedWith(text, sentences, profile.loaded, earlier.voices as VoiceResult | undefined, profile.evaluative, reportRuns(text, sentences)),
);
