/**
 * Who speaks in a report: for each sentence, whether it quotes someone
 * directly, reports what someone said, or asserts in the outlet's own voice,
 * and whom it names as the speaker or source (a person with their role, an
 * institution, another outlet, or an unnamed source). Plus a per-report
 * summary: who is quoted or cited, how often, and what share of the text is
 * direct quotation.
 *
 * Rules (docs/lens.md):
 * - Quotations are found per paragraph: "…", “…”, «…» of at least four words
 *   (shorter ones are scare quotes), and Russian-style dash-led speech (a
 *   paragraph opening "- " that closes a quote before an attribution:
 *   `- Their timeline…," military expert X told the newspaper.`), split where the
 *   speaker is named mid-quote (`…," he noted. - Moreover…`).
 * - Cues are searched in each sentence with quotations masked: speech verbs
 *   (said, told, added, noted, warned, reported, writes…), with the speaker
 *   before the verb ("Smith told"), after it ("said department head Lloyd
 *   Austin"), or after "by"/"in" in the passive ("reported by The Washington
 *   Post", "stated in the material of the publication"); "according to X";
 *   "citing X" (the speaker's source, `via`); "It is noted that" (no speaker).
 * - A pronoun ("he", "him") or a description ("the general", "the military
 *   expert", "the Russian diplomat") resolves to the last named person of the
 *   report; "the publication"/"the newspaper" to the last named outlet. A
 *   surname alone resolves to the full name given earlier.
 * - A sentence inside a quotation takes the quotation's speaker: the cue of
 *   the sentence that closes it, else of the sentence that opens it.
 */
import { DEFAULT_PROFILE } from '../../language/bundled';
import type { LanguageProfile } from '../../language/profile';
import { spanIndexOf } from '../../text/phrases';
import { capitalRuns, capitalRunsIn, charRuns, cls, hasSurrogates, L, LU, N, reportRuns, runsOver, S, splitSpaces, type Runs } from './chars';
import type { Attribution, Span, Speaker, SpeakerType, VoiceKind, VoiceResult, VoiceTally } from '../../types';

/** Expressions tested per word or phrase, made once (a `\p{…}` literal in a function is built per evaluation under tsx: see facts/detect.ts). */
const RE_DEMONYM = /^\p{Lu}\p{L}*(?:ian|ean|an|ese|ish|ic)$/u;
const RE_INITIALS = /^(?:\p{L}\.)+$/u;
const RE_LAST_WORD = /(\p{L}+)\s+$/u;
const RE_ADVERB_AFTER = /,\s*\p{L}+ly,\s*$/u;
const RE_BY_AFTER = /,\s*\p{Ll}+ed\s+by\s[^,;"“”]{1,80},\s*$/u;
const RE_NAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+\s*$/u;
const RE_CAPITAL_FIRST = /^\p{Lu}/u;
const RE_NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const RE_SPOKES = /^(?:spokes\p{L}*|aide|adviser|advisor)$/u;
const RE_PERSON_OF = /^(?:\p{Lu}\p{Ll}*\.?\s){1,3}\p{Lu}\p{Ll}+\s+of\s/u;
const CONNECT = new Set(['of', 'the', 'for', 'to', 'in', 'a', 'an']);
const PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** Regular-expression alternatives of a list; a list with nothing matches nothing. */
function alternatives(list: readonly string[]): string {
  return list.length ? list.join('|') : '(?!)';
}

/**
 * What the voices lens reads from a language profile (speech.json, roles.json,
 * institutions.json, outlets.json): speech verbs (the cue), words that end a
 * noun phrase scanned backwards from a verb, adverbs and auxiliaries skipped
 * between a subject and its verb ("X also pointed to"), words a speaker phrase
 * after a cue may hold, descriptions that refer back to a person or an outlet
 * named earlier, unnamed-source nouns, institution words, outlet names, and
 * the words that are roles or adjectives, never part of a person's name.
 */
interface Lexicon {
  speechVerbs: readonly string[];
  cueRe: RegExp;
  /** `cueRe` anchored (flag y): the cue that starts exactly at lastIndex. */
  cueAt: RegExp;
  /** cueRe's first three alternatives, each with its lookahead, anchored (flag y): which one a match of cueAt is (cueKind). */
  fixedAt: RegExp;
  accAt: RegExp;
  citAt: RegExp;
  /** First words (lower case) of the cue phrases when all are ASCII words: cueHits tries the expression only at those. */
  cueStarts?: ReadonlySet<string>;
  /**
   * The words of `cueStarts` by cueKey (first and last letter, length): of a 1,000-sentence report's ~20,000 runs
   * of letters ~1,150 have a phrase's key ("is" and "in" shared "it"'s first letter and length under the key of
   * first letter and length alone: 5,000), and each is compared with its bucket's words unit by unit.
   */
  cueWords?: (readonly string[] | undefined)[];
  /** Matches when some place name occurs in a string (toSpeaker strips places only then). */
  anyPlace: RegExp;
  speechVerbRe: RegExp;
  boundaries: ReadonlySet<string>;
  skip: ReadonlySet<string>;
  speakerPhraseWords: ReadonlySet<string>;
  personNouns: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  unnamedNouns: RegExp;
  institutionWords: RegExp;
  outletCanon: Map<string, string>;
  roleWords: ReadonlySet<string>;
  notDemonyms: ReadonlySet<string>;
  /** Abbreviations written with a dot that stays part of the word ("Sen.", "Mr."). */
  abbrevs: ReadonlySet<string>;
  /** A whole phrase that is a group ("Democrats", "critics"). */
  groupRe: RegExp;
  places: ReadonlySet<string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The cue expression's alternatives before the speech verbs: "it is noted that", "according to", "citing". */
const CUE_FIXED = 'it (?:is|was) (?:noted|reported|said|stated|known) that';
const CUE_ACC = 'according to';
const CUE_CIT = 'citing';

const lexicons = new WeakMap<LanguageProfile, Lexicon>();
function lexiconOf(profile: LanguageProfile): Lexicon {
  let k = lexicons.get(profile);
  if (k) return k;
  const verbs = profile.speechVerbs;
  const outletCanon = new Map<string, string>(profile.outlets.map((o) => [o.toLowerCase(), o]));
  for (const [alias, canon] of Object.entries(profile.outletAliases)) outletCanon.set(alias, canon);
  const cueSource = `(?<![\\p{L}])(?:(?<fixed>${CUE_FIXED})|(?<acc>${CUE_ACC})|(?<cit>${CUE_CIT})|(?<verb>${alternatives(verbs.map((v) => v.replace(' ', '\\s+')))}))(?![\\p{L}])`;
  k = {
    speechVerbs: verbs,
    cueRe: new RegExp(cueSource, 'giu'),
    cueAt: new RegExp(cueSource, 'iuy'),
    fixedAt: new RegExp(`(?:${CUE_FIXED})(?![\\p{L}])`, 'iuy'),
    accAt: new RegExp(`(?:${CUE_ACC})(?![\\p{L}])`, 'iuy'),
    citAt: new RegExp(`(?:${CUE_CIT})(?![\\p{L}])`, 'iuy'),
    cueStarts: verbs.every((v) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(v)) ? new Set(['it', 'according', 'citing', ...verbs.map((v) => v.split(' ')[0]!.toLowerCase())]) : undefined,
    anyPlace: new RegExp([...profile.places].map(escapeRe).join('|') || '(?!)'),
    speechVerbRe: new RegExp(`(?<![\\p{L}])(?:${alternatives(verbs)})(?![\\p{L}])`, 'iu'),
    boundaries: profile.phraseBoundaries,
    skip: profile.skipBeforeVerb,
    speakerPhraseWords: profile.speakerPhraseWords,
    personNouns: profile.personNouns,
    outletNouns: profile.outletNouns,
    unnamedNouns: new RegExp(`\\b(?:${alternatives(profile.unnamedSourceNouns)})\\b`, 'i'),
    institutionWords: new RegExp(`\\b(?:${alternatives([...profile.institutions.common, ...profile.institutions.speakerOnly])})\\b`),
    outletCanon,
    roleWords: new Set([...[...profile.titles].filter((t) => !profile.titlesAlsoSurnames.has(t)), ...profile.nameBreakers]),
    notDemonyms: profile.notDemonyms,
    abbrevs: new Set(profile.abbreviations.always.map((a) => a.toLowerCase())),
    groupRe: new RegExp(`^(?:${alternatives(profile.unnamedSourceNouns)})$`, 'i'),
    places: profile.places,
  };
  if (k.cueStarts) {
    const words: string[][] = (k.cueWords = new Array<string[]>(1 << 15));
    for (const w of k.cueStarts) (words[cueKey(w, 0, w.length)] ??= []).push(w);
  }
  lexicons.set(profile, k);
  return k;
}

interface Phrase extends Span {
  text: string;
}

interface Memory {
  k: Lexicon;
  lastPerson?: Speaker;
  lastOutlet?: Speaker;
  persons: Map<string, Speaker>;
  /** Person speakers in the order they were named (descriptions resolve by role: "the senator"). */
  recent: Speaker[];
  /** People the text names with a title ("President Thomas Hale"), speakers or not. */
  titled: Speaker[];
  /** The first of `titled` by full name, and by last word: lookups that scanned the list (linear in a report's length). */
  titledByName: Map<string, number>;
  titledBySurname: Map<string, number>;
  /** US party-state tags ("R-Ariz.", "(D-N.M.)") blanked out of the masked text, by position. */
  parties: { start: number; end: number; tag: string }[];
  /** Every match of the cue expression over the whole masked text, left to right (cueHits). */
  hits: CueHit[];
  /** cueFrom's last answer: the index in `hits` of the first hit at or after the position it was asked. */
  hitAt: number;
  /** Per role noun of ROLE_FORMS: how far `recent` was read, the last entry that fits, and the titled people that fit. */
  roleFits: Map<string, { read: number; last: number; titled: Speaker[] }>;
  /** speakerFacts by trimmed phrase text. */
  facts: Map<string, SpeakerFacts>;
  /** Resolve speakers with toSpeakerReference (tests). */
  reference?: boolean;
}

/** A match of the cue expression: where, its text, and which alternative matched. */
interface CueHit {
  index: number;
  end: number;
  text: string;
  kind: 'fixed' | 'acc' | 'cit' | 'verb';
}

function cueHit(m: RegExpExecArray): CueHit {
  const g = m.groups!;
  return { index: m.index, end: m.index + m[0].length, text: m[0], kind: g.fixed ? 'fixed' : g.acc ? 'acc' : g.cit ? 'cit' : 'verb' };
}

/**
 * Which alternative of the cue expression matched at `p` (where cueAt matches): the first of them that matches
 * there, as the expression tries them in order, each with the lookahead after it. The first three are tried only
 * where `p` holds their first letter ("i", "a", "c"): under `iu` only its two ASCII cases fold to it (voices.test.ts
 * tries every code unit).
 */
function cueKind(masked: string, p: number, k: Lexicon): CueHit['kind'] {
  const c = masked.charCodeAt(p) | 32;
  if (c === 105 && matchesAt(k.fixedAt, masked, p)) return 'fixed';
  if (c === 97 && matchesAt(k.accAt, masked, p)) return 'acc';
  if (c === 99 && matchesAt(k.citAt, masked, p)) return 'cit';
  return 'verb';
}

/** Whether the anchored (flag y) `re` matches `s` at `p`. */
function matchesAt(re: RegExp, s: string, p: number): boolean {
  re.lastIndex = p;
  return re.test(s);
}

/** The first and last units of the ASCII letters s[p, e) (`& 31`: the same for a letter's two cases) and their length, in 15 bits. */
function cueKey(s: string, p: number, e: number): number {
  return ((s.charCodeAt(p) & 31) << 10) | ((s.charCodeAt(e - 1) & 31) << 5) | Math.min(e - p, 31);
}

/** Whether the ASCII letters s[p, e) are one of `starts` in lower case (`| 32`), by its bucket of cueWords. */
function isCueStart(words: readonly (readonly string[] | undefined)[], s: string, p: number, e: number): boolean {
  const b = words[cueKey(s, p, e)];
  if (b === undefined) return false;
  const n = e - p;
  next: for (let k = 0; k < b.length; k++) {
    const w = b[k]!;
    if (w.length !== n) continue;
    for (let j = 0; j < n; j++) if ((s.charCodeAt(p + j) | 32) !== w.charCodeAt(j)) continue next;
    return true;
  }
  return false;
}

/**
 * The cue expression's matches over the whole masked text, once per report.
 * With ASCII cue phrases, the anchored expression is tried only at the runs of
 * letters (a cue starts after no letter) that are a phrase's first word: an
 * ASCII run is compared in lower case (under `iu` only "ſ" and the Kelvin sign
 * fold into ASCII, and they are not ASCII), any other run is tried as it is.
 * The scan of the whole text took more than the regex word pass.
 */
function cueHits(masked: string, k: Lexicon, reference = false, surrogates = hasSurrogates(masked), letters?: Runs): CueHit[] {
  const out: CueHit[] = [];
  const starts = reference ? undefined : k.cueStarts;
  if (starts && !surrogates) {
    // The letter runs of the text (charRuns; the caller's when it has them): a cue starts at a run's first letter.
    // The caller's may be runsOver's, some of them blanked in `masked`: one whose first unit is no letter there is
    // passed over (a phrase here is ASCII words, and under `iu` only letters match a letter).
    const r = letters ?? charRuns(masked);
    // A run is compared with the phrases' first words in place (isCueStart), not taken out and lowered: the slice,
    // toLowerCase and set lookup of each run that passed the former key and hash were 0.5 of cueHits' 1.2 ms per
    // 3 × 1,000 reports (a copy of it alone over the three masked texts: 1.17 → 0.75 ms).
    const words = k.cueWords!;
    const re = k.cueAt;
    let next = 0;
    for (let i = 0; i < r.count; i++) {
      const p = r.start[i]!;
      if (p < next) continue;
      const e = r.end[i]!;
      if (r.ascii[i] === 1 ? isCueStart(words, masked, p, e) : (cls(masked.charCodeAt(p)) & L) !== 0) {
        // `test`, not `exec`: a match's end is the expression's lastIndex and its alternative is found by cueKind
        // (exec built a match array and a groups object per cue: 0.42 MB per 3 × 1,000 reports).
        re.lastIndex = p;
        if (re.test(masked)) {
          const to = re.lastIndex;
          out.push({ index: p, end: to, text: masked.slice(p, to), kind: cueKind(masked, p, k) });
          next = to;
        }
      }
    }
    return out;
  }
  const re = k.cueRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) !== null) out.push(cueHit(m));
  return out;
}

