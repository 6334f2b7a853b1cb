import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParts, splitForPosting } from './split';

describe('splitForPosting / joinParts', () => {
  it('empties the big arrays of a copy and lists their items in parts', () => {
    const value = { a: [1, 2, 3, 4, 5, 6], b: { c: ['x', 'y'] }, d: 'small' };
    const { head, parts } = splitForPosting(value, 20);
    expect(head).toEqual({ a: [], b: { c: ['x', 'y'] }, d: 'small' });
    expect(parts).toEqual([
      { path: ['a'], items: [1, 2] },
      { path: ['a'], items: [3, 4] },
      { path: ['a'], items: [5, 6] },
    ]);
    expect(value.a).toEqual([1, 2, 3, 4, 5, 6]);
    expect(joinParts(head, parts)).toEqual(value);
  });
  it('leaves a value within the budget whole (no parts)', () => {
    const value = { claims: [{ id: 'c1' }], reports: [] };
    expect(splitForPosting(value, 1000)).toEqual({ head: value, parts: [] });
  });
  it('goes down into objects and arrays of arrays', () => {
    const value = { reports: [{ framing: { voices: ['q'.repeat(30), 'r'.repeat(30)] }, id: 'r1' }] };
    const { head, parts } = splitForPosting(value, 40);
    expect(head).toEqual({ reports: [{ framing: { voices: [] }, id: 'r1' }] });
    expect(parts.map((p) => p.path)).toEqual([
      ['reports', 0, 'framing', 'voices'],
      ['reports', 0, 'framing', 'voices'],
    ]);
    expect(joinParts(head, parts)).toEqual(value);
  });
  it('sends the middling fields of a big object in parts, packed up to the budget', () => {
    const value = { id: 'r1', a: 'a'.repeat(70), b: 'b'.repeat(70), c: 'c'.repeat(70) };
    const { head, parts } = splitForPosting(value, 150);
    expect(head).toEqual({ id: 'r1', a: null, b: null, c: null });
    expect(parts).toEqual([
      { path: [], fields: { a: 'a'.repeat(70), b: 'b'.repeat(70) } },
      { path: [], fields: { c: 'c'.repeat(70) } },
    ]);
    expect(joinParts(head, parts)).toEqual(value);
  });
  it('keeps a field named __proto__ as a field (not the prototype), in the head and in parts', () => {
    // fast-check's counterexample from CI, then the same key among middling fields sent in a part.
    const small = JSON.parse('[{"__proto__":null}]') as unknown[];
    const { head, parts } = splitForPosting(small, 1);
    const joined = joinParts(structuredClone(head), structuredClone(parts)) as Record<string, unknown>[];
    expect(Object.keys(joined[0]!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(joined[0])).toBe(Object.prototype);
    expect(joined).toEqual(small);
    const big = JSON.parse(`{"id":"r1","__proto__":"${'p'.repeat(70)}","b":"${'b'.repeat(70)}"}`) as Record<string, unknown>;
    const split = splitForPosting(big, 100);
    expect(split.parts).toHaveLength(2);
    const back = joinParts(structuredClone(split.head), structuredClone(split.parts));
    expect(Object.keys(back)).toEqual(['id', '__proto__', 'b']);
    expect(back).toEqual(big);
  });
  it('round-trips any JSON value, whatever the budget', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), (value, budget) => {
        const { head, parts } = splitForPosting(value, budget);
        expect(joinParts(structuredClone(head), structuredClone(parts))).toEqual(value);
      }),
    );
  });
});
