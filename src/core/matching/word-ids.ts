/**
 * The rules' words (`wordsOf`: lower-case runs of `[\p{L}\p{N}]`) as small
 * integer ids, without building the word strings.
 *
 * `applyRules` needs each sentence's distinct words only as a set to count
 * shared words in (~20,000 candidate pairs at 3 × 1,000), but reading them
 * through `wordsOf` cost one regex pass plus a string per word and a
 * string-keyed Map probe per word to intern it (~20 ms + ~10 ms of a
 * 3 × 1,000 analysis). Here a sentence is scanned once by char code (each
 * code unit's class and lower case learnt once, UNIT below) and each word is
 * interned by its code units in an open-addressing table; a sentence with a
 * unit whose lower case is context-dependent (Greek capital sigma) or not one
 * unit, or with a surrogate, takes `wordsOf` itself, its words interned by the
 * same code units, so equal words get equal ids whichever path read them.
 *
 * Tried and dropped: reading words off the tokens (MatchSentence.tokens).
 * Their offsets are into the report, not the sentence text, and the
 * tokenizer's words are not the rules' words (hyphen compounds are one token,
 * "T-Mobile" two rule words), so exactness would need a re-check of every gap.
 */
export class WordIds {
  /** Code units of every distinct word, back to back. */
  private pool = new Uint16Array(4096);
  private poolSize = 0;
  /**
   * By id, where its code units start in `pool` and how many (two int32s side by side): a probe that
   * hits reads one cache line, where two number[] lists read two (the probe was ~a third of `read`).
   */
  private meta = new Int32Array(2048);
  private count = 0;
  /** Open addressing: id + 1, 0 = free. */
  private slots = new Int32Array(1024);
  private mask = 1023;
  /** Scratch for the word being read. */
  private word: Uint16Array = new Uint16Array(64);
  /**
   * The ids `readIds` read, `ids[0 … count)`, reused from text to text. A number[] emptied with
   * `length = 0` before each text dropped its backing store and grew it again (0 → 17 → 41 …): ~1.7 MB
   * of garbage per 3 × 1,000 analysis in applyRules alone.
   */
  ids: Int32Array = new Int32Array(256);
  /** Whether the text `readIds` read last holds a quote mark (`"“”«„`). */
  quoted = false;

  get size(): number {
    return this.count;
  }

  /**
   * Push the id of each word of `text` (wordsOf's words, in order) onto `out`;
   * returns whether the text holds a quote mark (`"“”«„`).
   */
  read(text: string, out: number[]): boolean {
    const count = this.readIds(text);
    const ids = this.ids;
    for (let k = 0; k < count; k++) out.push(ids[k]!);
    return this.quoted;
  }

