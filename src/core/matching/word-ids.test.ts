import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devCases } from '../../../scripts/bench-data';
import { wordsOf } from './rules';
import { WordIds } from './word-ids';

/** The words WordIds reads, back as strings, and its quote flag. */
function read(ids: WordIds, text: string): { words: string[]; quoted: boolean } {
  const out: number[] = [];
  const quoted = ids.read(text, out);
  return { words: out.map((id) => ids.wordOf(id)), quoted };
}

const QUOTE = /["“”«„]/;

describe('WordIds', () => {
  it.each([
    ['T - Mobile cut prices on Monday.', ['t', 'mobile', 'cut', 'prices', 'on', 'monday'], false],
    ['"We appreciate it," the rep said.', ['we', 'appreciate', 'it', 'the', 'rep', 'said'], true],
    ['Café “Zürich” paid €1,200', ['café', 'zürich', 'paid', '1', '200'], true],
    ['ΟΔΟΣ.ΑΘΗΝΑ', ['οδοσ', 'αθηνα'], false],
    ['', [], false],
    ['...', [], false],
  ])('%s', (text, words, quoted) => {
    expect(read(new WordIds(), text)).toEqual({ words, quoted });
  });

  it('idOf finds a read word by its exact code units and nothing else', () => {
    const ids = new WordIds();
    const out: number[] = [];
    ids.read('Police did NOT confirm it; Zürich denied.', out);
    expect(ids.idOf('not')).toBe(out[2]);
    expect(ids.idOf('zürich')).toBe(out[5]);
    expect(ids.idOf('denied')).toBe(out[6]);
    expect(ids.idOf('NOT')).toBe(-1);
    expect(ids.idOf("n't")).toBe(-1);
    expect(ids.idOf('deny')).toBe(-1);
    expect(ids.idOf('')).toBe(-1);
  });

  it('gives one id per distinct word, whichever path read it', () => {
    const ids = new WordIds();
    const a: number[] = [];
    const b: number[] = [];
    ids.read('Police said police', a);
    ids.read('Polizei: police — ü', b);
    expect(a[0]).toBe(a[2]);
    expect(b[1]).toBe(a[0]);
    expect(ids.size).toBe(4);
  });

  it('reads wordsOf’s words and QUOTE_MARK’s flag for any text (one table across texts)', () => {
    const ids = new WordIds();
    const chars = fc.constantFrom('a', 'B', 'z', 'Z', '0', '9', ' ', '-', '"', '“', '«', '’', '—', '\u00a0', 'é', 'É', 'K', 'Σ', 'ς', 'İ', 'ß', '.', '\u0301', '😀', '٣', 'ǅ');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 40 }), { minLength: 1, maxLength: 8 }), (texts) => {
        for (const text of texts) expect(read(ids, text)).toEqual({ words: wordsOf(text), quoted: QUOTE.test(text) });
      }),
      { numRuns: 500 },
    );
  });

  it('reads wordsOf’s words and the quote flag around every BMP code unit (the unit table against the regex)', () => {
    const ids = new WordIds();
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const u = String.fromCharCode(c);
      for (const text of [u, `Ab${u}Cd`, `x ${u}${u}.`, `ΣΑ${u}Σ ${u}`]) {
        const got = read(ids, text);
        if (got.quoted !== QUOTE.test(text) || got.words.join('|') !== wordsOf(text).join('|')) {
          bad.push(c);
          break;
        }
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);

  it('reads wordsOf’s words on every development sentence', () => {
    const ids = new WordIds();
    let n = 0;
    const bad: string[] = [];
    for (const c of devCases()) for (const r of c.reports) for (const s of r.sentences) {
      n++;
      const got = read(ids, s);
      if (JSON.stringify(got) !== JSON.stringify({ words: wordsOf(s), quoted: QUOTE.test(s) })) bad.push(s);
    }
    expect(n).toBeGreaterThan(5000);
    expect(bad).toEqual([]);
  }, 60_000);
});

describe('WordIds.readIds', () => {
  it('reads each text from the start of its reused buffer, with that text’s quote flag', () => {
    const ids = new WordIds();
    const long = Array.from({ length: 300 }, (_, k) => `w${k % 7}`).join(' ');
    expect(ids.readIds(`"${long}"`)).toBe(300);
    expect(ids.quoted).toBe(true);
    const count = ids.readIds('Σ w1 ΟΔΟΣ'); // the regex path (capital sigma)
    expect(count).toBe(3);
    expect(Array.from(ids.ids.subarray(0, count), (id) => ids.wordOf(id))).toEqual(['σ', 'w1', 'οδος']);
    expect(ids.quoted).toBe(false);
    expect(ids.readIds('')).toBe(0);
  });

  it('equals read (fast-check, texts of a few words and marks)', () => {
    const piece = fc.constantFrom('Kyiv', 'kyiv', ' ', '"', '“', 'é', 'Σ', '1,200', '—', 'İ', '😀', 'x');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { maxLength: 6 }), (texts) => {
        const a = new WordIds();
        const b = new WordIds();
        for (const text of texts) {
          const out: number[] = [];
          const quoted = a.read(text, out);
          const count = b.readIds(text);
          expect(Array.from(b.ids.subarray(0, count), (id) => b.wordOf(id))).toEqual(out.map((id) => a.wordOf(id)));
          expect(b.quoted).toBe(quoted);
        }
      }),
    );
  });
});
