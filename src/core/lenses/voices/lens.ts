import { defineLens } from '../lens';
import { detectVoices } from './detect';

/** Who speaks: quotation, reported speech, the outlet's own voice. */
export const voicesLens = defineLens('voices', ({ text, sentences, profile }) => detectVoices(text, sentences, profile));
