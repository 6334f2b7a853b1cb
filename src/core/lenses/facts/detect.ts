/**
 * Facts and figures of one report, normalised so that the same fact from two
 * outlets can be matched: counts with what they count ("160 states",
 * "fewer than 50 missiles", "a thousand 155mm rounds"), money ("$625 million"),
 * percentages, dates ("December 3, 1997", "November 19", "in 2005", "the
 * 1990s"), and named people, organisations and places. Then `factMatrix`:
 * which report mentions which fact, and where reports give different values
 * for the same counted thing or dated event.
 *
 * Rule-based (docs/lens.md): `compromise` was measured (137 KB gzipped,
 * 1.5 s to load, 6 s on 500 KB) and is far too slow for this stage.
 */
import { stemmer } from 'stemmer';
import { DEFAULT_PROFILE } from '../../language/bundled';
import type { LanguageProfile } from '../../language/profile';
import { ASCII, charClass, classBefore, codePointIn, isSpaceUnit, LETTER, LOWER, NUMBER, StartSet, UPPER } from './chars';
import { AsciiWordTable, joinRanges, RangeTable } from './ranges';
import type { Runs, TextRuns } from '../voices/chars';
import type { Fact, FactDiscrepancy, FactKind, FactMatrix, FactQualifier, FactResult, FactRow, ReportFacts, Span } from '../../types';

const QUALIFIER_ORDER: FactQualifier[] = ['more-than', 'fewer-than', 'about', 'up-to', 'at-least', 'exactly'];
/** Adjectives by shape (Belarusian, Chinese): modifiers, not names. */
const DEMONYM = /^\p{Lu}\p{L}*(?:ian|ean|ese|ish|ican|man)$/u;
/*
 * The expressions the functions below test, made once here. A `\p{…}` literal inside a function is lowered by
 * esbuild (tsx, target node20) to `new RegExp(…)`, run at every evaluation: ~7,000 constructions (~60 ns each, and
 * their garbage) per 3 × 1,000 reports across the lenses. Only `g` ones are read by match (which resets lastIndex).
 */
const RE_OF_ORG = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) of (?:the )?(.+)$/u;
/** The expressions isPastWord, isPluralWord, pluralAfter, isTitleCase, clauseTokens and isCapitals replace (fast.test.ts compares them). */
const RE_PAST_WORD = /^\p{Ll}+ed$/u;
const RE_PLURAL_WORD = /^\p{Ll}{3,}s$/u;
const RE_PLURAL_AFTER = /^\s+\p{Ll}{4,}s\b/u;
const RE_SAYS_AFTER = /^\s+(?:does|says|writes|notes|adds|tells|claims|warns|believes|thinks|wants|needs|seems)\b/;
const RE_NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,5})/u;
const RE_LONG_WORDS = /\p{L}{4,}/gu;
const RE_CAPITALS = /^\p{Lu}{2,}$/u;
const RE_ADVERB = /\p{Ll}+ly$/u;
const RE_CLAUSE_TOKENS = /\p{L}[\p{L}'’.-]*|[,;:]/gu;
const RE_VERB_BEFORE = /(\p{L}+(?:ed|gan))\b[^]*$/u;
const RE_LETTER_FIRST = /^\p{L}/u;
/** DEMONYM, tested only on words with one of its endings (ian, ean, ican, man end in "an"): most words are not tried at all. */
function isDemonym(w: string): boolean {
  return (w.endsWith('an') || w.endsWith('se') || w.endsWith('sh')) && DEMONYM.test(w);
}
/** Sticky: tried only at digits (execAtStarts). */
const PERCENT = /(?<![\p{L}\p{N}])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/iuy;

function escapeRe(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function alternatives(words: readonly string[]): string {
  return words.length ? [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|') : '(?!)';
}
const capitaliseWord = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * What the facts lens reads from a language profile (dates.json, numbers.json,
 * currencies.json, institutions.json, places.json, roles.json, stopwords.json).
 */
interface Lexicon {
  months: readonly (readonly string[])[];
  monthRe: string;
  numberWords: Readonly<Record<string, number>>;
  /** numberWords as a Map (`Object.hasOwn` on the profile's object internalised each count's fresh string), and whether a number word may start with an ASCII digit (none does: a count's digits skip the look-up). */
  numberWordMap: ReadonlyMap<string, number>;
  numberWordDigit: boolean;
  /** Scales after a number, and abbreviated scales after money. */
  scales: Readonly<Record<string, number>>;
  countScales: Readonly<Record<string, number>>;
  qualifiers: [RegExp, FactQualifier][];
  /** The qualifiers' alternatives, lower case, when every one is ASCII letters and single spaces (qualifierAt compares them as text); else undefined. */
  qualifierWords: { q: FactQualifier; alts: string[] }[] | undefined;
  /** qualifierWords by their alternatives' last letter (qualifiersByLast). */
  qualifierByLast: ({ q: FactQualifier; alt: string }[] | undefined)[] | undefined;
  countedPhraseStops: ReadonlySet<string>;
  currencies: Readonly<Record<string, string>>;
  moneyRe: RegExp;
  /** Can moneyRe match in a body (mayHaveMoney): its symbols, and the first code points of the scales and currency words after a number's white space; undefined: always try. */
  moneyStarts: { symbols: ClassSet; wordAt: RegExp; re: RegExp } | undefined;
  countRe: RegExp;
  dateRe: RegExp;
  /** dateRe and countRe sticky, tried only where a match may start (execAtStarts): digits and months' first letters; digits, "a", "o" and number words' first letters, case folded. */
  dateAt: RegExp;
  /** dateAt's capture groups by name: their numbers (dateAt has no names: see numberedGroups). */
  dateGroup: Record<'m1' | 'd1' | 'y1' | 'd2' | 'm2' | 'y2' | 'm3' | 'y3' | 'dd' | 'mm' | 'yy' | 'dec' | 'y4', number>;
  dateStarts: (text: string, i: number, end: number, cp: number) => boolean;
  /** Per ASCII unit, 1 if one of the months' forms (as dateStarts reads them) starts with it: a start scanRuns keeps without flags. */
  dateFirst: Uint8Array;
  /** Is one of the months' forms (as the date regex writes them) written at `i`, ending by `end`? */
  monthAt: (text: string, i: number, end: number) => boolean;
  countAt: RegExp;
  countGroup: Record<'a' | 'n' | 'sc', number>;
  /** The count scales as countRe tries them (longest first), when countAtDigit may read counts at a digit (every scale lower-case ASCII letters, every number word letters, spaces, apostrophes and hyphens); else undefined. */
  countScaleWords: readonly string[] | undefined;
  countStarts: { first: StartSet; trie: AsciiTrie | undefined };
  orgWords: RegExp;
  placeWords: RegExp;
  /** `orgWords.test` and `placeWords.test`, by hand where the profile's alternatives allow (wordsTest). */
  isOrg: (s: string) => boolean;
  isPlace: (s: string) => boolean;
  /** isPlace's and isOrg's word tests in one reading (kindWordsOf), where the profile's alternatives allow. */
  kindWords: ((s: string, stop: number) => number) | undefined;
  places: ReadonlySet<string>;
  /** Function words: never the first word of a name. */
  notNameWords: ReadonlySet<string>;
  /** notNameWords and titles (W_NOT_NAME, W_TITLE, lower-cased) and places (W_PLACE, as written), for wordEntry. */
  wordTable: AsciiWordTable;
  /** Words that open sentences: not names at a sentence's start. */
  openers: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  skipBeforeVerb: ReadonlySet<string>;
  stem: (w: string) => string;
  /** Lower-case alias → entity id (the profile's aliases: "kiev" and "ukraine" are one subject). */
  aliasOf: Map<string, string>;
  /** The last word (after the last " ") of each key of aliasOf: subjectBefore looks for an alias ending at a token only if it is one. */
  aliasLastWords: ReadonlySet<string>;
}

const isDigit = (cp: number) => cp >= 48 && cp <= 57;

/**
 * Where a date may start: a digit, or one of the months' forms as the date regex writes them (capitalised, literal), within [i, end).
 * The forms are grouped by their first code point (the regex compares it exactly, flag u without i): a capitalised
 * word is compared with the two or three forms of its letter, not all of them (`forms.some` over the ~24 English forms
 * at each capitalised word of a sentence with a digit).
 */
function dateStartsOf(forms: readonly string[]): (text: string, i: number, end: number, cp: number) => boolean {
  const byFirst = formsByFirst(forms);
  return (text, i, end, cp) => isDigit(cp) || formAt(byFirst.get(cp), text, i, end);
}
/** 1 for each ASCII unit that starts one of `forms`. */
function asciiFirsts(forms: readonly string[]): Uint8Array {
  const out = new Uint8Array(128);
  for (const f of forms) {
    const cp = f.codePointAt(0)!;
    if (cp < 128) out[cp] = 1;
  }
  return out;
}
/**
 * `forms` grouped by their first code point: an array for ASCII, a Map beyond. The Map alone cost a hashed look-up
 * per word of each sentence with a digit (dateStarts; ~20,000 words at 3 × 1,000 sentences, ~0.4 ms).
 */
class FormsByFirst {
  private readonly ascii: (string[] | undefined)[] = new Array<string[] | undefined>(128).fill(undefined);
  private readonly other = new Map<number, string[]>();
  add(cp: number, f: string): void {
    let list = cp < 128 ? this.ascii[cp] : this.other.get(cp);
    if (!list) {
      list = [];
      if (cp < 128) this.ascii[cp] = list;
      else this.other.set(cp, list);
    }
    list.push(f);
  }
  get(cp: number): readonly string[] | undefined {
    return cp < 128 ? this.ascii[cp] : this.other.get(cp);
  }
}
function formsByFirst(forms: readonly string[]): FormsByFirst {
  const byFirst = new FormsByFirst();
  for (const f of forms) byFirst.add(f.codePointAt(0)!, f);
  return byFirst;
}
/** Is one of `forms` written at `i` of `text`, ending by `end` (grouped by first code point, as dateStartsOf)? */
function monthAtOf(forms: readonly string[]): (text: string, i: number, end: number) => boolean {
  const byFirst = formsByFirst(forms);
  return (text, i, end) => i < end && formAt(byFirst.get(codePointIn(text, i, end)), text, i, end);
}
/** Is one of `forms` written at `i`, ending by `end`? */
function formAt(forms: readonly string[] | undefined, text: string, i: number, end: number): boolean {
  if (forms === undefined) return false;
  for (const f of forms) if (i + f.length <= end && text.startsWith(f, i)) return true;
  return false;
}

/**
 * Lower-case ASCII words as a trie of 26-way nodes (`next[node * 26 + letter]`, 0 = none; node 0 is the root):
 * a word is looked up by walking its letters, case folded, without making its lower-case string.
 * countStartsOf sliced and lower-cased every word starting with a number word's letter (~a third of all words).
 */
class AsciiTrie {
  private next = new Int32Array(26 * 64);
  private final = new Uint8Array(64);
  private nodes = 1;
  /** `words` are marked 1, then `also` 2 where not already a word. */
  constructor(words: Iterable<string>, also: Iterable<string> = []) {
    for (const w of words) this.add(w, 1);
    for (const w of also) this.add(w, 2);
  }
  private add(w: string, mark: number): void {
    {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const at = node * 26 + w.charCodeAt(i) - 97;
        if (this.next[at] === 0) {
          if (this.nodes * 26 >= this.next.length) this.grow();
          this.next[at] = this.nodes++;
        }
        node = this.next[at]!;
      }
      if (this.final[node] === 0) this.final[node] = mark;
    }
  }
  private grow(): void {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const final = new Uint8Array(this.final.length * 2);
    final.set(this.final);
    this.final = final;
  }
  /** The node after `node` by ASCII letter unit `c` (either case), or -1. */
  step(node: number, c: number): number {
    if (node < 0) return -1;
    const n = this.next[node * 26 + ((c | 0x20) - 97)]!;
    return n === 0 ? -1 : n;
  }
  /** 0: no word ends at `node`; else the word's mark. */
  markOf(node: number): number {
    return node >= 0 ? this.final[node]! : 0;
  }
}

/**
 * Where a count may start: a digit, or a word that is "a", "an", "one" or a number word, case folded
 * (the count regex's number is followed by no letter, its article by white space): a word whose first
 * code point is in `first` and then, when `trie` is given, whose ASCII letters (up to the first other
 * character) spell a word of `trie`, case folded; a word with any other letter there, a first code point
 * beyond ASCII, or number words the trie cannot stand for (not plain lower-case ASCII: no trie) fall back
 * to the regex's first characters. scanStarts walks the trie as it scans the sentence.
 */
function countStartsOf(numberWords: readonly string[], plain: boolean): { first: StartSet; trie: AsciiTrie | undefined } {
  const first = new StartSet([...'0123456789', 'a', 'o', ...numberWords.map((w) => String.fromCodePoint(w.codePointAt(0)!))], 'iu', !plain);
  const lookUp = plain && numberWords.every((w) => /^[a-z]+$/.test(w));
  return { first, trie: lookUp ? new AsciiTrie(numberWords, ['a', 'an', 'one']) : undefined };
}

function wordTableOf(profile: LanguageProfile): AsciiWordTable {
  const t = new AsciiWordTable();
  for (const w of profile.functionWords) t.addFolded(w, W_NOT_NAME);
  for (const w of profile.titles) t.addFolded(w, W_TITLE);
  for (const w of profile.places) t.addExact(w, W_PLACE);
  return t;
}

/**
 * `new RegExp(`\\b(?:${alts.join('|')})\\b`).test` (no flags) by hand, when every alternative is ASCII letters, single
 * spaces and classes of letters ("Organi[sz]ation"), starting and ending with a letter: then a match is one of their
 * spellings written at a \w run's start and followed by no \w unit. Else (other regex syntax) the regex itself.
 * placeWords and orgWords were ~200-250 ns a test, three or four tests per distinct name (~0.9 ms per 3 × 1,000).
 */
function wordsTestOf(alts: readonly string[]): (s: string) => boolean {
  const spellings = spellingsOf(alts);
  if (spellings === undefined) {
    const re = new RegExp(`\\b(?:${alts.join('|') || '(?!)'})\\b`);
    return (s) => re.test(s);
  }
  const table = new FirstWords([[spellings, 1]]);
  return (s) => wordBitsIn(table, s, 1) !== 0;
}
/** orgWords' test: wordsTestOf(alts), or the whole name is two or more capitals A-Z (`^(?:[A-Z]{2,}|UN|EU)$`). */
function orgTestOf(alts: readonly string[]): (s: string) => boolean {
  const words = wordsTestOf(alts);
  return (s) => words(s) || isCapitalsAZ(s);
}
function isCapitalsAZ(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
/** Bits of kindWordsOf's answer: a place word, an organisation word is written in the name. */
const PLACE_WORD = 1;
const ORG_WORD = 2;
/**
 * isPlace's and isOrg's word tests (without isOrg's capitals) in one reading of the name: PLACE_WORD | ORG_WORD for
 * the lists that match, stopping at a match of `stop`; undefined when a list has other regex syntax. A distinct
 * name's kind read it twice (nameKindOfText), as did a title's rest (notName).
 */
function kindWordsOf(placeAlts: readonly string[], orgAlts: readonly string[]): ((s: string, stop: number) => number) | undefined {
  const places = spellingsOf(placeAlts);
  const orgs = spellingsOf(orgAlts);
  if (places === undefined || orgs === undefined) return undefined;
  const table = new FirstWords([
    [places, PLACE_WORD],
    [orgs, ORG_WORD],
  ]);
  return (s, stop) => wordBitsIn(table, s, stop);
}
/**
 * The bits of the spellings written in `s` at the start of a \w run, followed by no \w unit (all of them, or the first
 * match of `stop`). A spelling's first word (letters: \w units) is then exactly that \w run, and the rest of it
 * (" House" of "White House") follows the run. So each \w run is hashed as it is read and looked up once among the
 * first words. The spellings grouped by first unit, each compared by `startsWith` at each run opening with it, were
 * ~160-200 ns a test (a distinct name is tested three or four times): 2,183 kind tests of the names of 3 × 1,000
 * reports, 0.76 -> 0.66 ms in a loop.
 */
function wordBitsIn(table: FirstWords, s: string, stop: number): number {
  const n = s.length;
  let bits = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    const a = i;
    let h = 0x811c9dc5;
    do {
      h = Math.imul(h ^ c, 0x01000193);
      i++;
    } while (i < n && isWordUnit((c = s.charCodeAt(i))));
    bits |= table.bitsAt(s, a, i, h);
    if (bits & stop) return bits;
  }
  return bits;
}
/**
 * The spellings' first words (up to the first space), each with the bits of the spellings that are that word alone and
 * the rest of the others (from their first space on) with theirs, in a hash table by FNV-1a of the word's units (open
 * addressing: slot → entry + 1).
 */
class FirstWords {
  private slots = new Int32Array(64);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly whole: number[] = [];
  private readonly tails: { rest: string; bit: number }[][] = [];
  constructor(lists: readonly (readonly [readonly string[], number])[]) {
    for (const [spellings, bit] of lists)
      for (const sp of spellings) {
        const space = sp.indexOf(' ');
        const word = space < 0 ? sp : sp.slice(0, space);
        const h = hashExact(word);
        let e = this.find(word, h);
        if (e < 0) {
          if ((this.words.length + 1) * 4 > this.slots.length) this.grow();
          e = this.words.length;
          this.words.push(word);
          this.hashes.push(h);
          this.whole.push(0);
          this.tails.push([]);
          this.place(h, e);
        }
        if (space < 0) this.whole[e] = this.whole[e]! | bit;
        else this.tails[e]!.push({ rest: sp.slice(space), bit });
      }
  }
  private find(word: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && this.words[e - 1] === word) return e - 1;
    }
  }
  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(this.hashes[e]!, e);
  }
  /** The bits of the spellings that match at the \w run [a, b) of `s` (whose units hash to `h`). */
  bitsAt(s: string, a: number, b: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === 0) return 0;
      if (this.hashes[e - 1] !== h) continue;
      const w = this.words[e - 1]!;
      if (w.length !== b - a || !s.startsWith(w, a)) continue;
      let bits = this.whole[e - 1]!;
      for (const { rest, bit } of this.tails[e - 1]!) if (s.startsWith(rest, b) && !isWordUnit(s.charCodeAt(b + rest.length))) bits |= bit;
      return bits;
    }
  }
}
function hashExact(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}
/** Every spelling of the alternatives (letters, single spaces, [letters] classes; starting and ending with a letter), or undefined. */
function spellingsOf(alts: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const a of alts) {
    let forms = [''];
    for (let i = 0; i < a.length; i++) {
      const ch = a[i]!;
      if (/[A-Za-z ]/.test(ch)) forms = forms.map((f) => f + ch);
      else if (ch === '[') {
        const close = a.indexOf(']', i);
        const cls = close < 0 ? '' : a.slice(i + 1, close);
        if (!/^[A-Za-z]+$/.test(cls) || forms.length * cls.length > 64) return undefined;
        forms = forms.flatMap((f) => [...cls].map((x) => f + x));
        i = close;
      } else return undefined;
    }
    for (const f of forms) if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(f)) return undefined;
    out.push(...forms);
  }
  return out;
}