  /**
   * `read` into `this.ids` (from 0; returns how many) and `this.quoted`: the same ids in the same
   * order, no list to grow per text.
   */
  readIds(text: string): number {
    const n = text.length;
    const table = UNIT;
    let word = this.word;
    let ids = this.ids;
    let size = 0;
    let len = 0;
    let quoted = false;
    // The word's hash as it is read (intern's FNV-1a, the same bits): no second pass over its code units.
    let h = FNV_OFFSET;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      let v = table[c]!;
      if (v === UNKNOWN) v = classify(c);
      if (v > 0) {
        if (len === word.length) word = this.growWord();
        word[len++] = v;
        h = Math.imul(h ^ v, FNV_PRIME);
        continue;
      }
      if (v === SLOW) return this.readSlow(text);
      if (v === QUOTE) quoted = true;
      if (len > 0) {
        if (size === ids.length) ids = this.growIds();
        ids[size++] = this.internHashed(word, len, h);
        len = 0;
        h = FNV_OFFSET;
      }
    }
    if (len > 0) {
      if (size === ids.length) ids = this.growIds();
      ids[size++] = this.internHashed(word, len, h);
    }
    this.quoted = quoted;
    return size;
  }

  /** The regex path: wordsOf's words, from the start of `ids`. */
  private readSlow(text: string): number {
    const words = text.toLowerCase().match(WORD) ?? [];
    let size = 0;
    for (const w of words) {
      if (w.length > this.word.length) this.growWord(w.length);
      for (let m = 0; m < w.length; m++) this.word[m] = w.charCodeAt(m);
      if (size === this.ids.length) this.growIds();
      this.ids[size++] = this.intern(this.word, w.length);
    }
    this.quoted = QUOTE_MARK.test(text);
    return size;
  }

  private growWord(at = this.word.length * 2): Uint16Array {
    const next = new Uint16Array(Math.max(at, this.word.length * 2));
    next.set(this.word);
    return (this.word = next);
  }

  private growIds(): Int32Array {
    const next = new Int32Array(this.ids.length * 2);
    next.set(this.ids);
    return (this.ids = next);
  }

  private intern(w: Uint16Array, len: number): number {
    let h = FNV_OFFSET;
    for (let m = 0; m < len; m++) h = Math.imul(h ^ w[m]!, FNV_PRIME);
    return this.internHashed(w, len, h);
  }

  /** `intern` with the word's hash computed already. */
  private internHashed(w: Uint16Array, len: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const pool = this.pool;
    const meta = this.meta;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const at = slots[slot]!;
      if (at === 0) break;
      const id = at - 1;
      if (meta[2 * id + 1] === len) {
        const s = meta[2 * id]!;
        let m = 0;
        while (m < len && pool[s + m] === w[m]) m++;
        if (m === len) return id;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(w, len, slot);
  }

  /** A new word at a free slot. Apart from the probe: it runs once per distinct word. */
  private add(w: Uint16Array, len: number, slot: number): number {
    const id = this.count++;
    if (this.poolSize + len > this.pool.length) {
      const next = new Uint16Array(Math.max(this.pool.length * 2, this.poolSize + len));
      next.set(this.pool);
      this.pool = next;
    }
    if (2 * id + 2 > this.meta.length) {
      const next = new Int32Array(this.meta.length * 2);
      next.set(this.meta);
      this.meta = next;
    }
    const pool = this.pool;
    const from = this.poolSize;
    for (let m = 0; m < len; m++) pool[from + m] = w[m]!;
    this.meta[2 * id] = from;
    this.meta[2 * id + 1] = len;
    this.poolSize += len;
    this.slots[slot] = id + 1;
    if (2 * (id + 1) > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(mask + 1);
    for (let id = 0; id < this.count; id++) {
      let h = 2166136261;
      const s = this.meta[2 * id]!;
      for (let m = 0, len = this.meta[2 * id + 1]!; m < len; m++) h = Math.imul(h ^ this.pool[s + m]!, 16777619);
      let slot = (h >>> 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The id of a word exactly as given (its code units, no lower-casing), or -1 when no text read held it. */
  idOf(word: string): number {
    const len = word.length;
    let h = 2166136261;
    for (let m = 0; m < len; m++) h = Math.imul(h ^ word.charCodeAt(m), 16777619);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) return -1;
      const id = at - 1;
      if (this.meta[2 * id + 1] === len) {
        const s = this.meta[2 * id]!;
        let m = 0;
        while (m < len && this.pool[s + m] === word.charCodeAt(m)) m++;
        if (m === len) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The word of an id (tests). */
  wordOf(id: number): string {
    const s = this.meta[2 * id]!;
    return String.fromCharCode(...this.pool.subarray(s, s + this.meta[2 * id + 1]!));
  }
}

const QUOTE_MARK = /["“”«„]/;
// At module level: esbuild (tsx, target node20) lowers a \p{…} literal inside a function to `new RegExp` per call.
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/*
 * What `read` does with each UTF-16 code unit, learnt the first time it is met: > 0, a word's code unit
 * (the unit lower-cased); SEPARATOR or QUOTE (a quote mark of QUOTE_MARK), not in a word; SLOW, a unit
 * whose lower case depends on its neighbours or is not one unit (Σ's final form, İ's "i̇") or a surrogate
 * (\p{L} reads the pair): the sentence goes to readSlow. Elsewhere `toLowerCase` maps unit by unit, so
 * the scan reads wordsOf's words. Only the ASCII units had a fast path before: a sentence with a curly
 * quote or a dash (109 of 3,477 at 3 × 1,000) took the regex (its literal rebuilt per call under tsx).
 * read over the texts of 3 × 1,000: 4.9 → 4.4 ms CPU (fastest of 40 interleaved runs), with the probe's
 * fields read into locals.
 */
const UNKNOWN = 0;
const SEPARATOR = -1;
const QUOTE = -2;
const SLOW = -3;
const UNIT = new Int32Array(65536);

function classify(c: number): number {
  let v: number;
  if (c >= 0xd800 && c <= 0xdfff) v = SLOW;
  else if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0x201e) v = QUOTE;
  else {
    const lower = String.fromCharCode(c).toLowerCase();
    if (c === 0x3a3 || lower.length !== 1) v = SLOW;
    else if (LETTER_OR_DIGIT.test(lower)) v = lower.charCodeAt(0);
    else v = SEPARATOR;
  }
  return (UNIT[c] = v);
}
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
