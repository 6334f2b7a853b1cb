import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './features';
import { checkModel, LINK_MODEL, linkProbability, modelArrays, weighFeatures } from './model';

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

describe('weighFeatures', () => {
  it('gives linkProbability bit for bit (a table of feature rows, the trained model and a random one)', () => {
    const rows = [FEATURE_NAMES.map(() => 0), FEATURE_NAMES.map(() => 1), FEATURE_NAMES.map((_, k) => k / 7), FEATURE_NAMES.map((_, k) => (k % 3 === 0 ? 0.123456789 : 2.5 - k)), FEATURE_NAMES.map((_, k) => Math.sin(k + 1) * 1e-9)];
    const other = { ...LINK_MODEL, weights: LINK_MODEL.weights.map((w, k) => w * (k - 6.3)), mean: LINK_MODEL.mean.map((m) => m + 0.1), scale: LINK_MODEL.scale.map((s) => s * 1.7), bias: -0.37 };
    for (const model of [LINK_MODEL, other]) {
      const arrays = modelArrays(model);
      for (const row of rows) expect(weighFeatures(Float64Array.from(row), arrays)).toBe(linkProbability(row, model));
    }
  });
});
