/**
 * A sentence encoder: text in, a unit-length vector out, so that the dot
 * product of two vectors is their cosine. The semantic matcher depends only
 * on this contract; the ONNX implementation (onnx.ts) is one of them, and
 * tests can pass a tiny fake.
 */
export interface SentenceEncoder {
  /** Names the model, so caches and outputs can say which one produced a vector. */
  readonly id: string;
  readonly dimensions: number;
  /** One vector per text, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * Vectors by sentence text: a sentence is encoded once per analysis session,
 * whatever the sensitivity, an edit or a re-run (the trusted-claims issue:
 * "a sensitivity change or an edit never re-embeds"). Bounded so a long
 * session of pasting reports cannot grow it without limit; the oldest
 * entries go first (Map keeps insertion order).
 */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>();
  constructor(
    readonly encoderId: string,
    private readonly limit = 50_000,
  ) {}

  get size(): number {
    return this.vectors.size;
  }

  get(text: string): Float32Array | undefined {
    return this.vectors.get(text);
  }

  set(text: string, vector: Float32Array): void {
    if (this.vectors.has(text)) this.vectors.delete(text);
    this.vectors.set(text, vector);
    while (this.vectors.size > this.limit) this.vectors.delete(this.vectors.keys().next().value as string);
  }

  /** The texts not encoded yet, each once, in first-seen order. */
  missing(texts: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const t of texts) if (!this.vectors.has(t)) out.add(t);
    return [...out];
  }

  /** Encode what is missing, in batches of similar length (less padding), and keep it. */
  async fill(encoder: SentenceEncoder, texts: Iterable<string>, batchSize = 16, signal?: { aborted: boolean }): Promise<number> {
    const todo = this.missing(texts).sort((a, b) => a.length - b.length);
    for (let k = 0; k < todo.length; k += batchSize) {
      if (signal?.aborted) break;
      const batch = todo.slice(k, k + batchSize);
      const vectors = await encoder.encode(batch);
      batch.forEach((t, i) => this.set(t, vectors[i]!));
    }
    return todo.length;
  }
}
