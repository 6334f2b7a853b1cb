import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctIn, sortedDistinctIn } from './id-lists';

describe('sortedDistinctIn', () => {
  it.each([
    [[9, 9], [], [9, 9]],
    [[9], [3, 1, 2], [9, 1, 2, 3]],
    [[], [5, 5, 5], [5]],
    [[7], [4, 2, 4, 2, 0], [7, 0, 2, 4]],
    [[], [], []],
  ])('keeps %j and sorts %j', (before, list, expected) => {
    const a = Int32Array.from([...before, ...list, -1]);
    const end = sortedDistinctIn(a, before.length, before.length + list.length);
    expect(Array.from(a.subarray(0, end))).toEqual(expected);
    expect(a[a.length - 1]).toBe(-1);
  });

  it('equals a Set and a sort (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 1000 })), fc.array(fc.integer({ min: 0, max: 20 })), (before, list) => {
        const a = Int32Array.from([...before, ...list]);
        const end = sortedDistinctIn(a, before.length, a.length);
        expect(Array.from(a.subarray(0, end))).toEqual([...before, ...[...new Set(list)].sort((x, y) => x - y)]);
      }),
    );
  });
});

describe('distinctIn', () => {
  it('keeps first occurrences in order, like a Set, under a stamp other lists left behind (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 1000 })), fc.array(fc.array(fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 4 }), (before, lists) => {
        const seen = new Int32Array(21);
        lists.forEach((list, k) => {
          const a = Int32Array.from([...before, ...list, -1]);
          const end = distinctIn(a, before.length, before.length + list.length, seen, k + 1);
          expect(Array.from(a.subarray(0, end))).toEqual([...before, ...new Set(list)]);
          expect(a[a.length - 1]).toBe(-1);
          // Sorted afterwards: what sortedDistinctIn makes of the whole list.
          const b = Int32Array.from([...before, ...list]);
          expect(sortedDistinctIn(a, before.length, end)).toBe(sortedDistinctIn(b, before.length, b.length));
          expect(Array.from(a.subarray(0, end))).toEqual(Array.from(b.subarray(0, end)));
        });
      }),
    );
  });
});
