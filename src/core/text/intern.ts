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

/** Slot layout in `WordTable`'s `meta`: the hash, the word's length + 1 (0: an empty slot), where its characters start in `chars`; padded to four. */
const SLOT = 4;

export class WordTable<T extends Interned> {
  /**
   * By slot, the hash, length and characters' offset (SLOT ints). The probe
   * compares these and the characters, in typed arrays, and reads the entry
   * only on a hit: comparing against `entry.surface` followed two pointers
   * per word, and a table of ~20,000 words does not stay in cache (the look-ups
   * were ~40 % of tokenize's self time at 3 × 1,000); one slot's fields share
   * a cache line.
   */
  private meta = new Int32Array(1024 * SLOT);
  private capacity = 1024;
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
    const { meta, chars } = this;
    const mask = this.capacity - 1;
    const stored = end - start + 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      const length = meta[at + 1]!;
      if (length === 0) return undefined;
      if (meta[at] !== h || length !== stored) continue;
      const from = meta[at + 2]! - start;
      let k = start;
      while (k < end && chars[from + k] === text.charCodeAt(k)) k++;
      if (k === end) return this.slots[i];
    }
  }

  /** Add the entry the last `get` missed (its surface must be that word). */
  add(entry: T): T {
    if (this.size >= this.limit) this.reset(this.capacity);
    else if (this.size * 2 >= this.capacity) {
      const { slots, meta } = this;
      this.resize(this.capacity * 2);
      for (let i = 0; i < slots.length; i++) if (meta[i * SLOT + 1] !== 0) this.insert(meta[i * SLOT]!, meta[i * SLOT + 1]!, meta[i * SLOT + 2]!, slots[i]!);
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
    this.meta = new Int32Array(capacity * SLOT);
    this.capacity = capacity;
    this.slots = new Array<T | undefined>(capacity).fill(undefined);
    this.size = 0;
  }

  private insert(h: number, stored: number, from: number, entry: T): void {
    const mask = this.capacity - 1;
    let i = h & mask;
    while (this.meta[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    this.meta[at] = h;
    this.meta[at + 1] = stored;
    this.meta[at + 2] = from;
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