/**
 * What moneyRe needs to match: a symbol (its first alternative), or what follows a number's white space in its second
 * (`\d[\d,]*(?:\.\d+)?(?:\s+scale)?\s+word`): a scale or a currency word. A key that is empty or opens with white
 * space would let the white space run end elsewhere: then every body is tried.
 */
function moneyStartsOf(symbolClass: string, words: readonly string[]): Lexicon['moneyStarts'] {
  if (words.some((w) => w === '' || /^\s/u.test(w))) return undefined;
  // mayHaveMoney's test as one expression (the symbol class, or a digit or comma, white space, a scale or currency word;
  // read with moneyRe's flags iu): irregexp scans a body in ~0.15 ms per 3 × 1,000 reports where the loop of char codes
  // took ~0.6–0.9 ms (mayHaveMoneyReference in fast.test.ts keeps it). With only the words' first letters, 467 of the
  // 827 bodies with a digit passed ("12 people": "pounds") and 65 held a sum; with the words whole, 75 pass.
  const alts = alternatives(words);
  return { symbols: new ClassSet(new RegExp(`^[${symbolClass}]$`, 'iu')), wordAt: new RegExp(`^(?:${alts})`, 'iu'), re: new RegExp(`[${symbolClass}]|[0-9,]\\s+(?:${alts})`, 'iu') };
}
/** The code points a one-character class (moneyRe's own symbol class source, flags iu) matches, remembered. */
class ClassSet {
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Map<number, boolean>();
  constructor(private readonly re: RegExp) {
    for (let cp = 0; cp < 128; cp++) this.ascii[cp] = re.test(String.fromCodePoint(cp)) ? 1 : 0;
  }
  has(cp: number): boolean {
    if (cp < 128) return this.ascii[cp] === 1;
    let b = this.other.get(cp);
    if (b === undefined) this.other.set(cp, (b = this.re.test(String.fromCodePoint(cp))));
    return b;
  }
}
/**
 * Can moneyRe match somewhere in `body`? Only if a symbol is written, or a digit or comma followed by white space and
 * then a scale or currency word. Most sentences with a digit hold no sum: their global exec
 * (~0.3 µs, 827 bodies per 3 × 1,000 sentences) is skipped.
 */
function mayHaveMoney(body: string, k: Lexicon): boolean {
  const m = k.moneyStarts;
  return m === undefined || m.re.test(body);
}
/** mayHaveMoney by char codes (the reference its expression is held to in fast.test.ts). */
function mayHaveMoneyReference(body: string, k: Lexicon): boolean {
  const m = k.moneyStarts;
  if (m === undefined) return true;
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (m.symbols.has(c < 128 ? c : body.codePointAt(i)!)) return true;
    if ((isDigit(c) || c === 0x2c) && i + 1 < n && isSpaceUnit(body.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < n && isSpaceUnit(body.charCodeAt(j))) j++;
      if (j < n && m.wordAt.test(body.slice(j))) return true;
    }
  }
  return false;
}

/**
 * `new RegExp(source, flags)` with its named groups unnamed (`(?<n>…)` → `(…)`), and each name's group number: a
 * match of an expression with named groups also builds its `groups` object. The count expression (~1,700 runs per
 * 3 × 1,000 reports, nearly all matching) took ~170 ns a match with its three names and ~100 ns without (the
 * date expression, 13 names, ~145 → ~105 ns at a digit). The source is read as the `u` flag reads it (escapes,
 * classes); one with a back-reference by name keeps its names (its groups have the same numbers).
 */
function numberedGroups(source: string, flags: string): { re: RegExp; group: Record<string, number> } {
  const names: Record<string, number> = {};
  let out = '';
  let group = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (source[i + 1] !== '?') group++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i + 3);
        names[source.slice(i + 3, close)] = ++group;
        out += '(';
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return { re: new RegExp(/\\k</.test(source) ? source : out, flags), group: names };
}

