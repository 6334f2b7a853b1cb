/**
 * The capitalised runs namedActors reads in each sentence, by char codes
 * (../voices/chars.ts) instead of the expressions kept below as references:
 * the three expressions per sentence were most of the lens once the name scan
 * was made cheap (21 + 18 + 16 ms of a 3 × 1,000-sentence profile under load).
 * Text holding surrogates is read with the expressions (`surrogates`: whether
 * it does, when the caller knows).
 */
import { cls, hasSurrogates, L, LU, S } from '../voices/chars';

export const ORG_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|the|for|and)?\s*\p{Lu}[\p{L}'’-]*){0,6})(?:\s+\((\p{Lu}{2,6})\))?/gu;
export const ACRONYM_RE = /(?<![\p{L}])(\p{Lu}{3,6})(?![\p{L}])/gu;

const at = (s: string, i: number) => (i < s.length ? cls(s.charCodeAt(i)) : 0);
const wordish = (s: string, i: number) => {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (cls(c) & L) !== 0;
};

export interface OrgMatch {
  index: number;
  /** Group 1: the capitalised words. */
  name: string;
  /** Group 2: an acronym in brackets after them. */
  acronym?: string;
}

const LINKS = ['of', 'the', 'for', 'and'];

/**
 * The matches of ORG_RE over `s`. Each word is a capital and every letter,
 * apostrophe and hyphen after it; the next word joins after white space,
 * optionally "of"/"the"/"for"/"and" (lower case) and more white space, when
 * it starts with a capital; at most six more words; then " (ACR)" with two
 * to six capitals. Every part after the first word is optional, so the
 * expression never backtracks out of a part it matched: read left to right.
 */
export function orgRuns(s: string, surrogates = hasSurrogates(s)): OrgMatch[] {
  const out: OrgMatch[] = [];
  if (surrogates) {
    const re = new RegExp(ORG_RE.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push(m[2] === undefined ? { index: m.index, name: m[1]! } : { index: m.index, name: m[1]!, acronym: m[2] });
    return out;
  }
  let p = 0;
  while (p < s.length) {
    if ((at(s, p) & LU) === 0 || (p > 0 && (at(s, p - 1) & L) !== 0)) {
      // No match starts at a letter after a letter: pass over the rest of this word at once.
      if (at(s, p) & L) while (at(s, ++p) & L);
      else p++;
      continue;
    }
    let e = p + 1;
    while (wordish(s, e)) e++;
    for (let units = 0; units < 6; units++) {
      let t = e;
      if ((at(s, t) & S) === 0) break;
      while (at(s, t) & S) t++;
      let next = -1;
      for (const w of LINKS) {
        if (!s.startsWith(w, t)) continue;
        let u = t + w.length;
        while (at(s, u) & S) u++;
        if (at(s, u) & LU) next = u;
        break;
      }
      if (next < 0 && at(s, t) & LU) next = t;
      if (next < 0) break;
      e = next + 1;
      while (wordish(s, e)) e++;
    }
    const name = s.slice(p, e);
    let end = e;
    let acronym: string | undefined;
    if (at(s, e) & S) {
      let t = e;
      while (at(s, t) & S) t++;
      if (s.charCodeAt(t) === 40) {
        let a = t + 1;
        while (at(s, a) & LU) a++;
        if (a - t - 1 >= 2 && a - t - 1 <= 6 && s.charCodeAt(a) === 41) {
          acronym = s.slice(t + 1, a);
          end = a + 1;
        }
      }
    }
    out.push(acronym === undefined ? { index: p, name } : { index: p, name, acronym });
    p = end;
  }
  return out;
}

/**
 * The matches (index, group 1) of ACRONYM_RE over `s`: a run of letters, not
 * after a letter, that is three to six capitals (a longer run, or one going
 * on in lower case, fails at every length the expression tries).
 */
export function acronyms(s: string, surrogates = hasSurrogates(s)): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  if (surrogates) {
    const re = new RegExp(ACRONYM_RE.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push({ index: m.index, text: m[1]! });
    return out;
  }
  let p = 0;
  while (p < s.length) {
    if ((at(s, p) & L) === 0) {
      p++;
      continue;
    }
    let a = p;
    while (at(s, a) & LU) a++;
    let e = a;
    while (at(s, e) & L) e++;
    if (e === a && a - p >= 3 && a - p <= 6) out.push({ index: p, text: s.slice(p, a) });
    p = e;
  }
  return out;
}
