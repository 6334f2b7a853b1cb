/**
 * The actor lexicon as the page needs it (names, order → colour, tags), read
 * straight from the data file: importing it from src/core/actors would pull
 * the label matcher into the main bundle.
 */
import actorData from '../../../data/actors.json' with { type: 'json' };
import type { ActorLexicon } from '../../core/index';

export const PAGE_ACTORS = actorData as ActorLexicon;
