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
  /**
   * By slot: the word's length + 1 (0: an empty slot) and where its characters
   * start in `chars`. The probe compares these and the characters, all in
   * typed arrays, and reads the entry only on a hit: comparing against
   * `entry.surface` followed two pointers per word, a cache miss each (the
   * probe was ~a third of tokenize's self time at 3 × 1,000).
   */
  private lengths = new Int32Array(1024);
  private offsets = new Int32Array(1024);
  private chars = new Uint16Array(8192);
  private charsUsed = 0;
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
    const { hashes, lengths, offsets, chars } = this;
    const mask = hashes.length - 1;
    const length = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const stored = lengths[i]!;
      if (stored === 0) return undefined;
      if (hashes[i] !== h || stored !== length + 1) continue;
      const from = offsets[i]!;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return this.slots[i];
    }
  }

  /** Add the entry the last `get` missed (its surface must be that word). */
  add(entry: T): T {
    if (this.size >= this.limit) this.reset(this.hashes.length);
    else if (this.size * 2 >= this.hashes.length) {
      const { slots, hashes, lengths, offsets } = this;
      this.resize(hashes.length * 2);
      for (let i = 0; i < slots.length; i++) if (lengths[i] !== 0) this.insert(hashes[i]!, lengths[i]!, offsets[i]!, slots[i]!);
    }
    const s = entry.surface;
    if (this.charsUsed + s.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, this.charsUsed + s.length));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    const from = this.charsUsed;
    for (let k = 0; k < s.length; k++) this.chars[from + k] = s.charCodeAt(k);
    this.charsUsed += s.length;
    this.insert(this.last, s.length + 1, from, entry);
    return entry;
  }

  /** Empty, with room for `capacity` slots (its characters dropped too). */
  private reset(capacity: number): void {
    this.resize(capacity);
    this.charsUsed = 0;
  }

  /** Empty slots, `capacity` of them; the characters are kept (a growth re-inserts the entries). */
  private resize(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.slots = new Array<T | undefined>(capacity).fill(undefined);
    this.size = 0;
  }

  private insert(h: number, stored: number, from: number, entry: T): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.lengths[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.lengths[i] = stored;
    this.offsets[i] = from;
    this.slots[i] = entry;
    this.size++;
  }
}

/** A canonical array index ("0", "625000000"): kept as an element, not as a property key, so `Object.keys` gives back a plain string. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * `s` itself, as V8's internalized copy (one object per distinct content,
 * the one property keys use): two internalized strings are equal exactly
 * when they are the same object, so V8 compares them by address inline where
 * every string a comparison has seen was internalized, instead of calling
 * its string comparison. The value is unchanged: this only speeds the
 * comparison up. Object keys are internalized, array indices excepted; those
 * (digits only, at most ten) come back internalized from JSON.parse, which
 * internalizes short strings. Strings unreferenced elsewhere are collected
 * as before (the string table holds them weakly).
 */
export function internString(s: string): string {
  if (ARRAY_INDEX.test(s)) return JSON.parse(`"${s}"`) as string;
  return Object.keys({ [s]: 0 })[0]!;
}
