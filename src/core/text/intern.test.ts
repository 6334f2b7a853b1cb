import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashOf, internString, WordTable } from './intern';

interface Entry {
  surface: string;
  n: number;
}

describe('WordTable = a Map from the characters in place', () => {
  it('finds what was added, misses the rest, grows and resets at its limit like a Map cleared there (fast-check)', () => {
    const word = fc.oneof(fc.constantFrom('', 'a', 'A', 'the', 'The', 'é', 'ж', 'x'.repeat(40), 'abcdefg', 'abcdefgh', 'abcdefgi', 'abcdefghi', 'abcdefghj', '\uffff\u8000', '\u8000\uffff', '\u8000', '😀😀😀😀x'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat(3)), { maxLength: 3000 }), fc.integer({ min: 1, max: 2500 }), (ops, limit) => {
        const table = new WordTable<Entry>(limit);
        let map = new Map<string, Entry>();
        let n = 0;
        for (const [w, pad] of ops) {
          // The word read in place inside a longer text.
          const text = '#'.repeat(pad) + w + '#';
          const got = pad % 2 ? table.get(text, pad, pad + w.length) : table.getHashed(text, pad, pad + w.length, hashOf(text, pad, pad + w.length));
          expect(got).toBe(map.get(w));
          if (got === undefined) {
            if (map.size >= limit) map = new Map();
            const e = { surface: w, n: n++ };
            map.set(w, e);
            expect(table.entry(table.add(e))).toBe(e);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives back each entry\'s index and tag, across growths and a clear', () => {
    const table = new WordTable<Entry>(Infinity);
    const words = Array.from({ length: 5000 }, (_, i) => `word-${i}`);
    words.forEach((w, n) => {
      expect(table.find(w, 0, w.length, hashOf(w, 0, w.length))).toBe(-1);
      expect(table.add({ surface: w, n }, n % 4096)).toBe(n);
    });
    words.forEach((w, n) => {
      const at = table.find(`[${w}]`, 1, w.length + 1, hashOf(w, 0, w.length));
      expect([table.indexAt(at), table.tagAt(at), table.packedAt(at), table.entryAt(at).n, table.entry(n).surface]).toEqual([n, n % 4096, n * 4096 + (n % 4096), n, w]);
    });
    expect(table.count).toBe(5000);
    table.clear();
    expect([table.count, table.get('word-1', 0, 6)]).toEqual([0, undefined]);
    expect(table.add({ surface: 'word-1', n: 1 }, 7)).toBe(0);
    expect(table.get('word-1', 0, 6)?.n).toBe(1);
  });

  it('holds thousands of words (past several growths)', () => {
    const table = new WordTable<Entry>(Infinity);
    const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, n) => {
      expect(table.get(w, 0, w.length)).toBeUndefined();
      table.add({ surface: w, n });
    });
    words.forEach((w, n) => expect(table.get(`(${w})`, 1, w.length + 1)?.n).toBe(n));
  });
});

describe('internString', () => {
  it('gives back the same characters, array indices and property names of Object.prototype included', () => {
    const inputs = ['kill', '', '0', '7', '625000000', '4294967294', '4294967295', '42949672950', '007', '-1', '1.5', '__proto__', 'constructor', 'toString', '@ukraine', 'украин', 'ſ', '"', '\\', 'x'.repeat(300)];
    expect(inputs.map(internString)).toEqual(inputs);
  });

  it('is the identity on content for any string (fast-check)', () => {
    fc.assert(fc.property(fc.string(), (s) => internString(s) === s));
    fc.assert(fc.property(fc.nat(), (n) => internString(String(n)) === String(n)));
  });
});
