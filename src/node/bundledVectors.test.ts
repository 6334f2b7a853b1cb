/**
 * The vector pack shipped with the app covers every sentence of every bundled
 * event, for the model the page runs; otherwise a bundled event silently
 * falls back to downloading the model. Fails with the command that fixes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVectorPack } from '../core/index';
import { BUNDLED_PACK, bundledSentences } from './bundledVectors';
import { MODEL_ID } from './model';
import { MODEL_ID as WORKER_MODEL_ID } from '../worker/modelId';

describe('data/embeddings/bundled.json', () => {
  const read = readVectorPack(JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')), MODEL_ID);

  it('is a pack for the model both the page and the command line run', () => {
    expect(WORKER_MODEL_ID).toBe(MODEL_ID);
    expect(read).toMatchObject({ ok: true, pack: { model: 'all-MiniLM-L6-v2/q8', dimensions: 384 } });
  });

  it('holds a vector for every sentence of every bundled event (else: npm run embed:bundled)', () => {
    if (!read.ok) throw new Error(read.reason);
    const have = new Set(read.pack.texts);
    expect(bundledSentences().filter((t) => !have.has(t))).toEqual([]);
  });

  it('holds unit vectors, as the encoder gives', () => {
    if (!read.ok) throw new Error(read.reason);
    const { vectors, dimensions, texts } = read.pack;
    const norms = texts.map((_, i) => Math.hypot(...vectors.subarray(i * dimensions, (i + 1) * dimensions)));
    expect(norms.every((n) => Math.abs(n - 1) < 1e-4)).toBe(true);
  });
});
