/**
 * A vector pack: sentence vectors computed ahead of time, by the same model,
 * for the sentences of the events that ship with the app
 * (data/embeddings/bundled.json, written by scripts/embed-bundled.ts).
 *
 * Why: a reader who opens a bundled event would otherwise download 37 MB of
 * model and runtime and wait for every sentence to be encoded (about ten a
 * second on a 2-core laptop) before the refined claims show. With the pack
 * the worker fills its EmbeddingCache from a ~220 KB file and the model never
 * loads. A sentence the pack lacks (the segmentation changed, a reader's own
 * report) is simply missing from the cache and the model encodes it as before,
 * so a stale pack costs time, never correctness.
 *
 * The format is JSON, keyed by the sentence's exact text (no hash: nothing to
 * collide), vectors as little-endian float32 in base64 so they are the
 * model's own bits, not rounded decimals:
 *
 *   { "format": 1, "model": "all-MiniLM-L6-v2/q8", "dimensions": 384,
 *     "texts": ["…", …], "vectors": "<base64 of texts.length × dimensions float32>" }
 *
 * Reading is tolerant (excalidraw's `restore` in spirit): anything unexpected
 * gives no vectors and a reason, never a throw.
 */
import type { EmbeddingCache } from './encoder';

export const VECTOR_PACK_FORMAT = 1;

export interface VectorPack {
  model: string;
  dimensions: number;
  texts: string[];
  /** texts.length × dimensions values, row by row. */
  vectors: Float32Array;
}

export type PackRead = { ok: true; pack: VectorPack } | { ok: false; reason: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/** Base64 without atob/Buffer: the core runs in the worker and in Node alike. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** The bytes of a base64 string, or undefined when it is not base64. */
export function base64ToBytes(s: string): Uint8Array | undefined {
  if (s.length % 4 !== 0) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = s.charCodeAt(i + k);
      const last = i + 4 === s.length;
      if (c === 61 /* = */ && last && k >= 4 - pad) {
        n <<= 6;
        continue;
      }
      const v = c < 128 ? B64_INDEX[c]! : -1;
      if (v < 0) return undefined;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** The pack as JSON-ready data. Vectors are written little-endian whatever the machine. */
export function writeVectorPack(model: string, dimensions: number, entries: readonly { text: string; vector: Float32Array }[]): object {
  const bytes = new Uint8Array(entries.length * dimensions * 4);
  const view = new DataView(bytes.buffer);
  entries.forEach((e, i) => {
    if (e.vector.length !== dimensions) throw new Error(`vector pack: "${e.text.slice(0, 40)}" has ${e.vector.length} dimensions, not ${dimensions}`);
    for (let d = 0; d < dimensions; d++) view.setFloat32((i * dimensions + d) * 4, e.vector[d]!, true);
  });
  return { format: VECTOR_PACK_FORMAT, model, dimensions, texts: entries.map((e) => e.text), vectors: bytesToBase64(bytes) };
}

/** Read a pack (parsed JSON) for the encoder `model`; a pack of another model or format is refused with a reason. */
export function readVectorPack(data: unknown, model: string): PackRead {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not a vector pack' };
  const d = data as Record<string, unknown>;
  if (d.format !== VECTOR_PACK_FORMAT) return { ok: false, reason: `format ${String(d.format)}, this app reads ${VECTOR_PACK_FORMAT}` };
  if (d.model !== model) return { ok: false, reason: `vectors of ${String(d.model)}, the encoder is ${model}` };
  const dims = d.dimensions;
  if (typeof dims !== 'number' || !Number.isInteger(dims) || dims < 1) return { ok: false, reason: 'no dimensions' };
  if (!Array.isArray(d.texts) || !d.texts.every((t) => typeof t === 'string')) return { ok: false, reason: 'texts are not strings' };
  if (typeof d.vectors !== 'string') return { ok: false, reason: 'no vectors' };
  const bytes = base64ToBytes(d.vectors);
  const texts = d.texts as string[];
  if (!bytes || bytes.length !== texts.length * dims * 4) return { ok: false, reason: 'the vectors do not match the texts' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vectors = new Float32Array(texts.length * dims);
  for (let k = 0; k < vectors.length; k++) {
    const v = view.getFloat32(k * 4, true);
    if (!Number.isFinite(v)) return { ok: false, reason: 'a vector holds a value that is not a number' };
    vectors[k] = v;
  }
  return { ok: true, pack: { model, dimensions: dims, texts, vectors } };
}

/** Put the pack's vectors in the cache (each its own copy); returns how many. */
export function fillFromPack(cache: EmbeddingCache, pack: VectorPack): number {
  if (cache.encoderId !== pack.model) return 0;
  pack.texts.forEach((t, i) => cache.set(t, pack.vectors.slice(i * pack.dimensions, (i + 1) * pack.dimensions)));
  return pack.texts.length;
}
