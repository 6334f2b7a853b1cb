/**
 * A table of distinct words keyed by their characters, read in place in the
 * text: the per-profile memos of tokenize.ts and dedupe.ts. A Map keyed by a
 * fresh slice of every occurrence cost a string allocation, a hash and a
 * compare per word (~280 ns; the memo lookups were ~30 % of preparation and
 * tokenizing at 3 × 1,000 sentences). Here a known word costs one FNV-1a pass
 * and one character compare, and callers reuse the stored string instead of
 * slicing their own. Open addressing, linear probing, grown at half full;
 * cleared when it reaches `limit` entries (a bound on memory, as before).
 */
export interface Interned {
  /** The word as written: the key. */
  readonly surface: string;
}

/** The hash `WordTable` keys text[start, end) by (FNV-1a over the UTF-16 code units, as an int32). */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

export class WordTable<T extends Interned> {
  private hashes = new Int32Array(1024);
  private slots: (T | undefined)[] = new Array<T | undefined>(1024).fill(undefined);
  private size = 0;
  /** The hash of the last `get`, for the `add` that follows a miss. */
  private last = 0;

  constructor(private readonly limit: number) {}

  /** The entry for `text.slice(start, end)`, or undefined (then `add` it). */
  get(text: string, start: number, end: number): T | undefined {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return this.getHashed(text, start, end, h);
  }

  /**
   * `get` with the word's hash already known (`hashOf(text, start, end)`,
   * computed by a caller's scan as it reads the word).
   */
  getHashed(text: string, start: number, end: number, h: number): T | undefined {
    this.last = h;
    const { hashes, slots } = this;
    const mask = hashes.length - 1;
    const length = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const x = slots[i];
      if (x === undefined) return undefined;
      if (hashes[i] !== h) continue;
      const s = x.surface;
      if (s.length !== length) continue;
      let k = 0;
      while (k < length && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return x;
    }
  }

  /** Add the entry the last `get` missed (its surface must be that word). */
  add(entry: T): T {
    if (this.size >= this.limit) this.reset(this.hashes.length);
    else if (this.size * 2 >= this.hashes.length) {
      const oldSlots = this.slots;
      const oldHashes = this.hashes;
      this.reset(oldHashes.length * 2);
      for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] !== undefined) this.insert(oldHashes[i]!, oldSlots[i]!);
    }
    this.insert(this.last, entry);
    return entry;
  }

  private reset(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.slots = new Array<T | undefined>(capacity).fill(undefined);
    this.size = 0;
  }

  private insert(h: number, entry: T): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.slots[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.slots[i] = entry;
    this.size++;
  }
}
