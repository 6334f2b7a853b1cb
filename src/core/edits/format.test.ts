import { describe, expect, it } from 'vitest';
import { decodeCorrections, encodeCorrections, fingerprint, parseCorrections, type Corrections } from './format';

const A = { report: 0, sentence: 3, hash: 'k2x9' };
const B = { report: 1, sentence: 14, hash: '1a2b3c' };
const C = { report: 2, sentence: 0, hash: '0' };

describe('fingerprint', () => {
  it.each([
    ['', 'ztntfp'],
    ['Kyiv said so.', fingerprint('  Kyiv   said\nso. ')],
  ])('%j', (text, expected) => expect(fingerprint(text)).toBe(expected));
  it('tells different sentences apart', () => expect(fingerprint('He said yes.')).not.toBe(fingerprint('He said no.')));
});

describe('compact form (?edits=)', () => {
  it.each<[string, Corrections, string | null]>([
    ['none', { edits: [], notes: [] }, null],
    ['detach', { edits: [{ op: 'detach', s: A }], notes: [] }, '1_d-0.3.k2x9'],
    ['link', { edits: [{ op: 'link', s: B, to: A }], notes: [] }, '1_l-1.14.1a2b3c-0.3.k2x9'],
    ['merge', { edits: [{ op: 'merge', a: A, b: C }], notes: [] }, '1_m-0.3.k2x9-2.0.0'],
    ['split', { edits: [{ op: 'split', s: [B, C] }], notes: [] }, '1_s-1.14.1a2b3c-2.0.0'],
    ['a note with separators', { edits: [], notes: [{ s: A, text: 'a-b_c.d, “é” 100%' }] }, '1_n-0.3.k2x9-a%2Db%5Fc%2Ed%2C%20%E2%80%9C%C3%A9%E2%80%9D%20100%25'],
    [
      'several, in order',
      { edits: [{ op: 'detach', s: C }, { op: 'link', s: A, to: B }], notes: [{ s: B, text: 'why' }] },
      '1_d-2.0.0_l-0.3.k2x9-1.14.1a2b3c_n-1.14.1a2b3c-why',
    ],
  ])('%s', (_, value, encoded) => {
    expect(encodeCorrections(value)).toBe(encoded);
    expect(decodeCorrections(encoded)).toEqual({ value, dropped: 0 });
    // URLSearchParams leaves the separators alone, so the address stays readable.
    if (encoded && !value.notes.length) expect(new URLSearchParams({ edits: encoded }).toString()).toBe(`edits=${encoded}`);
  });

  it.each<[string, string, number, number]>([
    ['another version drops everything', '2_d-0.3.k2x9_d-1.1.a', 0, 2],
    ['an unknown op', '1_x-0.3.k2x9_d-0.1.a', 1, 1],
    ['a bad key', '1_d-0.3.K2X9_d-0.1.a', 1, 1],
    ['a link to itself', '1_l-0.3.a-0.3.a', 0, 1],
    ['wrong arity', '1_l-0.3.a_d-0.3.a-1.2.b', 0, 2],
    ['bad percent-encoding in a note', '1_n-0.3.a-%E0%A4%A_d-0.1.a', 1, 1],
    ['an empty note', '1_n-0.3.a-%20', 0, 1],
    ['empty string', '', 0, 0],
  ])('tolerant: %s', (_, raw, edits, dropped) => {
    const out = decodeCorrections(raw);
    expect(out.value.edits).toHaveLength(edits);
    expect(out.dropped).toBe(dropped);
  });
});

describe('JSON form (files, links, --edits)', () => {
  it('reads what it writes, and a Comparison JSON that carries edits', () => {
    const value: Corrections = { edits: [{ op: 'split', s: [A, B] }], notes: [{ s: C, text: 'line one\nline two' }] };
    expect(parseCorrections(JSON.parse(JSON.stringify({ schema: 'parallax.edits/1', ...value })))).toEqual({ value, dropped: 0 });
    expect(parseCorrections({ schema: 'parallax.comparison/1', claims: [], ...value })).toEqual({ value, dropped: 0 });
  });

  it.each<[string, unknown, number, number, number]>([
    ['null', null, 0, 0, 0],
    ['a string', 'edits', 0, 0, 1],
    ['edits not a list', { edits: {} }, 0, 0, 1],
    ['a negative index', { edits: [{ op: 'detach', s: { report: -1, sentence: 0, hash: 'a' } }] }, 0, 0, 1],
    ['a fractional index', { edits: [{ op: 'detach', s: { report: 0.5, sentence: 0, hash: 'a' } }] }, 0, 0, 1],
    ['a prototype key', { edits: [{ op: '__proto__', s: A }], notes: [{ s: A, text: 'ok' }] }, 0, 1, 1],
    ['a note that is not text', { notes: [{ s: A, text: 5 }] }, 0, 0, 1],
  ])('tolerant: %s', (_, raw, edits, notes, dropped) => {
    const out = parseCorrections(raw);
    expect([out.value.edits.length, out.value.notes.length, out.dropped]).toEqual([edits, notes, dropped]);
  });

  it('strips control characters from notes and bounds their length', () => {
    const out = parseCorrections({ notes: [{ s: A, text: `ok\u001b]0;x\u0007${'a'.repeat(3000)}` }] });
    expect(out.value.notes[0]!.text.startsWith('ok]0;xa')).toBe(true);
    expect(out.value.notes[0]!.text).toHaveLength(2000);
  });
});
