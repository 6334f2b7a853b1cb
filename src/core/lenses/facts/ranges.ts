/**
 * Strings of a report looked up by where they are written, without making them: a key is a list of ranges
 * [start, end) of the text, read as their units joined by single spaces ("Jane" + "Smith" is "Jane Smith",
 * whatever white space the text has between them). Each distinct key is sliced once, when first added.
 *
 * The names scan asked a string-keyed Map per name run and per first word of a run (~12,000 runs at
 * 3 × 1,000 sentences, ~4 per distinct name): each lookup first sliced or joined a fresh string and hashed it.
 * Open addressing over Int32Arrays: slot → entry + 1 (0: empty); entry → its hash, its string.
 */
export class RangeTable<V> {
  private slots = new Int32Array(1024);
  private hashes: number[] = [];
  /** Each entry's key as a string (the ranges joined by " "). */
  readonly keys: string[] = [];
  readonly values: V[] = [];
  /** The hash of the last `find`'s key (`add` stores it). */
  private lastHash = 0;

  /** The entry of the key `bounds[2·lo … 2·hi)` (pairs start, end of `text`), or -1. */
  find(text: string, bounds: readonly number[], lo: number, hi: number): number {
    let h = 0x811c9dc5;
    for (let w = lo; w < hi; w++) {
      if (w > lo) h = Math.imul(h ^ 0x20, 0x01000193);
      for (let i = bounds[2 * w]!, e = bounds[2 * w + 1]!; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    this.lastHash = h;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && sameKey(this.keys[e - 1]!, text, bounds, lo, hi)) return e - 1;
    }
  }

  /** Adds the key `find` last looked for (and did not find), written `key`, with `value`; returns its entry. */
  add(key: string, value: V): number {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    const entry = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(this.lastHash);
    this.place(this.lastHash, entry);
    return entry;
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.keys.length; e++) this.place(this.hashes[e]!, e);
  }
}

/** Is `key` the ranges `bounds[2·lo … 2·hi)` of `text` joined by single spaces? */
function sameKey(key: string, text: string, bounds: readonly number[], lo: number, hi: number): boolean {
  let k = 0;
  for (let w = lo; w < hi; w++) {
    if (w > lo) {
      if (key.charCodeAt(k) !== 0x20) return false;
      k++;
    }
    const a = bounds[2 * w]!;
    const e = bounds[2 * w + 1]!;
    if (k + (e - a) > key.length) return false;
    for (let i = a; i < e; i++, k++) if (key.charCodeAt(k) !== text.charCodeAt(i)) return false;
  }
  return k === key.length;
}

/** The ranges `bounds[2·lo … 2·hi)` of `text` joined by single spaces. */
export function joinRanges(text: string, bounds: readonly number[], lo: number, hi: number): string {
  if (hi - lo === 1) return text.slice(bounds[2 * lo]!, bounds[2 * lo + 1]!);
  let s = '';
  for (let w = lo; w < hi; w++) s += (w > lo ? ' ' : '') + text.slice(bounds[2 * w]!, bounds[2 * w + 1]!);
  return s;
}
