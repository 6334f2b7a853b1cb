/**
 * REFERENCE (tests and benchmarks only): the facts lens as it was before the
 * issue-16 speed-ups (regexes over every offset), kept so that a property
 * test can check detect.ts gives the same facts on any text.
 *
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
import type { Fact, FactKind, FactQualifier, FactResult, Span } from '../../types';

const QUALIFIER_ORDER: FactQualifier[] = ['more-than', 'fewer-than', 'about', 'up-to', 'at-least', 'exactly'];
/** Adjectives by shape (Belarusian, Chinese): modifiers, not names. */
const DEMONYM = /^\p{Lu}\p{L}*(?:ian|ean|ese|ish|ican|man)$/u;

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
  /** Scales after a number, and abbreviated scales after money. */
  scales: Readonly<Record<string, number>>;
  countScales: Readonly<Record<string, number>>;
  qualifiers: [RegExp, FactQualifier][];
  countedPhraseStops: ReadonlySet<string>;
  currencies: Readonly<Record<string, string>>;
  moneyRe: RegExp;
  countRe: RegExp;
  dateRe: RegExp;
  orgWords: RegExp;
  placeWords: RegExp;
  places: ReadonlySet<string>;
  /** Function words: never the first word of a name. */
  notNameWords: ReadonlySet<string>;
  /** Words that open sentences: not names at a sentence's start. */
  openers: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  skipBeforeVerb: ReadonlySet<string>;
  stem: (w: string) => string;
  /** Lower-case alias → entity id (the profile's aliases: "kiev" and "ukraine" are one subject). */
  aliasOf: Map<string, string>;
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
  k = {
    months: profile.months,
    monthRe,
    numberWords: profile.numberWords,
    scales,
    countScales: profile.countScales,
    qualifiers: QUALIFIER_ORDER.filter((q) => profile.qualifiers[q]?.length).map((q) => [new RegExp(`(?:${profile.qualifiers[q]!.join('|')})\\s+$`, 'i'), q]),
    countedPhraseStops: profile.countedPhraseStops,
    currencies,
    moneyRe,
    countRe,
    dateRe: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?<m1>${monthRe})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>\\d{4}))?|(?<d2>\\d{1,2})\\s+(?<m2>${monthRe})(?:\\s+(?<y2>\\d{4}))?|(?<m3>${monthRe})\\s+(?:of\\s+)?(?<y3>\\d{4})|(?<dd>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<yy>\\d{4})|(?<dec>(?:1[89]|20)\\d0)['’]?s|(?<y4>(?:1[89]\\d\\d|20\\d\\d))(?!\\s*(?:[\\p{Ll}]+s\\b|%|,\\d)))(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    orgWords: new RegExp(`\\b(?:${[...profile.institutions.common, ...profile.institutions.organizationOnly].join('|') || '(?!)'})\\b|^(?:[A-Z]{2,}|UN|EU)$`),
    placeWords: new RegExp(`\\b(?:${profile.institutions.placeWords.join('|') || '(?!)'})\\b`),
    places: profile.places,
    notNameWords: profile.functionWords,
    openers: profile.sentenceOpeners,
    titles: profile.titles,
    skipBeforeVerb: profile.skipBeforeVerb,
    stem: profile.stemmer === 'porter' ? stemmer : (w: string) => w,
    aliasOf: new Map(profile.aliases.flatMap((e) => [e.label, ...e.aliases].map((a) => [a.toLowerCase(), e.id] as [string, string]))),
  };
  lexicons.set(profile, k);
  return k;
}

