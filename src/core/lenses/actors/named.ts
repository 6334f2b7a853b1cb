/**
 * Actors without a per-event table: the people and bodies a report names,
 * each with every name it uses for them, grouped so the same id comes out of
 * every outlet (docs/lens.md, "Actors").
 *
 * - People: a capitalised name of two or three words introduced with a title
 *   ("President Thomas Hale", "Sen. Rosa Delgado", "Majority Leader Dana
 *   Whitfield"), or named as a speaker by the voices lens. Their mentions: the
 *   full name, title + surname ("Sen. Ellison"), the surname alone, and "the
 *   <title>" ("the president", "the senator") when exactly one person of the
 *   report holds that title. Id: `person:<surname>`.
 * - Bodies: a capitalised run holding an institution word of the profile
 *   (institutions.json: "Congressional Budget Office", "Department of Homeland
 *   Security", "American Civil Liberties Union", "Senate"), and acronyms: one in
 *   brackets after the name, or a capitalised acronym equal to the initials of
 *   a body's name ("ACLU"). Id: `org:<acronym>` when the name has three or more
 *   initials (so "ACLU" in one outlet and "American Civil Liberties Union" in
 *   another are one actor), else `org:<name>`.
 *   Descriptions the voices lens resolved to a person ("…," the senator said)
 *   count for that person too.
 * - An alias of the profile (an override's aliases.json) gives its id instead.
 * Labels found so are neutral: tone comes from the lexicon groups and the loaded lens.
 */
import type { LanguageProfile } from '../../language/profile';
import { spanIndexOf } from '../../text/phrases';
import type { ActorMention, Span, VoiceResult } from '../../types';

const ROLE_NOUNS: Record<string, string> = { sen: 'senator', senator: 'senator', rep: 'representative', representative: 'representative', gov: 'governor', governor: 'governor', pres: 'president', president: 'president', secretary: 'secretary', sec: 'secretary', speaker: 'speaker', mayor: 'mayor' };
const LINKS = new Set(['of', 'the', 'for', 'and']);

export interface NamedActors {
  mentions: ActorMention[];
  /** Actor id → readable name ("Thomas Hale (President)", "American Civil Liberties Union"). */
  names: Map<string, string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Person {
  id: string;
  full: string;
  surname: string;
  role?: string;
  nouns: Set<string>;
}

/** `scan`: how the patterns are matched (scanSpecs; tests pass the reference scanRegex). */
export function namedActors(
  text: string,
  sentences: Span[],
  profile: LanguageProfile,
  voices?: VoiceResult,
  taken: readonly Span[] = [],
  scan: typeof scanSpecs = scanSpecs,
): NamedActors {
  const titles = profile.titles;
  const abbrevs = new Set(profile.abbreviations.always);
  const aliasOf = new Map(profile.aliases.flatMap((e) => [e.label, ...e.aliases].map((a) => [a.toLowerCase(), e.id] as [string, string])));
  const instWords = new RegExp(`^(?:${[...profile.institutions.common, ...profile.institutions.speakerOnly, ...profile.institutions.organizationOnly].join('|') || '(?!)'})$`, 'u');
  const isTitle = (w: string) => titles.has(w.replace(/\.$/, '').toLowerCase()) || (w.endsWith('.') && abbrevs.has(w.slice(0, -1).toLowerCase()));
  const isNameWord = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !isTitle(w) && !profile.functionWords.has(w.toLowerCase());

  // People.
  const persons = new Map<string, Person>();
  const addPerson = (full: string, role?: string) => {
    const parts = full.split(' ');
    if (parts.length < 2 || parts.length > 3) return;
    const surname = parts[parts.length - 1]!;
    const id = aliasOf.get(full.toLowerCase()) ?? `person:${surname.toLowerCase()}`;
    let p = persons.get(id);
    if (!p) persons.set(id, (p = { id, full, surname, nouns: new Set() }));
    if (role && !p.role) p.role = role;
    for (const w of (role ?? '').split(/[\s,]+/)) {
      const n = ROLE_NOUNS[w.replace(/\.$/, '').toLowerCase()];
      if (n) p.nouns.add(n);
    }
  };
  const runRe = /(?<![\p{L}.])((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    runRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = runRe.exec(body)) !== null) {
      const words = m[1]!.split(/\s+/);
      let i = 0;
      while (i < words.length && isTitle(words[i]!)) i++;
      if (i === 0) continue;
      const name = words.slice(i);
      if (name.length >= 2 && name.length <= 3 && name.every(isNameWord)) addPerson(name.join(' '), words.slice(0, i).join(' '));
    }
  }
  for (const t of voices?.summary.speakers ?? []) if (t.type === 'person' && /^\p{Lu}/u.test(t.name)) addPerson(t.name, t.role);

  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const titleWords = [...new Set([...titles, ...abbrevs].filter((t) => /^\p{L}+$/u.test(t)).map(cap))].sort((a, b) => b.length - a.length);
  const titleRun = `(?:(?:${titleWords.map(escape).join('|') || '(?!)'})\.?[ \t]+){1,3}`;
  /**
   * A pattern and its actor. `lead`: literal texts a match of it starts with
   * (unless `titled`: it may start with a title instead); `literal`: the
   * pattern is exactly that text. They let the scan below try at a word only
   * the patterns that can start there.
   */
  type Spec = { re: string; id: string; lead?: string[]; literal?: string; titled?: boolean; after?: string };
  const specs: Spec[] = [];
  const nounHolders = new Map<string, Person[]>();
  for (const p of persons.values()) {
    for (const n of p.nouns) nounHolders.set(n, [...(nounHolders.get(n) ?? []), p]);
    specs.push({ re: `(?:${titleRun})?${escape(p.full)}`, id: p.id, lead: [p.full], titled: true, after: p.full });
    specs.push({ re: `${titleRun}${escape(p.surname)}`, id: p.id, titled: true, after: p.surname });
    specs.push({ re: escape(p.surname), id: p.id, lead: [p.surname], literal: p.surname });
  }
  for (const [noun, holders] of nounHolders) if (holders.length === 1) specs.push({ re: `[Tt]he\\s+${noun}`, id: holders[0]!.id, lead: ['The', 'the'] });

