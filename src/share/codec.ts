/**
 * Byte-level helpers with web-standard APIs only (the same code runs in the
 * browser and in Node 20): base64url without padding, and zlib-format
 * deflate/inflate through CompressionStream/DecompressionStream.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes → base64url, no padding. */
export function toBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let s = '';
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i]!;
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const b2 = i + 2 < end ? bytes[i + 2]! : 0;
      s += ALPHABET[b0 >> 2]! + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)]!;
      if (i + 1 < end) s += ALPHABET[((b1 & 15) << 2) | (b2 >> 6)]!;
      if (i + 2 < end) s += ALPHABET[b2 & 63]!;
    }
    parts.push(s);
  }
  return parts.join('');
}

/**
 * base64url (padding tolerated) → bytes; null on a character outside the
 * alphabet. Leftover bits of a cut-off final group are dropped, so the prefix
 * of a truncated string still gives the prefix of the bytes.
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  const s = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((s.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ignore = (): void => {};

/** Input fed to the compressor per task (see `deflate`). */
const DEFLATE_SLICE = 64 * 1024;

/** A new task (not a microtask): what follows runs after the host has had the thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * zlib-format deflate (2-byte header, Adler-32 checksum at the end). The compressor runs on the calling
 * thread, inside the task that feeds it: the ~370 KB of a 3 × 1,000-sentence link in one write was ~15–24 ms
 * of one main-thread task in a Chromium trace (#16). Fed 64 KB per task, each slice is a few ms; zlib without
 * flushes gives the same bytes however its input is cut.
 */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Read while writing: the stream holds back a write until its output is taken.
  const read = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
  })();
  for (let at = 0; at < bytes.length; at += DEFLATE_SLICE) {
    if (at > 0) await nextTask();
    await writer.write(bytes.subarray(at, Math.min(bytes.length, at + DEFLATE_SLICE)));
  }
  await writer.close();
  await read;
  return concat(chunks, total);
}

export interface Inflated {
  /** Everything the decompressor gave before it finished, failed or hit the cap. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The stream ended properly and its checksum matched. */
  complete: boolean;
  /** Output went over `maxBytes` (reading stopped there). */
  overflow: boolean;
}

/** Inflates zlib-format data, keeping the output read before any error. Never throws. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Inflated> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate');
  } catch {
    return { bytes: new Uint8Array(0), complete: false, overflow: false };
  }
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(ignore);
  writer.close().catch(ignore);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: concat(chunks, total), complete: true, overflow: false };
      if (total + value.length > maxBytes) {
        reader.cancel().catch(ignore);
        return { bytes: concat(chunks, total), complete: false, overflow: true };
      }
      chunks.push(value);
      total += value.length;
    }
  } catch {
    return { bytes: concat(chunks, total), complete: false, overflow: false };
  }
}
