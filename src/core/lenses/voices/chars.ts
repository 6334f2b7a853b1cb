/**
 * Character classes of UTF-16 code units, for the hand-written scans of the
 * voices and actors lenses (capitalised runs, acronyms, word starts). A
 * regular expression pays per match and per position tried: the regex word
 * pass `/[\p{L}\p{N}]+/gu` took 11.8 ms over 3 × 1,000 real sentences where a
 * loop over char codes took 1.6 ms (same machine, same load). The classes are
 * the expressions' own (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\s`), read once
 * per code unit from those expressions and kept in a table.
 *
 * Only for text without surrogates: a code point outside the BMP is two code
 * units here, one character to a `u` expression. Callers check
 * `hasSurrogates` and keep the expression for such text.
 */

export const L = 1;
export const LU = 2;
export const LL = 4;
export const N = 8;
export const S = 16;
const KNOWN = 128;

const table = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let f = KNOWN;
  if (/\p{L}/u.test(ch)) f |= L;
  if (/\p{Lu}/u.test(ch)) f |= LU;
  if (/\p{Ll}/u.test(ch)) f |= LL;
  if (/\p{N}/u.test(ch)) f |= N;
  if (/\s/u.test(ch)) f |= S;
  table[c] = f;
  return f;
}

for (let c = 0; c < 128; c++) classify(c);

/** The classes of the code unit `c` (a BMP character; surrogate halves read as no class). */
export function cls(c: number): number {
  const f = table[c]!;
  return f === 0 ? classify(c) : f;
}

/** The classes of the code unit at `i` of `s`, 0 outside it. */
export function clsAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? cls(s.charCodeAt(i)) : 0;
}

export function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}
