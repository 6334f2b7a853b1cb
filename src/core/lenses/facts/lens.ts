import { defineLens } from '../lens';
import { reportRuns } from '../voices/chars';
import { detectFactsWith } from './detect';

/**
 * Numbers, sums of money, dates and names, normalised for comparison across reports. Reads (and takes) the
 * report's letter runs the voices lens made (reportRuns) instead of scanning the text's characters again.
 */
export const factsLens = defineLens('facts', ({ text, sentences, profile }) => detectFactsWith(text, sentences, profile, reportRuns(text, sentences, true)).facts);
