/**
 * The sentence encoder that ships with Parallax: all-MiniLM-L6-v2, int8 ONNX
 * (data/models/all-MiniLM-L6-v2/, PROVENANCE.md there), run by
 * onnxruntime-web's WebAssembly build — in the page's worker AND in Node.
 *
 * Why wasm in Node too, not onnxruntime-node: the command line, the eval and
 * the page must give the same claims. int8 kernels differ between builds
 * (measured: native vs wasm vectors agree to cosine 0.992 on average, 0.954
 * at worst), enough to move a pair across a threshold; one binary everywhere
 * gives identical vectors. It costs speed in Node (about half of native).
 *
 * Pure: every byte (model, tokenizer, wasm binary) is passed in by the caller
 * — the worker fetches them from the app's own origin, Node reads files — so
 * nothing here reaches a network or a file system.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-web/wasm';
import type { SentenceEncoder } from './encoder';

export interface OnnxEncoderFiles {
  /** A name for the model, e.g. "all-MiniLM-L6-v2/q8". */
  id: string;
  model: Uint8Array;
  /** tokenizer.json and tokenizer_config.json, parsed. */
  tokenizer: object;
  tokenizerConfig: object;
  /** onnxruntime-web's ort-wasm-simd-threaded.wasm; in the browser a URL prefix may be set instead. */
  wasmBinary?: Uint8Array;
  /** Word pieces kept per sentence (the model was trained with 256). */
  maxTokens?: number;
}

let runtimeConfigured = false;

/** Load the model; rejects with a readable message if a file is not a model or the runtime cannot start. */
export async function createOnnxEncoder(files: OnnxEncoderFiles): Promise<SentenceEncoder> {
  if (!runtimeConfigured) {
    // One thread: the page's worker is already off the main thread, and a
    // threaded build needs cross-origin isolation the page does not have.
    ort.env.wasm.numThreads = 1;
    if (files.wasmBinary) ort.env.wasm.wasmBinary = files.wasmBinary;
    runtimeConfigured = true;
  }
  const tokenizer = new Tokenizer(files.tokenizer, files.tokenizerConfig);
  const session = await ort.InferenceSession.create(files.model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  const needsTypeIds = session.inputNames.includes('token_type_ids');
  const output = session.outputNames[0]!;
  const maxTokens = files.maxTokens ?? 256;
  let dimensions = 0;

  const encode = async (texts: readonly string[]): Promise<Float32Array[]> => {
    if (texts.length === 0) return [];
    const ids = texts.map((t) => {
      const e = tokenizer.encode(t).ids;
      // Keep [CLS] … and the closing [SEP] when a sentence is cut.
      return e.length <= maxTokens ? e : [...e.slice(0, maxTokens - 1), e[e.length - 1]!];
    });
    const width = Math.max(...ids.map((x) => x.length));
    const batch = texts.length;
    const input = new BigInt64Array(batch * width);
    const mask = new BigInt64Array(batch * width);
    ids.forEach((x, b) =>
      x.forEach((v, k) => {
        input[b * width + k] = BigInt(v);
        mask[b * width + k] = 1n;
      }),
    );
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', input, [batch, width]),
      attention_mask: new ort.Tensor('int64', mask, [batch, width]),
    };
    if (needsTypeIds) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(batch * width), [batch, width]);
    const result = await session.run(feeds);
    const hidden = result[output]!.data as Float32Array;
    const dims = hidden.length / (batch * width);
    dimensions = dims;
    // Mean over the sentence's own word pieces, then unit length (how the model was trained).
    return ids.map((x, b) => {
      const v = new Float32Array(dims);
      for (let k = 0; k < x.length; k++) {
        const base = (b * width + k) * dims;
        for (let d = 0; d < dims; d++) v[d]! += hidden[base + d]!;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) v[d]! /= norm;
      return v;
    });
  };
  const [probe] = await encode(['.']);
  dimensions = probe!.length;
  return { id: files.id, dimensions, encode };
}