/** Words of the report written in lower case somewhere: a capitalised one of them at a sentence's start is a common word, not a name. */
function lowercaseVocabulary(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

interface Context {
  k: Lexicon;
  lowercase: ReadonlySet<string>;
}

/**
 * Is the first word of a capitalised run not part of a name? A function word
 * ("The"); a title before a person ("President"); a demonym ("Belarusian"); an acronym before a title ("U.S.
 * President"); or, at a sentence's start, a word that opens sentences or that
 * the report also writes in lower case ("Combined with…", "Obviously, …").
 */
function notName(words: readonly string[], atSentenceStart: boolean, c: Context): boolean {
  const word = words[0]!;
  const next = words[1];
  const lower = word.toLowerCase();
  if (c.k.notNameWords.has(lower) || DEMONYM.test(word)) return true;
  // A title before a person ("Defense Minister Jane Smith"), not inside an institution's name ("National Weather Service").
  const rest = words.slice(1).join(' ');
  if (c.k.titles.has(lower) && !c.k.orgWords.test(rest) && !c.k.placeWords.test(rest)) return true;
  if (/^(?:\p{Lu}\.?){2,}$/u.test(word) && next !== undefined && c.k.titles.has(next.toLowerCase())) return true;
  return atSentenceStart && (c.k.openers.has(lower) || c.lowercase.has(lower));
}

interface Raw extends Span {
  kind: FactKind;
  value: string;
  qualifier?: FactQualifier;
  what?: string;
  subject?: string;
}

/** A counted noun's singular, by the expressions detect.ts's hand-written `singular` replaced (fast.test.ts). */
export function singular(w: string): string {
  const l = w.toLowerCase();
  if (/^[A-Z0-9]+s?$/.test(w) && w.length > 2) return l.replace(/s$/, w.endsWith('MS') ? 's' : '');
  if (/ies$/.test(l)) return l.slice(0, -3) + 'y';
  if (/(?:ses|xes|ches|shes)$/.test(l)) return l.slice(0, -2);
  if (/[^s]s$/.test(l)) return l.slice(0, -1);
  return l;
}

/**
 * The qualifier ("more than", "about") right before `pos`, and where it starts.
 * `from`: how far back it may start — a fact's sentence start, so that "…said
 * about" ending one sentence never stretches a fact of the next over the break.
 */
function qualifierBefore(text: string, pos: number, k: Lexicon, from = 0): { q?: FactQualifier; start: number } {
  const before = text.slice(Math.max(from, pos - 25), pos);
  for (const [re, q] of k.qualifiers) {
    const m = re.exec(before);
    if (m) return { q, start: pos - m[0].length };
  }
  return { start: pos };
}

/** The counted noun phrase after `pos` (up to four words): its head, singular, and the end offset. */
function countedAfter(text: string, pos: number, limit: number, k: Lexicon): { what: string; end: number } | undefined {
  const re = /^(\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
  let end = pos;
  const words: string[] = [];
  while (words.length < 4) {
    const m = re.exec(text.slice(end, limit));
    if (!m) break;
    const w = m[2]!;
    if (k.countedPhraseStops.has(w.toLowerCase()) || /^\d{4}$/.test(w)) break;
    // A verb after the noun ("160 states joined") ends the phrase.
    if (words.length > 0 && /^\p{Ll}+ed$/u.test(w)) break;
    words.push(w);
    // A plural common noun is the head: "32 artillery pieces | fired".
    if (/^\p{Ll}{3,}s$/u.test(w)) {
      end += m[0].length;
      break;
    }
    end += m[0].length;
  }
  if (words.length === 0) return undefined;
  // Trailing adjectives/verbs are rare after a number; keep the phrase, head = the last word.
  const phrase = words.map((w, i) => (i === words.length - 1 ? singular(w) : w.toLowerCase())).join(' ');
  return { what: phrase, end };
}

function detectIn(text: string, s: Span, c: Context): Raw[] {
  const k = c.k;
  const out: Raw[] = [];
  const body = text.slice(s.start, s.end);
  const taken: Span[] = [];
  const free = (a: number, b: number) => !taken.some((t) => a < t.end && b > t.start);
  const add = (r: Raw) => {
    out.push(r);
    taken.push({ start: r.start, end: r.end });
  };
  let m: RegExpExecArray | null;
  // Full and partial dates (the regex is built once per profile, in the lexicon).
  const dateRe = k.dateRe;
  dateRe.lastIndex = 0;
  while ((m = dateRe.exec(body)) !== null) {
    const g = m.groups!;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const month = (x?: string) => (x ? String(k.months.findIndex((forms) => (forms[0] ?? '').startsWith(x.toLowerCase().replace('.', '').slice(0, 3))) + 1).padStart(2, '0') : '');
    let value: string;
    if (g.m1) value = `${g.y1 ?? '-'}-${month(g.m1)}-${g.d1!.padStart(2, '0')}`;
    else if (g.m2) value = `${g.y2 ?? '-'}-${month(g.m2)}-${g.d2!.padStart(2, '0')}`;
    else if (g.m3) value = `${g.y3}-${month(g.m3)}`;
    else if (g.yy) value = `${g.yy}-${g.mm!.padStart(2, '0')}-${g.dd!.padStart(2, '0')}`;
    else if (g.dec) value = `${g.dec}s`;
    else {
      // A bare year after "more than"/"about" or a "$" is a count or money.
      if (qualifierBefore(text, start, k).q || /\$\s*$/.test(text.slice(start - 2, start))) continue;
      value = g.y4!;
    }
    // "the 1997 Ottawa Convention": a year before a name dates that name (its subject), not the verb before it.
    const named = /^\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,5})/u.exec(text.slice(end, s.end));
    const namedId = named ? (k.aliasOf.get(named[1]!.toLowerCase()) ?? named[1]!.toLowerCase()) : undefined;
    const ev = namedId ? { subject: namedId } : datedEvent(text, s, start, k);
    const r: Raw = { start, end, kind: 'date', value };
    if (ev?.what) r.what = ev.what;
    if (ev?.subject) r.subject = ev.subject;
    add(r);
  }
  // Money: "$625 million", "625 million dollars".
  const moneyRe = k.moneyRe;
  moneyRe.lastIndex = 0;
  while ((m = moneyRe.exec(body)) !== null) {
    const g = m.groups!;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const n = Number((g.n ?? g.n2)!.replace(/,/g, '')) * (k.scales[(g.sc ?? g.sc2 ?? '').toLowerCase()] ?? 1);
    const q = qualifierBefore(text, start, k, s.start);
    const r: Raw = { start: q.start, end, kind: 'money', value: String(Math.round(n)), what: k.currencies[(g.cur ?? g.cur2)!.toLowerCase()] ?? 'usd' };
    if (q.q) r.qualifier = q.q;
    add(r);
  }
  // Percentages.
  const pctRe = /(?<![\p{L}\p{N}])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/giu;
  while ((m = pctRe.exec(body)) !== null) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    add({ start, end, kind: 'percent', value: m[1]! });
  }
  // Counts: a number (digits or words) and what it counts.
  const countRe = k.countRe;
  countRe.lastIndex = 0;
  while ((m = countRe.exec(body)) !== null) {
    const g = m.groups!;
    const start = s.start + m.index;
    let end = start + m[0].length;
    if (!free(start, end)) continue;
    const word = g.n!.toLowerCase();
    let n = (Object.hasOwn(k.numberWords, word) ? k.numberWords[word] : undefined) ?? Number(word.replace(/,/g, ''));
    if (g.a && !(Object.hasOwn(k.scales, word) || word === 'hundred' || word === 'dozen')) continue; // "a two-…" is not a count
    if (g.sc) n *= k.countScales[g.sc.toLowerCase()] ?? 100;
    if (!Number.isFinite(n)) continue;
    const counted = countedAfter(text, end, s.end, k);
    if (!counted) continue;
    end = counted.end;
    const q = qualifierBefore(text, start, k, s.start);
    const r: Raw = { start: q.start, end, kind: 'count', value: String(n), what: counted.what };
    if (q.q) r.qualifier = q.q;
    add(r);
  }
  // Names: runs of capitalised words (not in a Title Case headline, where capitals say nothing).
  const lettered = body.match(/\p{L}{4,}/gu) ?? [];
  const titleCase = lettered.length >= 3 && lettered.filter((w) => /^\p{Lu}/u.test(w)).length / lettered.length > 0.6 && !/[.!?]["”»]?\s*$/u.test(body);
  const nameRe = /(?<![\p{L}\p{N}'’])(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,})(?:\s+(?:of\s+the\s+|of\s+|for\s+)?(?:\p{Lu}[\p{L}'’.-]*|\([\p{Lu}]{2,}\)))*/gu;
  while (!titleCase && (m = nameRe.exec(body)) !== null) {
    const runAt = s.start + m.index;
    // The run's words with their offsets in the text: the words of a name may
    // be separated by any white space (a line break, two spaces, NBSP), so
    // offsets are never computed on the name written with single spaces.
    const words: { w: string; at: number }[] = [];
    const wordRe = /\S+/gu;
    const run = m[0].replace(/['’]s$/, '').replace(/[.,]$/, '');
    let wm: RegExpExecArray | null;
    while ((wm = wordRe.exec(run)) !== null) words.push({ w: wm[0], at: runAt + wm.index });
    // Leading function words and roles ("Last", "President") are not part of the name.
    while (words.length > 0 && !k.places.has(words[0]!.w) && notName(words.map((x) => x.w), /^[^\p{L}\p{N}]*$/u.test(text.slice(s.start, words[0]!.at)), c)) {
      words.shift();
      while (words[0] && /^(?:of|for|the)$/.test(words[0].w)) words.shift();
    }
    // `txt` is the name with single spaces (the value); `at(i)` maps an index of it back to the text.
    const txt = words.map((x) => x.w).join(' ');
    if (!txt || txt.length < 2) continue;
    const at = (i: number) => {
      let from = 0;
      for (const x of words) {
        if (i <= from + x.w.length) return x.at + Math.max(0, i - from);
        from += x.w.length + 1;
      }
      return words[words.length - 1]!.at + words[words.length - 1]!.w.length;
    };
    const start = words[0]!.at;
    const end = at(txt.length);
    if (!free(start, end)) continue;
    // "Mark Hiznay of the UN Institute…": a person, then an organisation.
    const of = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) of (?:the )?(.+)$/u.exec(txt);
    if (of) {
      add({ start, end: at(of[1]!.length), kind: 'person', value: of[1]! });
      add({ start: at(txt.length - of[2]!.length), end, kind: 'organization', value: of[2]! });
      continue;
    }
    // "Geneva Jane Smith": a place or role, then a two-word name.
    const tail = /^(.+) (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)$/u.exec(txt);
    if (tail && !k.orgWords.test(txt) && (k.places.has(tail[1]!) || k.notNameWords.has(tail[1]!.toLowerCase()) || k.titles.has(tail[1]!.split(' ').pop()!.toLowerCase()))) {
      add({ start: at(txt.length - tail[2]!.length), end, kind: 'person', value: tail[2]! });
      continue;
    }
    let kind = nameKind(txt, start === s.start || /^\s*$/.test(text.slice(s.start, start)), k);
    // "Storm Shadow missiles": a name used as a modifier of a common noun is a product, not a person.
    if (kind === 'person' && /^\s+\p{Ll}{4,}s\b/u.test(text.slice(end, end + 20)) && !/^\s+(?:does|says|writes|notes|adds|tells|claims|warns|believes|thinks|wants|needs|seems)\b/.test(text.slice(end, end + 20))) kind = undefined;
    if (!kind) continue;
    add({ start, end, kind, value: txt });
  }
  return out.sort((a, b) => a.start - b.start);
}