  // Bodies: runs of capitalised words with an institution word, and their acronyms.
  const orgs = new Map<string, string>();
  const orgRe = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|the|for|and)?\s*\p{Lu}[\p{L}'’-]*){0,6})(?:\s+\((\p{Lu}{2,6})\))?/gu;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    orgRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = orgRe.exec(body)) !== null) {
      let name = m[1]!.replace(/^(?:The|A|An)\s+/u, '');
      const words = name.split(/\s+/);
      if (!words.some((w) => instWords.test(w))) continue;
      // Drop leading titles or roles ("Senate Majority Leader Dana Whitfield" is a person, not a body).
      if (words.some((w) => isTitle(w) && !instWords.test(w))) continue;
      name = words.join(' ');
      const initials = words.filter((w) => !LINKS.has(w.toLowerCase())).map((w) => w[0]).join('');
      const acronym = m[2] ?? (initials.length >= 3 ? initials : undefined);
      const id = aliasOf.get(name.toLowerCase()) ?? `org:${(acronym ?? name).toLowerCase().replace(/\s+/g, '-')}`;
      if (!orgs.has(id) || orgs.get(id)!.length < name.length) orgs.set(id, name);
      specs.push({ re: escape(name), id, lead: [name], literal: name });
      if (acronym) specs.push({ re: acronym, id, lead: [acronym], literal: acronym });
    }
  }
  // Acronyms standing alone ("The ACLU"): an org id of its own letters, shared across outlets.
  const acrRe = /(?<![\p{L}])(\p{Lu}{3,6})(?![\p{L}])/gu;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    acrRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = acrRe.exec(body)) !== null) {
      const id = aliasOf.get(m[1]!.toLowerCase()) ?? `org:${m[1]!.toLowerCase()}`;
      if (!orgs.has(id) && body.slice(m.index - 1, m.index) !== '(') {
        orgs.set(id, m[1]!);
        specs.push({ re: m[1]!, id, lead: [m[1]!], literal: m[1]! });
      }
    }
  }

  const names = new Map<string, string>();
  for (const p of persons.values()) names.set(p.id, p.role ? `${p.full} (${p.role})` : p.full);
  for (const [id, name] of orgs) names.set(id, name);
  if (specs.length === 0) return { mentions: [], names };
  // One alternative per pattern (a body named in every sentence adds it once), longest first; whole words.
  const unique = new Map<string, Spec>();
  for (const x of specs) if (!unique.has(x.re)) unique.set(x.re, x);
  specs.length = 0;
  specs.push(...unique.values());
  specs.sort((a, b) => b.re.length - a.re.length);
  const takenSorted = [...taken].sort((a, b) => a.start - b.start);
  const overlaps = (list: readonly Span[], start: number, end: number) => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = list[mid]!;
      if (x.end <= start) lo = mid + 1;
      else if (x.start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const mentions: ActorMention[] = [];
  for (const { index, start, end } of scan(text, specs, titleWords)) {
    const si = spanIndexOf(sentences, start, end);
    if (si < 0 || overlaps(takenSorted, start, end)) continue;
    const id = specs[index]!.id;
    const label = text.slice(start, end).replace(/\s+/g, ' ').replace(/^the\s/u, 'the ');
    mentions.push({ start, end, actor: id, label: /^the /iu.test(label) ? label.toLowerCase() : label, tone: 'neutral', sentence: si });
  }
  // Descriptions the voices lens resolved to a person ("the senator said" → Mark Ellison).
  const found = [...mentions];
  const resolvedAt = new Set<number>();
  const byFull = new Map([...persons.values()].map((q) => [q.full, q]));
  for (const a of voices?.attributions ?? []) {
    const sp = a.speaker;
    if (!sp?.resolved || !sp.mention || sp.type !== 'person') continue;
    const words = text.slice(sp.mention.start, sp.mention.end);
    if (!/^the\s/iu.test(words) || overlaps(found, sp.mention.start, sp.mention.end) || resolvedAt.has(sp.mention.start)) continue;
    resolvedAt.add(sp.mention.start);
    const p = byFull.get(sp.name);
    if (!p) continue;
    mentions.push({ start: sp.mention.start, end: sp.mention.end, actor: p.id, label: words.toLowerCase().replace(/\s+/g, ' '), tone: 'neutral', sentence: a.sentence });
  }
  mentions.sort((a, b) => a.start - b.start);
  const used = new Set(mentions.map((x) => x.actor));
  return { mentions, names: new Map([...names].filter(([id]) => used.has(id))) };
}