const lexicons = new WeakMap<LanguageProfile, Lexicon>();
function lexiconOf(profile: LanguageProfile): Lexicon {
  let k = lexicons.get(profile);
  if (k) return k;
  const full = profile.months.map((forms) => forms[0] ?? '').filter((m) => m !== '');
  const short = profile.months.flatMap((forms) => forms.slice(1));
  const monthRe = `(?:${[...full, ...short].map((m) => escapeRe(capitaliseWord(m))).join('|') || '(?!)'})\\.?`;
  const scales = { ...profile.scales, ...profile.moneyScales };
  const currencies = { ...profile.currencySymbols, ...profile.currencyWords };
  const symbols = Object.keys(profile.currencySymbols).map(escapeRe).join('');
  const moneyRe = new RegExp(
    `(?<cur>[${symbols || '\\u0000'}])\\s?(?<n>\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(?<sc>${alternatives(Object.keys(scales))})\\b)?|(?<n2>\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(?<sc2>${alternatives(Object.keys(profile.scales))}))?\\s+(?<cur2>${alternatives(Object.keys(profile.currencyWords))})\\b`,
    'giu',
  );
  const numberWords = Object.keys(profile.numberWords);
  const countRe = new RegExp(
    `(?<![\\p{L}\\p{N}\\-.,:/])(?:(?<a>an?|one)\\s+)?(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?${numberWords.length ? `|${numberWords.join('|')}` : ''})(?:\\s+(?<sc>${alternatives(Object.keys(profile.countScales))}))?(?![\\p{L}\\p{N}\\-]|[.,]\\d)`,
    'giu',
  );
  const dateRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<m1>${monthRe})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>\\d{4}))?|(?<d2>\\d{1,2})\\s+(?<m2>${monthRe})(?:\\s+(?<y2>\\d{4}))?|(?<m3>${monthRe})\\s+(?:of\\s+)?(?<y3>\\d{4})|(?<dd>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<yy>\\d{4})|(?<dec>(?:1[89]|20)\\d0)['’]?s|(?<y4>(?:1[89]\\d\\d|20\\d\\d))(?!\\s*(?:[\\p{Ll}]+s\\b|%|,\\d)))(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const qualifierWords = QUALIFIER_ORDER.every((q) => (profile.qualifiers[q] ?? []).every((a) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(a)))
    ? QUALIFIER_ORDER.filter((q) => profile.qualifiers[q]?.length).map((q) => ({ q, alts: profile.qualifiers[q]!.map((a) => a.toLowerCase()) }))
    : undefined;
  const dateAt = numberedGroups(dateRe.source, 'uy');
  const countAt = numberedGroups(countRe.source, 'iuy');
  // A number word that starts with regex syntax (none does) would make its first character unknowable: then every offset is tried.
  const plainWords = numberWords.every((w) => RE_LETTER_FIRST.test(w));
  k = {
    months: profile.months,
    monthRe,
    numberWords: profile.numberWords,
    numberWordMap: new Map(Object.entries(profile.numberWords)),
    numberWordDigit: numberWords.some((w) => isDigit(w.charCodeAt(0))),
    scales,
    countScales: profile.countScales,
    qualifiers: QUALIFIER_ORDER.filter((q) => profile.qualifiers[q]?.length).map((q) => [new RegExp(`(?:${profile.qualifiers[q]!.join('|')})\\s+$`, 'i'), q]),
    qualifierWords,
    qualifierByLast: qualifierWords && qualifiersByLast(qualifierWords),
    countedPhraseStops: profile.countedPhraseStops,
    currencies,
    moneyRe,
    moneyStarts: moneyStartsOf(symbols || '\\u0000', [...Object.keys(profile.scales), ...Object.keys(profile.currencyWords)]),
    countRe,
    dateRe,
    dateAt: dateAt.re,
    dateGroup: dateAt.group as Lexicon['dateGroup'],
    dateStarts: dateStartsOf([...full, ...short].filter((m) => m !== '').map(capitaliseWord)),
    dateFirst: asciiFirsts([...full, ...short].filter((m) => m !== '').map(capitaliseWord)),
    // The regex's month alternatives are `[...full, ...short]`: an empty short form would let it match no month at all.
    monthAt: short.includes('') ? () => true : monthAtOf([...full, ...short].map(capitaliseWord)),
    countAt: countAt.re,
    countGroup: countAt.group as Lexicon['countGroup'],
    countScaleWords:
      Object.keys(profile.countScales).every((w) => /^[a-z]+$/.test(w)) && numberWords.every((w) => /^[\p{L}' ’-]+$/u.test(w))
        ? [...Object.keys(profile.countScales)].sort((a, b) => b.length - a.length)
        : undefined,
    countStarts: countStartsOf(numberWords, plainWords),
    orgWords: new RegExp(`\\b(?:${[...profile.institutions.common, ...profile.institutions.organizationOnly].join('|') || '(?!)'})\\b|^(?:[A-Z]{2,}|UN|EU)$`),
    placeWords: new RegExp(`\\b(?:${profile.institutions.placeWords.join('|') || '(?!)'})\\b`),
    isOrg: orgTestOf([...profile.institutions.common, ...profile.institutions.organizationOnly]),
    isPlace: wordsTestOf(profile.institutions.placeWords),
    kindWords: kindWordsOf(profile.institutions.placeWords, [...profile.institutions.common, ...profile.institutions.organizationOnly]),
    places: profile.places,
    notNameWords: profile.functionWords,
    wordTable: wordTableOf(profile),
    openers: profile.sentenceOpeners,
    titles: profile.titles,
    skipBeforeVerb: profile.skipBeforeVerb,
    stem: profile.stemmer === 'porter' ? stemmer : (w: string) => w,
    aliasOf: new Map(profile.aliases.flatMap((e) => [e.label, ...e.aliases].map((a) => [a.toLowerCase(), e.id] as [string, string]))),
    aliasLastWords: new Set(profile.aliases.flatMap((e) => [e.label, ...e.aliases].map((a) => a.toLowerCase()).map((a) => a.slice(a.lastIndexOf(' ') + 1)))),
  };
  lexicons.set(profile, k);
  return k;
}

/**
 * Words of the report written in lower case somewhere: a capitalised one of them at a sentence's start is a common word, not a name.
 * The matches of the regex `(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*` (flags gu; lowercaseVocabularyReference in the tests), by a hand scan:
 * the regex tried its lookbehind at every offset of the report (17 ms of 188 at 3 × 1,000 sentences).
 */
export function lowercaseVocabulary(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  let prev = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const c = charClass(cp);
    let j = i + (cp > 0xffff ? 2 : 1);
    if (c & LOWER && !(prev & (LETTER | NUMBER))) {
      let last = c;
      while (j < n) {
        const cp2 = text.codePointAt(j)!;
        const c2 = charClass(cp2);
        if (!(c2 & LETTER) && cp2 !== 0x27 && cp2 !== 0x2019 && cp2 !== 0x2d) break;
        last = c2;
        j += cp2 > 0xffff ? 2 : 1;
      }
      out.add(text.slice(i, j));
      prev = last;
    } else prev = c;
    i = j;
  }
  return out;
}

/** FNV-1a over UTF-16 units [i, j) of `s`. */
function hashUnits(s: string, i: number, j: number): number {
  let h = 0x811c9dc5;
  for (; i < j; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * `lowercaseVocabulary(text)` as a hash set of offsets into the text: the same words, found by the same
 * scan, but no string is made per word (the Set of ~60,000 sliced strings at 3 × 1,000 sentences cost ~6 ms
 * of the scan's ~8). Open addressing: slot → the word's hash, start and length (0: empty).
 */
export class LowercaseWords {
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;
  /** `scan`: false leaves the table empty, for scanReport to fill (add) in its one pass over the report. */
  constructor(
    private readonly text: string,
    scan = true,
  ) {
    if (scan) this.scan();
  }
  private scan(): void {
    const text = this.text;
    const n = text.length;
    let prev = 0;
    let i = 0;
    while (i < n) {
      const ch = text.charCodeAt(i);
      const cp = ch < 128 ? ch : text.codePointAt(i)!;
      const c = ch < 128 ? ASCII[ch]! : charClass(cp);
      let j = i + (cp > 0xffff ? 2 : 1);
      if (c & LOWER && !(prev & (LETTER | NUMBER))) {
        let last = c;
        while (j < n) {
          const ch2 = text.charCodeAt(j);
          const cp2 = ch2 < 128 ? ch2 : text.codePointAt(j)!;
          const c2 = ch2 < 128 ? ASCII[ch2]! : charClass(cp2);
          if (!(c2 & LETTER) && cp2 !== 0x27 && cp2 !== 0x2019 && cp2 !== 0x2d) break;
          last = c2;
          j += cp2 > 0xffff ? 2 : 1;
        }
        this.add(i, j);
        prev = last;
      } else prev = c;
      i = j;
    }
  }
  /** Adds the word [i, j) of the text. */
  add(i: number, j: number): void {
    this.addHashed(i, j, hashUnits(this.text, i, j));
  }
  /** Adds the word [i, j) of the text whose hashUnits is `h` (scanReport hashes a word as it reads it). */
  addHashed(i: number, j: number, h: number): void {
    if (this.count * 2 >= this.hashes.length) this.grow();
    const len = j - i;
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const l = this.lengths[slot]!;
      if (l === 0) {
        this.hashes[slot] = h;
        this.starts[slot] = i;
        this.lengths[slot] = len;
        this.count++;
        return;
      }
      if (l === len && this.hashes[slot] === h && this.sameAt(this.starts[slot]!, i, len)) return;
    }
  }
  private sameAt(a: number, b: number, len: number): boolean {
    const t = this.text;
    for (let x = 0; x < len; x++) if (t.charCodeAt(a + x) !== t.charCodeAt(b + x)) return false;
    return true;
  }
  private grow(): void {
    const { hashes, starts, lengths } = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    const mask = size - 1;
    for (let s = 0; s < hashes.length; s++) {
      if (lengths[s] === 0) continue;
      let slot = hashes[s]! & mask;
      while (this.lengths[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[s]!;
      this.starts[slot] = starts[s]!;
      this.lengths[slot] = lengths[s]!;
    }
  }
  has(w: string): boolean {
    const h = hashUnits(w, 0, w.length);
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const l = this.lengths[slot]!;
      if (l === 0) return false;
      if (l === w.length && this.hashes[slot] === h && this.text.startsWith(w, this.starts[slot]!)) return true;
    }
  }
}

interface Context {
  k: Lexicon;
  lowercase: { has(w: string): boolean };
  /** What a name's text alone decides, per name text of this report (names repeat: ~4 runs per distinct name at 3 × 1,000), looked up by the name's words' offsets. */
  shapes: RangeTable<NameShape>;
  /** wordBits per word of this report, looked up by the word's offsets. */
  wordBits: RangeTable<number>;
  /** Per entry of wordBits: the entry in `shapes` of the one-word name it writes, or -1 (not asked yet). */
  wordShapes: number[];
  /** A dated verb (lower case) → its stem (datedEvent). */
  stems: Map<string, string>;
}

interface NameShape {
  /** "Mark Hiznay of the UN Institute…": a person, then an organisation. */
  of?: [string, string];
  /** "Geneva Jane Smith": a place or role, then a two-word name (the name). */
  tail?: string;
  /** The name's kind at a sentence's start and inside one (undefined: no fact); null until asked. */
  kindAtStart: FactKind | undefined | null;
  kindInside: FactKind | undefined | null;
}

/** The entry in `c.shapes` of the name written by the words `bounds[2·lo … 2·hi)` (its key: the name with single spaces). */
function shapeAt(text: string, bounds: readonly number[], lo: number, hi: number, c: Context): number {
  if (WORD_HASHED !== lo) {
    const e = c.shapes.find(text, bounds, lo, hi);
    if (e >= 0) return e;
    const txt = joinRanges(text, bounds, lo, hi);
    return c.shapes.add(txt, shapeOf(txt, c.k));
  }
  // A one-word name (about half the runs) is the word notName read last: its shape's entry is kept with the word's,
  // no second look-up; the key is the word's string.
  const single = hi - lo === 1;
  if (single) {
    const known = c.wordShapes[WORD_ENTRY]!;
    if (known >= 0) return known;
  }
  let e = c.shapes.findFrom(text, bounds, lo, hi, WORD_HASH);
  if (e < 0) {
    const txt = single ? c.wordBits.keys[WORD_ENTRY]! : joinRanges(text, bounds, lo, hi);
    e = c.shapes.add(txt, shapeOf(txt, c.k));
  }
  if (single) c.wordShapes[WORD_ENTRY] = e;
  return e;
}

function shapeOf(txt: string, k: Lexicon): NameShape {
  const shape: NameShape = { kindAtStart: null, kindInside: null };
  const of = txt.includes(' of ') ? RE_OF_ORG.exec(txt) : null;
  if (of) shape.of = [of[1]!, of[2]!];
  else {
    const tail = tailNameAt(txt);
    if (tail > 0) {
      // The word tests before the organisation expression (the conjunction's order does not change its value): most
      // names of three words or more open with no place, function word or title, and skip the expression.
      const head = txt.slice(0, tail);
      if ((k.places.has(head) || k.notNameWords.has(head.toLowerCase()) || k.titles.has(head.slice(spaceBefore(head, head.length) + 1).toLowerCase())) && !k.isOrg(txt)) shape.tail = txt.slice(tail + 1);
    }
  }
  return shape;
}

/**
 * `s.lastIndexOf(' ', i - 1)` for 0 < i <= s.length: the last space before `i`, or -1. lastIndexOf is a call into the
 * runtime (~0.2 ms of the lens's 3 × 1,000 profile in tailNameAt, two per distinct name).
 */
function spaceBefore(s: string, i: number): number {
  while (--i >= 0) if (s.charCodeAt(i) === 0x20) return i;
  return -1;
}
/**
 * `/^(.+) (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)$/u.exec(txt)` (the expression it replaces) for a name written with single spaces, by hand:
 * the offset of the space between its groups (group 1 before it, group 2 after), or -1. Group 2 holds exactly one
 * space, so it is the name's last two words, and `.+` (no line terminator is in a name) all the rest. The expression
 * was ~40 % of shapeOf's time (a /u exec per distinct name of three words or more).
 */
function tailNameAt(txt: string): number {
  const last = spaceBefore(txt, txt.length);
  if (last <= 0) return -1;
  const split = spaceBefore(txt, last);
  if (split <= 0) return -1;
  return isCapitalisedIn(txt, split + 1, last) && isCapitalisedIn(txt, last + 1, txt.length) ? split : -1;
}

/**
 * Is the first word of a capitalised run not part of a name? A function word
 * ("The"); a title before a person ("President"); a demonym ("Belarusian"); an acronym before a title ("U.S.
 * President"); or, at a sentence's start, a word that opens sentences or that
 * the report also writes in lower case ("Combined with…", "Obviously, …"). Never a place of the profile ("Geneva").
 */
function notName(text: string, bounds: readonly number[], lo: number, hi: number, atSentenceStart: boolean, c: Context): boolean {
  const e = wordEntry(text, bounds, lo, c);
  const b = c.wordBits.values[e]!;
  if (b & W_PLACE) return false;
  if (b & W_NOT_NAME) return true;
  // A title before a person ("Defense Minister Jane Smith"), not inside an institution's name ("National Weather Service").
  if (b & W_TITLE) {
    const rest = joinRanges(text, bounds, lo + 1, hi);
    const kw = c.k.kindWords;
    if (kw !== undefined ? kw(rest, PLACE_WORD | ORG_WORD) === 0 && !isCapitalsAZ(rest) : !c.k.isOrg(rest) && !c.k.isPlace(rest)) return true;
  }
  if (b & W_ACRONYM && hi - lo > 1 && c.wordBits.values[wordEntry(text, bounds, lo + 1, c)]! & W_TITLE) return true;
  if (!atSentenceStart) return false;
  // W_OPENER only matters at a sentence's start: asked the first time a word is there (most words never are).
  if (b & W_OPENER_KNOWN) return (b & W_OPENER) !== 0;
  const lower = c.wordBits.keys[e]!.toLowerCase();
  const opener = c.k.openers.has(lower) || c.lowercase.has(lower);
  c.wordBits.values[e] = b | W_OPENER_KNOWN | (opener ? W_OPENER : 0);
  return opener;
}

/**
 * The word of the current run (an index of BOUNDS; -1: none) that wordEntry hashed last, and that hash: the run's name
 * (shapeAt) opens with the word notName last read, and its hash goes on from the word's (RangeTable.findFrom).
 */
let WORD_HASHED = -1;
let WORD_HASH = 0;
/** Its entry in `c.wordBits`. */
let WORD_ENTRY = -1;
/** What notName asks of one word, as bits: a function word or demonym; a title; an acronym ("U.S."); a sentence opener or a word the report writes in lower case. */
const W_NOT_NAME = 1;
const W_TITLE = 2;
const W_ACRONYM = 4;
const W_OPENER = 8;
/** W_OPENER has been worked out (notName asks it lazily). */
const W_OPENER_KNOWN = 32;
/** A place of the profile ("Geneva"): always part of the name (namesIn asks before notName's tests). */
const W_PLACE = 16;
/**
 * The entry in `c.wordBits` of word `w` of `bounds` (its bits but W_OPENER, which notName adds when first asked),
 * remembered per report: a word opens ~3 name runs, and each asked two lower-casings and up to five set look-ups.
 */
function wordEntry(text: string, bounds: readonly number[], w: number, c: Context): number {
  const e = c.wordBits.find(text, bounds, w, w + 1);
  WORD_HASHED = w;
  WORD_HASH = c.wordBits.lastHash;
  if (e >= 0) return (WORD_ENTRY = e);
  const a = bounds[2 * w]!;
  const z = bounds[2 * w + 1]!;
  const word = text.slice(a, z);
  const k = c.k;
  // An ASCII word (most) is looked up where it is written (AsciiWordTable: toLowerCase is A-Z → a-z there); any
  // other through its lower-case string.
  const ascii = k.wordTable.bitsOf(text, a, z);
  const bits = ascii >= 0 ? ascii | (!(ascii & W_NOT_NAME) && isDemonym(word) ? W_NOT_NAME : 0) | (isAcronym(word) ? W_ACRONYM : 0) : wordBitsOf(word, k);
  WORD_ENTRY = c.wordBits.add(word, bits);
  c.wordShapes.push(-1);
  return WORD_ENTRY;
}
/** wordEntry's bits of `word` but W_OPENER, from its strings (the reference of the ASCII look-up; fast.test.ts compares them). */
function wordBitsOf(word: string, k: Lexicon): number {
  const lower = word.toLowerCase();
  return (k.notNameWords.has(lower) || isDemonym(word) ? W_NOT_NAME : 0) | (k.titles.has(lower) ? W_TITLE : 0) | (isAcronym(word) ? W_ACRONYM : 0) | (k.places.has(word) ? W_PLACE : 0);
}

/**
 * A fact as detectIn finds it. Every Raw is made by rawOf with all seven fields (undefined where a kind has none):
 * one object shape, so that detectFactsWith's reads of `qualifier`, `what` and `subject` and isFree's of `start` and
 * `end` stay monomorphic. Dates, counts and money added their optional fields after the literal (up to four shapes
 * per sentence's list); the reads of those fields were the hottest lines of detectFactsWith in the 3 × 1,000 profile.
 * facts lens 3 × 1,000, lensab 40 pairs paired new/base: 0.958, 0.838, 0.873 (outputs identical).
 */
interface Raw extends Span {
  kind: FactKind;
  value: string;
  qualifier: FactQualifier | undefined;
  what: string | undefined;
  subject: string | undefined;
}
function rawOf(start: number, end: number, kind: FactKind, value: string, what: string | undefined, subject: string | undefined, qualifier: FactQualifier | undefined): Raw {
  return { start, end, kind, value, qualifier, what, subject };
}

/** The expressions of singular, by hand (singularReference in fast.test.ts keeps them): four regex objects a counted phrase. */
function singular(w: string): string {
  const l = w.toLowerCase();
  const n = l.length;
  // `/^[A-Z0-9]+s?$/.test(w) && w.length > 2`: then `l.replace(/s$/, w.endsWith('MS') ? 's' : '')`.
  if (w.length > 2 && isCapsWord(w)) return l.charCodeAt(n - 1) === 0x73 && !w.endsWith('MS') ? l.slice(0, -1) : l;
  if (l.endsWith('ies')) return l.slice(0, -3) + 'y';
  if (l.endsWith('ses') || l.endsWith('xes') || l.endsWith('ches') || l.endsWith('shes')) return l.slice(0, -2);
  if (n >= 2 && l.charCodeAt(n - 1) === 0x73 && l.charCodeAt(n - 2) !== 0x73) return l.slice(0, -1);
  return l;
}
/** `/^[A-Z0-9]+s?$/.test(w)`. */
function isCapsWord(w: string): boolean {
  const e = w.charCodeAt(w.length - 1) === 0x73 ? w.length - 1 : w.length;
  if (e === 0) return false;
  for (let i = 0; i < e; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * The qualifier ("more than", "about") right before `pos` (undefined: none), starting at QUALIFIER_START (`pos` when
 * none). `from`: how far back it may start — a fact's sentence start, so that "…said about" ending one sentence
 * never stretches a fact of the next over the break.
 */
function qualifierAt(text: string, pos: number, k: Lexicon, from = 0): FactQualifier | undefined {
  const lo = Math.max(from, pos - 25);
  QUALIFIER_START = pos;
  const byLast = k.qualifierByLast;
  if (byLast !== undefined) {
    // `(?:alternatives)\s+$` (flag i) on text[lo, pos) as text: an alternative ends in a letter, so `\s+` is all the
    // white space before `pos`, and the alternative ends where it begins; of one qualifier's alternatives ending there,
    // the regex's leftmost match is the longest. Six regexes and a slice per count, money and year were ~1.5 µs.
    // Only the alternatives ending in the letter before the white space are compared (qualifierByLast: in the
    // qualifiers' order, each one's longest first), and no `{ q, start }` is made per call.
    let e = pos;
    while (e > lo && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e === pos || e === lo) return undefined;
    const c = text.charCodeAt(e - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return undefined;
    const list = byLast[c | 0x20];
    if (list !== undefined)
      for (const { q, alt } of list)
        if (e - alt.length >= lo && foldedAt(text, e - alt.length, alt)) {
          QUALIFIER_START = e - alt.length;
          return q;
        }
    return undefined;
  }
  const before = text.slice(lo, pos);
  for (const [re, q] of k.qualifiers) {
    const m = re.exec(before);
    if (m) {
      QUALIFIER_START = pos - m[0].length;
      return q;
    }
  }
  return undefined;
}
/** Where qualifierAt's qualifier starts. */
let QUALIFIER_START = 0;
/** qualifierAt as `{ q, start }` (the tests compare it with the regexes). */
function qualifierBefore(text: string, pos: number, k: Lexicon, from = 0): { q?: FactQualifier; start: number } {
  const q = qualifierAt(text, pos, k, from);
  return q === undefined ? { start: QUALIFIER_START } : { q, start: QUALIFIER_START };
}
/** The qualifiers' alternatives (qualifierWords) by their last letter, lower case: in the qualifiers' order, each one's longest first. */
function qualifiersByLast(words: { q: FactQualifier; alts: string[] }[]): ({ q: FactQualifier; alt: string }[] | undefined)[] {
  const out = new Array<{ q: FactQualifier; alt: string }[] | undefined>(128).fill(undefined);
  for (const { q, alts } of words) for (const alt of [...alts].sort((a, b) => b.length - a.length)) (out[alt.charCodeAt(alt.length - 1)] ??= []).push({ q, alt });
  return out;
}

/** Is `a` (lower-case ASCII letters and spaces) written at `i`, ASCII letters in either case (as flag i without u compares them)? */
function foldedAt(text: string, i: number, a: string): boolean {
  for (let j = 0; j < a.length; j++) {
    const c = text.charCodeAt(i + j);
    const p = a.charCodeAt(j);
    if (p === 0x20 ? c !== 0x20 : !(((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && (c | 0x20) === p)) return false;
  }
  return true;
}

/** Where countedWordEnd's word starts (after the white space). */
let WORD_AT = 0;
/**
 * `/^(\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(i, limit))` by hand: the end of the match
 * (its word starting at WORD_AT), or -1. Code points are read as the regex reads the slice (a pair cut by `limit` is a lone surrogate).
 */
function countedWordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isSpaceUnit(text.charCodeAt(j))) j++;
  if (j === i || j >= limit) return -1;
  let cp = codePointIn(text, j, limit);
  if (!(charClass(cp) & (LETTER | NUMBER))) return -1;
  WORD_AT = j;
  j += cp > 0xffff ? 2 : 1;
  while (j < limit) {
    cp = codePointIn(text, j, limit);
    if (!(charClass(cp) & (LETTER | NUMBER)) && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** `/^\d{4}$/.test(w)`. */
function isFourDigits(w: string): boolean {
  return w.length === 4 && isDigit(w.charCodeAt(0)) && isDigit(w.charCodeAt(1)) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3));
}
/** How many code points `w[a, b)` has if every one is \p{Ll} (as a /u regex reads `w`), else -1. */
function lowerCodePoints(w: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; n++) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (!(ASCII[c]! & LOWER)) return -1;
      i++;
      continue;
    }
    const cp = w.codePointAt(i)!;
    if (!(charClass(cp) & LOWER)) return -1;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}
/**
 * RE_PAST_WORD (`/^\p{Ll}+ed$/u`) and RE_PLURAL_WORD (`/^\p{Ll}{3,}s$/u`) by hand: "e", "d" and "s" are \p{Ll}, so
 * each is its ending after one (three) or more lower-case code points. Three /u calls per counted word (~1,000 counts
 * at 3 × 1,000 sentences).
 */
function isPastWord(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 0x64 && w.charCodeAt(n - 2) === 0x65 && lowerCodePoints(w, 0, n - 2) >= 1;
}
function isPluralWord(w: string): boolean {
  const n = w.length;
  return n >= 4 && w.charCodeAt(n - 1) === 0x73 && lowerCodePoints(w, 0, n - 1) >= 3;
}
/**
 * `RE_PLURAL_AFTER.test(text.slice(end, end + 20))` (`/^\s+\p{Ll}{4,}s\b/u`) read in place: white space, then a run of
 * lower-case code points holding an "s" after four or more of them and before no `\w` unit (A-Z, a-z, 0-9, _) —
 * the greedy run backtracks to any such "s". Code points as the regex reads the slice (a pair cut at its end is a lone surrogate).
 */
function pluralAfter(text: string, end: number): boolean {
  const limit = Math.min(end + 20, text.length);
  let i = end;
  while (i < limit && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i === end) return false;
  let lower = 0;
  while (i < limit) {
    const cp = codePointIn(text, i, limit);
    if (!(charClass(cp) & LOWER)) return false;
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x73 && lower >= 4 && (i >= limit || !isWordUnit(text.charCodeAt(i)))) return true;
    lower++;
  }
  return false;
}
/** `\w` (flag u, no i): A-Z, a-z, 0-9, _. */
function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Where countedAfter's phrase ends. */
let COUNTED_END = 0;
/**
 * The counted noun phrase after `pos` (up to four words), its head singular (undefined: none), ending at COUNTED_END.
 * The phrase is built as its words are read: an array of them and a `{ what, end }` per count were ~0.15 MB per
 * 3 × 1,000 reports.
 */
function countedAfter(text: string, pos: number, limit: number, k: Lexicon): string | undefined {
  let end = pos;
  let words = 0;
  // The words before the last, lower case, each followed by a space; the last as written.
  let phrase = '';
  let last = '';
  let lastLower = '';
  while (words < 4) {
    // `/^(\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u` on text.slice(end, limit), by hand (countedWordEnd): a slice and a
    // regex call per word of ~1,640 counts at 3 × 1,000 sentences.
    const wEnd = countedWordEnd(text, end, limit);
    if (wEnd < 0) break;
    const w = text.slice(WORD_AT, wEnd);
    const lower = w.toLowerCase();
    if (k.countedPhraseStops.has(lower) || isFourDigits(w)) break;
    // A verb after the noun ("160 states joined") ends the phrase.
    if (words > 0 && isPastWord(w)) break;
    if (words > 0) phrase += lastLower + ' ';
    last = w;
    lastLower = lower;
    words++;
    end = wEnd;
    // A plural common noun is the head: "32 artillery pieces | fired".
    if (isPluralWord(w)) break;
  }
  if (words === 0) return undefined;
  COUNTED_END = end;
  // Trailing adjectives/verbs are rare after a number; keep the phrase, head = the last word.
  return phrase + singular(last);
}
/**
 * The facts found so far in the sentence detectIn reads, RAWS[0, RAW_N): one list for every sentence (reused, the
 * count apart, as BOUNDS). An array per sentence was an allocation and, at its first push, a backing store of 17
 * slots (~2,000 of each per 3 × 1,000 reports); detectFactsWith reads the list before the next sentence.
 */
const RAWS: Raw[] = [];
let RAW_N = 0;
/** The facts found so far are also the spans they take: a second list of `{ start, end }` copies held the same spans. */
function isFree(a: number, b: number): boolean {
  for (let i = 0; i < RAW_N; i++) if (a < RAWS[i]!.end && b > RAWS[i]!.start) return false;
  return true;
}
function addRaw(r: Raw): void {
  RAWS[RAW_N++] = r;
}
/** "Dec." → "12" (the first month whose full name starts with the form's first three letters); "" for no form. */
function monthNumber(k: Lexicon, x: string | undefined): string {
  if (!x) return '';
  const prefix = x.toLowerCase().replace('.', '').slice(0, 3);
  return String(k.months.findIndex((forms) => (forms[0] ?? '').startsWith(prefix)) + 1).padStart(2, '0');
}
/**
 * RAWS[0, RAW_N) sorted by start as a stable sort sorts it (`sort((a, b) => a.start - b.start)`), in place: an insertion
 * sort (a sentence has a few facts, mostly in order already). Array.prototype.sort allocated its work copy (~0.26 MB
 * per 3 × 1,000 reports in the allocation profile). Returns RAW_N.
 */
function sortRawsByStart(): number {
  for (let i = 1; i < RAW_N; i++) {
    const r = RAWS[i]!;
    let j = i - 1;
    if (RAWS[j]!.start <= r.start) continue;
    do {
      RAWS[j + 1] = RAWS[j]!;
      j--;
    } while (j >= 0 && RAWS[j]!.start > r.start);
    RAWS[j + 1] = r;
  }
  return RAW_N;
}

/** The offset in the text of index `i` of the name written with single spaces (its words `bounds[2·lo … 2·hi)` joined by " "). */
function offsetIn(bounds: readonly number[], lo: number, hi: number, i: number): number {
  let from = 0;
  for (let w = lo; w < hi; w++) {
    const at = bounds[2 * w]!;
    const len = bounds[2 * w + 1]! - at;
    if (i <= from + len) return at + Math.max(0, i - from);
    from += len + 1;
  }
  return bounds[2 * hi - 1]!;
}
/** Is the word [a, b) of `text` "of", "for" or "the" (a connective NAME_RUN takes inside a name)? */
function isConnective(text: string, a: number, b: number): boolean {
  const n = b - a;
  if (n === 2) return text.charCodeAt(a) === 0x6f && text.charCodeAt(a + 1) === 0x66;
  if (n !== 3) return false;
  const x = text.charCodeAt(a);
  const y = text.charCodeAt(a + 1);
  const z = text.charCodeAt(a + 2);
  return (x === 0x66 && y === 0x6f && z === 0x72) || (x === 0x74 && y === 0x68 && z === 0x65);
}
/** The words of the name run being read, as [start, end, start, end, …] (reused: one array for every run), in BOUNDS[0, BOUNDS_N). */
const BOUNDS: number[] = [];
let BOUNDS_N = 0;

/** The names of sentence `s` (detectIn's last step, apart so that the JIT optimises this loop on its own). */
function namesIn(text: string, s: Span, c: Context, w0: number, w1: number): void {
  const k = c.k;
  // Where a name may start: the first letter or digit, the first non-space (for "at the sentence's start").
  let firstWord = s.end;
  let firstInk = s.end;
  for (let i = s.start; i < s.end; ) {
    const cp = text.codePointAt(i)!;
    if (firstInk === s.end && !isSpaceUnit(cp)) firstInk = i;
    if (charClass(cp) & (LETTER | NUMBER)) {
      firstWord = i;
      break;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  // A run starts at a capital letter after no letter, digit or apostrophe (NAME_RUN's lookbehind; nameRun
  // reads the run as NAME_RUN would match it): the word starts flagged AT_NAME, from each run's end on.
  // The global regex tried its lookbehind at every offset and each run then took two replaces and a split
  // (~45 % of this lens at 3 × 1,000 sentences).
  const bounds = BOUNDS;
  let i = s.start;
  for (let w = w0; w < w1; w++) {
    if (!(FLAGS[w]! & AT_NAME) || STARTS[w]! < i) continue;
    i = nameRun(text, STARTS[w]!, s.end, bounds);
    WORD_HASHED = -1;
    // The run's words with their offsets in the text: the words of a name may
    // be separated by any white space (a line break, two spaces, NBSP), so
    // offsets are never computed on the name written with single spaces.
    // The run loses a final "'s", then a final "." or ",".
    let runEnd = i;
    if (runEnd - bounds[0]! >= 2 && text.charCodeAt(runEnd - 1) === 0x73 && (text.charCodeAt(runEnd - 2) === 0x27 || text.charCodeAt(runEnd - 2) === 0x2019)) runEnd -= 2;
    if (runEnd - bounds[0]! >= 1 && (text.charCodeAt(runEnd - 1) === 0x2e || text.charCodeAt(runEnd - 1) === 0x2c)) runEnd -= 1;
    bounds[BOUNDS_N - 1] = runEnd;
    // The run's words are bounds[2·lo … 2·hi), read in place: a word or name is sliced only the first time the
    // report writes it (shapeAt, wordEntry), not per run.
    const hi = BOUNDS_N >> 1;
    let lo = 0;
    // Leading function words and roles ("Last", "President") are not part of the name.
    while (lo < hi && notName(text, bounds, lo, hi, bounds[2 * lo]! <= firstWord, c)) {
      lo++;
      while (lo < hi && isConnective(text, bounds[2 * lo]!, bounds[2 * lo + 1]!)) lo++;
    }
    // The name with single spaces (the value) is `length` units long; `offsetIn(bounds, lo, hi, i)` maps an index of it back to the text.
    if (lo === hi) continue;
    let length = hi - lo - 1;
    for (let w = lo; w < hi; w++) length += bounds[2 * w + 1]! - bounds[2 * w]!;
    if (length < 2) continue;
    const start = bounds[2 * lo]!;
    const end = offsetIn(bounds, lo, hi, length);
    if (!isFree(start, end)) continue;
    const entry = shapeAt(text, bounds, lo, hi, c);
    const txt = c.shapes.keys[entry]!;
    const shape = c.shapes.values[entry]!;
    if (shape.of) {
      const [person, org] = shape.of;
      addRaw(rawOf(start, offsetIn(bounds, lo, hi, person.length), 'person', person, undefined, undefined, undefined));
      addRaw(rawOf(offsetIn(bounds, lo, hi, txt.length - org.length), end, 'organization', org, undefined, undefined, undefined));
      continue;
    }
    if (shape.tail !== undefined) {
      addRaw(rawOf(offsetIn(bounds, lo, hi, txt.length - shape.tail.length), end, 'person', shape.tail, undefined, undefined, undefined));
      continue;
    }
    const atStart = start <= firstInk;
    // Both readings at the first ask: they differ only where the text decides nothing, and working out each on its
    // own tested the place and organisation expressions (~150 ns each) twice for a name seen in both positions.
    if (shape.kindAtStart === null) {
      const decided = nameKindOfText(txt, k);
      shape.kindAtStart = decided ?? undefined;
      shape.kindInside = decided ?? (txt.indexOf(' ') < 0 ? undefined : 'organization');
    }
    let kind = atStart ? shape.kindAtStart : shape.kindInside;
    // "Storm Shadow missiles": a name used as a modifier of a common noun is a product, not a person.
    // Both regexes need white space right after the name (most names are followed by a comma, a stop or "'s"): tested first.
    if (kind === 'person' && isSpaceUnit(text.charCodeAt(end)) && pluralAfter(text, end) && !RE_SAYS_AFTER.test(text.slice(end, end + 20))) kind = undefined;
    if (!kind) continue;
    addRaw(rawOf(start, end, kind, txt, undefined, undefined, undefined));
  }
}

/**
 * The word starts of the sentence being read (detectIn fills them, its regexes and namesIn read them):
 * offsets in the text where a letter or digit follows no letter or digit (or opens the sentence), as
 * execWhere's scan finds them, with what may start there. One scan per sentence replaces four (a digit
 * scan, execWhere's for counts, dates and percentages, namesIn's): ~25 ms of 55 at 3 × 1,000 sentences.
 * scanRuns leaves out the starts no reader asks for (no flag, and no month form can start there).
 */
let STARTS = new Int32Array(256);
let FLAGS = new Uint8Array(256);
/** A digit; a capital letter after no apostrophe (where NAME_RUN may start); a count's number or article; a date's first word (set only in sentences with a digit). */
const AT_DIGIT = 1;
const AT_NAME = 2;
const AT_COUNT = 4;
const AT_DATE = 8;
/** A number (digits, a number word, or a word the trie cannot rule out): what may follow an article in a count. */
const AT_NUMBER = 16;
/** "a", "an", "one" (not a number word): a count's article; AT_COUNT only where a number follows. */
const AT_ARTICLE = 32;
/** The flags of a word by its count-trie mark (0 none, 1 number word, 2 article). */
const MARK_FLAGS = Uint8Array.of(0, AT_COUNT | AT_NUMBER, AT_ARTICLE);

/** Fills STARTS/FLAGS for sentence `s`; returns how many starts × 2, + 1 if a digit is written anywhere. */
function scanStarts(text: string, s: Span, k: Lexicon): number {
  const { first, trie } = k.countStarts;
  let n = 0;
  let digit = 0;
  let prevWord = false;
  let prevApos = false;
  // The word start whose letters are being looked up in the count trie (-1: none), and the trie node so far.
  let cw = -1;
  let node = 0;
  const end = s.end;
  for (let i = s.start; i < end; ) {
    const ch = text.charCodeAt(i);
    const cp = ch < 128 ? ch : codePointIn(text, i, end);
    const cls = ch < 128 ? ASCII[ch]! : charClass(cp);
    const word = (cls & (LETTER | NUMBER)) !== 0;
    if (cw >= 0) {
      if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) node = trie!.step(node, ch);
      else {
        if (ch >= 128 && cls & LETTER) FLAGS[cw] = FLAGS[cw]! | AT_COUNT | AT_NUMBER;
        else FLAGS[cw] = FLAGS[cw]! | MARK_FLAGS[trie!.markOf(node)]!;
        cw = -1;
      }
    }
    if (ch >= 48 && ch <= 57) digit = 1;
    if (word && !prevWord) {
      if (n === STARTS.length) growStarts();
      let f = 0;
      if (ch >= 48 && ch <= 57) f = AT_DIGIT | AT_COUNT | AT_NUMBER;
      else {
        if (cls & UPPER && !prevApos) f = AT_NAME;
        if (first.has(cp)) {
          if (trie === undefined || cp >= 128) f |= AT_COUNT | AT_NUMBER;
          else {
            cw = n;
            node = trie.step(0, ch);
          }
        }
      }
      STARTS[n] = i;
      FLAGS[n++] = f;
    }
    prevWord = word;
    prevApos = cp === 0x27 || cp === 0x2019;
    i += cp > 0xffff ? 2 : 1;
  }
  if (cw >= 0) FLAGS[cw] = FLAGS[cw]! | MARK_FLAGS[trie!.markOf(node)]!;
  articles(text, 0, n, end);
  return n * 2 + digit;
}

/** Per sentence of the report scanReport read: its first word start in STARTS (SENT_FIRST[i] … SENT_FIRST[i + 1]), and whether it has a digit. */
let SENT_FIRST = new Int32Array(1024);
let SENT_DIGIT = new Uint8Array(1024);

/**
 * Can scanReport read `sentences` in one pass: sorted, non-overlapping spans of `text`, none starting or ending
 * inside a surrogate pair (where a sentence's own scan reads a lone surrogate and the report's scan a letter)?
 */
function oneScanReads(text: string, sentences: readonly Span[], surrogates = true): boolean {
  let prevEnd = 0;
  for (const s of sentences) {
    if (!(s.start >= prevEnd && s.end >= s.start && s.end <= text.length)) return false;
    // `surrogates` false: the text has none (textRuns says so), and no pair can be split.
    if (surrogates && (splitsPair(text, s.start) || splitsPair(text, s.end))) return false;
    prevEnd = s.end;
  }
  return true;
}
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * One pass over the report for what scanStarts finds per sentence (into STARTS/FLAGS, sentence by sentence,
 * SENT_FIRST/SENT_DIGIT) and what LowercaseWords finds over the whole text (into `lower`): the same two state
 * machines, fed each code point once. Two passes (LowercaseWords' and the sentences') were ~20 % of this stage
 * at 3 × 1,000 sentences. Only for sentences oneScanReads admits; detectFacts falls back to the two scans else.
 */
function scanReport(text: string, sentences: readonly Span[], k: Lexicon, lower: LowercaseWords): void {
  const { first, trie } = k.countStarts;
  const nText = text.length;
  const nSent = sentences.length;
  if (SENT_FIRST.length < nSent + 1) {
    SENT_FIRST = new Int32Array(2 * nSent + 2);
    SENT_DIGIT = new Uint8Array(2 * nSent + 2);
  }
  // LowercaseWords' machine: the class of the code point before (outside a run), the run being read (-1: none),
  // and the run's hashUnits so far (hashed here rather than re-read by add: ~1/3 of the two machines' time).
  let prev = 0;
  let run = -1;
  let h = 0;
  let n = 0;
  let i = 0;
  // The gap before each sentence (the lower-case machine alone), then the sentence (both machines): two tight
  // loops per sentence instead of one loop asking at every code point whether a sentence opens or closes there
  // (the scan's loop cost ~1/3 of its ~17 ms at 3 × 1,000 sentences, load ~6). oneScanReads guarantees that no
  // sentence starts or ends inside a surrogate pair, so each loop stops exactly at the boundary.
  for (let si = 0; ; si++) {
    const stop = si < nSent ? sentences[si]!.start : nText;
    while (i < stop) {
      const ch = text.charCodeAt(i);
      const cp = ch < 128 ? ch : text.codePointAt(i)!;
      const cls = ch < 128 ? ASCII[ch]! : charClass(cp);
      if (run >= 0) {
        if (!(cls & LETTER) && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d) {
          lower.addHashed(run, i, h);
          run = -1;
        } else {
          h = Math.imul(h ^ ch, 0x01000193);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        }
      }
      if (run < 0) {
        if (cls & LOWER && !(prev & (LETTER | NUMBER))) {
          run = i;
          h = Math.imul(0x811c9dc5 ^ ch, 0x01000193);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        } else prev = cls;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (si === nSent) break;
    // The sentences' machine (scanStarts'), for sentence si.
    const end = sentences[si]!.end;
    SENT_FIRST[si] = n;
    let digit = 0;
    let prevWord = false;
    let prevApos = false;
    // The word start whose letters are being looked up in the count trie (-1: none), and the trie node so far.
    let cw = -1;
    let node = 0;
    while (i < end) {
      const ch = text.charCodeAt(i);
      const cp = ch < 128 ? ch : text.codePointAt(i)!;
      const cls = ch < 128 ? ASCII[ch]! : charClass(cp);
      if (run >= 0) {
        if (!(cls & LETTER) && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d) {
          lower.addHashed(run, i, h);
          run = -1;
        } else {
          h = Math.imul(h ^ ch, 0x01000193);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        }
      }
      if (run < 0) {
        if (cls & LOWER && !(prev & (LETTER | NUMBER))) {
          run = i;
          h = Math.imul(0x811c9dc5 ^ ch, 0x01000193);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        } else prev = cls;
      }
      const word = (cls & (LETTER | NUMBER)) !== 0;
      if (cw >= 0) {
        if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) node = trie!.step(node, ch);
        else {
          if (ch >= 128 && cls & LETTER) FLAGS[cw] = FLAGS[cw]! | AT_COUNT | AT_NUMBER;
          else FLAGS[cw] = FLAGS[cw]! | MARK_FLAGS[trie!.markOf(node)]!;
          cw = -1;
        }
      }
      if (ch >= 48 && ch <= 57) digit = 1;
      if (word && !prevWord) {
        if (n === STARTS.length) growStarts();
        let f = 0;
        if (ch >= 48 && ch <= 57) f = AT_DIGIT | AT_COUNT | AT_NUMBER;
        else {
          if (cls & UPPER && !prevApos) f = AT_NAME;
          if (first.has(cp)) {
            if (trie === undefined || cp >= 128) f |= AT_COUNT | AT_NUMBER;
            else {
              cw = n;
              node = trie.step(0, ch);
            }
          }
        }
        STARTS[n] = i;
        FLAGS[n++] = f;
      }
      prevWord = word;
      prevApos = cp === 0x27 || cp === 0x2019;
      i += cp > 0xffff ? 2 : 1;
    }
    if (cw >= 0) FLAGS[cw] = FLAGS[cw]! | MARK_FLAGS[trie!.markOf(node)]!;
    articles(text, SENT_FIRST[si]!, n, end);
    SENT_DIGIT[si] = digit;
  }
  if (run >= 0) lower.addHashed(run, nText, h);
  SENT_FIRST[nSent] = n;
}

/**
 * scanReport's STARTS/FLAGS/SENT_FIRST/SENT_DIGIT from the runs of letters and digits (`words`) and of letters
 * (`letters`) the voices lens has already made of the report (reportRuns; a text without surrogates, so a code
 * unit is a code point): a word start is a run's start, or a sentence's start inside a run; only a start's first
 * character, the one before it and, for a count word's letters, the trie walk are read. The lower-case vocabulary
 * is not built at all (RunVocabulary answers from the letter runs). scanReport read every character through two
 * state machines: ~11 ms of CPU per 3 × 1,000 reports against ~2 ms here (load ~3).
 */
function scanRuns(text: string, sentences: readonly Span[], k: Lexicon, words: Runs, letters: Runs): void {
  const { first, trie } = k.countStarts;
  const nSent = sentences.length;
  if (SENT_FIRST.length < nSent + 1) {
    SENT_FIRST = new Int32Array(2 * nSent + 2);
    SENT_DIGIT = new Uint8Array(2 * nSent + 2);
  }
  const wStart = words.start;
  const wEnd = words.end;
  const lStart = letters.start;
  const lEnd = letters.end;
  const count = words.count;
  let n = 0;
  let r = 0;
  let l = 0;
  for (let si = 0; si < nSent; si++) {
    const a = sentences[si]!.start;
    const b = sentences[si]!.end;
    SENT_FIRST[si] = n;
    let digit = 0;
    while (r < count && wEnd[r]! <= a) r++;
    for (let x = r; x < count; x++) {
      const rs = wStart[x]!;
      if (rs >= b) break;
      const ws = rs > a ? rs : a;
      const re = wEnd[x]!;
      const we = re < b ? re : b;
      if (digit === 0) {
        // A run of letters only has no digit: it is one letter run, start to end (most runs).
        while (l < letters.count && lEnd[l]! <= rs) l++;
        if (!(l < letters.count && lStart[l] === rs && lEnd[l] === re)) {
          for (let q = ws; q < we; q++) {
            const c = text.charCodeAt(q);
            if (c >= 48 && c <= 57) {
              digit = 1;
              break;
            }
          }
        }
      }
      if (n === STARTS.length) growStarts();
      const ch = text.charCodeAt(ws);
      let f = 0;
      if (ch >= 48 && ch <= 57) f = AT_DIGIT | AT_COUNT | AT_NUMBER;
      else {
        const cls = ch < 128 ? ASCII[ch]! : charClass(ch);
        if (cls & UPPER && !(ws > a && (text.charCodeAt(ws - 1) === 0x27 || text.charCodeAt(ws - 1) === 0x2019))) f = AT_NAME;
        if (first.has(ch)) {
          if (trie === undefined || ch >= 128) f |= AT_COUNT | AT_NUMBER;
          else {
            // The word's ASCII letters, case folded, up to its first other character (scanReport's walk). A walk off
            // the trie in an ASCII run marks nothing (no other letter can follow in it): stopped there ("said", "the").
            let node = trie.step(0, ch);
            const asciiRun = words.ascii[x] === 1;
            let j = ws + 1;
            let c = 0;
            while (j < b && !(node < 0 && asciiRun)) {
              c = text.charCodeAt(j);
              if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
              node = trie.step(node, c);
              j++;
            }
            if (!(node < 0 && asciiRun)) {
              if (j < b && c >= 128 && charClass(c) & LETTER) f |= AT_COUNT | AT_NUMBER;
              else f |= MARK_FLAGS[trie.markOf(node)]!;
            }
          }
        }
      }
      // Only starts that some reader asks for (a flag, or where detectIn may flag a date: a month form's first unit,
      // any non-ASCII one): a lower-case word (most) is read by none, and each loop over a sentence's starts
      // (dates, percentages, counts, names) walked all of them. `articles` finds the same number after an article:
      // a start with AT_NUMBER is kept, and only white space lies between the two.
      if (f !== 0 || ch >= 128 || k.dateFirst[ch] === 1) {
        STARTS[n] = ws;
        FLAGS[n++] = f;
      }
    }
    articles(text, SENT_FIRST[si]!, n, b);
    SENT_DIGIT[si] = digit;
  }
  SENT_FIRST[nSent] = n;
}

/**
 * The lower-case vocabulary of a text without surrogates (LowercaseWords' words), asked word by word from the
 * text's letter runs instead of built: notName asks it only for a name's first word at a sentence's start (a few
 * hundred distinct words a report) where LowercaseWords hashed every lower-case word of the report (~20,000).
 * A word of letters only is in the vocabulary iff a letter run spells it, starting with a lower-case letter after
 * no digit, not continuing a vocabulary word through apostrophes or hyphens before it, and followed by none of
 * those (else the vocabulary's word there is longer); a word with apostrophes or hyphens ("o'clock") is its first
 * letter run and then the text, compared on; a word with any other character is in no vocabulary. Runs are found
 * by a few of their units and their length (chained in typed arrays: no string per run).
 */
export class RunVocabulary {
  private readonly head: Int32Array;
  /** The table's size less one (a power of two, about the runs' count, at most MAX_VOCAB_BUCKETS). */
  private readonly mask: number;
  private readonly next: Int32Array;
  constructor(
    private readonly text: string,
    private readonly letters: Runs,
  ) {
    const { start, end, count } = letters;
    let size = MIN_VOCAB_BUCKETS;
    while (size < count && size < MAX_VOCAB_BUCKETS) size *= 2;
    this.head = new Int32Array(size);
    this.mask = size - 1;
    this.next = new Int32Array(count);
    for (let x = 0; x < count; x++) {
      const c = text.charCodeAt(start[x]!);
      if (!((c < 128 ? ASCII[c]! : charClass(c)) & LOWER)) continue;
      const a = start[x]!;
      const len = end[x]! - a;
      const bucket = vocabBucket(c, len > 1 ? text.charCodeAt(a + 1) : 0, len > 2 ? text.charCodeAt(a + 2) : 0, text.charCodeAt(a + len - 1), len) & this.mask;
      this.next[x] = this.head[bucket]!;
      this.head[bucket] = x + 1;
    }
  }
  has(w: string): boolean {
    const len = w.length;
    // A vocabulary word is letters, apostrophes and hyphens, opening with a letter: `first` is its first letter run's length.
    let first = len;
    for (let i = 0; i < len; i++) {
      const c = w.charCodeAt(i);
      if ((c < 128 ? ASCII[c]! : charClass(c)) & LETTER) continue;
      if (!isJoiner(c)) return false;
      if (first === len) first = i;
    }
    if (first === 0) return false;
    const { text, letters } = this;
    const bucket = vocabBucket(w.charCodeAt(0), first > 1 ? w.charCodeAt(1) : 0, first > 2 ? w.charCodeAt(2) : 0, w.charCodeAt(first - 1), first) & this.mask;
    for (let x = this.head[bucket]! - 1; x >= 0; x = this.next[x]! - 1) {
      const a = letters.start[x]!;
      if (letters.end[x]! - a !== first || !text.startsWith(w, a)) continue;
      // The vocabulary's word there runs on past `w`.
      if (a + len < text.length) {
        const c = text.charCodeAt(a + len);
        if (isJoiner(c) || (c < 128 ? ASCII[c]! : charClass(c)) & LETTER) continue;
      }
      if (a > 0) {
        const p = text.charCodeAt(a - 1);
        if ((p < 128 ? ASCII[p]! : charClass(p)) & NUMBER) continue;
        if (isJoiner(p) && continuesWord(text, a)) continue;
      }
      return true;
    }
    return false;
  }
}
/**
 * The table had a fixed 16,384 buckets: a long report (~130,000 lower-case runs at 6 × 5,000 sentences) put ~8 runs
 * of other words in each, walked by every ask (RunVocabulary.has 0.36 ms self per 3 × 1,000 reports, ~9.7 per
 * 6 × 5,000: 27 times for 10 times the text). Sized with the runs instead, up to 65,536 buckets (256 KB: a larger
 * table's scattered writes cost more in the build than its shorter chains saved, in the 6 × 5,000 profile).
 */
const MIN_VOCAB_BUCKETS = 1 << 10;
const MAX_VOCAB_BUCKETS = 1 << 16;
/**
 * A letter run's bucket before the table's mask: its first, second, third and last units and its length (four reads,
 * no loop). By first unit and length alone, a word the report never writes in lower case walked thousands of runs
 * ("s", 4 letters); without the third unit, "than" walked every "then".
 */
function vocabBucket(first: number, second: number, third: number, last: number, len: number): number {
  return (Math.imul(Math.imul(Math.imul(Math.imul(first, 31) + second, 31) + third, 31) + last, 31) + len) | 0;
}
/** An apostrophe or hyphen, which a vocabulary word runs through (`[\p{L}'’-]`). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d;
}
/**
 * Does a vocabulary word that starts before `a` run on to `a` (through letters, apostrophes and hyphens)? The chain of
 * those before `a`, read as LowercaseWords' machine reads it: a word starts at a lower-case letter after no letter or digit.
 */
function continuesWord(text: string, a: number): boolean {
  let p = a - 1;
  while (p >= 0) {
    const c = text.charCodeAt(p);
    if (!(isJoiner(c) || (c < 128 ? ASCII[c]! : charClass(c)) & LETTER)) break;
    p--;
  }
  let prev = p >= 0 ? charClass(text.charCodeAt(p)) : 0;
  for (let q = p + 1; q < a; q++) {
    const c = text.charCodeAt(q);
    const cls = c < 128 ? ASCII[c]! : charClass(c);
    if (cls & LOWER && !(prev & (LETTER | NUMBER))) return true;
    prev = cls;
  }
  return false;
}

function growStarts(): void {
  const st = new Int32Array(STARTS.length * 2);
  st.set(STARTS);
  STARTS = st;
  const fl = new Uint8Array(FLAGS.length * 2);
  fl.set(FLAGS);
  FLAGS = fl;
}

/**
 * "a", "an", "one" open a count only before white space and a number (the regex's `(?:(?<a>an?|one)\s+)?(?<n>…)`):
 * elsewhere ("a report", ~1.5 a sentence) the count regex is not tried there. Starts [w0, w1) of a sentence ending at `end`.
 */
function articles(text: string, w0: number, w1: number, end: number): void {
  for (let w = w0; w < w1; w++) {
    if (!(FLAGS[w]! & AT_ARTICLE)) continue;
    let q = STARTS[w]!;
    while (q < end && (text.charCodeAt(q) | 0x20) >= 97 && (text.charCodeAt(q) | 0x20) <= 122) q++;
    let r = q;
    while (r < end && isSpaceUnit(text.charCodeAt(r))) r++;
    if (r > q && w + 1 < w1 && STARTS[w + 1] === r && FLAGS[w + 1]! & AT_NUMBER) FLAGS[w] = FLAGS[w]! | AT_COUNT;
  }
}

/**
 * `sticky.exec(body)` at the first word start (of STARTS[0, n), offsets in the text; `base`: the body's
 * offset) at or after `sticky.lastIndex` whose FLAGS have `mask`: what execWhere finds, from a list of
 * starts made once per sentence instead of a scan of its characters per regex.
 */
function execAtStarts(sticky: RegExp, body: string, base: number, w0: number, w1: number, mask: number, may: number = MAY_ANY, k?: Lexicon): RegExpExecArray | null {
  const from = sticky.lastIndex + base;
  const end = base + body.length;
  // From the last match's word when it starts at or before `from` (starts ascend: the words before it start before
  // `from` too), not from the sentence's first word at every call.
  let w = EXEC_W >= w0 && EXEC_W < w1 && STARTS[EXEC_W]! <= from ? EXEC_W : w0;
  for (; w < w1; w++) {
    const p = STARTS[w]!;
    if (p < from || !(FLAGS[w]! & mask)) continue;
    if (may !== MAY_ANY && !mayMatchAt(may, body, base, p, end, k)) continue;
    sticky.lastIndex = p - base;
    const m = sticky.exec(body);
    if (m !== null) {
      EXEC_W = w;
      return m;
    }
  }
  sticky.lastIndex = 0;
  return null;
}
/** The word of execAtStarts' last match (a hint: checked against the starts at each call). */
let EXEC_W = 0;

/** countAtStarts' match: its offsets in the text and its groups (`a`, `n`, `sc`; undefined: not matched). */
let COUNT_START = 0;
let COUNT_END = 0;
let COUNT_N = '';
let COUNT_A: string | undefined;
let COUNT_SC: string | undefined;
/**
 * execAtStarts(countRe, …, AT_COUNT, MAY_COUNT), its match in COUNT_*: at a digit, read by countAtDigit instead of
 * the expression where the lexicon allows (countScaleWords) and countAtDigit can tell. ~1,800 sticky /iu execs per
 * 3 × 1,000 reports, most at a digit, each allocating its match array and captures (the lens's largest allocation site).
 */
function countAtStarts(sticky: RegExp, body: string, base: number, w0: number, w1: number, k: Lexicon): boolean {
  const from = sticky.lastIndex + base;
  const end = base + body.length;
  const scales = k.countScaleWords;
  let w = EXEC_W >= w0 && EXEC_W < w1 && STARTS[EXEC_W]! <= from ? EXEC_W : w0;
  for (; w < w1; w++) {
    const p = STARTS[w]!;
    if (p < from || !(FLAGS[w]! & AT_COUNT)) continue;
    if (!mayMatchAt(MAY_COUNT, body, base, p, end)) continue;
    if (scales !== undefined && FLAGS[w]! & AT_DIGIT) {
      const e = countAtDigit(body, p - base, scales);
      if (e === -1) continue;
      if (e >= 0) {
        COUNT_START = p;
        COUNT_END = base + e;
        COUNT_N = body.slice(p - base, COUNT_N_END);
        COUNT_A = undefined;
        COUNT_SC = COUNT_SC_AT < 0 ? undefined : body.slice(COUNT_SC_AT, COUNT_SC_END);
        sticky.lastIndex = e;
        EXEC_W = w;
        return true;
      }
    }
    sticky.lastIndex = p - base;
    const m = sticky.exec(body);
    if (m !== null) {
      const g = k.countGroup;
      COUNT_START = base + m.index;
      COUNT_END = COUNT_START + m[0].length;
      COUNT_N = m[g.n]!;
      COUNT_A = m[g.a];
      COUNT_SC = m[g.sc];
      EXEC_W = w;
      return true;
    }
  }
  sticky.lastIndex = 0;
  return false;
}

/** countAtDigit's answer where the expression must be asked: a unit beyond ASCII compared with a scale (flag iu folds "ſ" to "s"). */
const COUNT_ASK = -2;
/** countAtDigit's match: where its `n` ends, and its `sc` (-1: none). */
let COUNT_N_END = 0;
let COUNT_SC_AT = -1;
let COUNT_SC_END = -1;
/**
 * The count expression (sticky, flags iu) at index `i` of `b`, where a digit is written, by hand: the end of its match,
 * -1 for none, or COUNT_ASK. `(?<![\p{L}\p{N}\-.,:/])(?:(?<a>an?|one)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|words…)
 * (?:\s+(?<sc>scales))?(?![\p{L}\p{N}\-]|[.,]\d)`: at a digit the article and the number words (letters; see
 * countScaleWords) cannot match, and each way of reading the number is tried in the expression's order of backtracking.
 */
function countAtDigit(b: string, i: number, scales: readonly string[]): number {
  const n = b.length;
  if (i > 0) {
    const c = b.charCodeAt(i - 1);
    if (c === 0x2d || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || classBefore(b, i) & (LETTER | NUMBER)) return -1;
  }
  let digits = 0;
  while (i + digits < n && isDigit(b.charCodeAt(i + digits))) digits++;
  if (digits === 0) return -1;
  // `\d{1,3}(?:,\d{3})+`: fewer than all the digits would be followed by a digit, not ",".
  if (digits <= 3) {
    let groups = 0;
    for (let q = i + digits; q + 4 <= n && b.charCodeAt(q) === 0x2c && isDigit(b.charCodeAt(q + 1)) && isDigit(b.charCodeAt(q + 2)) && isDigit(b.charCodeAt(q + 3)); q += 4) groups++;
    for (let g = groups; g >= 1; g--) {
      const e = countTail(b, i + digits + 4 * g, scales);
      if (e !== -1) return e;
    }
  }
  // `\d+(?:\.\d+)?`.
  for (let d = digits; d >= 1; d--) {
    const e0 = i + d;
    if (e0 < n && b.charCodeAt(e0) === 0x2e) {
      let f = 0;
      while (e0 + 1 + f < n && isDigit(b.charCodeAt(e0 + 1 + f))) f++;
      for (; f >= 1; f--) {
        const e = countTail(b, e0 + 1 + f, scales);
        if (e !== -1) return e;
      }
    }
    const e = countTail(b, e0, scales);
    if (e !== -1) return e;
  }
  return -1;
}
/** `(?:\s+(?<sc>scales))?(?![\p{L}\p{N}\-]|[.,]\d)` after a number ending at `e` (a scale opens with a letter: only all the white space can precede it). */
function countTail(b: string, e: number, scales: readonly string[]): number {
  const n = b.length;
  let q = e;
  while (q < n && isSpaceUnit(b.charCodeAt(q))) q++;
  if (q > e) {
    for (const sc of scales) {
      let j = 0;
      for (; j < sc.length && q + j < n; j++) {
        const c = b.charCodeAt(q + j);
        if (c >= 128) return COUNT_ASK;
        if ((c | 0x20) !== sc.charCodeAt(j)) break;
      }
      if (j === sc.length && countMayEnd(b, q + j)) {
        COUNT_N_END = e;
        COUNT_SC_AT = q;
        COUNT_SC_END = q + j;
        return q + j;
      }
    }
  }
  if (!countMayEnd(b, e)) return -1;
  COUNT_N_END = e;
  COUNT_SC_AT = -1;
  return e;
}
/** `(?![\p{L}\p{N}\-]|[.,]\d)` at `x` of `b` (flag u: code points). */
function countMayEnd(b: string, x: number): boolean {
  const n = b.length;
  if (x >= n) return true;
  const cp = codePointIn(b, x, n);
  if (cp === 0x2d || charClass(cp) & (LETTER | NUMBER)) return false;
  return !((cp === 0x2e || cp === 0x2c) && x + 1 < n && isDigit(b.charCodeAt(x + 1)));
}

/** Which cheap test execAtStarts asks before a regex (mayMatchAt): none, PERCENT's, the date regex's, the count regex's. */
const MAY_ANY = 0;
const MAY_PERCENT = 1;
const MAY_DATE = 2;
const MAY_COUNT = 3;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The unit at offset `i` of the text in a sentence [base, end) whose body is `body`, or -1 at or after its end.
 * Module-level, not an arrow inside mayMatchAt: under tsx (esbuild keepNames) a named inner arrow costs a `__name`
 * defineProperty per call (__name + its property set were ~8 % of this lens' self time at 3 × 1,000 sentences).
 */
function unitAt(body: string, base: number, end: number, i: number): number {
  return i < end ? body.charCodeAt(i - base) : -1;
}
/**
 * Can the regex `may` names match at start `p` (of a sentence [base, end) whose body the regex reads)? False only
 * where it cannot (no match is lost; a failed regex call costs ~0.5 µs and most numbers are tried by three):
 * - PERCENT at a digit: `\d+(?:\.\d+)?\s?` must be followed by "%" or "p"/"P" (per cent, percent).
 * - the date regex at a digit: a day or month of one or two digits followed by "." and a digit (`dd.mm`) or by
 *   white space and, given the lexicon `k`, one of the months' forms (`d2`); or exactly four digits starting 18, 19
 *   or 20 (a decade or a year; a fifth digit fails their lookahead). Without the month test, more than half of the
 *   date regex's calls failed ("12 people", "5 million", "15." ending a sentence).
 * - the count regex: its lookbehind also refuses "-", ".", ",", ":", "/" before the start; at a digit, the
 *   number ends at the digits' end (a shorter one is followed by a digit), where an ASCII letter or "-" fails its lookahead.
 */
function mayMatchAt(may: number, body: string, base: number, p: number, end: number, k?: Lexicon): boolean {
  if (may === MAY_COUNT) {
    if (p > base) {
      const b = body.charCodeAt(p - base - 1);
      if (b === 0x2d || b === 0x2e || b === 0x2c || b === 0x3a || b === 0x2f) return false;
    }
    if (!isAsciiDigit(unitAt(body, base, end, p))) return true;
    let j = p + 1;
    while (isAsciiDigit(unitAt(body, base, end, j))) j++;
    const c = unitAt(body, base, end, j);
    return !(c === 0x2d || ((c | 0x20) >= 97 && (c | 0x20) <= 122));
  }
  if (!isAsciiDigit(unitAt(body, base, end, p))) return true;
  let j = p + 1;
  while (isAsciiDigit(unitAt(body, base, end, j))) j++;
  if (may === MAY_DATE) {
    const len = j - p;
    if (len <= 2) {
      const c = unitAt(body, base, end, j);
      if (c === 0x2e) return isAsciiDigit(unitAt(body, base, end, j + 1));
      if (c < 0 || !isSpaceUnit(c)) return false;
      if (k === undefined) return true;
      let q = j + 1;
      while (q < end && isSpaceUnit(body.charCodeAt(q - base))) q++;
      return k.monthAt(body, q - base, end - base);
    }
    if (len !== 4) return false;
    const d0 = unitAt(body, base, end, p);
    const d1 = unitAt(body, base, end, p + 1);
    return (d0 === 0x31 && (d1 === 0x38 || d1 === 0x39)) || (d0 === 0x32 && d1 === 0x30);
  }
  // MAY_PERCENT
  if (unitAt(body, base, end, j) === 0x2e && isAsciiDigit(unitAt(body, base, end, j + 1))) {
    j += 2;
    while (isAsciiDigit(unitAt(body, base, end, j))) j++;
  }
  let c = unitAt(body, base, end, j);
  if (c >= 0 && isSpaceUnit(c)) c = unitAt(body, base, end, j + 1);
  return c === 0x25 || (c | 0x20) === 0x70;
}

/** The facts of sentence `s`, whose word starts are STARTS/FLAGS[w0, w1), in RAWS[0, n) (returns n); `digit`: does it have one? */
function detectIn(text: string, s: Span, c: Context, w0: number, w1: number, digit: boolean): number {
  const k = c.k;
  RAW_N = 0;
  const body = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  // Every date, sum of money and percentage has a digit, and most sentences have none (70 % of the
  // real-sentence reports): the scan notes one, and three regexes are skipped without.
  if (digit) for (let w = w0; w < w1; w++) if (k.dateStarts(text, STARTS[w]!, s.end, codePointIn(text, STARTS[w]!, s.end))) FLAGS[w] = FLAGS[w]! | AT_DATE;
  // Full and partial dates (the regex is built once per profile, in the lexicon).
  const dateRe = k.dateAt;
  dateRe.lastIndex = 0;
  while (digit && (m = execAtStarts(dateRe, body, s.start, w0, w1, AT_DATE, MAY_DATE, k)) !== null) {
    const g = k.dateGroup;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!isFree(start, end)) continue;
    let value: string;
    if (m[g.m1]) value = `${m[g.y1] ?? '-'}-${monthNumber(k, m[g.m1])}-${m[g.d1]!.padStart(2, '0')}`;
    else if (m[g.m2]) value = `${m[g.y2] ?? '-'}-${monthNumber(k, m[g.m2])}-${m[g.d2]!.padStart(2, '0')}`;
    else if (m[g.m3]) value = `${m[g.y3]}-${monthNumber(k, m[g.m3])}`;
    else if (m[g.yy]) value = `${m[g.yy]}-${m[g.mm]!.padStart(2, '0')}-${m[g.dd]!.padStart(2, '0')}`;
    else if (m[g.dec]) value = `${m[g.dec]}s`;
    else {
      // A bare year after "more than"/"about" or a "$" is a count or money.
      if (qualifierAt(text, start, k) || /\$\s*$/.test(text.slice(start - 2, start))) continue;
      value = m[g.y4]!;
    }
    // "the 1997 Ottawa Convention": a year before a name dates that name (its subject), not the verb before it.
    const named = mayNameAfter(text, end, s.end) ? RE_NAME_AFTER.exec(text.slice(end, s.end)) : null;
    const namedId = named ? (k.aliasOf.get(named[1]!.toLowerCase()) ?? named[1]!.toLowerCase()) : undefined;
    const ev = namedId ? { subject: namedId } : datedEvent(text, s, start, c);
    // `|| undefined`: an empty verb or subject was never set (the fields were added only when truthy).
    addRaw(rawOf(start, end, 'date', value, ev?.what || undefined, ev?.subject || undefined, undefined));
  }
  // Money: "$625 million", "625 million dollars".
  const moneyRe = k.moneyRe;
  moneyRe.lastIndex = 0;
  const money = digit && mayHaveMoney(body, k);
  while (money && (m = moneyRe.exec(body)) !== null) {
    const g = m.groups!;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!isFree(start, end)) continue;
    const n = Number((g.n ?? g.n2)!.replace(/,/g, '')) * (k.scales[(g.sc ?? g.sc2 ?? '').toLowerCase()] ?? 1);
    const q = qualifierAt(text, start, k, s.start);
    addRaw(rawOf(QUALIFIER_START, end, 'money', String(Math.round(n)), k.currencies[(g.cur ?? g.cur2)!.toLowerCase()] ?? 'usd', undefined, q));
  }
  // Percentages.
  const pctRe = PERCENT;
  pctRe.lastIndex = 0;
  while (digit && (m = execAtStarts(pctRe, body, s.start, w0, w1, AT_DIGIT, MAY_PERCENT)) !== null) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!isFree(start, end)) continue;
    addRaw(rawOf(start, end, 'percent', m[1]!, undefined, undefined, undefined));
  }
  // Counts: a number (digits or words) and what it counts.
  const countRe = k.countAt;
  countRe.lastIndex = 0;
  while (countAtStarts(countRe, body, s.start, w0, w1, k)) {
    const start = COUNT_START;
    let end = COUNT_END;
    if (!isFree(start, end)) continue;
    const word = COUNT_N.toLowerCase();
    let n = (isDigit(word.charCodeAt(0)) && !k.numberWordDigit ? undefined : k.numberWordMap.get(word)) ?? Number(word.indexOf(',') < 0 ? word : word.replaceAll(',', ''));
    const sc = COUNT_SC;
    if (COUNT_A && !(Object.hasOwn(k.scales, word) || word === 'hundred' || word === 'dozen')) continue; // "a two-…" is not a count
    if (sc) n *= k.countScales[sc.toLowerCase()] ?? 100;
    if (!Number.isFinite(n)) continue;
    const what = countedAfter(text, end, s.end, k);
    if (what === undefined) continue;
    end = COUNTED_END;
    const q = qualifierAt(text, start, k, s.start);
    addRaw(rawOf(QUALIFIER_START, end, 'count', String(n), what, undefined, q));
  }
  // Names: runs of capitalised words (not in a Title Case headline, where capitals say nothing).
  // The headline test counts words only when the sentence does not end like one (most do): the count and
  // a /u test per word were ~28 ms of 188 at 3 × 1,000 sentences.
  if (!endsLikeSentence(text, s) && isTitleCase(body)) return sortRawsByStart();
  namesIn(text, s, c, w0, w1);
  return sortRawsByStart();
}

/**
 * Can RE_NAME_AFTER (`^\s+\p{Lu}…`) match `text.slice(end, limit)`: white space, then a capital letter? Most dates
 * are followed by a comma, a stop or a lower-case word: the slice and the /u call are skipped there.
 */
function mayNameAfter(text: string, end: number, limit: number): boolean {
  let i = end;
  while (i < limit && isSpaceUnit(text.charCodeAt(i))) i++;
  return i > end && i < limit && (charClass(codePointIn(text, i, limit)) & UPPER) !== 0;
}

/** After the letters and marks of a name's word (`[\p{L}'’.-]*`) from `i`. */
function wordCharsEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!(ASCII[c]! & LETTER) && c !== 0x27 && c !== 0x2e && c !== 0x2d) break;
      i++;
      continue;
    }
    const cp = codePointIn(text, i, end);
    if (!(charClass(cp) & LETTER) && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2e && cp !== 0x2d) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
function spacesEnd(text: string, i: number, end: number): number {
  while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}
/** After a word of a name at `i` (`\p{Lu}[\p{L}'’.-]*` or `\([\p{Lu}]{2,}\)`), or -1. */
function nameWordEnd(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const cp = codePointIn(text, i, end);
  if (charClass(cp) & UPPER) return wordCharsEnd(text, i + (cp > 0xffff ? 2 : 1), end);
  if (cp !== 0x28) return -1;
  let j = i + 1;
  let caps = 0;
  while (j < end) {
    const c = codePointIn(text, j, end);
    if (!(charClass(c) & UPPER)) break;
    caps++;
    j += c > 0xffff ? 2 : 1;
  }
  return caps >= 2 && j < end && text.charCodeAt(j) === 0x29 ? j + 1 : -1;
}
/** Is `word` written at `i`, followed by white space (before `end`)? */
function wordThenSpace(text: string, i: number, word: string, end: number): boolean {
  const n = word.length;
  if (i + n >= end) return false;
  for (let j = 0; j < n; j++) if (text.charCodeAt(i + j) !== word.charCodeAt(j)) return false;
  return isSpaceUnit(text.charCodeAt(i + n));
}

/**
 * The run of capitalised words at `p` exactly as NAME_RUN (sticky) matches it there, read by hand: its end,
 * and in `bounds[0, BOUNDS_N)` [start, end, start, end, …] of its words (connectives "of", "the", "for" included).
 * Each further word follows white space and maybe "of the", "of" or "for", tried in that order as the
 * regex's alternation tries them; a word that fails ends the run before the white space.
 */
function nameRun(text: string, p: number, end: number, bounds: number[]): number {
  // Written by index, the count in BOUNDS_N: `bounds.length = 0` per run was a call into the runtime (its
  // "set length" showed ~1.4 % of the lenses' samples at 6 × 5,000 with capitalRunsIn's).
  let n = 0;
  const first = codePointIn(text, p, end);
  let e = wordCharsEnd(text, p + (first > 0xffff ? 2 : 1), end);
  bounds[n++] = p;
  bounds[n++] = e;
  for (;;) {
    const q = spacesEnd(text, e, end);
    if (q === e) break;
    let w = -1;
    // "of" and "for" tried only where their first letter is (most runs go on with a capital or end).
    const c0 = text.charCodeAt(q);
    if (c0 === 0x6f && wordThenSpace(text, q, 'of', end)) {
      const r = spacesEnd(text, q + 2, end);
      if (wordThenSpace(text, r, 'the', end)) {
        const t = spacesEnd(text, r + 3, end);
        if ((w = nameWordEnd(text, t, end)) >= 0) {
          bounds[n++] = q;
          bounds[n++] = q + 2;
          bounds[n++] = r;
          bounds[n++] = r + 3;
          bounds[n++] = t;
          bounds[n++] = w;
          e = w;
          continue;
        }
      }
      if ((w = nameWordEnd(text, r, end)) >= 0) {
        bounds[n++] = q;
        bounds[n++] = q + 2;
        bounds[n++] = r;
        bounds[n++] = w;
        e = w;
        continue;
      }
    }
    if (c0 === 0x66 && wordThenSpace(text, q, 'for', end)) {
      const r = spacesEnd(text, q + 3, end);
      if ((w = nameWordEnd(text, r, end)) >= 0) {
        bounds[n++] = q;
        bounds[n++] = q + 3;
        bounds[n++] = r;
        bounds[n++] = w;
        e = w;
        continue;
      }
    }
    if ((w = nameWordEnd(text, q, end)) >= 0) {
      bounds[n++] = q;
      bounds[n++] = w;
      e = w;
      continue;
    }
    break;
  }
  BOUNDS_N = n;
  return e;
}

/** Does the sentence end like one (`/[.!?]["”»]?\s*$/u`): a stop, maybe a closing quote, then only white space? */
function endsLikeSentence(text: string, s: Span): boolean {
  let i = s.end - 1;
  while (i >= s.start && isSpaceUnit(text.charCodeAt(i))) i--;
  if (i < s.start) return false;
  const last = text.charCodeAt(i);
  return isStop(last) || ((last === 0x22 || last === 0x201d || last === 0xbb) && i - 1 >= s.start && isStop(text.charCodeAt(i - 1)));
}
/**
 * Module-level, not a closure per call: under tsx (esbuild keepNames) every named inner arrow costs a
 * `__name` defineProperty per evaluation (~8 ms self in the 3 × 1,000 profile, most of it here and in subjectBefore).
 */
function isStop(ch: number): boolean {
  return ch === 0x2e || ch === 0x21 || ch === 0x3f;
}

/** Mostly capitalised words of four letters or more: a Title Case headline. */
function isTitleCase(body: string): boolean {
  // RE_LONG_WORDS' matches (maximal runs of four or more letter code points) counted by hand, with those whose first
  // code point is \p{Lu}: the match array and a /u test per word were ~2.5 µs a call.
  let lettered = 0;
  let capital = 0;
  for (let i = 0; i < body.length; ) {
    let cp = body.codePointAt(i)!;
    let cls = charClass(cp);
    if (!(cls & LETTER)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const upper = (cls & UPPER) !== 0;
    let len = 0;
    while (cls & LETTER) {
      len++;
      i += cp > 0xffff ? 2 : 1;
      if (i >= body.length) break;
      cp = body.codePointAt(i)!;
      cls = charClass(cp);
    }
    if (len >= 4) {
      lettered++;
      if (upper) capital++;
    }
  }
  return lettered >= 3 && capital / lettered > 0.6;
}

/** `/^\p{Lu}\p{Ll}+$/u.test(w) && !DEMONYM.test(w)` by hand (a /u regex per word of each distinct name was ~4 % of this stage). */
function isNamePart(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  let cp = w.codePointAt(0)!;
  if (!(charClass(cp) & UPPER)) return false;
  let i = cp > 0xffff ? 2 : 1;
  if (i >= n) return false;
  while (i < n) {
    cp = w.codePointAt(i)!;
    if (!(charClass(cp) & LOWER)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return !isDemonym(w);
}
/** `/^\p{Lu}\p{Ll}+$/u.test(w.slice(a, b))`, reading the word in place (code points as the expression reads the slice). */
function isCapitalisedIn(w: string, a: number, b: number): boolean {
  if (b - a < 2) return false;
  let cp = codePointIn(w, a, b);
  if (!(charClass(cp) & UPPER)) return false;
  let i = a + (cp > 0xffff ? 2 : 1);
  if (i >= b) return false;
  while (i < b) {
    cp = codePointIn(w, i, b);
    if (!(charClass(cp) & LOWER)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}
/** `isNamePart(w.slice(a, b))`, reading the word in place (it is sliced only for the demonym expression). */
function isNamePartIn(w: string, a: number, b: number): boolean {
  if (!isCapitalisedIn(w, a, b)) return false;
  // isDemonym's endings first, as it asks them.
  const y = w.charCodeAt(b - 2);
  const z = w.charCodeAt(b - 1);
  if (!((y === 0x61 && z === 0x6e) || (y === 0x73 && z === 0x65) || (y === 0x73 && z === 0x68))) return true;
  return !DEMONYM.test(w.slice(a, b));
}
/** RE_CAPITALS (`/^\p{Lu}{2,}$/u.test(w)`: "NATO") by hand: a /u test per one-word name (~150 ns; ~1,000 per 3 × 1,000 reports). */
function isCapitals(w: string): boolean {
  let caps = 0;
  for (let i = 0; i < w.length; caps++) {
    const cp = w.codePointAt(i)!;
    if (!(charClass(cp) & UPPER)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return caps >= 2;
}
/** `/^(?:\p{Lu}\.?){2,}$/u.test(w)` ("U.S.", "NATO") by hand. */
function isAcronym(w: string): boolean {
  let caps = 0;
  for (let i = 0; i < w.length; ) {
    const cp = w.codePointAt(i)!;
    if (!(charClass(cp) & UPPER)) return false;
    caps++;
    i += cp > 0xffff ? 2 : 1;
    if (i < w.length && w.charCodeAt(i) === 0x2e) i++;
  }
  return caps >= 2;
}

/**
 * What a name's text decides about its kind wherever it stands (a place, organisation or person), or null: then
 * it is no fact at a sentence's start or as one word, else an organisation (namesIn).
 */
function nameKindOfText(name: string, k: Lexicon): FactKind | null {
  const kw = k.kindWords;
  if (kw !== undefined) {
    const bits = kw(name, PLACE_WORD);
    if (bits & PLACE_WORD || k.places.has(name)) return 'place';
    if (bits & ORG_WORD || isCapitalsAZ(name)) return 'organization';
  } else {
    if (k.isPlace(name) || k.places.has(name)) return 'place';
    if (k.isOrg(name)) return 'organization';
  }
  // The words are read in place (the name has single spaces): `name.split(' ')` per distinct name was ~0.9 ms of
  // the lens profile per 3 × 1,000 reports.
  const first = name.indexOf(' ');
  if (first < 0) return isCapitals(name) ? 'organization' : null;
  const second = name.indexOf(' ', first + 1);
  const third = second < 0 ? -1 : name.indexOf(' ', second + 1);
  if (third < 0 && isNamePartIn(name, 0, first) && (second < 0 ? isNamePartIn(name, first + 1, name.length) : isNamePartIn(name, first + 1, second) && isNamePartIn(name, second + 1, name.length))) return 'person';
  return null;
}

const CONJ = new Set(['and', 'but', 'or', 'then']);
const RE_RELATIVE = /^(?:which|who|that)$/iu;

/**
 * The event a date dates: the nearest past-tense verb before it in the clause,
 * stemmed ("ratified" → "ratifi"), and that verb's subject: the name or noun
 * before it in the sentence ("Kiev signed" → kiev; "the treaty, signed on" →
 * treaty; "Kiev signed … and ratified it" → kiev), mapped to its alias id so
 * "Kiev" and "Ukraine" are one subject.
 */
function datedEvent(text: string, s: Span, pos: number, c: Context): { what?: string; subject?: string } | undefined {
  const k = c.k;
  // Within the clause: "ratified in 2005, begun on February 24" dates "begun", not "ratified". The clause is read in
  // place, [from, pos) of the text: its two slices and their lastIndexOf (runtime calls) were ~1/5 of this function.
  const clauseStart = Math.max(s.start, pos - 90);
  let from = pos;
  while (from > clauseStart && text.charCodeAt(from - 1) !== 0x2c && text.charCodeAt(from - 1) !== 0x3b) from--;
  // The clause's words (`/\p{L}+/gu` over it, by hand: no match objects) as [start, end) in CLAUSE_WORDS; code points
  // as the expression read the clause's slice (a pair cut at its end is a lone surrogate).
  const ws = CLAUSE_WORDS;
  let n = 0;
  for (let i = from; i < pos; ) {
    const cp = codePointIn(text, i, pos);
    const step = cp > 0xffff ? 2 : 1;
    if (!(charClass(cp) & LETTER)) {
      i += step;
      continue;
    }
    let j = i + step;
    while (j < pos) {
      const cp2 = codePointIn(text, j, pos);
      if (!(charClass(cp2) & LETTER)) break;
      j += cp2 > 0xffff ? 2 : 1;
    }
    ws[n++] = i;
    ws[n++] = j;
    i = j;
  }
  for (let i = n / 2 - 1; i >= Math.max(0, n / 2 - 10); i--) {
    // Only a word ending in d or n (either case) lower-cases to one ending in "ed" or "gan": the others are not sliced.
    const last = text.charCodeAt(ws[2 * i + 1]! - 1) | 0x20;
    if (last !== 0x64 && last !== 0x6e) continue;
    const w = text.slice(ws[2 * i]!, ws[2 * i + 1]!).toLowerCase();
    if (/(?:ed|gan)$/.test(w) && w.length > 3) {
      // The stem per distinct verb of the report (the stemmer's expressions were ~1/7 of this function).
      let what = c.stems.get(w);
      if (what === undefined) c.stems.set(w, (what = k.stem(w)));
      return { what, subject: subjectBefore(text, s, ws[2 * i]!, k).subject };
    }
  }
  return undefined;
}
/** datedEvent's words of the clause, [start, end, …] (reused). */
const CLAUSE_WORDS: number[] = [];

/** Auxiliaries, pronouns and adverbs ("was", "has already", "it"): function words that are not conjunctions (module-level: see isStop). */
function skippedBeforeVerb(t: string, k: Lexicon): boolean {
  const lower = t.toLowerCase();
  return !CONJ.has(lower) && !isRelative(lower) && (k.notNameWords.has(lower) || k.skipBeforeVerb.has(lower) || isAdverb(t));
}
/**
 * RE_RELATIVE.test(t) (`/^(?:which|who|that)$/iu`) given `t.toLowerCase()`: no code point beyond ASCII folds or
 * lower-cases to one of their letters (fast.test.ts checks every one), so the two agree. Two /u tests per token
 * skipped before a dated verb were ~1/3 of subjectBefore.
 */
function isRelative(lower: string): boolean {
  return lower === 'which' || lower === 'who' || lower === 'that';
}
/** RE_ADVERB.test(t) (`/\p{Ll}+ly$/u`): "ly" after a lower-case code point. */
function isAdverb(t: string): boolean {
  const n = t.length;
  return n >= 3 && t.charCodeAt(n - 1) === 0x79 && t.charCodeAt(n - 2) === 0x6c && (classBefore(t, n - 2) & LOWER) !== 0;
}

/** `before.match(RE_CLAUSE_TOKENS) ?? []` (`/\p{L}[\p{L}'’.-]*|[,;:]/gu`) by hand: no regex pass over the sentence so far. */
function clauseTokens(before: string): string[] {
  const out: string[] = [];
  const n = before.length;
  for (let i = 0; i < n; ) {
    const cp = before.codePointAt(i)!;
    const step = cp > 0xffff ? 2 : 1;
    if (charClass(cp) & LETTER) {
      let j = i + step;
      while (j < n) {
        const cp2 = before.codePointAt(j)!;
        if (!(charClass(cp2) & LETTER) && cp2 !== 0x27 && cp2 !== 0x2019 && cp2 !== 0x2e && cp2 !== 0x2d) break;
        j += cp2 > 0xffff ? 2 : 1;
      }
      out.push(before.slice(i, j));
      i = j;
      continue;
    }
    if (cp === 0x2c || cp === 0x3b || cp === 0x3a) out.push(before[i]!);
    i += step;
  }
  return out;
}

function subjectBefore(text: string, s: Span, verbAt: number, k: Lexicon, depth = 0): { subject?: string } {
  const before = text.slice(s.start, verbAt);
  const tokens = clauseTokens(before);
  let i = tokens.length - 1;
  while (i >= 0 && skippedBeforeVerb(tokens[i]!, k)) i--;
  // "the treaty, signed on …": the noun the participle follows.
  if (i >= 0 && tokens[i] === ',') i--;
  if (i < 0) return {};
  const t = tokens[i]!;
  const lower = t.toLowerCase();
  if (CONJ.has(lower) && depth === 0) {
    // "Kiev signed … and ratified it": the subject of the verb before.
    const prev = RE_VERB_BEFORE.exec(before.slice(0, before.toLowerCase().lastIndexOf(lower)));
    if (prev) return subjectBefore(text, s, s.start + prev.index, k, depth + 1);
    return {};
  }
  // `/^\p{L}/u` and `/^\p{Lu}/u` (two /u tests per token of the capitalised run) by the first code point's class.
  const first = charClass(t.codePointAt(0)!);
  if (!(first & LETTER) || k.notNameWords.has(lower)) return {};
  // A capitalised run ("The Washington Post", "Kiev"), else the noun.
  let j = i;
  if (first & UPPER) while (j > 0 && charClass(tokens[j - 1]!.codePointAt(0)!) & UPPER) j--;
  // The longest alias ending here ("the Convention on the Prohibition of Anti-Personnel Mines" → the treaty's id).
  // A key's last word is the lower-cased last token (tokens have no white space), so a token that ends no alias
  // skips the ten joins, replaces and lower-casings of the candidates.
  if (k.aliasLastWords.has(lower)) {
    for (let n = Math.min(i, 9); n >= 0; n--) {
      const id = k.aliasOf.get(tokens.slice(i - n, i + 1).join(' ').replace(/^the\s+/i, '').toLowerCase());
      if (id) return { subject: id };
    }
  }
  // One token (most subjects) has no white space for /^the\s+/i: only its possessive is cut.
  const phrase = j === i ? withoutPossessive(t) : tokens.slice(j, i + 1).join(' ').replace(/^the\s+/i, '').replace(/['’]s$/u, '');
  return { subject: phrase.toLowerCase() };
}
/** `t.replace(/['’]s$/u, '')`. */
function withoutPossessive(t: string): string {
  const n = t.length;
  return n >= 2 && t.charCodeAt(n - 1) === 0x73 && (t.charCodeAt(n - 2) === 0x27 || t.charCodeAt(n - 2) === 0x2019) ? t.slice(0, n - 2) : t;
}

/** `f(x)` remembered in `memo`. */
function memoised(memo: Map<string, string>, x: string, f: (x: string) => string): string {
  let v = memo.get(x);
  if (v === undefined) memo.set(x, (v = f(x)));
  return v;
}
const personKeyOf = (name: string) => `person:${name.slice(name.lastIndexOf(' ') + 1).toLowerCase()}`;
const organizationKeyOf = (name: string) => `organization:${name.toLowerCase().replace(/^the\s+/, '')}`;
const placeKeyOf = (name: string) => `place:${name.toLowerCase().replace(/^the\s+/, '')}`;

/**
 * keyOf's string work on names (a name recurs ~3 times a report), per report: the whole key, so that a name's
 * facts share one key string. factMatrix's `rows.get(f.key)` flattened and hashed a fresh concatenation per fact
 * (~1.7 ms of 49 in the lens's line profile at 3 × 1,000); a shared string is hashed once.
 */
interface KeyMemo {
  person: Map<string, string>;
  organization: Map<string, string>;
  place: Map<string, string>;
}

function keyOf(r: Raw, persons: Map<string, string>, memo: KeyMemo): string {
  switch (r.kind) {
    case 'date': {
      // Two things dated alike are two facts: the subject ("kiev", "ottawa-convention") is part of the key when known.
      const v = r.value;
      // `/^\d{4}(?:-|$)/.test(v)`, without a regex object per date.
      const year = v.length >= 4 && isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(2)) && isDigit(v.charCodeAt(3)) && (v.length === 4 || v.charCodeAt(4) === 0x2d);
      const base = `date:${year ? v.slice(0, 4) : v}`;
      return r.subject ? `${base}@${r.subject}` : base;
    }
    case 'count':
      return `count:${r.value}:${r.what}`;
    case 'money':
      return `money:${r.value}:${r.what}`;
    case 'percent':
      return `percent:${r.value}`;
    case 'person':
      return memoised(memo.person, persons.get(r.value) ?? r.value, personKeyOf);
    case 'organization':
      return memoised(memo.organization, r.value, organizationKeyOf);
    case 'place':
      return memoised(memo.place, r.value, placeKeyOf);
  }
}

/** Facts and figures of one report. `sentences`: sorted, non-overlapping spans of `text`. */
export function detectFacts(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE): FactResult {
  return detectFactsWith(text, sentences, profile);
}

/**
 * detectFacts, reading `runs` (textRuns of `text`: the lens passes the ones the voices lens made, reportRuns) for
 * the word starts and the lower-case vocabulary when the text has no surrogates (scanRuns, RunVocabulary); else one
 * scan of the report's characters (scanReport), or per sentence where the sentences do not allow one.
 */
export function detectFactsWith(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE, runs?: TextRuns): FactResult {
  const k = lexiconOf(profile);
  const fromRuns = runs !== undefined && !runs.surrogates && runs.words.s === text;
  const oneScan = oneScanReads(text, sentences, !fromRuns);
  let lowercase: Context['lowercase'];
  if (oneScan && fromRuns) {
    scanRuns(text, sentences, k, runs.words, runs.letters);
    lowercase = new RunVocabulary(text, runs.letters);
  } else {
    const words = new LowercaseWords(text, !oneScan);
    if (oneScan) scanReport(text, sentences, k, words);
    lowercase = words;
  }
  const c: Context = { k, lowercase, shapes: new RangeTable(), wordBits: new RangeTable(), wordShapes: [], stems: new Map() };
  const facts: Fact[] = [];
  const persons = new Map<string, string>();
  const memo: KeyMemo = { person: new Map(), organization: new Map(), place: new Map() };
  const fullNames: string[] = [];
  // The first person named so far by last word: `fullNames.find((n) => n.endsWith(` ${w}`))` for a word w
  // without spaces, without scanning every name (that was quadratic in a report's length).
  const byLastWord = new Map<string, string>();
  const personsSeen = new Set<string>();
  // An indexed loop, not forEach: a closure per report, and this loop runs largely before it is optimised.
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const s = sentences[sentence]!;
    let w0 = 0;
    let w1: number;
    let digit: boolean;
    if (oneScan) {
      w0 = SENT_FIRST[sentence]!;
      w1 = SENT_FIRST[sentence + 1]!;
      digit = SENT_DIGIT[sentence] === 1;
    } else {
      const scanned = scanStarts(text, s, k);
      w1 = scanned >> 1;
      digit = (scanned & 1) === 1;
    }
    const n = detectIn(text, s, c, w0, w1, digit);
    for (let x = 0; x < n; x++) {
      const r = RAWS[x]!;
      if (r.kind === 'person') {
        fullNames.push(r.value);
        // A person's name recurs (~3 times a report, one shared string): its last word is sliced and looked up once.
        if (!personsSeen.has(r.value)) {
          personsSeen.add(r.value);
          const space = r.value.lastIndexOf(' ');
          if (space >= 0) {
            const last = r.value.slice(space + 1);
            if (!byLastWord.has(last)) byLastWord.set(last, r.value);
          }
        }
      }
      // A single capitalised word that is the surname of a person named before is that person.
      if ((r.kind === 'organization' || r.kind === 'place') && !r.value.includes(' ')) {
        const full = r.value === '' ? fullNames.find((n) => n.endsWith(' ')) : byLastWord.get(r.value);
        if (full) {
          r.kind = 'person';
          persons.set(r.value, full);
        }
      }
      const fact: Fact = { start: r.start, end: r.end, kind: r.kind, sentence, value: r.value, key: keyOf(r, persons, memo) };
      if (r.qualifier) fact.qualifier = r.qualifier;
      if (r.what) fact.what = r.what;
      if (r.subject) fact.subject = r.subject;
      facts.push(fact);
    }
  }
  return { facts };
}

const QUALIFIER_WORDS: Record<FactQualifier, string> = {
  'more-than': 'more than',
  'fewer-than': 'fewer than',
  about: 'about',
  'up-to': 'up to',
  'at-least': 'at least',
  exactly: 'exactly',
};

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "625000000" → "625 million", "24000" → "24,000". */
function readableNumber(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (n >= scale && Number.isInteger((n / scale) * 100)) return `${n / scale} ${word}`;
  }
  return Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0) ? groupDigits(String(n)) : n.toLocaleString('en-US');
}
/**
 * `n.toLocaleString('en-US')` for a non-negative safe integer written `digits`: groups of three joined by ","
 * (an ICU call per count row was most of factMatrix's labels).
 */
function groupDigits(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** A date value as a reader writes it: "1997", "December 1997", "3 December 1997", "19 November". */
function readableDate(value: string, k: Lexicon): string {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const parts = [day ? String(Number(day)) : '', month ? capitalise(k.months[Number(month) - 1]?.[0] ?? '') : '', year && year !== '-' ? year : ''];
  return parts.filter(Boolean).join(' ') || value;
}

/** The row label a reader sees: "more than 160 state", "$625 million", "19 November". */
function label(f: Fact, k: Lexicon): string {
  const qualifier = f.qualifier ? `${QUALIFIER_WORDS[f.qualifier]} ` : '';
  switch (f.kind) {
    case 'count':
      return `${qualifier}${readableNumber(f.value)} ${f.what}`;
    case 'money':
      return `${qualifier}${f.what === 'usd' ? '$' : `${f.what?.toUpperCase()} `}${readableNumber(f.value)}`;
    case 'percent':
      return `${qualifier}${f.value}%`;
    case 'date':
      return readableDate(f.key.slice(5).split('@')[0]!, k);
    case 'person':
    case 'organization':
    case 'place':
      return f.value;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

/** Do two date values agree at the precision both give ("1997" and "1997-12-03" do)? */
function datesAgree(a: string, b: string): boolean {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] && pb[i] && pa[i] !== pb[i]) return false;
  return true;
}

const KIND_ORDER: Record<FactKind, number> = { count: 0, money: 1, percent: 2, date: 3, person: 4, organization: 5, place: 6 };
/**
 * Rows: most reports first, then by kind, then by key. `localeCompare` stays: V8's default-locale fast path
 * sorts 3,000 keys in ~2.1 ms where a made-once `Intl.Collator().compare` (the same order) takes ~4.3 ms, and a
 * comparator of code units where they decide (the rest by localeCompare) ~2× its time on the 1,492 keys of
 * 3 × 1,000 reports. factMatrix sorts by it in buckets (byKey); the tests hold it to this order.
 */
export function byRowOrder(a: FactRow, b: FactRow): number {
  return b.reports - a.reports || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key);
}
const KINDS = Object.keys(KIND_ORDER).length;
const byKey = (a: FactRow, b: FactRow) => a.key.localeCompare(b.key);

/** Does a value of `va` agree with one of `vb` (dates at the precision both give, counts exactly)? */
function someAgree(va: ReadonlySet<string>, vb: ReadonlySet<string>, kind: 'count' | 'date'): boolean {
  for (const a of va) for (const b of vb) if (kind === 'date' ? datesAgree(a, b) : a === b) return true;
  return false;
}

/**
 * Which report mentions which fact, and discrepancies: two reports give
 * different numbers for the same counted thing, or different dates for the
 * same dated event (same verb), where neither report also gives the other's
 * value. Rows: most reports first, then by kind and key.
 */
export function factMatrix(reportsFacts: ReportFacts[], profile: LanguageProfile = DEFAULT_PROFILE): FactMatrix {
  const k = lexiconOf(profile);
  const rows = new Map<string, FactRow>();
  const nReports = reportsFacts.length;
  // Rows in first-seen order, bucketed by their rank before the key (reports, kind; byRowOrder's first two terms).
  const buckets: FactRow[][] = [];
  for (let ri = 0; ri < nReports; ri++) {
    const facts = reportsFacts[ri]!.facts;
    for (let j = 0; j < facts.length; j++) {
      const f = facts[j]!;
      let row = rows.get(f.key);
      if (!row) {
        // A row's cells are made as it gets its facts, at their size: `[f]`, not `[]` then a push (room for 17),
        // and the empty ones at the end. The rows are part of the result (they survive the run): 1,492 rows and
        // 2,072 cells per 3 × 1,000 reports.
        row = { key: f.key, kind: f.kind, label: label(f, k), cells: new Array<Fact[]>(nReports), reports: 0 };
        rows.set(f.key, row);
      }
      const cell = row.cells[ri];
      if (cell === undefined) {
        row.cells[ri] = [f];
        row.reports++;
      } else cell.push(f);
    }
  }
  for (const row of rows.values()) {
    for (let x = 0; x < nReports; x++) if (row.cells[x] === undefined) row.cells[x] = [];
    (buckets[(nReports - row.reports) * KINDS + KIND_ORDER[row.kind]] ??= []).push(row);
  }
  const discrepancies: FactDiscrepancy[] = [];
  for (const kind of ['count', 'date'] as const) {
    const byWhat = new Map<string, Map<string, Set<string>>>();
    reportsFacts.forEach((rf) => {
      for (const f of rf.facts) {
        if (f.kind !== kind || !f.what) continue;
        // A date disagreement needs the same predicate AND the same subject ("Kiev signed" ≠ "the treaty, signed").
        if (kind === 'date' && !f.subject) continue;
        const what = kind === 'count' ? f.what.slice(f.what.lastIndexOf(' ') + 1) : `${f.what}:${f.subject}`;
        let m = byWhat.get(what);
        if (!m) byWhat.set(what, (m = new Map()));
        let set = m.get(rf.report);
        if (!set) m.set(rf.report, (set = new Set()));
        set.add(f.value);
      }
    });
    for (const [what, perReport] of byWhat) {
      if (perReport.size < 2) continue;
      const entries = [...perReport.entries()];
      let conflict = false;
      for (let i = 0; i < entries.length && !conflict; i++)
        for (let j = i + 1; j < entries.length && !conflict; j++) if (!someAgree(entries[i]![1], entries[j]![1], kind)) conflict = true;
      if (!conflict) continue;
      // Dates: `what` stays the verb (as facts carry it); the subject is its own field.
      const [verb, subject] = kind === 'date' ? [what.slice(0, what.indexOf(':')), what.slice(what.indexOf(':') + 1)] : [what, undefined];
      const d: FactDiscrepancy = { kind, what: verb!, values: entries.map(([report, v]) => ({ report, values: [...v].sort() })) };
      if (subject) d.subject = subject;
      discrepancies.push(d);
    }
  }
  // byRowOrder's order: the buckets in order, each sorted by key. A stable sort within a bucket keeps rows the keys
  // do not order (localeCompare 0) in first-seen order, as the sort of all rows by byRowOrder did; the comparisons of
  // reports and kinds (~60 % of that sort's ~0.6 ms per 3 × 1,000 reports) are not made.
  const sorted: FactRow[] = [];
  for (const bucket of buckets) {
    if (bucket === undefined) continue;
    if (bucket.length > 1) bucket.sort(byKey);
    for (let i = 0; i < bucket.length; i++) sorted.push(bucket[i]!);
  }
  return { reports: reportsFacts.map((r) => r.report), rows: sorted, discrepancies };
}

/** Internals with a hand-written fast path, for the tests that compare each with the regex or ICU call it replaces. */
export const fastPathsForTests = { numberedGroups, mayHaveMoney, mayHaveMoneyReference, wordsTestOf, orgTestOf, wordBitsOf, singular, mayNameAfter, RE_NAME_AFTER, isPastWord, isPluralWord, isFourDigits, pluralAfter, isTitleCase, clauseTokens, RE_PAST_WORD, RE_PLURAL_WORD, RE_PLURAL_AFTER, RE_LONG_WORDS, RE_CLAUSE_TOKENS, tailNameAt, isCapitalisedIn, qualifierBefore, scanReport, scanRuns, starts: () => ({ STARTS, FLAGS, SENT_FIRST, SENT_DIGIT }), countedWordEnd, wordAt: () => WORD_AT, mayMatchAt, MAY_PERCENT, MAY_DATE, MAY_COUNT, PERCENT, lexiconOf, isNamePart, isNamePartIn, isAcronym, isCapitals, kindWordsOf, PLACE_WORD, ORG_WORD, RE_CAPITALS, isRelative, isAdverb, RE_RELATIVE, RE_ADVERB, withoutPossessive, groupDigits, countAtDigit, countMatch: () => ({ nEnd: COUNT_N_END, scAt: COUNT_SC_AT, scEnd: COUNT_SC_END }), COUNT_ASK };
