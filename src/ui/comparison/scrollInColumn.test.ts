import { describe, expect, it } from 'vitest';
import { scrollTarget } from './scrollInColumn';

const box = { scrollTop: 100, view: 400, height: 40, max: 2000 };

describe('scrollTarget', () => {
  it('leaves a box already in view alone with "nearest"', () => {
    expect(scrollTarget({ ...box, offset: 50 }, 'nearest')).toBeNull();
  });
  it('moves as little as possible with "nearest"', () => {
    expect(scrollTarget({ ...box, offset: 500 }, 'nearest')).toBe(100 + 500 + 40 - 392);
    expect(scrollTarget({ ...box, offset: -60 }, 'nearest')).toBe(100 - 60 - 8);
  });
  it('centres, or puts a third of the way down, and stays within the scroll range', () => {
    expect(scrollTarget({ ...box, offset: 500 }, 'center')).toBe(100 + 500 - 180);
    expect(scrollTarget({ ...box, offset: 500 }, 'third')).toBe(Math.round(100 + 500 - (400 / 3 - 20)));
    expect(scrollTarget({ ...box, offset: -90 }, 'center')).toBe(0);
    expect(scrollTarget({ ...box, offset: 5000 }, 'center')).toBe(2000);
  });
  it('keeps clear of a sticky header (inset)', () => {
    expect(scrollTarget({ ...box, offset: 10 }, 'nearest', 60)).toBe(100 + 10 - 68);
  });
});
