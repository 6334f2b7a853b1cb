/**
 * `npm run embed:bundled`: encode every sentence of the bundled events
 * (data/manifest.json) with the app's sentence model and write the vector pack
 * data/embeddings/bundled.json, so the page refines a bundled event without
 * downloading the model (src/core/matching/semantic/pack.ts says why).
 *
 * Runs the same onnxruntime-web WebAssembly binary and quantized model the
 * page's worker runs (src/node/model.ts), so the vectors are the page's own.
 * Re-run it when a bundled event or the segmentation changes: the unit test
 * src/node/bundledVectors.test.ts fails until the pack covers every sentence.
 *
 *   npm run embed:bundled [-- --check]     (--check: say whether the pack is current, write nothing)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddingCache, readVectorPack, writeVectorPack } from '../src/core/index';
import { BUNDLED_PACK, bundledSentences } from '../src/node/bundledVectors';
import { loadNodeEncoder, MODEL_ID } from '../src/node/model';

const texts = bundledSentences();
const check = process.argv.includes('--check');
if (check) {
  const read = existsSync(BUNDLED_PACK) ? readVectorPack(JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')), MODEL_ID) : { ok: false as const, reason: 'no pack' };
  const have = new Set(read.ok ? read.pack.texts : []);
  const missing = texts.filter((t) => !have.has(t));
  console.log(read.ok ? `${path.relative(process.cwd(), BUNDLED_PACK)}: ${have.size} vectors, ${missing.length} of ${texts.length} bundled sentences missing` : `no usable pack (${read.reason})`);
  process.exit(read.ok && missing.length === 0 ? 0 : 1);
}
const encoder = await loadNodeEncoder();
const cache = new EmbeddingCache(MODEL_ID, texts.length + 1);
const t0 = performance.now();
await cache.fill(encoder, texts);
const pack = writeVectorPack(MODEL_ID, encoder.dimensions, texts.map((text) => ({ text, vector: cache.get(text)! })));
writeFileSync(BUNDLED_PACK, JSON.stringify(pack) + '\n');
console.log(`${path.relative(process.cwd(), BUNDLED_PACK)}: ${texts.length} sentences, ${encoder.dimensions} dimensions, encoded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
