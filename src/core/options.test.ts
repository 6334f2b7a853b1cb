import { describe, expect, it } from 'vitest';
import { LINK_MODEL } from './matching/lexical/model';
import { resolveOptions } from './options';

describe('resolveOptions', () => {
  it.each([
    [{}, 0.5, LINK_MODEL.defaultThreshold],
    [{ sensitivity: 0 }, 0, 0.9],
    [{ sensitivity: 1 }, 1, 0.05],
    [{ sensitivity: -3 }, 0, 0.9],
    [{ sensitivity: 7 }, 1, 0.05],
    [{ sensitivity: Number.NaN }, 0.5, LINK_MODEL.defaultThreshold],
  ])('%j → sensitivity %d', (input, sensitivity, threshold) => {
    expect(resolveOptions(input)).toEqual({ sensitivity, threshold });
  });

  it('loosens monotonically', () => {
    const thresholds = [0, 0.25, 0.5, 0.75, 1].map((s) => resolveOptions({ sensitivity: s }).threshold);
    expect([...thresholds].sort((a, b) => b - a)).toEqual(thresholds);
  });
});
