/**
 * Unicode character classes of one code point (\p{L}, \p{Lu}, \p{Ll}, \p{N})
 * for hand-written scanners that replace per-word regexes in the facts and
 * loaded lenses. A `/\p{Lu}/u.test(word)` per word, or a word regex with a
 * lookbehind tried at every offset, cost more than the rest of those lenses
 * (a /u regex call on a short string is ~1 µs; 3 × 1,000 sentences have
 * ~60,000 words). ASCII is a fixed table; any other code point is classified
 * once by the same regexes and remembered (a 64 K byte table for the BMP, a
 * Map beyond), so the answer is by construction the regexes' answer.
 */
export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const NUMBER = 8;

const UNKNOWN = 255;
const bmp = new Uint8Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0) | (/\p{Ll}/u.test(s) ? LOWER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0);
}
for (let cp = 0; cp < 128; cp++) bmp[cp] = classify(cp);
/** The classes of the ASCII code points (charClass without a call, for scanners' fast paths). */
export const ASCII: Uint8Array = bmp.slice(0, 128);

/** The classes (LETTER | UPPER | LOWER | NUMBER bits) of code point `cp`. A lone surrogate has none, as in a /u regex. */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp]!;
    if (c === UNKNOWN) bmp[cp] = c = cp >= 0xd800 && cp <= 0xdfff ? 0 : classify(cp);
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(cp)));
  return c;
}

/** The class of the code point that ends just before `i` (0 at the string's start): what a /u lookbehind of one character sees. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return charClass((hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
  }
  return charClass(lo);
}

/** The code point at `i`, as a regex over `text.slice(…, end)` reads it: a pair cut by `end` is a lone surrogate. */
export function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Is UTF-16 unit `c` white space as `\s` reads it? */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Which code points may start a match of a regex: its alternatives' first
 * characters, compared as the regex compares them (`flags`: "u" or "iu", so
 * case-insensitive sets fold case exactly as the regex does). `any`: every
 * code point (a first character that could not be worked out).
 */
export class StartSet {
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Map<number, boolean>();
  private readonly re: RegExp | undefined;
  constructor(chars: readonly string[], flags: 'u' | 'iu', readonly any = false) {
    const cls = [...new Set(chars)].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('');
    this.re = any || cls === '' ? undefined : new RegExp(`^[${cls}]$`, flags);
    for (let cp = 0; cp < 128; cp++) this.ascii[cp] = this.test(cp) ? 1 : 0;
  }
  private test(cp: number): boolean {
    return this.any || (this.re !== undefined && this.re.test(String.fromCodePoint(cp)));
  }
  has(cp: number): boolean {
    if (cp < 128) return this.ascii[cp] === 1;
    let b = this.other.get(cp);
    if (b === undefined) this.other.set(cp, (b = this.test(cp)));
    return b;
  }
}

/**
 * `global.exec(body)` for a global regex whose every match starts with a
 * letter or digit that `at(body, i, cp)` admits, never after a letter or digit
 * (the regex's lookbehind forbids one): `sticky` (the same pattern with flag y,
 * lastIndex kept as the global regex keeps it) is tried only there. A global
 * regex that opens with a lookbehind tries it at every offset; here most
 * offsets cost a table look-up.
 */
export function execWhere(sticky: RegExp, body: string, at: (body: string, i: number, cp: number) => boolean): RegExpExecArray | null {
  const n = body.length;
  let i = sticky.lastIndex;
  let afterWord = (classBefore(body, i) & (LETTER | NUMBER)) !== 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    const cp = c < 128 ? c : codePointIn(body, i, n);
    const word = ((c < 128 ? ASCII[c]! : charClass(cp)) & (LETTER | NUMBER)) !== 0;
    if (word && !afterWord && at(body, i, cp)) {
      sticky.lastIndex = i;
      const m = sticky.exec(body);
      if (m !== null) return m;
    }
    afterWord = word;
    i += cp > 0xffff ? 2 : 1;
  }
  sticky.lastIndex = 0;
  return null;
}