function nameKind(name: string, sentenceStart: boolean, k: Lexicon): FactKind | undefined {
  const words = name.split(' ');
  if (k.placeWords.test(name) || k.places.has(name)) return 'place';
  if (k.orgWords.test(name)) return 'organization';
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !DEMONYM.test(w))) return 'person';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(name)) return 'organization';
  if (sentenceStart || words.length === 1) return undefined;
  return 'organization';
}

const CONJ = new Set(['and', 'but', 'or', 'then']);

/**
 * The event a date dates: the nearest past-tense verb before it in the clause,
 * stemmed ("ratified" → "ratifi"), and that verb's subject: the name or noun
 * before it in the sentence ("Kiev signed" → kiev; "the treaty, signed on" →
 * treaty; "Kiev signed … and ratified it" → kiev), mapped to its alias id so
 * "Kiev" and "Ukraine" are one subject.
 */
function datedEvent(text: string, s: Span, pos: number, k: Lexicon): { what?: string; subject?: string } | undefined {
  // Within the clause: "ratified in 2005, begun on February 24" dates "begun", not "ratified".
  const clauseStart = Math.max(s.start, pos - 90);
  const before = text.slice(clauseStart, pos);
  const clause = before.split(/[,;]/).pop()!;
  const re = /\p{L}+/gu;
  const ws: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  const offset = pos - clause.length;
  while ((m = re.exec(clause)) !== null) ws.push({ w: m[0], at: offset + m.index });
  for (let i = ws.length - 1; i >= Math.max(0, ws.length - 10); i--) {
    const w = ws[i]!.w.toLowerCase();
    if (/(?:ed|gan)$/.test(w) && w.length > 3) return { what: k.stem(w), ...subjectBefore(text, s, ws[i]!.at, k) };
  }
  return undefined;
}

