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
  /** The hash of the last `find`'s key (`add` stores it; namesIn passes a word's on to findFrom). */
  lastHash = 0;

  /** The entry of the key `bounds[2·lo … 2·hi)` (pairs start, end of `text`), or -1. */
  find(text: string, bounds: readonly number[], lo: number, hi: number): number {
    let h = 0x811c9dc5;
    for (let i = bounds[2 * lo]!, e = bounds[2 * lo + 1]!; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return this.findFrom(text, bounds, lo, hi, h);
  }

  /**
   * `find`, given `h0`, the hash of the key's first range alone (lastHash after a `find` of `bounds[2·lo … 2·lo+2)`):
   * the hash is FNV-1a over the key's units, so it goes on from there. namesIn hashed a run's first word twice (its
   * wordBits entry, then the name's shape).
   */
  findFrom(text: string, bounds: readonly number[], lo: number, hi: number, h0: number): number {
    let h = h0;
    for (let w = lo + 1; w < hi; w++) {
      h = Math.imul(h ^ 0x20, 0x01000193);
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

/**
 * The ranges `bounds[2·lo … 2·hi)` of `text` joined by single spaces. Ranges one space apart (most names) are the
 * text's own slice from the first to the last: one flat string where the joins made a rope of slices (~170 bytes
 * a name of two or three words, ~1,300 names per 3 × 1,000 reports), read unit by unit by the name tests after.
 */
export function joinRanges(text: string, bounds: readonly number[], lo: number, hi: number): string {
  let spaced = true;
  for (let w = lo + 1; w < hi && spaced; w++) spaced = bounds[2 * w]! - bounds[2 * w - 1]! === 1 && text.charCodeAt(bounds[2 * w - 1]!) === 0x20;
  if (spaced) return text.slice(bounds[2 * lo]!, bounds[2 * hi - 1]!);
  let s = '';
  for (let w = lo; w < hi; w++) s += (w > lo ? ' ' : '') + text.slice(bounds[2 * w]!, bounds[2 * w + 1]!);
  return s;
}

/**
 * Words of a lexicon (each with bits) looked up by where an ASCII word is written, without making its string or its
 * lower-case string: `folded` words are compared with the text's units with A-Z lower-cased (what `toLowerCase` does to
 * ASCII), `exact` words with the units as written. wordEntry's first reading of a word (~2,400 a 3 × 1,000 analysis)
 * sliced it, lower-cased it and hashed both strings for three Set look-ups.
 */
export class AsciiWordTable {
  private readonly folded = new WordSlots();
  private readonly exact = new WordSlots();
  /** Words that are not ASCII (or not lower case, for `folded`) are left out: no ASCII word's lower case (or text) equals them. */
  addFolded(word: string, bits: number): void {
    if (isAscii(word) && !/[A-Z]/.test(word)) this.folded.add(word, bits, hashFolded(word, 0, word.length));
  }
  addExact(word: string, bits: number): void {
    if (isAscii(word)) this.exact.add(word, bits, hashExact(word, 0, word.length));
  }
  /** The bits of the folded and the exact words written `text[a, b)`, or -1 when a unit there is not ASCII. */
  bitsOf(text: string, a: number, b: number): number {
    let hf = 0x811c9dc5;
    let he = 0x811c9dc5;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return -1;
      he = Math.imul(he ^ c, 0x01000193);
      hf = Math.imul(hf ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
    }
    return this.folded.get(text, a, b, hf, true) | this.exact.get(text, a, b, he, false);
  }
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}
function hashExact(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
function hashFolded(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return h;
}

/** Open addressing: slot → entry + 1; entries' words, bits (OR-ed when a word is added twice) and hashes. */
class WordSlots {
  private slots = new Int32Array(64);
  private readonly words: string[] = [];
  private readonly bits: number[] = [];
  private readonly hashes: number[] = [];
  add(word: string, bits: number, h: number): void {
    const e = this.find(word, h);
    if (e >= 0) {
      this.bits[e] = this.bits[e]! | bits;
      return;
    }
    if ((this.words.length + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let x = 0; x < this.words.length; x++) this.place(this.hashes[x]!, x);
    }
    this.words.push(word);
    this.bits.push(bits);
    this.hashes.push(h);
    this.place(h, this.words.length - 1);
  }
  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
  private find(word: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && this.words[e - 1] === word) return e - 1;
    }
  }
  /** The bits of the word written `text[a, b)` (A-Z compared lower-cased when `fold`), or 0. */
  get(text: string, a: number, b: number, h: number, fold: boolean): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === 0) return 0;
      if (this.hashes[e - 1] !== h) continue;
      const w = this.words[e - 1]!;
      if (w.length !== b - a) continue;
      let same = true;
      for (let i = 0; i < w.length; i++) {
        let c = text.charCodeAt(a + i);
        if (fold && c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return this.bits[e - 1]!;
    }
  }
}