/** The cue matches of `text` as the lens reads them (`reference`: by the one expression over the whole text); for tests. */
export function cueMatches(text: string, profile: LanguageProfile = DEFAULT_PROFILE, reference = false, letters?: Runs): { index: number; end: number; kind: string }[] {
  return cueHits(text, lexiconOf(profile), reference, hasSurrogates(text), letters).map(({ index, end, kind }) => ({ index, end, kind }));
}

/**
 * The match an `exec` of the cue expression from `from` returns, if it starts
 * before `limit`: what findCue asked per sentence, and each such exec ran on
 * past the sentence to the next cue of the text (a report with a cue every
 * fifth sentence read five sentences per sentence: findCue was 84 ms of a
 * 3 × 1,000-sentence profile). Read from the whole-text matches instead: the
 * first match at or after `from` is the first whole-text one there unless a
 * whole-text match runs across `from` (a cue written across a sentence start);
 * then the anchored expression is tried at each position up to the next
 * whole-text match (the leftmost match from `from` cannot start later).
 */
function cueFrom(masked: string, from: number, limit: number, mem: Memory): CueHit | undefined {
  const hits = mem.hits;
  // The first hit at or after `from`: findCue asks in text order (sentence by sentence, and on from each cue), so
  // read on from the last answer (mem.hitAt) rather than by a binary search per call (~3,600 per 3 × 1,000
  // reports); by the search where `from` went back.
  let lo = mem.hitAt;
  if (lo > 0 && hits[lo - 1]!.index >= from) {
    lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.index < from) lo = mid + 1;
      else hi = mid;
    }
  } else while (lo < hits.length && hits[lo]!.index < from) lo++;
  mem.hitAt = lo;
  const next = hits[lo];
  const prev = hits[lo - 1];
  if (prev && prev.end > from) {
    const stop = Math.min(limit, next ? next.index : Infinity, masked.length);
    const re = mem.k.cueAt;
    for (let p = from; p < stop; p++) {
      re.lastIndex = p;
      const m = re.exec(masked);
      if (m) return cueHit(m);
    }
  }
  return next && next.index < limit ? next : undefined;
}

interface Cue {
  cue: Span;
  speaker?: Speaker;
}

interface QuoteRange extends Span {
  /** Position of the opening mark (or dash) and just after the closing mark. */
  open: number;
  close: number;
  /** Start of the paragraph it lies in. */
  para?: number;
  /** True when the paragraph ends before the quotation closes (a quotation continued in the next paragraph). */
  unclosed?: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|\([\p{Lu}\p{N}]{2,}\)/gu;

/**
 * `parties.find((x) => x.start >= pos && x.start - pos <= 2)` by binary search (the tags are in text order): a
 * scan per name made the lens quadratic in a report's length.
 */
function partyAfter(parties: Memory['parties'], pos: number): Memory['parties'][number] | undefined {
  let lo = 0;
  let hi = parties.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parties[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  const x = parties[lo];
  return x && x.start - pos <= 2 ? x : undefined;
}

const PARTY_SOURCE = '(?=[,\\s(])(,\\s*|\\s*\\()([RDI])-([A-Z][A-Za-z.]{0,8}?)(\\.?)(\\)|(?=,)|(?=[\\s"”]|$))';
const PARTY_RE = new RegExp(PARTY_SOURCE, 'gu');
const PARTY_AT = new RegExp(PARTY_SOURCE, 'uy');

/**
 * US party-state tags ("Sen. Jane Doe, R-Ariz., said", "(D-N.M.)"): the
 * matches of PARTY_RE over `text`, each with its tag ("R-Ariz."). The global
 * expression tried its lookahead at every white space of the text (the
 * replace was 5 ms of 3 × 1,000 sentences under load, a third of the regex word
 * pass); a match holds "R-", "D-" or "I-", and its start is fixed by that
 * letter: the comma before the white space before it, or the first of the
 * white space before a "(" right before it (the tail after the letter is the
 * same from any of those starts). So the anchored expression is tried only
 * there, at or after the end of the match before, in text order.
 */
export function partyTags(text: string, reference = false): { start: number; end: number; tag: string }[] {
  const out: { start: number; end: number; tag: string }[] = [];
  const push = (m: RegExpExecArray) => out.push({ start: m.index, end: m.index + m[0].length, tag: `${m[2]}-${m[3]}${m[4]}` });
  if (reference) {
    PARTY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PARTY_RE.exec(text)) !== null) push(m);
    return out;
  }
  const space = (i: number) => (cls(text.charCodeAt(i)) & S) !== 0;
  let done = 0;
  for (let h = text.indexOf('-', 1); h >= 0; h = text.indexOf('-', h + 1)) {
    const q = h - 1;
    const c = text.charCodeAt(q);
    if (c !== 82 && c !== 68 && c !== 73) continue;
    let p: number;
    if (q > 0 && text.charCodeAt(q - 1) === 40) {
      p = q - 1;
      while (p > 0 && space(p - 1)) p--;
      p = Math.max(p, done);
      if (p > q - 1) continue;
    } else {
      let w = q;
      while (w > 0 && space(w - 1)) w--;
      if (w === 0 || text.charCodeAt(w - 1) !== 44 || w - 1 < done) continue;
      p = w - 1;
    }
    PARTY_AT.lastIndex = p;
    const m = PARTY_AT.exec(text);
    if (!m) continue;
    push(m);
    done = m.index + m[0].length;
  }
  return out;
}

function isDemonym(w: string, k: Lexicon): boolean {
  return RE_DEMONYM.test(w) && !k.notDemonyms.has(w);
}

/**
 * The words of text[start, end) as `WORD_RE` reads them (wordsInReference), by char codes: the expression over a
 * slice per cue (up to 200 characters after it, the last words before it) was most of wordsIn's time. A
 * surrogate in the range sends it to the expression.
 */
