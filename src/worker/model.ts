/**
 * The sentence model for the worker, from the app's own origin: Vite copies
 * the files into the build (hashed asset URLs), the worker fetches them once
 * when the first refine asks (a lazy 23 MB + 14 MB, cached by the browser
 * afterwards). Never a model hub: `connect-src 'self'` allows nothing else.
 */
import modelUrl from '../../data/models/all-MiniLM-L6-v2/onnx/model_quantized.onnx?url';
import tokenizerUrl from '../../data/models/all-MiniLM-L6-v2/tokenizer.json?url';
// Small enough to travel inside the worker bundle (as a URL it would be inlined as data:, which connect-src 'self' refuses).
import tokenizerConfig from '../../data/models/all-MiniLM-L6-v2/tokenizer_config.json';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
// The bundled events' vectors, computed ahead by the same model (scripts/embed-bundled.ts): ~170 KB gzip instead of 37 MB.
import packUrl from '../../data/embeddings/bundled.json?url';
import { createOnnxEncoder, fillFromPack, readVectorPack, type EmbeddingCache, type SentenceEncoder } from '../core/index';

import { MODEL_ID } from './modelId';

export { MODEL_ID };

export class ModelLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

async function bytes(url: string, what: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new ModelLoadError(`the ${what} could not be downloaded`);
  }
  if (!res.ok) throw new ModelLoadError(`the ${what} is missing (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

async function json(url: string, what: string): Promise<object> {
  const b = await bytes(url, what);
  try {
    return JSON.parse(new TextDecoder().decode(b)) as object;
  } catch {
    throw new ModelLoadError(`the ${what} is damaged`);
  }
}

/** Fetch and start the encoder; rejects with ModelLoadError saying what failed. */
export async function loadWorkerEncoder(): Promise<SentenceEncoder> {
  const [model, tokenizer, wasmBinary] = await Promise.all([
    bytes(modelUrl, 'sentence model'),
    json(tokenizerUrl, "sentence model's tokenizer"),
    bytes(wasmUrl, 'WebAssembly runtime'),
  ]);
  try {
    return await createOnnxEncoder({ id: MODEL_ID, model, tokenizer, tokenizerConfig, wasmBinary });
  } catch (e) {
    throw new ModelLoadError(`the sentence model could not start (${(e as Error).message})`);
  }
}

/**
 * Fill the cache with the bundled events' vectors (core/matching/semantic/pack.ts).
 * Never rejects: without the pack (missing, damaged, another model) the model
 * encodes those sentences as it would any other. Resolves to how many it added.
 */
export async function loadBundledVectors(cache: EmbeddingCache): Promise<number> {
  try {
    const res = await fetch(packUrl);
    if (!res.ok) return 0;
    const read = readVectorPack(await res.json(), MODEL_ID);
    return read.ok ? fillFromPack(cache, read.pack) : 0;
  } catch {
    return 0;
  }
}
