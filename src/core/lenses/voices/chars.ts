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

/** `[\p{L}'’-]`: a letter, an apostrophe or a hyphen. */
function wordish(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (cls(c) & L) !== 0;
}

/** `[\p{Ll}'’-]`. */
function lowerish(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (cls(c) & LL) !== 0;
}

function space(s: string, i: number): boolean {
  return i < s.length && (cls(s.charCodeAt(i)) & S) !== 0;
}

function upper(s: string, i: number): boolean {
  return i < s.length && (cls(s.charCodeAt(i)) & LU) !== 0;
}

export interface RunMatch {
  index: number;
  text: string;
}

/** The expression capitalRuns reads by hand (the reference, and the reading of text with surrogates). */
export function capitalRunRe(units: number, tail: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,${units}}\\p{Lu}[\\p{Ll}'’-]+${tail ? `(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?` : ''})`, 'gu');
}

/**
 * The matches (index, group 1) of `capitalRunRe(units, tail)` over `s`: runs
 * of capitalised words, "Sen. Rosa Delgado", "Majority Leader Dana
 * Whitfield". By hand: a word of the run is a capital and every letter,
 * apostrophe and hyphen after it (the expression cannot end it sooner, as a
 * dot or white space must follow), so the only choice the expression
 * backtracks over is how many words the run takes before its last one (a
 * capital and lower-case letters, which may be the start of a longer word).
 * Same matches, tested against the expression (chars.test.ts). `surrogates`:
 * whether `s` holds any (a caller reading many slices of one text checks once).
 */
export function capitalRuns(s: string, units: number, tail: boolean, surrogates = hasSurrogates(s)): RunMatch[] {
  const out: RunMatch[] = [];
  if (surrogates) {
    const re = capitalRunRe(units, tail);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push({ index: m.index, text: m[1]! });
    return out;
  }
  const ends: number[] = [];
  let p = 0;
  while (p < s.length) {
    if (!upper(s, p) || (p > 0 && (s.charCodeAt(p - 1) === 46 || (cls(s.charCodeAt(p - 1)) & L) !== 0))) {
      // No run starts at a letter after a letter: pass over the rest of this word at once (half the class reads).
      if ((cls(s.charCodeAt(p)) & L) !== 0) while (++p < s.length && (cls(s.charCodeAt(p)) & L) !== 0);
      else p++;
      continue;
    }
    ends.length = 0;
    let q = p;
    while (ends.length < units && upper(s, q)) {
      let r = q + 1;
      while (wordish(s, r)) r++;
      if (s.charCodeAt(r) === 46) r++;
      if (!space(s, r)) break;
      while (space(s, r)) r++;
      ends.push(r);
      q = r;
    }
    let end = -1;
    for (let j = ends.length - 1; j >= 0 && end < 0; j--) {
      const f = ends[j]!;
      if (!upper(s, f) || !lowerish(s, f + 1)) continue;
      let e = f + 2;
      while (lowerish(s, e)) e++;
      if (tail && space(s, e)) {
        let t = e;
        while (space(s, t)) t++;
        if (upper(s, t) && lowerish(s, t + 1)) {
          t += 2;
          while (lowerish(s, t)) t++;
          e = t;
        }
      }
      end = e;
    }
    if (end < 0) {
      // The letters after this capital follow a letter: none starts a run.
      while (++p < s.length && (cls(s.charCodeAt(p)) & L) !== 0);
      continue;
    }
    out.push({ index: p, text: s.slice(p, end) });
    p = end;
  }
  return out;
}