export function wordsIn(text: string, start: number, end: number, abbrevs?: ReadonlySet<string>): Phrase[] {
  const out: Phrase[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) return wordsInReference(text, start, end, abbrevs);
    if ((cls(c) & (L | N)) !== 0) {
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if ((d & 0xf800) === 0xd800) return wordsInReference(text, start, end, abbrevs);
        if ((cls(d) & (L | N)) === 0 && d !== 39 && d !== 0x2019 && d !== 46 && d !== 45) break;
      }
      let e = j;
      // A sentence-final dot is not part of the word (but "U.S." keeps its dots).
      if (text.charCodeAt(j - 1) === 46 && !lettersAndDots(text, i, j) && !abbrevs?.has(text.slice(i, j - 1).toLowerCase())) e = j - 1;
      out.push({ start: i, end: e, text: text.slice(i, e) });
      i = j;
      continue;
    }
    if (c === 40) {
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if ((d & 0xf800) === 0xd800) return wordsInReference(text, start, end, abbrevs);
        if ((cls(d) & (LU | N)) === 0) break;
      }
      if (j - i - 1 >= 2 && j < end && text.charCodeAt(j) === 41) {
        out.push({ start: i, end: j + 1, text: text.slice(i, j + 1) });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** `/^(?:\p{L}\.)+$/u` over text[i, j) (no surrogates): letter, dot, letter, dot… */
function lettersAndDots(text: string, i: number, j: number): boolean {
  if ((j - i) % 2 !== 0) return false;
  for (let p = i; p < j; p += 2) if ((cls(text.charCodeAt(p)) & L) === 0 || text.charCodeAt(p + 1) !== 46) return false;
  return true;
}

/** wordsIn by the expression `WORD_RE` over the slice (the reference, and the reading of text with surrogates). */
export function wordsInReference(text: string, start: number, end: number, abbrevs?: ReadonlySet<string>): Phrase[] {
  const out: Phrase[] = [];
  WORD_RE.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice)) !== null) {
    let w = m[0];
    // A sentence-final dot is not part of the word (but "U.S." keeps its dots).
    if (w.endsWith('.') && !RE_INITIALS.test(w) && !abbrevs?.has(w.slice(0, -1).toLowerCase())) w = w.slice(0, -1);
    out.push({ start: start + m.index, end: start + m.index + w.length, text: w });
  }
  return out;
}

/**
 * `/(\p{L}+)\s+$/u.exec(text.slice(lo, end))` as { word: group 1, length: of the match }: the letters right before
 * the white space that ends the slice, read back from `end` by char codes (tried at each of 30 positions, the
 * expression ran twice per cue); a surrogate where a letter may be read goes to the expression.
 */
export function wordThenSpace(text: string, lo: number, end: number, reference = false): { word: string; length: number } | undefined {
  if (!reference) {
    let a = end;
    while (a > lo && (cls(text.charCodeAt(a - 1)) & S) !== 0) a--;
    if (a === end) return undefined;
    let b = a;
    let c = 0;
    while (b > lo && ((c = text.charCodeAt(b - 1)) < 0xd800 || c > 0xdfff) && (cls(c) & L) !== 0) b--;
    if (b === lo || c < 0xd800 || c > 0xdfff) return b === a ? undefined : { word: text.slice(b, a), length: end - b };
  }
  const m = RE_LAST_WORD.exec(text.slice(lo, end));
  return m ? { word: m[1]!, length: m[0].length } : undefined;
}

/** Whether `text` within [from, end) ends with a comma and white space only (`/,\s*$/` over that slice). */
export function endsWithComma(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && (cls(text.charCodeAt(i - 1)) & S) !== 0) i--;
  return i > from && text.charCodeAt(i - 1) === 44;
}

/**
 * The last words of wordsIn(text, from, end), at least `n` of them when there
 * are (fewer only when these are all). phraseBefore reads only the last 12,
 * and tokenising from the sentence start to each cue was most of wordsIn's
 * time. A word never holds white space, so words after a white-space
 * character are the same whether the slice starts there or at `from`: the
 * slice starts at white space about `n` runs of non-space back, twice as far
 * while that gives fewer than `n` words.
 */
export function lastWordsIn(text: string, from: number, end: number, n: number, abbrevs?: ReadonlySet<string>): Phrase[] {
  for (let runs = n; ; runs *= 2) {
    let c = end;
    let seen = 0;
    // By char codes (`/\s/.test` per character was 5 ms of a 3 × 1,000 profile); a surrogate half is no white space.
    while (c > from) {
      if ((cls(text.charCodeAt(c - 1)) & S) !== 0 && c < end && (cls(text.charCodeAt(c)) & S) === 0 && ++seen >= runs) break;
      c--;
    }
    // `c > from`: text[c - 1] is white space and the words of [c - 1, end) are the last words of [from, end).
    const ws = wordsIn(text, c > from ? c - 1 : from, end, abbrevs);
    if (ws.length >= n || c <= from) return ws;
  }
}

