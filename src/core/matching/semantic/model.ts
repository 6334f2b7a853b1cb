/**
 * The semantic matcher's link model: logistic regression over the lexical
 * features and the encoder's (matcher.ts), fitted by scripts/train-matcher.ts
 * and stored as data (data/matcher-semantic.json).
 */
import trained from '../../../../data/matcher-semantic.json' with { type: 'json' };
import { checkModel, type LinkModel } from '../lexical/model';
import { FEATURE_NAMES as LEXICAL_FEATURES } from '../lexical/features';

/** In the order semantic/matcher.ts computes them: the lexical features, then the encoder's. */
export const SEMANTIC_FEATURE_NAMES = [...LEXICAL_FEATURES, 'meaning', 'meaningGapA', 'meaningGapB', 'meaningMutual', 'meaningContext'] as const;

export const SEMANTIC_MODEL: LinkModel = checkModel(trained as LinkModel, SEMANTIC_FEATURE_NAMES);
