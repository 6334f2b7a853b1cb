import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './features';
import { checkModel, LINK_MODEL, linkProbability } from './model';

describe('link model', () => {
  it('names the features the code computes, in order', () => {
    expect(LINK_MODEL.features).toEqual([...FEATURE_NAMES]);
  });

  it('refuses a model trained on other features', () => {
    expect(() => checkModel({ ...LINK_MODEL, features: ['cosine'] })).toThrow(/npm run train/);
  });

  it('turns features into a probability', () => {
    const model = { ...LINK_MODEL, mean: LINK_MODEL.mean.map(() => 0), scale: LINK_MODEL.scale.map(() => 1), weights: LINK_MODEL.weights.map(() => 0), bias: 0 };
    expect(linkProbability(FEATURE_NAMES.map(() => 1), model)).toBe(0.5);
    expect(linkProbability(FEATURE_NAMES.map(() => 1), { ...model, bias: Math.log(3) })).toBeCloseTo(0.75, 10);
  });
});