interface SpecMatch {
  /** The pattern's index in the list. */
  index: number;
  start: number;
  end: number;
}

const WORD_BEFORE = '(?<![\\p{L}\\p{N}\\-])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * The matches of one alternation of `specs` (in their order) over the whole
 * text, whole words: `(?<![\p{L}\p{N}-])(?:s0|s1|…)(?![\p{L}\p{N}])`, scanned
 * left to right, the first pattern that matches at a position winning.
 *
 * That one regular expression is what this replaces: with a report's few
 * hundred names in it, V8 tried every alternative at every position of the
 * text, and the actors lens took 75 % of a 3 × 1,000-sentence analysis (55 s
 * of a 73 s profile on a loaded machine; docs/performance.md). Here each word
 * start tries only the patterns that can start with that word: a literal
 * pattern's first word must BE the text's word there (the match ends at a
 * word boundary or goes on with a non-word character), and a pattern that may
 * open with a title only where the word is a title, or a title plus one
 * character (`titleRun` allows any one character after it), and then only
 * if a name such a pattern holds (`after`) can follow the titles. Same matches,
 * same order (the alternatives keep their order: the lowest index that
 * matches wins); `namedActorsRegex` is the single expression, kept as the
 * reference in tests and for any pattern that does not start with a word.
 */
