import { describe, expect, it } from 'vitest';
import { classifyClaim, describeKind } from './classify';

describe('classifyClaim', () => {
  it.each([
    [1, 3, 'unique'],
    [2, 3, 'partial'],
    [3, 3, 'shared'],
    [2, 2, 'shared'],
    [1, 2, 'unique'],
    [4, 6, 'partial'],
  ] as const)('%i of %i reports → %s', (inClaim, total, kind) => {
    expect(classifyClaim(inClaim, total)).toBe(kind);
  });

  it('describes each kind in words', () => {
    expect(describeKind('partial')).toBe('stated by some reports');
  });
});
