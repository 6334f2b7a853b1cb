/**
 * The link model: logistic regression over the pair features (features.ts),
 * fitted on the development sets by scripts/train-matcher.ts and stored as
 * data in data/matcher-model.json, so retraining changes no code.
 */
import trained from '../../../../data/matcher-model.json' with { type: 'json' };
import { FEATURE_NAMES } from './features';

export interface LinkModel {
  schema: 'parallax.matcher-model/1';
  features: string[];
  /** Standardisation: x' = (x - mean) / scale. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The probability a link needs at the default sensitivity, chosen on the development sets. */
  defaultThreshold: number;
  /** At most this many sentences of one report in a claim, chosen with the threshold (see align.ts). */
  maxPerReport: number;
  /** From this probability a link is "strong" (out-of-fold precision ≥ 0.8 on the development sets); below it, "possible". */
  strongProbability: number;
}

/** Fails loudly at load time if the model and the feature code disagree: a stale model would score garbage. */
export function checkModel(model: LinkModel, names: readonly string[] = FEATURE_NAMES): LinkModel {
  const expected = names.join(',');
  if (model.features.join(',') !== expected) {
    throw new Error(`matcher model features (${model.features.join(',')}) do not match the code (${expected}): run npm run train`);
  }
  return model;
}

export const LINK_MODEL: LinkModel = checkModel(trained as LinkModel);

/** P(same fact) for one pair's features. */
export function linkProbability(x: number[], model: LinkModel = LINK_MODEL): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[k]! * ((x[k]! - model.mean[k]!) / model.scale[k]!);
  return 1 / (1 + Math.exp(-z));
}

/** A model's numbers as typed arrays, for `weighFeatures` (copied per scoring: a model edited in place is never stale). */
export interface ModelArrays {
  bias: number;
  weights: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
}

export function modelArrays(model: LinkModel): ModelArrays {
  return { bias: model.bias, weights: Float64Array.from(model.weights), mean: Float64Array.from(model.mean), scale: Float64Array.from(model.scale) };
}

/**
 * `linkProbability` on a scratch Float64Array of features, term for term (the same sum in the same
 * order, so the same bits; model.test.ts compares them): the lexical matcher weighs every candidate
 * from one scratch array, and a call site that sees only typed arrays stays monomorphic.
 */
export function weighFeatures(x: Float64Array, m: ModelArrays): number {
  let z = m.bias;
  const { weights, mean, scale } = m;
  for (let k = 0; k < x.length; k++) z += weights[k]! * ((x[k]! - mean[k]!) / scale[k]!);
  return 1 / (1 + Math.exp(-z));
}
