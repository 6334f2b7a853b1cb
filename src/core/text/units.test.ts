import { describe, expect, it } from 'vitest';
import { unitTable } from './units';

describe('unitTable', () => {
  it.each([
    [0x41, 'A', 1],
    [0x61, 'a', 2],
    [0x20, ' ', 0],
    [0xd800, 'a lone high surrogate', 0],
    [0xdfff, 'a lone low surrogate', 0],
  ])('unit %i (%s) gets class %i', (c, _label, want) => {
    const table = unitTable(0xe000, (ch) => (/^\p{Lu}$/u.test(ch) ? 1 : /^\p{Ll}$/u.test(ch) ? 2 : 0));
    expect(table[c]).toBe(want);
  });

  it('covers exactly the units below its end', () => {
    expect(unitTable(3, () => 7)).toEqual(new Uint8Array([7, 7, 7]));
  });
});