/** The noun phrase that ends right before `pos` (same clause), or undefined. */
/** `reference`: the words read as they were (the last 13 at once), for the test that holds the two to one another. */
function phraseBefore(text: string, from: number, pos: number, k: Lexicon, reference = false): (Phrase & { role?: string }) | undefined {
  let end = pos;
  // Skip adverbs and auxiliaries: "Smith also pointed to", "Trump has repeatedly said".
  for (;;) {
    const m = wordThenSpace(text, Math.max(from, end - 30), end);
    if (!m || !k.skip.has(m.word.toLowerCase())) break;
    end -= m.length;
  }
  // The parenthetical, the inserts and the trailing comma below all end in `,\s*` right before `end`: without that
  // comma none can match, and the expressions (tried at every position of up to 160 characters, as V8 does not run
  // an expression anchored at `$` from the end) are skipped.
  let comma = endsWithComma(text, from, end);
  // "The Times, citing sources, reported": skip the parenthetical.
  // Each expression below is tried only where the slice holds a literal it needs ("citing", "wh", "ly,", "by"; none
  // of them has the `i` flag): a native substring search of at most 160 units, where the expression is run from
  // every position of the slice.
  const parenText = comma ? text.slice(Math.max(from, end - 120), end) : '';
  const paren = comma && parenText.includes('citing') ? /,\s*citing[^,"]*,\s*$/u.exec(parenText) : null;
  if (paren) {
    end -= paren[0].length;
    comma = endsWithComma(text, from, end);
  }
  // "Delgado, who led the opposition, said", "X, a longtime ally of Y, admitted",
  // "Democrats, predictably, insisted", "Supporters, led by X, claimed": the subject is before the insert.
  let insertRole: string | undefined;
  for (let n = 0; n < 3 && comma; n++) {
    const before = text.slice(Math.max(from, end - 160), end);
    const m =
      (before.includes('wh') ? /(?:,\s*|\s+)(?:who|which)\s[^,;"“”]{1,100},\s*$/u.exec(before) : null) ??
      (before.includes('ly,') ? RE_ADVERB_AFTER.exec(before) : null) ??
      (before.includes('by') ? RE_BY_AFTER.exec(before) : null);
    if (m) {
      end -= m[0].length;
      comma = endsWithComma(text, from, end);
      continue;
    }
    const app = /,\s*((?:a|an|the)\s[^,;"“”]{2,100}),\s*$/iu.exec(before);
    if (app && RE_NAME_BEFORE.test(text.slice(Math.max(from, end - app[0].length - 40), end - app[0].length))) {
      insertRole = app[1];
      end -= app[0].length;
      comma = endsWithComma(text, from, end);
      continue;
    }
    break;
  }
  let appositive = false;
  const trailingComma = comma ? /,\s*$/.exec(text.slice(Math.max(from, end - 5), end)) : null;
  if (trailingComma) {
    end -= trailingComma[0].length;
    appositive = true;
  }
  // The phrase is read back from `end` over at most 12 words, and most stop at a boundary within a few: the last
  // 4 words first, the last 13 only when those 4 were read through (lastWordsIn(…, 13) was 0.70 of phraseBefore's
  // 1.24 ms over the 753 calls of 3 × 1,000 reports, with 13 Phrase objects and slices per call). The words read
  // are the same: each call's words are the last words of [from, end), the shorter a suffix of the longer.
  let ws = lastWordsIn(text, from, end, reference ? 13 : 4, k.abbrevs);
  let first = phraseFirst(text, end, ws, k, !reference);
  if (first === -2) {
    ws = lastWordsIn(text, from, end, 13, k.abbrevs);
    first = phraseFirst(text, end, ws, k, false);
  }
  if (first < 0) return undefined;
  const phrase: Phrase & { role?: string } = { start: ws[first]!.start, end: ws[ws.length - 1]!.end, text: '' };
  phrase.text = text.slice(phrase.start, phrase.end);
  if (insertRole) phrase.role = insertRole;
  // "Sen. Mark Ellison, the Arizona Republican, told": the name before the description.
  // `/^(?:the|a|an)\s/iu.test(phrase.text)`: stripArticle strips exactly where that matches (under `iu` no other
  // unit folds into these letters), and returns the text itself where it does not.
  if (stripArticle(phrase.text) !== phrase.text) {
    const lead = /,\s*$/u.exec(text.slice(Math.max(from, phrase.start - 3), phrase.start));
    if (lead) {
      const name = phraseBefore(text, from, phrase.start - lead[0].length, k, reference);
      if (name && RE_CAPITAL_FIRST.test(name.text) && splitPerson(name.text, k)) return { ...name, role: phrase.text };
    }
  }
  // "the first deputy permanent representative …, Dmitriy Polyanskiy, said": the role before the name.
  if (appositive) {
    const lead = /(?:^|[,;:]\s*)((?:the|a|an)\s[^,;:"]{3,120}),\s*$/iu.exec(text.slice(Math.max(from, phrase.start - 140), phrase.start));
    if (lead) phrase.role = lead[1]!;
  }
  return phrase;
}

/**
 * The index in `ws` (the last words before `end`) of the first word of the phrase phraseBefore reads back from
 * `end` (at most 12 words, up to a boundary word or a pronoun, leading connectors other than "the" dropped), -1
 * when there is none; with `short`, -2 where every word of a `ws` of 4 to 11 words was read (words before them,
 * if any, may belong to the phrase: the caller reads more).
 */
function phraseFirst(text: string, end: number, ws: readonly Phrase[], k: Lexicon, short: boolean): number {
  let i = ws.length - 1;
  // The words must run up to `end` with only spaces between them.
  if (i < 0 || !blankBetween(text, ws[i]!.end, end)) return -1;
  let first = i + 1;
  while (i >= 0 && ws.length - i <= 12) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (next && !blankBetween(text, w.end, next.start)) break;
    const lower = w.text.toLowerCase();
    if (k.boundaries.has(lower) && !(i === ws.length - 1 && PRONOUNS.has(lower))) break;
    first = i;
    if (PRONOUNS.has(lower)) break;
    i--;
  }
  if (short && i < 0 && ws.length >= 4 && ws.length < 12) return -2;
  // Leading connectors other than "the" are not part of the phrase.
  while (first < ws.length && CONNECT.has(ws[first]!.text.toLowerCase()) && ws[first]!.text.toLowerCase() !== 'the') first++;
  return first >= ws.length ? -1 : first;
}

/**
 * `text.slice(a, b).trim() === ''` without the slice: only white space in [a, b) (trim's white space and line
 * terminators are `\s`, the S class; a surrogate is neither). Asked between every two words of a speaker phrase.
 */
export function blankBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if ((cls(text.charCodeAt(i)) & S) === 0) return false;
  return true;
}

/** The noun phrase that starts at `pos` ("department head Lloyd Austin", "the American media"), with an appositive role. */
function phraseAfter(text: string, pos: number, to: number, k: Lexicon): { phrase: Phrase; role?: string } | undefined {
  const ws = wordsIn(text, pos, Math.min(to, pos + 200), k.abbrevs);
  let last = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && !blankBetween(text, ws[i - 1]!.end, w.start)) break;
    if (i === 0 && !blankBetween(text, pos, w.start)) break;
    const lower = w.text.toLowerCase();
    if (PRONOUNS.has(lower)) {
      if (i === 0) last = 0;
      break;
    }
    const ok = RE_CAPITAL_FIRST.test(w.text) || /^\(/.test(w.text) || k.speakerPhraseWords.has(lower) || k.personNouns.has(lower) || k.outletNouns.has(lower) || k.unnamedNouns.test(w.text) || k.roleWords.has(lower);
    if (!ok) break;
    last = i;
  }
  while (last >= 0 && /^(?:the|a|an|of|in|for|to|with|and)$/i.test(ws[last]!.text)) last--;
  if (last < 0) return undefined;
  const phrase = { start: ws[0]!.start, end: ws[last]!.end, text: text.slice(ws[0]!.start, ws[last]!.end) };
  const app = /^\s*,\s+((?:a|an|the)\s[^,.;"]+?)(?=[.;,"]|$)/iu.exec(text.slice(phrase.end, to));
  return app ? { phrase, role: app[1] } : { phrase };
}

/**
 * `s.replace(/^(?:the|a|an)\s+/i, '')` by char codes (stripArticleReference): speakerFacts and outletName ask it of
 * most phrases, up to four times, and a replace builds its result through the expression's match. Without `u`, `i`
 * folds no other character into these ASCII letters, and `\s` is the S class.
 */
export function stripArticle(s: string): string {
  const n = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0) | 32;
  if (c0 === 116 && n > 3 && (s.charCodeAt(1) | 32) === 104 && (s.charCodeAt(2) | 32) === 101) i = 3;
  else if (c0 === 97) i = n > 2 && (s.charCodeAt(1) | 32) === 110 && (cls(s.charCodeAt(1)) & S) === 0 ? 2 : 1;
  else return s;
  // "an" when the unit after "a" is an "n" (not white space); "a" then needs white space right after it.
  if (i >= n || (cls(s.charCodeAt(i)) & S) === 0) return s;
  while (i < n && (cls(s.charCodeAt(i)) & S) !== 0) i++;
  return s.slice(i);
}

/** The expression stripArticle reads by hand (the reference; toSpeakerReference reads it). */
export function stripArticleReference(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/i, '');
}

/** `splitSpaces(s).pop()`: the piece after the last white space (S class) of `s`, all of it when none. */
function lastPiece(s: string): string {
  let b = s.length;
  while (b > 0 && (cls(s.charCodeAt(b - 1)) & S) === 0) b--;
  return b === 0 ? s : s.slice(b);
}

/**
 * splitPerson by phrase, per lexicon: it depends on the text alone, and the same phrases come back cue after cue
 * and run after run (a speaker named in every paragraph). Cleared when full, so it stays small.
 */
const splitMemo = new WeakMap<Lexicon, Map<string, { name: string; role?: string } | null>>();

/** Person name and role from a phrase like "Belarusian First Deputy Defense Minister John Smith". */
function splitPerson(text: string, lex: Lexicon): { name: string; role?: string } | undefined {
  let memo = splitMemo.get(lex);
  if (!memo) splitMemo.set(lex, (memo = new Map()));
  let r = memo.get(text);
  if (r === undefined) {
    if (memo.size >= 8192) memo.clear();
    memo.set(text, (r = splitPersonOnce(text, lex) ?? null));
  }
  // A fresh object per call: callers may keep it (the memo's copy stays as computed).
  return r === null ? undefined : r.role === undefined ? { name: r.name } : { name: r.name, role: r.role };
}

function splitPersonOnce(text: string, lex: Lexicon): { name: string; role?: string } | undefined {
  const of = /^(.+?)\s+(of\s.+)$/u.exec(text);
  const head = of ? of[1]! : text;
  const words = splitSpaces(head);
  let k = words.length;
  while (k > 0 && words.length - k < 2) {
    const w = words[k - 1]!;
    if (!RE_NAME_WORD.test(w) || lex.roleWords.has(w.toLowerCase()) || isDemonym(w, lex)) break;
    k--;
  }
  if (k === words.length) return undefined;
  const name = words.slice(k).join(' ');
  const role = [words.slice(0, k).join(' '), of?.[2] ?? ''].filter((s) => s !== '').join(' ');
  return role ? { name, role } : { name };
}

/**
 * A necessary condition for a capitalised run to be a titled person in
 * detectVoices: three words or more, the third from the end (less a final
 * dot, in lower case) a role word. splitPerson of such a run takes at most the
 * last two words as the name, so the role ends with that third word.
 */
function titledRun(run: string, lex: Lexicon): boolean {
  let e = run.length;
  for (let n = 0; n < 2; n++) {
    while (e > 0 && (cls(run.charCodeAt(e - 1)) & S) === 0) e--;
    if (e === 0) return false;
    while (e > 0 && (cls(run.charCodeAt(e - 1)) & S) !== 0) e--;
  }
  let b = e;
  while (b > 0 && (cls(run.charCodeAt(b - 1)) & S) === 0) b--;
  if (b === e) return false;
  const w = run.charCodeAt(e - 1) === 46 ? run.slice(b, e - 1) : run.slice(b, e);
  return lex.roleWords.has(w.toLowerCase());
}

function outletName(text: string, k: Lexicon): string | undefined {
  const t = text.trim();
  const bare = stripArticle(t);
  // Without an article to strip (most phrases, asked twice per named person) the second key is the first.
  return k.outletCanon.get(t.toLowerCase()) ?? (bare === t ? undefined : k.outletCanon.get(bare.toLowerCase()));
}

/**
 * What toSpeaker reads from a phrase's text alone (the lexicon's sets and
 * expressions over it), as the branch it takes and the values it needs there;
 * the memory-dependent part (pronouns, "the senator", people met before, party
 * tags) stays in toSpeaker. The same phrases come back cue after cue (a
 * speaker named in every paragraph): these ~12 expressions and splits per cue
 * were about 40 ms of a 3 × 1,000 analysis (toSpeaker, 39 ms self in a loaded
 * profile). Kept per report (Memory), so a cold analysis pays for each
 * distinct phrase once.
 */
interface SpeakerFacts {
  raw: string;
  pronoun: boolean;
  /** "the <noun>" of four words or fewer naming nobody: personNoun / outletNoun of its head noun. */
  theNoun?: string;
  thePerson: boolean;
  theOutlet: boolean;
  /** The possessive split ("X's Y"): owner X, and whether the phrase is unnamed via X, else its type. */
  possOwner?: string;
  possType?: SpeakerType;
  /** A possessive that is not "X's Y" ("Hale's"): never a speaker. */
  none: boolean;
  /** A speaker decided by the text alone (group, outlet, outlet noun, institution, unnamed, capitalised). */
  fixed?: { name: string; type: SpeakerType };
  /** A person's name and role (splitPerson), when the phrase names one. */
  person?: { name: string; role?: string };
  surname?: string;
  oneWord: boolean;
}

/** Whether a word after the first of `raw`, its place names taken out, is capitalised and neither a demonym nor a role word. */
function namesSomeone(raw: string, k: Lexicon): boolean {
  let unplaced = raw;
  if (k.anyPlace.test(raw)) for (const place of k.places) if (unplaced.includes(place)) unplaced = unplaced.split(place).join('');
  return splitSpaces(unplaced).some((w, i) => i > 0 && RE_CAPITAL_FIRST.test(w) && !isDemonym(w, k) && !k.roleWords.has(w.toLowerCase()));
}

/**
 * `/^the\s/i.test(s)` by char codes (without `u`, `i` folds no other unit into an ASCII letter; `\s` is the S
 * class), and a necessary condition of `/\bmedia$/i.test(s)`: its last five units "media" in either case. Asked of
 * every phrase speakerFacts reads (voices.test.ts holds them to the expressions).
 */
export function startsThe(s: string): boolean {
  return s.length > 3 && (s.charCodeAt(0) | 32) === 116 && (s.charCodeAt(1) | 32) === 104 && (s.charCodeAt(2) | 32) === 101 && (cls(s.charCodeAt(3)) & S) !== 0;
}
export function endsMedia(s: string): boolean {
  const n = s.length;
  return n >= 5 && (s.charCodeAt(n - 5) | 32) === 109 && (s.charCodeAt(n - 4) | 32) === 101 && (s.charCodeAt(n - 3) | 32) === 100 && (s.charCodeAt(n - 2) | 32) === 105 && (s.charCodeAt(n - 1) | 32) === 97;
}

function speakerFacts(raw: string, k: Lexicon): SpeakerFacts {
  const lower = raw.toLowerCase();
  const f: SpeakerFacts = { raw, pronoun: PRONOUNS.has(lower), thePerson: false, theOutlet: false, none: false, oneWord: false };
  if (f.pronoun) return f;
  const words = splitSpaces(stripArticle(lower));
  const headNoun = words[words.length - 1]!;
  // Whether the phrase names someone is asked only of "the …" of four words or fewer, the one test that reads it
  // (it was read of every phrase: the place search and a split and expressions per word).
  if (startsThe(raw) && words.length <= 4 && !namesSomeone(raw, k)) {
    f.theNoun = headNoun;
    f.thePerson = k.personNouns.has(headNoun);
    f.theOutlet = k.outletNouns.has(headNoun);
  }
  // Both possessive expressions need an apostrophe: most phrases have none, and skip them.
  const apostrophe = raw.indexOf("'") >= 0 || raw.indexOf('\u2019') >= 0;
  const poss = apostrophe ? /^(.+?)['’]s\s+(.+)$/u.exec(raw) : null;
  if (poss && k.unnamedNouns.test(poss[2]!)) {
    f.possOwner = poss[1]!;
    f.possType = 'unnamed';
    return f;
  }
  if (poss || (apostrophe && /['’]s$/u.test(raw))) {
    if (!poss) {
      f.none = true;
      return f;
    }
    const head = lastPiece(poss[2]!).toLowerCase();
    f.possOwner = poss[1]!;
    f.possType = k.personNouns.has(head) || RE_SPOKES.test(head) ? 'unnamed' : 'institution';
    return f;
  }
  if (k.groupRe.test(lastPiece(raw))) return (f.fixed = { name: raw, type: 'unnamed' }), f;
  const outlet = outletName(raw, k);
  if (outlet) return (f.fixed = { name: outlet, type: 'outlet' }), f;
  if (k.outletNouns.has(headNoun) || (endsMedia(raw) && /\bmedia$/i.test(raw))) return (f.fixed = { name: raw, type: 'unnamed' }), f;
  const person = splitPerson(raw, k);
  const personFirst = person && (/\sof\s/.test(raw) ? RE_PERSON_OF.test(raw) : true);
  if (person && personFirst && !k.institutionWords.test(person.name) && !outletName(person.name, k)) {
    f.person = person;
    // `split(' ').pop()` and `split(' ').length === 1` without the array of pieces.
    f.surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
    f.oneWord = person.name.indexOf(' ') < 0;
    return f;
  }
  if (k.institutionWords.test(raw)) return (f.fixed = { name: stripArticle(raw).replace(/\s*\([^)]*\)$/u, ''), type: 'institution' }), f;
  if (k.unnamedNouns.test(raw) || /\b(?:source|official|expert)\b/i.test(raw)) return (f.fixed = { name: raw, type: 'unnamed' }), f;
  if (RE_CAPITAL_FIRST.test(stripArticle(raw))) return (f.fixed = { name: stripArticle(raw).replace(/\s*\([^)]*\)$/u, ''), type: 'institution' }), f;
  f.none = true;
  return f;
}

/** Classify and resolve a phrase naming a speaker (toSpeakerReference read through speakerFacts, memoised per report). */
function toSpeaker(p: Phrase, mem: Memory, role?: string): Speaker | undefined {
  if (mem.reference) return toSpeakerReference(p, mem, role);
  const raw = p.text.trim();
  let f = mem.facts.get(raw);
  if (f === undefined) mem.facts.set(raw, (f = speakerFacts(raw, mem.k)));
  const mention = { start: p.start, end: p.end };
  if (f.pronoun) return mem.lastPerson ? { ...withoutMention(mem.lastPerson), mention, resolved: true } : undefined;
  if (f.theNoun !== undefined) {
    if (f.thePerson) {
      const byRole = resolveByRole(f.theNoun, mem);
      if (byRole) return { ...withoutMention(byRole), mention, resolved: true };
    }
    if (f.theOutlet && mem.lastOutlet) return { ...withoutMention(mem.lastOutlet), mention, resolved: true };
  }
  if (f.possOwner !== undefined) {
    const owner = toSpeaker({ start: p.start, end: p.start + f.possOwner.length, text: f.possOwner }, mem);
    const s: Speaker = { name: raw, type: f.possType!, mention };
    if (owner) s.via = owner;
    return s;
  }
  if (f.fixed) return { name: f.fixed.name, type: f.fixed.type, mention };
  const person = f.person;
  if (!person) return undefined;
  const surname = f.surname!;
  const known = mem.persons.get(surname);
  if (known && f.oneWord) return { ...withoutMention(known), mention };
  const byName = mem.titledByName.get(person.name);
  const bySurname = f.oneWord ? mem.titledBySurname.get(surname) : undefined;
  const first = byName === undefined ? bySurname : bySurname === undefined ? byName : Math.min(byName, bySurname);
  const titled = first === undefined ? undefined : mem.titled[first];
  if (titled && !known) {
    mem.persons.set(surname, titled);
    if (f.oneWord) return { ...titled, mention };
  }
  return personSpeaker(mem, p, person, surname, titled, known, role, mention);
}

/**
 * `s.replace(/,\s*$/, '')` by char codes: a comma with only white space (`\s` of one unit: the S class) after it to
 * the end of `s`, dropped with that space (there is at most one such comma: one after it would not be white space).
 * personSpeaker asked the expression of each role part and of the role (an expression tried from every position).
 */
export function dropTrailingComma(s: string): string {
  let e = s.length;
  while (e > 0 && (cls(s.charCodeAt(e - 1)) & S) !== 0) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44 ? s.slice(0, e - 1) : s;
}

/** The spaces (' ') in `s`: `s.split(' ').length - 1`. */
function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * A named person's speaker, once toSpeaker (or its reference) has found who was met before: its role is
 * the titled form's, the phrase's own, a party tag after it and the cue's, each kept once; the report's
 * memory of the surname is updated when this mention says more.
 */
function personSpeaker(
  mem: Memory,
  p: Phrase,
  person: NonNullable<ReturnType<typeof splitPerson>>,
  surname: string,
  titled: Speaker | undefined,
  known: Speaker | undefined,
  role: string | undefined,
  mention: { start: number; end: number },
): Speaker {
  const s: Speaker = { name: person.name, type: 'person', mention };
  const party = partyAfter(mem.parties, p.end);
  const parts: string[] = [];
  for (const x of [titled?.role, person.role, party?.tag, role]) {
    const t = x === undefined ? undefined : dropTrailingComma(x).trim();
    if (!t || parts.some((q) => q.includes(t))) continue;
    const within = parts.findIndex((q) => t.includes(q));
    if (within >= 0) parts[within] = t;
    else parts.push(t);
  }
  const r = parts.length ? parts.join(', ') : undefined;
  if (r) s.role = dropTrailingComma(r);
  if (!known || spaces(known.name) < spaces(person.name) || (!known.role && s.role)) mem.persons.set(surname, withoutMention(s));
  else return { ...withoutMention(known), mention };
  return s;
}

/** Classify and resolve a phrase naming a speaker: the reference toSpeaker is held to (detectVoices with `reference`). */
function toSpeakerReference(p: Phrase, mem: Memory, role?: string): Speaker | undefined {
  const k = mem.k;
  const raw = p.text.trim();
  const lower = raw.toLowerCase();
  const mention = { start: p.start, end: p.end };
  if (PRONOUNS.has(lower)) {
    return mem.lastPerson ? { ...withoutMention(mem.lastPerson), mention, resolved: true } : undefined;
  }
  const words = stripArticleReference(lower).split(/\s+/);
  const headNoun = words[words.length - 1]!;
  let unplaced = raw;
  // Nothing to strip unless some place occurs (one expression, not a scan of every place per phrase).
  if (k.anyPlace.test(raw)) for (const place of k.places) if (unplaced.includes(place)) unplaced = unplaced.split(place).join('');
  const named = unplaced.split(/\s+/).some((w, i) => i > 0 && RE_CAPITAL_FIRST.test(w) && !isDemonym(w, k) && !k.roleWords.has(w.toLowerCase()));
  if (/^the\s/i.test(raw) && words.length <= 4 && !named) {
    if (k.personNouns.has(headNoun)) {
      const byRole = resolveByRole(headNoun, mem);
      if (byRole) return { ...withoutMention(byRole), mention, resolved: true };
    }
    if (k.outletNouns.has(headNoun) && mem.lastOutlet) return { ...withoutMention(mem.lastOutlet), mention, resolved: true };
  }

  // "The publication's sources": unnamed, via the outlet.
  const poss = /^(.+?)['’]s\s+(.+)$/u.exec(raw);
  if (poss && k.unnamedNouns.test(poss[2]!)) {
    const owner = toSpeaker({ start: p.start, end: p.start + poss[1]!.length, text: poss[1]! }, mem);
    const s: Speaker = { name: raw, type: 'unnamed', mention };
    if (owner) s.via = owner;
    return s;
  }
  // Any other possessive is never a person's name: "Ellison's office" (an institution), "Hale's spokeswoman" (unnamed).
  if (poss || /['’]s$/u.test(raw)) {
    if (!poss) return undefined;
    const owner = toSpeaker({ start: p.start, end: p.start + poss[1]!.length, text: poss[1]! }, mem);
    const head = poss[2]!.split(/\s+/).pop()!.toLowerCase();
    const s: Speaker = { name: raw, type: k.personNouns.has(head) || RE_SPOKES.test(head) ? 'unnamed' : 'institution', mention };
    if (owner) s.via = owner;
    return s;
  }
  // A group, not a person: "Democrats", "Critics", "Immigration lawyers".
  if (k.groupRe.test(raw.split(/\s+/).pop()!)) return { name: raw, type: 'unnamed', mention };
  const outlet = outletName(raw, k);
  if (outlet) return { name: outlet, type: 'outlet', mention };
  if (k.outletNouns.has(headNoun) || /\bmedia$/i.test(raw)) return { name: raw, type: 'unnamed', mention };
  const person = splitPerson(raw, k);
  const personFirst = person && (/\sof\s/.test(raw) ? RE_PERSON_OF.test(raw) : true);
  if (person && personFirst && !k.institutionWords.test(person.name) && !outletName(person.name, k)) {
    const surname = person.name.split(' ').pop()!;
    const known = mem.persons.get(surname);
    if (known && person.name.split(' ').length === 1) return { ...withoutMention(known), mention };
    // mem.titled.find((t) => t.name === person.name || (one word && t's last word === surname)), by index.
    const byName = mem.titledByName.get(person.name);
    const bySurname = person.name.split(' ').length === 1 ? mem.titledBySurname.get(surname) : undefined;
    const first = byName === undefined ? bySurname : bySurname === undefined ? byName : Math.min(byName, bySurname);
    const titled = first === undefined ? undefined : mem.titled[first];
    if (titled && !known) {
      mem.persons.set(surname, titled);
      if (person.name.split(' ').length === 1) return { ...titled, mention };
    }
    return personSpeaker(mem, p, person, surname, titled, known, role, mention);
  }
  if (k.institutionWords.test(raw)) return { name: stripArticleReference(raw).replace(/\s*\([^)]*\)$/u, ''), type: 'institution', mention };
  if (k.unnamedNouns.test(raw) || /\b(?:source|official|expert)\b/i.test(raw)) return { name: raw, type: 'unnamed', mention };
  if (RE_CAPITAL_FIRST.test(stripArticleReference(raw))) return { name: stripArticleReference(raw).replace(/\s*\([^)]*\)$/u, ''), type: 'institution', mention };
  return undefined;
}

/** Abbreviated titles of a role noun ("senator" → "Sen."), and party letters ("republican" → "R-"). */
const ROLE_FORMS: Record<string, RegExp> = {
  senator: /\b(?:sen\.?|senator)(?![\p{L}])/iu,
  representative: /\b(?:rep\.?|representative|congress(?:wo)?man)(?![\p{L}])/iu,
  governor: /\b(?:gov\.?|governor)(?![\p{L}])/iu,
  president: /\b(?:pres\.?|president)(?![\p{L}])/iu,
  secretary: /\b(?:sec\.?|secretary)(?![\p{L}])/iu,
  general: /\b(?:gen\.?|general)(?![\p{L}])/iu,
  republican: /\b(?:R-|republican)/iu,
  democrat: /\b(?:D-|democrat)/iu,
  leader: /\bleader\b/iu,
};

/**
 * "the senator", "the president", "the Arizona Republican" (a title or party
 * noun of ROLE_FORMS): the last person speaker whose role fits the noun, else
 * the one person the text titles so, else the last person speaker. Any other
 * description ("the expert") is the last person speaker.
 */
function resolveByRole(noun: string, mem: Memory): Speaker | undefined {
  const re = ROLE_FORMS[noun];
  // A generic description ("the expert") is the last person speaker, whatever roles came before.
  if (!re) return mem.lastPerson;
  const fits = (s: Speaker) => !!s.role && re.test(s.role);
  // The last of `recent` that fits, and `titled.filter(fits)`, kept per noun and read on from where the last call
  // stopped (a scan of both lists per description grew with the square of a report's length). Roles never change
  // once a speaker is remembered, so what was read once stays true.
  let f = mem.roleFits.get(noun);
  if (!f) mem.roleFits.set(noun, (f = { read: 0, last: -1, titled: mem.titled.filter(fits) }));
  for (; f.read < mem.recent.length; f.read++) if (fits(mem.recent[f.read]!)) f.last = f.read;
  if (f.last >= 0) return mem.recent[f.last];
  const titled = f.titled;
  if (titled.length === 1) return titled[0];
  // No role fits (translated reports call a minister "the general"): the last person speaker.
  return mem.lastPerson;
}

function withoutMention(s: Speaker): Speaker {
  const { mention: _m, resolved: _r, ...rest } = s;
  return rest;
}

/**
 * The speaker as sentence `s` names it: a mention (its own, or its source's
 * under `via`) that lies outside `s` is dropped. A sentence inside a quotation
 * takes the speaker named by the sentence that opens or closes it, and a
 * remembered speaker carries the source named where it was first met; their
 * mentions point into those sentences, not this one.
 */
function mentionsIn(sp: Speaker, s: Span): Speaker {
  const outside = sp.mention !== undefined && (sp.mention.start < s.start || sp.mention.end > s.end);
  const via = sp.via && mentionsIn(sp.via, s);
  if (!outside && via === sp.via) return sp;
  const out = outside ? withoutMention(sp) : { ...sp };
  if (via) out.via = via;
  return out;
}

function remember(s: Speaker | undefined, mem: Memory): void {
  if (!s) return;
  if (s.type === 'person') {
    mem.lastPerson = withoutMention(s);
    // The last piece of the name (`split(' ').pop()`) without the array of pieces.
    const known = mem.persons.get(s.name.slice(s.name.lastIndexOf(' ') + 1));
    mem.recent.push(known && known.name === s.name && known.role && !s.role ? known : mem.lastPerson);
  }
  if (s.type === 'outlet') mem.lastOutlet = withoutMention(s);
  if (s.via?.type === 'outlet') mem.lastOutlet = withoutMention(s.via);
}

/**
 * `/^call/i.test(s)` and `/ing$/i.test(s)` by char codes, asked of every cue's text (with no `u`, `i` folds no
 * other unit into an ASCII letter, and `| 32` lowers only these letters' two cases to them).
 */
export function startsCall(s: string): boolean {
  return s.length >= 4 && (s.charCodeAt(0) | 32) === 99 && (s.charCodeAt(1) | 32) === 97 && (s.charCodeAt(2) | 32) === 108 && (s.charCodeAt(3) | 32) === 108;
}
export function endsIng(s: string): boolean {
  const n = s.length;
  return n >= 3 && (s.charCodeAt(n - 3) | 32) === 105 && (s.charCodeAt(n - 2) | 32) === 110 && (s.charCodeAt(n - 1) | 32) === 103;
}

/**
 * Whether `/^\s+(?:by|in the material of|in)\s+/iu` may match `masked.slice(p, p + 30)`: white space at `p`, and after
 * it, within those 30 units, "b" or "i" in either case (the expression's `\s+` cannot end elsewhere, as neither is
 * white space).
 */
export function passiveAfter(masked: string, p: number): boolean {
  const stop = Math.min(masked.length, p + 30);
  let w = p;
  while (w < stop && (cls(masked.charCodeAt(w)) & S) !== 0) w++;
  if (w === p || w >= stop) return false;
  const c = masked.charCodeAt(w) | 32;
  return c === 98 || c === 105;
}

/** The first attribution cue of `span` in the masked text (quotations blanked). */
function findCue(masked: string, span: Span, mem: Memory): Cue | undefined {
  const k = mem.k;
  let h: CueHit | undefined;
  let from = span.start;
  let result: Cue | undefined;
  let via: Speaker | undefined;
  while ((h = cueFrom(masked, from, span.end, mem)) !== undefined) {
    from = h.end;
    // A cue written across the sentence's end ("pointed" | "out" of two pre-split
    // sentences) is not this sentence's: its span would reach into the next one.
    if (h.end > span.end) break;
    const cue = { start: h.index, end: h.end };
    if (h.kind === 'fixed') {
      result ??= { cue };
      continue;
    }
    if (h.kind === 'acc' || h.kind === 'cit') {
      const after = phraseAfter(masked, cue.end, span.end, k);
      const s = after ? toSpeaker(after.phrase, mem, after.role) : undefined;
      if (h.kind === 'cit') {
        if (s) via ??= s;
        result ??= s ? { cue, speaker: { name: 'unspecified', type: 'unnamed' } } : undefined;
        continue;
      }
      if (s) {
        result ??= { cue, speaker: s };
        if (result.speaker === s) remember(s, mem);
      }
      continue;
    }
    // "called for", "calling on": not speech about something.
    if (startsCall(h.text) && /^\s+(?:for|on|off|up|in|back|out)\b/iu.test(masked.slice(cue.end, cue.end + 8))) continue;
    // "Hale praised the vote, calling it …": the speaker is the clause's subject.
    if (endsIng(h.text) && endsWithComma(masked, Math.max(span.start, cue.start - 3), cue.start)) {
      if (!result?.speaker) {
        const subj = phraseAfter(masked, span.start + (masked.slice(span.start, span.end).length - masked.slice(span.start, span.end).trimStart().length), span.end, k);
        const s = subj ? toSpeaker(subj.phrase, mem, subj.role) : undefined;
        if (s) {
          result = { cue, speaker: s };
          remember(s, mem);
        }
      }
      continue;
    }
    // A speech verb. Passive first: "reported by X", "stated in the material of X".
    // `^\s+`: only where white space follows the cue (most cues end a clause: "…, she said."), and then only where
    // "b" or "i" (either case; under `iu` nothing else folds to them) follows that space within the 30 units read
    // ("said the", "said on Monday": most such cues).
    const passive = passiveAfter(masked, cue.end) ? /^\s+(?:by|in the material of|in)\s+/iu.exec(masked.slice(cue.end, cue.end + 30)) : null;
    let s: Speaker | undefined;
    if (passive && /\b(?:was|were|is|been|stated)\b|^stated$/i.test(masked.slice(Math.max(span.start, cue.start - 12), cue.end))) {
      const after = phraseAfter(masked, cue.end + passive[0].length, span.end, k);
      s = after ? toSpeaker(after.phrase, mem, after.role) : undefined;
    }
    if (!s) {
      const before = phraseBefore(masked, span.start, cue.start, k, mem.reference);
      if (before) s = toSpeaker(before, mem, before.role);
      else if (!/^told$/i.test(h.text) && /(?:^|["”»,\-–—]|\.)\s*$/u.test(masked.slice(Math.max(span.start, cue.start - 4), cue.start)) || cue.start - span.start < 3) {
        const after = phraseAfter(masked, cue.end, span.end, k);
        if (after) s = toSpeaker(after.phrase, mem, after.role);
      }
    }
    if (s) {
      if (!result?.speaker || result.speaker.name === 'unspecified') {
        result = { cue, speaker: s };
        remember(s, mem);
      }
    }
  }
  if (result?.speaker && via) {
    if (result.speaker.name === 'unspecified') result.speaker = via;
    else if (result.speaker !== via) result.speaker.via = via;
  }
  if (result?.speaker?.name === 'unspecified') delete result.speaker;
  return result;
}

const LETTER_RUN = /\p{L}+/gu;

/** Whether `s` holds at least `n` runs of letters (`s.match(/\p{L}+/gu).length >= n`, without the array of them). */
export function hasWords(s: string, n: number): boolean {
  LETTER_RUN.lastIndex = 0;
  let c = 0;
  while (c < n && LETTER_RUN.exec(s) !== null) c++;
  return c >= n;
}

/**
 * `hasWords(s.slice(a, b), n)` by char codes, without the slice: a run starts at a letter after a non-letter (or at
 * `a`). A range holding a surrogate goes to the expression (a pair is one code point to it, and a cut pair none).
 * Asked of every quotation candidate and of each quotation's part in a sentence: the expression's matches, ~0.4 ms
 * self per 3 × 1,000 reports in the lens profile.
 */
export function hasWordsIn(s: string, a: number, b: number, n: number): boolean {
  if (n <= 0) return true;
  let c = 0;
  let inRun = false;
  for (let i = a; i < b; i++) {
    const u = s.charCodeAt(i);
    if ((u & 0xf800) === 0xd800) return hasWords(s.slice(a, b), n);
    if ((cls(u) & L) === 0) inRun = false;
    else if (!inRun) {
      if (++c >= n) return true;
      inRun = true;
    }
  }
  return false;
}

const CLOSERS: Record<string, string> = { '“': '”', '«': '»', '"': '"' };

/** Direct quotations of the whole text (content only, marks excluded). */
export function findQuotes(text: string, profile: LanguageProfile = DEFAULT_PROFILE, reference = false): QuoteRange[] {
  const k = lexiconOf(profile);
  const out: QuoteRange[] = [];
  const curly: CurlyMarks = { text, open: -2, close: -2 };
  let ps = 0;
  while (ps <= text.length) {
    let pe = text.indexOf('\n', ps);
    if (pe < 0) pe = text.length;
    const para = text.slice(ps, pe);
    const dash = /^\s*[-–—]\s+["“«]?/u.exec(para);
    let lastClose = -1;
    if (dash) {
      const re = /[,.!?…'’]["”»](?=\s+\S)/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(para)) !== null) lastClose = m.index + 1;
    }
    if (dash && lastClose > 0) {
      // Split at a mid-quote attribution: `…," he noted. - Moreover…`.
      let start = ps + dash[0].length;
      const inner = /["”»]\s+[^"”»«“\n]{1,80}?[.,]\s+[-–—]\s+["“«]?/gu;
      inner.lastIndex = dash[0].length;
      let m: RegExpExecArray | null;
      while ((m = inner.exec(para)) !== null && m.index < lastClose) {
        if (!k.speechVerbRe.test(m[0])) continue;
        out.push({ start, end: ps + m.index, open: start, close: ps + m.index + 1 });
        start = ps + m.index + m[0].length;
      }
      out.push({ start, end: ps + lastClose, open: ps, close: ps + lastClose + 1 });
    } else if (reference) {
      quotesOfParaReference(para, ps, out);
    } else {
      quotesOfPara(para, ps, out, curly);
    }
    ps = pe + 1;
  }
  return out;
}

/** The quotations of one paragraph starting at `ps` (not a dash paragraph), character by character: the reference quotesOfPara is held to. */
function quotesOfParaReference(para: string, ps: number, out: QuoteRange[]): void {
  let i = 0;
  while (i < para.length) {
    // Char codes, not a lookup of each character as a string key (findQuotes: 8.6 ms of a 3 × 1,000 profile).
    const code = para.charCodeAt(i);
    if (code !== 0x22 && code !== 0x201c && code !== 0xab) {
      i++;
      continue;
    }
    const closer = CLOSERS[para[i]!]!.charCodeAt(0);
    let depth = 1;
    let j = i + 1;
    for (; j < para.length; j++) {
      const c = para.charCodeAt(j);
      if (c === closer) {
        depth--;
        if (depth === 0) break;
      } else if (c === code && code !== 0x22) depth++;
    }
    const contentEnd = Math.min(j, para.length);
    if (hasWords(para.slice(i + 1, contentEnd), 4)) out.push({ start: ps + i + 1, end: ps + contentEnd, open: ps + i, close: ps + Math.min(j + 1, para.length), para: ps, unclosed: j >= para.length });
    i = j + 1;
  }
}

/**
 * Where the next curly marks (“ and ”) of a whole text are, for quotesOfPara: the position of each found at or after
 * the last position asked (-2: not searched yet, -1: none left). The engine's indexOf finds a two-byte unit by the
 * memchr of its higher byte, 0x20 for these two, the byte of every space of a two-byte text: a search for “ stopped
 * at each space (0.40 ms over the three texts of 3 × 1,000 reports, where one for « took 0.01 and the expression
 * `/[\u201c]/g` 0.21). So they are found by those expressions, over the whole text rather than per paragraph (a
 * search per paragraph, ~500 a report, where most have none): about one search per mark.
 */
interface CurlyMarks {
  text: string;
  open: number;
  close: number;
}
const CURLY_OPEN = /[\u201c]/g;
const CURLY_CLOSE = /[\u201d]/g;

/**
 * `para.indexOf(mark, from)` for “ (`open`) or ” (else), `para` being `curly.text` from `ps` on for `n` units, read
 * from (and kept in) `curly`: the answers asked of one text only go forward.
 */
function curlyIndex(curly: CurlyMarks, open: boolean, ps: number, n: number, from: number): number {
  const abs = ps + from;
  let at = open ? curly.open : curly.close;
  if (at !== -1 && at < abs) {
    const re = open ? CURLY_OPEN : CURLY_CLOSE;
    re.lastIndex = abs;
    at = re.test(curly.text) ? re.lastIndex - 1 : -1;
    if (open) curly.open = at;
    else curly.close = at;
  }
  return at !== -1 && at < ps + n ? at - ps : -1;
}

/**
 * quotesOfParaReference with indexOf: the next opening mark of each kind, and the closer (and nested openers) of
 * each quotation, are found by the engine's string search instead of a JS loop over every character of the text
 * (findQuotes was ~5 ms of 30 ms of the voices lens in a loaded CPU profile of 3 × 1,000 sentences); the curly
 * marks by CurlyMarks over the whole text (`curly`, its text the one `para` starts at `ps` of).
 */
function quotesOfPara(para: string, ps: number, out: QuoteRange[], curly: CurlyMarks): void {
  const n = para.length;
  // Next position of each opening mark at or after i; -1: none left. Recomputed only once i has passed it.
  let nq = -2;
  let nl = -2;
  let ng = -2;
  let i = 0;
  while (i < n) {
    if (nq !== -1 && nq < i) nq = para.indexOf('"', i);
    if (nl !== -1 && nl < i) nl = curlyIndex(curly, true, ps, n, i);
    if (ng !== -1 && ng < i) ng = para.indexOf('\u00ab', i);
    let at = n;
    if (nq >= 0 && nq < at) at = nq;
    if (nl >= 0 && nl < at) at = nl;
    if (ng >= 0 && ng < at) at = ng;
    if (at === n) break;
    i = at;
    const code = para.charCodeAt(i);
    let j: number;
    if (code === 0x22) {
      j = para.indexOf('"', i + 1);
      if (j < 0) j = n;
    } else {
      const curlyMark = code === 0x201c;
      const closer = curlyMark ? '\u201d' : '\u00bb';
      const opener = para[i]!;
      let depth = 1;
      let from = i + 1;
      let open = -2;
      for (;;) {
        const close = curlyMark ? curlyIndex(curly, false, ps, n, from) : para.indexOf(closer, from);
        if (close < 0) {
          j = n;
          break;
        }
        if (open !== -1 && open < from) open = curlyMark ? curlyIndex(curly, true, ps, n, from) : para.indexOf(opener, from);
        if (open >= 0 && open < close) {
          depth++;
          from = open + 1;
          continue;
        }
        depth--;
        if (depth === 0) {
          j = close;
          break;
        }
        from = close + 1;
      }
    }
    const contentEnd = Math.min(j, n);
    if (hasWordsIn(para, i + 1, contentEnd, 4)) out.push({ start: ps + i + 1, end: ps + contentEnd, open: ps + i, close: ps + Math.min(j + 1, n), para: ps, unclosed: j >= n });
    i = j + 1;
  }
}

/**
 * `text` with each quotation's content (sorted, non-overlapping `quotes`) written as '"' and each tag (`tags`, sorted,
 * none overlapping a quotation's content) as spaces, joined from parts.
 */
/**
 * Flat strings of '"' and ' ' that maskedText takes its blanks from (a slice), instead of a repeat per quotation: a
 * repeat is built by doubling, a rope the join then reads piece by piece; these two are flattened once, by their
 * first slice (maskedText over the three texts of 3 × 1,000 reports, min of 60: 0.49 → 0.42 ms).
 */
const BLANK_MAX = 4096;
const QUOTE_MARKS = '"'.repeat(BLANK_MAX);
const SPACES = ' '.repeat(BLANK_MAX);

function maskedText(text: string, quotes: readonly Span[], tags: readonly Span[]): string {
  const parts: string[] = [];
  let pos = 0;
  // Indexed loops over both lists, in text order: this function runs once per report, much of it before it is
  // optimised, where a for-of allocates an iterator result per step.
  let qi = 0;
  let ti = 0;
  while (qi < quotes.length || ti < tags.length) {
    const quote = ti >= tags.length || (qi < quotes.length && quotes[qi]!.start < tags[ti]!.start);
    const r = quote ? quotes[qi++]! : tags[ti++]!;
    const n = r.end - r.start;
    parts.push(text.slice(pos, r.start), n <= BLANK_MAX ? (quote ? QUOTE_MARKS : SPACES).slice(0, n) : (quote ? '"' : ' ').repeat(n));
    pos = r.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * partyTags of the text with the quotations' content masked (maskedText with no tags), given `tags`, partyTags of
 * the text itself; undefined where this cannot tell (then the caller masks and scans). A tag is written in ",",
 * "(", ")", ".", "-", white space and ASCII letters, and ends in a letter, "." or ")"; the masked content is '"'.
 * So no tag of the masked text holds or starts in masked content, nor ends right at its start (its last unit would be
 * the opening mark or the white space after a dash) where its lookahead would read a '"': the masked text's tags
 * are the text's own outside the content, read from the same units. A tag of the text inside a quotation's content
 * is left out (the text's scan then goes on from its end, inside that content, as the masked scan finds none
 * there); one that straddles the content's edge (white space closing a paragraph left open, before a "(") may
 * start elsewhere in the masked text: undefined.
 */
function tagsOutside<T extends Span>(tags: T[], quotes: readonly Span[]): T[] | undefined {
  const out: T[] = [];
  let qi = 0;
  for (let ti = 0; ti < tags.length; ti++) {
    const t = tags[ti]!;
    while (qi < quotes.length && quotes[qi]!.end <= t.start) qi++;
    if (qi < quotes.length && quotes[qi]!.start < t.end) {
      const q = quotes[qi]!;
      if (q.start <= t.start && t.end <= q.end) continue;
      return undefined;
    }
    out.push(t);
  }
  return out;
}

function overlap(a: Span, b: Span): Span | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

/**
 * Trim white space off a span of text: `/\s/.test(text[i])` per unit (trimSpanReference) as the S class (`\s` of
 * one unit, with or without `u`; a surrogate half is none). The expression, twice or more per quotation in a
 * sentence, was ~0.1 ms per 3 × 1,000 reports (line ticks).
 */
function trimSpan(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  while (start < end && (cls(text.charCodeAt(start)) & S) !== 0) start++;
  while (end > start && (cls(text.charCodeAt(end - 1)) & S) !== 0) end--;
  return start < end ? { start, end } : undefined;
}

/** trimSpan by the expression: the reference it is held to. */
function trimSpanReference(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * Attribution of every sentence of one report. `sentences`: sorted,
 * non-overlapping spans of `text` (the report's kept sentences).
 * `reference`: quotations and speakers read by the reference code (quotesOfParaReference, toSpeakerReference), for tests.
 */
export function detectVoices(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE, reference = false): VoiceResult {
  const quotes = findQuotes(text, profile, reference);
  const k = lexiconOf(profile);
  // Mask quotation content so cues and names inside quotes are not read as attributions, and blank US party-state
  // tags ("Sen. Jane Doe, R-Ariz., said", "(D-N.M.)") so the name stays whole (kept for the role; a comma before
  // the tag goes, one after it stays: ", R-Ariz., the bill's sponsor"). The tags are those of the text with its
  // quotations masked; read from the text itself where that gives the same (tagsOutside), so the masked text is
  // joined once, not once for the tags' scan and again with them blanked (two joins of the whole text were ~0.8 ms
  // per report of 5,000 sentences, line ticks at 6 × 5,000).
  const parties: Memory['parties'] = tagsOutside(partyTags(text), quotes) ?? partyTags(maskedText(text, quotes, []));
  // Joined from parts, not concatenated: a flat string (a rope of hundreds of pieces is flattened on the first read
  // of a character, and the scans below read every character).
  const masked = maskedText(text, quotes, parties);
  // People the text names with a title ("President Thomas Hale", "Sen. Rosa Delgado"): descriptions and surnames resolve to them.
  const titled: Speaker[] = [];
  const titledByName = new Map<string, number>();
  const titledBySurname = new Map<string, number>();
  // `/(?<![\p{L}.])((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,5}\p{Lu}[\p{Ll}'’-]+)/gu` read by hand (chars.ts; the expression
  // took 20.9 ms of 3 × 1,000 sentences under load, more than the regex word pass).
  // Its letter runs, once for the capital runs here and the cues below (each scan was a pass of its own): the
  // runs of the text (reportRuns, kept for the actors lens) outside the blanked quotations and tags.
  const runs = reportRuns(text, sentences);
  // The text's runs read over the masked text (runsOver: no copy of the runs kept, the scans pass over the blanked
  // ones), else the masked text's own where a span cuts a run.
  const letters = (!runs.surrogates && runsOver(runs.letters, masked, quotes, parties)) || charRuns(masked);
  const surrogates = letters.surrogates;
  const capital = surrogates ? capitalRuns(masked, 5, false, true) : capitalRunsIn(letters, 0, masked.length, 5, false);
  for (let ri = 0; ri < capital.length; ri++) {
    const rm = capital[ri]!;
    // A run's words all start with a capital, so splitPerson finds no "of" in it and a titled person (a name of two
    // words after a role) needs the third word from the end to be a role word: checked first, as most runs are not
    // titled people (splitPerson on every run was about half of this loop; titledRun).
    if (!titledRun(rm.text, k)) continue;
    const person = splitPerson(rm.text.replace(/\s+/g, ' '), k);
    if (!person?.role || person.name.split(' ').length < 2) continue;
    const last = person.role.split(' ').pop()!.replace(/\.$/, '').toLowerCase();
    if (!k.roleWords.has(last) || titledByName.has(person.name)) continue;
    const party = partyAfter(parties, rm.index + rm.text.length);
    titledByName.set(person.name, titled.length);
    const surname = person.name.split(' ').pop()!;
    if (!titledBySurname.has(surname)) titledBySurname.set(surname, titled.length);
    titled.push({ name: person.name, role: party ? `${person.role}, ${party.tag}` : person.role, type: 'person' });
  }

  const mem: Memory = { k, persons: new Map(), recent: [], titled, titledByName, titledBySurname, parties, hits: cueHits(masked, k, false, surrogates, letters), hitAt: 0, roleFits: new Map(), facts: new Map(), reference };
  const cues = sentences.map((s) => findCue(masked, s, mem));
  // Each quotation's speaker: the cue of the sentence that closes it (after the close), else that opens it (before the open).
  const sentenceAt = (p: number) => spanIndexOf(sentences, p, p + 1);
  const quoteSpeaker: ({ speaker: Speaker; cue: Span } | undefined)[] = quotes.map((q) => {
    const ci = sentenceAt(Math.max(q.start, q.close - 1));
    const closing = ci >= 0 ? cues[ci] : undefined;
    if (closing?.speaker && closing.cue.start >= q.close - 1) return { speaker: closing.speaker, cue: closing.cue };
    const oi = sentenceAt(q.start);
    const opening = oi >= 0 ? cues[oi] : undefined;
    if (opening?.speaker && opening.cue.end <= q.open + 1) return { speaker: opening.speaker, cue: opening.cue };
    if (closing?.speaker) return { speaker: closing.speaker, cue: closing.cue };
    return undefined;
  });
  // A quotation with no cue of its own continues the one before it: in the same paragraph
  // ("…," Delgado said. "This bill…"), or after a paragraph left open (a quotation running over paragraphs).
  for (let qi = 1; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const prev = quotes[qi - 1]!;
    if (quoteSpeaker[qi] || !quoteSpeaker[qi - 1]) continue;
    const paraOpen = q.para !== undefined && text.slice(q.para, q.open).trim() === '';
    if ((q.para !== undefined && q.para === prev.para) || (prev.unclosed && paraOpen)) quoteSpeaker[qi] = quoteSpeaker[qi - 1];
  }

  // Quotes and sentences are both in text order: walk them together (linear).
  let firstQuote = 0;
  const attributions: Attribution[] = sentences.map((s, i) => {
    const quoteSpans: Span[] = [];
    let speakerOfQuote: { speaker: Speaker; cue: Span } | undefined;
    while (firstQuote < quotes.length && quotes[firstQuote]!.end <= s.start) firstQuote++;
    for (let qi = firstQuote; qi < quotes.length && quotes[qi]!.start < s.end; qi++) {
      const q = quotes[qi]!;
      const o = overlap(q, s);
      const t = o && trimSpan(text, o);
      if (t && hasWordsIn(text, t.start, t.end, 1)) {
        quoteSpans.push(t);
        speakerOfQuote ??= quoteSpeaker[qi];
      }
    }
    const own = cues[i];
    let kind: VoiceKind = quoteSpans.length > 0 ? 'quote' : own ? 'reported' : 'unattributed';
    const a: Attribution = { sentence: i, kind, quoteSpans };
    const src = kind === 'quote' ? (own?.speaker ? own : speakerOfQuote) : own;
    const speaker = src?.speaker ?? (kind === 'quote' ? speakerOfQuote?.speaker : undefined);
    if (speaker) a.speaker = mentionsIn(speaker, s);
    const cue = kind === 'quote' && own?.speaker ? own.cue : own?.cue;
    if (cue && overlap(cue, s)) a.cue = cue;
    if (kind === 'reported' && !a.cue) kind = a.kind = 'unattributed';
    return a;
  });

  // Tallies by type, then name, and in the order first met (`list`): a key string per sentence with a speaker
  // (`${type}:${name}`, joined and hashed) was ~0.1 ms per 3 × 1,000 reports (line ticks). A type holds no ":", so
  // the pairs are the keys.
  const tallies = new Map<SpeakerType, Map<string, VoiceTally>>();
  const list: VoiceTally[] = [];
  const kinds: Record<VoiceKind, number> = { quote: 0, reported: 0, unattributed: 0 };
  let chars = 0;
  let quoteChars = 0;
  let unattributedQuoteChars = 0;
  // An indexed loop with the quotation characters summed in place (a forEach and a reduce closure per sentence).
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const a = attributions[i]!;
    chars += s.end - s.start;
    let qc = 0;
    for (let qi = 0; qi < a.quoteSpans.length; qi++) qc += a.quoteSpans[qi]!.end - a.quoteSpans[qi]!.start;
    quoteChars += qc;
    kinds[a.kind]++;
    if (!a.speaker) {
      unattributedQuoteChars += qc;
      continue;
    }
    let byName = tallies.get(a.speaker.type);
    if (!byName) tallies.set(a.speaker.type, (byName = new Map()));
    let t = byName.get(a.speaker.name);
    if (!t) {
      t = { name: a.speaker.name, type: a.speaker.type, sentences: 0, quoted: 0, quoteChars: 0 };
      byName.set(a.speaker.name, t);
      list.push(t);
    }
    if (a.speaker.role && !t.role) t.role = a.speaker.role;
    t.sentences++;
    if (a.kind === 'quote') t.quoted++;
    t.quoteChars += qc;
  }
  const speakers = list.sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name));
  return { attributions, summary: { speakers, kinds, chars, quoteChars, quoteShare: chars ? quoteChars / chars : 0, unattributedQuoteChars } };
}

export type { SpeakerType };

/** detectVoices' masking steps, for the test that holds them to the two-pass masking they replace; trimSpan and its reference. */
export const maskingForTests = { maskedText, tagsOutside, trimSpan, trimSpanReference };

/** phraseBefore with the bundled profile (`reference`: the last 13 words read at once), for the test of the two. */
export function phraseBeforeForTests(text: string, from: number, pos: number, reference = false): (Phrase & { role?: string }) | undefined {
  return phraseBefore(text, from, pos, lexiconOf(DEFAULT_PROFILE), reference);
}
