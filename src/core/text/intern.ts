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

/**
 * Slot layout in `WordTable`'s `meta`: the hash, the word's length + 1 (0: an empty slot), where its
 * characters start in `chars`, the entry's index × 4096 + the caller's tag, then the word's first
 * INLINE code units, two per int (low half first; a missing one is 0). Eight ints: two slots a cache line.
 */
const SLOT = 8;
const INLINE = 8;
/** Tags are below this (12 bits); the entry index is the rest of the int. */
const TAG_LIMIT = 4096;

export class WordTable<T extends Interned> {
  /**
   * By slot, the hash, length, characters' offset, entry and tag, and the
   * first eight code units (SLOT ints). The probe compares these, in one
   * typed array, and reads the characters array only for a word longer than
   * eight: at 3 × 1,000 sentences (8,177 distinct words, 60,000 look-ups per
   * analysis) the character compare against a separate array and the entry
   * object read after it were the costliest lines of tokenize (cache misses:
   * the table does not stay in cache between analyses' stages). The tag (a
   * caller's flags, `tagOf`) answers the common questions without the entry.
   */
  private meta = new Int32Array(1024 * SLOT);
  private capacity = 1024;
  private chars = new Uint16Array(8192);
  private charsUsed = 0;
  /** The entries in the order added since the last reset: `index` of an entry is its place here. */
  private entries: T[] = [];
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
    const at = this.find(text, start, end, h);
    return at < 0 ? undefined : this.entries[this.meta[at + 3]! >>> 12];
  }

  /**
   * Where the word's slot is (an opaque position for `tagAt` and `entryAt`), or -1 when the table does
   * not hold it (then `add` it). `h` is `hashOf(text, start, end)`.
   */
  find(text: string, start: number, end: number, h: number): number {
    this.last = h;
    const { meta } = this;
    const mask = this.capacity - 1;
    const length = end - start;
    const stored = length + 1;
    const inline = length < INLINE ? length : INLINE;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      const got = meta[at + 1]!;
      if (got === 0) return -1;
      if (meta[at] !== h || got !== stored) continue;
      let k = 0;
      let w = at + 4;
      for (; k + 1 < inline; k += 2, w++) if (meta[w] !== (text.charCodeAt(start + k) | (text.charCodeAt(start + k + 1) << 16))) break;
      if (k + 1 < inline) continue;
      if (k < inline) {
        if (meta[w] !== text.charCodeAt(start + k)) continue;
        k++;
      }
      if (k < length) {
        const { chars } = this;
        const from = meta[at + 2]! - start;
        let c = start + k;
        while (c < end && chars[from + c] === text.charCodeAt(c)) c++;
        if (c < end) continue;
      }
      return at;
    }
  }

  /** The entry's index × 4096 + its tag, for the entry at `at` (`find`): `indexAt` and `tagAt` in one read. */
  packedAt(at: number): number {
    return this.meta[at + 3]!;
  }

  /** The tag the entry at `at` (`find`) was added with. */
  tagAt(at: number): number {
    return this.meta[at + 3]! & (TAG_LIMIT - 1);
  }

  /** The index of the entry at `at` (`find`): its place in the order of `add`s since the last reset. */
  indexAt(at: number): number {
    return this.meta[at + 3]! >>> 12;
  }

  /** The entry at `at` (`find`). */
  entryAt(at: number): T {
    return this.entries[this.meta[at + 3]! >>> 12]!;
  }

  /** The entry of index `index` (`indexAt`, `add`). */
  entry(index: number): T {
    return this.entries[index]!;
  }

  /**
   * Add the entry the last `get` or `find` missed (its surface must be that word), with `tag`
   * (0 ≤ tag < 4096); returns its index (`indexAt`). Reaching the limit empties the table first:
   * indices restart from 0.
   */
  add(entry: T, tag = 0): number {
    if (this.size >= this.limit) this.reset(this.capacity);
    else if (this.size * 2 >= this.capacity) {
      const old = this.meta;
      this.resize(this.capacity * 2);
      for (let at = 0; at < old.length; at += SLOT) if (old[at + 1] !== 0) this.insert(old, at);
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
    const index = this.entries.length;
    this.entries.push(entry);
    const mask = this.capacity - 1;
    let i = this.last & mask;
    while (this.meta[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    const meta = this.meta;
    meta[at] = this.last;
    meta[at + 1] = s.length + 1;
    meta[at + 2] = from;
    meta[at + 3] = index * TAG_LIMIT + (tag & (TAG_LIMIT - 1));
    const inline = s.length < INLINE ? s.length : INLINE;
    for (let k = 0; k < inline; k += 2) meta[at + 4 + (k >> 1)] = s.charCodeAt(k) | (k + 1 < inline ? s.charCodeAt(k + 1) << 16 : 0);
    this.size++;
    return index;
  }

  /** The entries held. */
  get count(): number {
    return this.size;
  }

  /**
   * Empty the table now (indices restart from 0). A caller that keeps indices across several look-ups
   * (tokenize: one sentence's words) clears between them, with an unbounded `limit`.
   */
  clear(): void {
    this.reset(1024);
  }

  /** Empty, with room for `capacity` slots (its characters and entries dropped too). */
  private reset(capacity: number): void {
    this.resize(capacity);
    this.charsUsed = 0;
    this.entries = [];
  }

  /** Empty slots, `capacity` of them; the characters and entries are kept (a growth re-inserts the slots). */
  private resize(capacity: number): void {
    this.meta = new Int32Array(capacity * SLOT);
    this.capacity = capacity;
    this.size = 0;
  }

  /** Copy the slot at `from` of `old` into this table. */
  private insert(old: Int32Array, from: number): void {
    const mask = this.capacity - 1;
    let i = old[from]! & mask;
    while (this.meta[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    this.meta.set(old.subarray(from, from + SLOT), i * SLOT);
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
