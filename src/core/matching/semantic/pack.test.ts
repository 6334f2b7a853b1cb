import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmbeddingCache } from './encoder';
import { base64ToBytes, bytesToBase64, fillFromPack, readVectorPack, writeVectorPack } from './pack';

describe('base64', () => {
  it.each([
    [[], ''],
    [[0], 'AA=='],
    [[255, 254], '//4='],
    [[77, 97, 110], 'TWFu'],
    [[1, 2, 3, 4], 'AQIDBA=='],
  ])('%j ↔ %s', (bytes, text) => {
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(text);
    expect([...base64ToBytes(text)!]).toEqual(bytes);
  });

  it('round-trips any bytes, and agrees with Node’s Buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...base64ToBytes(text)!]).toEqual([...bytes]);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it.each(['A', 'AB=C', 'A===', 'ab$d', 'AAAA=AAA', 'é===' ])('refuses %j', (text) => {
    expect(base64ToBytes(text)).toBeUndefined();
  });
});

const v = (...xs: number[]) => new Float32Array(xs);

describe('vector packs', () => {
  const entries = [
    { text: 'Police arrested the suspect.', vector: v(0.6, 0.8, 0) },
    { text: 'Ein Satz auf Deutsch – mit “Zeichen”.', vector: v(-1, 1e-7, 0.333333343) },
  ];
  const written = JSON.parse(JSON.stringify(writeVectorPack('m/q8', 3, entries)));

  it('keeps every vector bit for bit through JSON', () => {
    const read = readVectorPack(written, 'm/q8');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.pack.texts).toEqual(entries.map((e) => e.text));
    expect([...read.pack.vectors]).toEqual([...entries[0]!.vector, ...entries[1]!.vector]);
  });

  it.each([
    ['null', null, 'not a vector pack'],
    ['an array', [], 'not a vector pack'],
    ['another format', { ...written, format: 2 }, 'format 2, this app reads 1'],
    ['another model', { ...written, model: 'other' }, 'vectors of other, the encoder is m/q8'],
    ['no dimensions', { ...written, dimensions: 0 }, 'no dimensions'],
    ['texts not strings', { ...written, texts: ['a', 3] }, 'texts are not strings'],
    ['no vectors', { ...written, vectors: 12 }, 'no vectors'],
    ['one text too many', { ...written, texts: [...written.texts, 'x'] }, 'the vectors do not match the texts'],
    ['damaged base64', { ...written, vectors: '!' + written.vectors.slice(1) }, 'the vectors do not match the texts'],
    ['a NaN', writeVectorPack('m/q8', 1, [{ text: 'x', vector: v(Number.NaN) }]), 'a vector holds a value that is not a number'],
  ])('refuses %s', (_, data, reason) => {
    expect(readVectorPack(data, 'm/q8')).toEqual({ ok: false, reason });
  });

  it('fills a cache of the same model only', () => {
    const read = readVectorPack(written, 'm/q8');
    if (!read.ok) throw new Error(read.reason);
    const cache = new EmbeddingCache('m/q8');
    expect(fillFromPack(cache, read.pack)).toBe(2);
    expect(cache.missing(['Police arrested the suspect.', 'Not in the pack.'])).toEqual(['Not in the pack.']);
    expect([...cache.get('Police arrested the suspect.')!]).toEqual([...v(0.6, 0.8, 0)]);
    expect(fillFromPack(new EmbeddingCache('other'), read.pack)).toBe(0);
  });
});