export function scanSpecs(
  text: string,
  specs: readonly { re: string; lead?: string[]; literal?: string; titled?: boolean; after?: string }[],
  titleWords: readonly string[],
): SpecMatch[] {
  const byWord = new Map<string, number[]>();
  const titled: number[] = [];
  /** First words of what follows the titles in the titled patterns (undefined: unknown, always try them). */
  let afterTitles: Set<string> | undefined = new Set();
  let exact = true;
  specs.forEach((x, index) => {
    if (x.titled) {
      titled.push(index);
      const word = x.after === undefined ? undefined : /^[\p{L}\p{N}]+/u.exec(x.after)?.[0];
      if (word === undefined) afterTitles = undefined;
      else afterTitles?.add(word);
    }
    if (!x.lead) {
      if (!x.titled) exact = false;
      return;
    }
    for (const lead of x.lead) {
      const word = /^[\p{L}\p{N}]+/u.exec(lead)?.[0];
      // A lone surrogate half in a pattern matches differently from startsWith: leave such a set to the expression.
      if (!word || /[\uD800-\uDFFF]/.test(lead)) {
        exact = false;
        continue;
      }
      const list = byWord.get(word);
      if (!list) byWord.set(word, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  if (!exact) return scanRegex(text, specs);

  const titles = new Set(titleWords);
  // All patterns that may open with a title, in one expression: it returns the first of them that matches.
  const titledRe = titled.length ? new RegExp(`${WORD_BEFORE}(?:${titled.map((k) => `(${specs[k]!.re})`).join('|')})${WORD_AFTER}`, 'uy') : undefined;
  const own: (RegExp | undefined)[] = [];
  const ownRe = (k: number) => (own[k] ??= new RegExp(`${WORD_BEFORE}(?:${specs[k]!.re})${WORD_AFTER}`, 'uy'));
  const wordChar = /[\p{L}\p{N}]/uy;
  const runAt = /[\p{L}\p{N}]+/uy;
  const run = (at: number) => {
    runAt.lastIndex = at;
    return runAt.exec(text)?.[0];
  };
  const withoutLast = (w: string) => w.slice(0, w.length > 2 && /[\uDC00-\uDFFF]/.test(w[w.length - 1]!) ? -2 : -1);
  const isBlank = (at: number) => text[at] === ' ' || text[at] === '\t';
  const blanks = (at: number) => {
    while (isBlank(at)) at++;
    return at;
  };
  /**
   * Whether a run of one to three titles (`titleRun`: a title, any one
   * character, spaces or tabs) starting at `at` can be followed by a word that
   * opens a titled pattern's name: only then can a titled pattern match there
   * using its titles (most title-like words, "State", "General", are not
   * followed by a known name).
   */
  const titlesThenName = (at: number, units: number): boolean => {
    const w = run(at);
    if (w === undefined) return false;
    const ends: number[] = [];
    const end = at + w.length;
    if (titles.has(w)) {
      if (isBlank(end)) ends.push(blanks(end));
      else if (end < text.length && !/[\n\r\u2028\u2029]/.test(text[end]!)) {
        // `.` takes one code point (two units for a surrogate pair).
        const next = end + (/[\uD800-\uDBFF]/.test(text[end]!) && /[\uDC00-\uDFFF]/.test(text[end + 1] ?? '') ? 2 : 1);
        if (isBlank(next)) ends.push(blanks(next));
      }
    }
    if (w.length > 1 && titles.has(withoutLast(w)) && isBlank(end)) ends.push(blanks(end));
    for (const e of ends) {
      const name = run(e);
      if (name !== undefined && afterTitles!.has(name)) return true;
      if (units < 3 && titlesThenName(e, units + 1)) return true;
    }
    return false;
  };
  const words = /(?<![\p{L}\p{N}\-])[\p{L}\p{N}]+/gu;
  const out: SpecMatch[] = [];
  let w: RegExpExecArray | null;
  while ((w = words.exec(text)) !== null) {
    const start = w.index;
    const word = w[0];
    let best = -1;
    let end = -1;
    const cut = word.length > 1 ? withoutLast(word) : '';
    const titleHere = titles.has(word) || titles.has(cut);
    if (titledRe) {
      if (titleHere && (afterTitles === undefined || titlesThenName(start, 1))) {
        titledRe.lastIndex = start;
        const m = titledRe.exec(text);
        if (m) {
          let g = 1;
          while (m[g] === undefined) g++;
          best = titled[g - 1]!;
          end = start + m[0].length;
        }
      }
    }
    for (const k of byWord.get(word) ?? []) {
      if (best >= 0 && k >= best) break;
      const x = specs[k]!;
      // Where no title starts, "(?:titles)?Full Name" is its name alone: compared as text, no expression compiled
      // for it (one per person: 377 → 366 MB peak RSS at 6 × 2,000 sentences).
      const literal = x.literal ?? (x.titled && !titleHere ? x.after : undefined);
      if (literal !== undefined) {
        if (!text.startsWith(literal, start)) continue;
        wordChar.lastIndex = start + literal.length;
        if (wordChar.test(text)) continue;
        best = k;
        end = start + literal.length;
        break;
      }
      const re = ownRe(k);
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        best = k;
        end = start + m[0].length;
        break;
      }
    }
    if (best < 0) continue;
    out.push({ index: best, start, end });
    words.lastIndex = end;
  }
  return out;
}

/** The same matches with the one regular expression (the reference; slow with many patterns). */
export function scanRegex(text: string, specs: readonly { re: string }[]): SpecMatch[] {
  const re = new RegExp(`${WORD_BEFORE}(?:${specs.map((x, i) => `(?<s${i}>${x.re})`).join('|')})${WORD_AFTER}`, 'gu');
  const out: SpecMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const k = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];
    out.push({ index: Number(k.slice(1)), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