function subjectBefore(text: string, s: Span, verbAt: number, k: Lexicon, depth = 0): { subject?: string } {
  const before = text.slice(s.start, verbAt);
  const tokens = before.match(/\p{L}[\p{L}'’.-]*|[,;:]/gu) ?? [];
  let i = tokens.length - 1;
  // Skip auxiliaries, pronouns and adverbs ("was", "has already", "it"): function words that are not conjunctions.
  const skip = (t: string) => !CONJ.has(t.toLowerCase()) && !/^(?:which|who|that)$/iu.test(t) && (k.notNameWords.has(t.toLowerCase()) || k.skipBeforeVerb.has(t.toLowerCase()) || /\p{Ll}+ly$/u.test(t));
  while (i >= 0 && skip(tokens[i]!)) i--;
  // "the treaty, signed on …": the noun the participle follows.
  if (i >= 0 && tokens[i] === ',') i--;
  if (i < 0) return {};
  const t = tokens[i]!;
  if (CONJ.has(t.toLowerCase()) && depth === 0) {
    // "Kiev signed … and ratified it": the subject of the verb before.
    const prev = /(\p{L}+(?:ed|gan))\b[^]*$/u.exec(before.slice(0, before.toLowerCase().lastIndexOf(t.toLowerCase())));
    if (prev) return subjectBefore(text, s, s.start + prev.index, k, depth + 1);
    return {};
  }
  if (!/^\p{L}/u.test(t) || k.notNameWords.has(t.toLowerCase())) return {};
  // A capitalised run ("The Washington Post", "Kiev"), else the noun.
  let j = i;
  while (j > 0 && /^\p{Lu}/u.test(t) && /^\p{Lu}/u.test(tokens[j - 1]!)) j--;
  const phrase = tokens.slice(j, i + 1).join(' ').replace(/^the\s+/i, '').replace(/['’]s$/u, '').toLowerCase();
  // The longest alias ending here ("the Convention on the Prohibition of Anti-Personnel Mines" → the treaty's id).
  for (let n = Math.min(i, 9); n >= 0; n--) {
    const id = k.aliasOf.get(tokens.slice(i - n, i + 1).join(' ').replace(/^the\s+/i, '').toLowerCase());
    if (id) return { subject: id };
  }
  return { subject: phrase };
}

function keyOf(r: Raw, persons: Map<string, string>): string {
  switch (r.kind) {
    case 'date': {
      // Two things dated alike are two facts: the subject ("kiev", "ottawa-convention") is part of the key when known.
      const base = `date:${/^\d{4}(?:-|$)/.test(r.value) ? r.value.slice(0, 4) : r.value}`;
      return r.subject ? `${base}@${r.subject}` : base;
    }
    case 'count':
      return `count:${r.value}:${r.what}`;
    case 'money':
      return `money:${r.value}:${r.what}`;
    case 'percent':
      return `percent:${r.value}`;
    case 'person':
      return `person:${(persons.get(r.value) ?? r.value).split(' ').pop()!.toLowerCase()}`;
    case 'organization':
    case 'place':
      return `${r.kind}:${r.value.toLowerCase().replace(/^the\s+/, '')}`;
  }
}

/** Facts and figures of one report. `sentences`: sorted, non-overlapping spans of `text`. */
export function detectFactsReference(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE): FactResult {
  const c: Context = { k: lexiconOf(profile), lowercase: lowercaseVocabulary(text) };
  const facts: Fact[] = [];
  const persons = new Map<string, string>();
  const fullNames: string[] = [];
  // The first person named so far by last word: `fullNames.find((n) => n.endsWith(` ${w}`))` for a word w
  // without spaces, without scanning every name (that was quadratic in a report's length).
  const byLastWord = new Map<string, string>();
  sentences.forEach((s, sentence) => {
    for (const r of detectIn(text, s, c)) {
      if (r.kind === 'person') {
        fullNames.push(r.value);
        const space = r.value.lastIndexOf(' ');
        if (space >= 0 && !byLastWord.has(r.value.slice(space + 1))) byLastWord.set(r.value.slice(space + 1), r.value);
      }
      // A single capitalised word that is the surname of a person named before is that person.
      if ((r.kind === 'organization' || r.kind === 'place') && !r.value.includes(' ')) {
        const full = r.value === '' ? fullNames.find((n) => n.endsWith(' ')) : byLastWord.get(r.value);
        if (full) {
          r.kind = 'person';
          persons.set(r.value, full);
        }
      }
      const fact: Fact = { start: r.start, end: r.end, kind: r.kind, sentence, value: r.value, key: keyOf(r, persons) };
      if (r.qualifier) fact.qualifier = r.qualifier;
      if (r.what) fact.what = r.what;
      if (r.subject) fact.subject = r.subject;
      facts.push(fact);
    }
  });
  return { facts };
}
