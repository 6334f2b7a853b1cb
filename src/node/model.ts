/**
 * The sentence model from the repository's own files, for Node (command line,
 * evaluation, training, bench): data/models/all-MiniLM-L6-v2 and
 * onnxruntime-web's wasm binary from node_modules — the same binary the page
 * runs, so both give the same vectors and the same claims.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createAnalyzer,
  createLexicalMatcher,
  createOnnxEncoder,
  createSemanticMatcher,
  EmbeddingCache,
  type Analyzer,
  type Corrections,
  type SentenceEncoder,
} from '../core/index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_DIR = path.join(ROOT, 'data/models/all-MiniLM-L6-v2');
export const MODEL_ID = 'all-MiniLM-L6-v2/q8';

export class ModelLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ModelLoadError(`the sentence model file ${path.relative(process.cwd(), file) || file} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (e as Error).message})`}`);
  }
}

/** Load the encoder; rejects with ModelLoadError naming the file when one is missing or damaged. */
export async function loadNodeEncoder(dir: string = MODEL_DIR): Promise<SentenceEncoder> {
  const require = createRequire(import.meta.url);
  let wasmFile: string;
  try {
    // The package exports no package.json; its main entry sits in dist/, beside the wasm binary.
    const main = require.resolve('onnxruntime-web');
    wasmFile = path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), 'dist', 'ort-wasm-simd-threaded.wasm');
  } catch {
    throw new ModelLoadError('onnxruntime-web is not installed (npm install)');
  }
  const parse = (file: string) => {
    try {
      return JSON.parse(read(file).toString('utf8')) as object;
    } catch (e) {
      if (e instanceof ModelLoadError) throw e;
      throw new ModelLoadError(`${path.basename(file)} of the sentence model is not valid JSON`);
    }
  };
  const files = {
    id: MODEL_ID,
    model: read(path.join(dir, 'onnx/model_quantized.onnx')),
    tokenizer: parse(path.join(dir, 'tokenizer.json')),
    tokenizerConfig: parse(path.join(dir, 'tokenizer_config.json')),
    wasmBinary: read(wasmFile),
  };
  try {
    return await createOnnxEncoder(files);
  } catch (e) {
    throw new ModelLoadError(`the sentence model could not be loaded: ${(e as Error).message}`);
  }
}

/**
 * An analyzer with the semantic matcher first (the default) and the lexical
 * one beside it. `cache` lets a long run (eval, bench) keep its vectors.
 */
export function createNodeAnalyzer(options: { dir?: string; cache?: EmbeddingCache } = {}): Analyzer {
  const cache = options.cache ?? new EmbeddingCache(MODEL_ID);
  return createAnalyzer({ matchers: [createSemanticMatcher({ cache, encoder: () => loadNodeEncoder(options.dir) }), createLexicalMatcher()] });
}

export type MatcherChoice = 'semantic' | 'lexical';

/**
 * Compare with the chosen matcher; when the semantic one cannot load its
 * model (a missing or damaged file), say so through `notice` and give the
 * lexical result instead — the page does the same.
 */
export async function compareWithFallback(
  analyzer: Analyzer,
  reports: Parameters<Analyzer['compare']>[0],
  options: { sensitivity?: number; matcher?: MatcherChoice; corrections?: Corrections },
  notice: (message: string) => void,
): Promise<ReturnType<Analyzer['compare']>> {
  const matcher = options.matcher ?? 'semantic';
  if (matcher === 'lexical') return analyzer.compare(reports, { ...options, matcher });
  try {
    return await analyzer.compareAsync(reports, { ...options, matcher });
  } catch (e) {
    if (!(e instanceof ModelLoadError)) throw e;
    notice(`${e.message}; using the lexical matcher instead`);
    return analyzer.compare(reports, { ...options, matcher: 'lexical' });
  }
}

/** Parse a --matcher value; a message for a bad one. */
export function parseMatcher(value: string | undefined): MatcherChoice | string {
  return value === 'semantic' || value === 'lexical' ? value : '--matcher takes semantic or lexical';
}
