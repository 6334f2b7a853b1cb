import { defineLens } from '../lens';
import { detectFacts } from './detect';

/** Numbers, sums of money, dates and names, normalised for comparison across reports. */
export const factsLens = defineLens('facts', ({ text, sentences, profile }) => detectFacts(text, sentences, profile).facts);
