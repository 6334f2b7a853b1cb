import { describe, expect, it } from 'vitest';
import { deflate, fromBase64url, inflate, toBase64url } from './codec';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0], 'AA'],
    [[0xff], '_w'],
    [[0xfb, 0xff], '-_8'],
    [[1, 2, 3], 'AQID'],
    [[0xde, 0xad, 0xbe, 0xef], '3q2-7w'],
    [[...new TextEncoder().encode('Мир 🇺🇦')], '0JzQuNGAIPCfh7rwn4em'],
  ])('%j ↔ %s', (input, encoded) => {
    expect(toBase64url(bytes(...input))).toBe(encoded);
    expect([...fromBase64url(encoded)!]).toEqual(input);
  });

  it('matches the platform (Buffer) on a long random input, across chunk boundaries', () => {
    const data = new Uint8Array(40_000).map((_, i) => (i * 7919 + (i >> 3)) & 0xff);
    expect(toBase64url(data)).toBe(Buffer.from(data).toString('base64url'));
    expect(fromBase64url(toBase64url(data))).toEqual(data);
  });

  it('tolerates padding and a cut final group; rejects other characters', () => {
    expect([...fromBase64url('AQI=')!]).toEqual([1, 2]);
    expect([...fromBase64url('AQIDB')!]).toEqual([1, 2, 3]);
    expect(fromBase64url('AQ+D')).toBeNull();
    expect(fromBase64url('AQ D')).toBeNull();
    expect(fromBase64url('AQé')).toBeNull();
  });
});

describe('deflate / inflate', () => {
  const text = new TextEncoder().encode('The Pentagon said the mines would be non-persistent. '.repeat(200));

  it('round trip, and the zlib header (checksummed format)', async () => {
    const packed = await deflate(text);
    expect(packed[0]).toBe(0x78);
    expect(await inflate(packed, 1e6)).toEqual({ bytes: text, complete: true, overflow: false });
  });

  it('input fed in slices gives the bytes of one write (links stay the same), empty input included', async () => {
    // The whole input in one write (the code before slicing).
    const oneWrite = async (input: Uint8Array<ArrayBuffer>) => {
      const stream = new CompressionStream('deflate');
      const writer = stream.writable.getWriter();
      void writer.write(input);
      void writer.close();
      return new Uint8Array(await new Response(stream.readable).arrayBuffer());
    };
    // Not repetitive, over three 64 KB slices: 200 KB of pseudo-random words.
    let seed = 7;
    const words = Array.from({ length: 60_000 }, () => ((seed = (seed * 48271) % 2147483647) % 5000).toString(36));
    const big = new TextEncoder().encode(words.join(' '));
    expect(big.length).toBeGreaterThan(3 * 64 * 1024);
    for (const input of [big, text, new Uint8Array(0)]) {
      const sliced = await deflate(input);
      expect(sliced).toEqual(await oneWrite(input));
      expect((await inflate(sliced, 1e7)).bytes).toEqual(input);
    }
  });

  it('a cut stream gives what it had, not complete; a cap stops reading', async () => {
    const packed = await deflate(text);
    const cut = await inflate(packed.slice(0, packed.length - 4), 1e6); // checksum missing
    expect(cut.complete).toBe(false);
    expect(cut.bytes).toEqual(text);
    expect((await inflate(packed, 100)).overflow).toBe(true);
    expect(await inflate(bytes(1, 2, 3), 100)).toEqual({ bytes: new Uint8Array(0), complete: false, overflow: false });
  });
});
