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
import { WordTable } from '../../text/intern';
import { capitalRuns, charRuns, cls, hasSurrogates, L, N, reportRuns, S, splitSpaces, type Runs } from '../voices/chars';
import { acronyms, orgRuns, RunSpans, sentenceRuns, type SentenceRuns } from './runs';

/** Expressions tested per word, made once (a `\p{…}` literal in a function is built per evaluation under tsx: see facts/detect.ts). */
const RE_NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const RE_CAPITAL_FIRST = /^\p{Lu}/u;
const ROLE_NOUNS: Record<string, string> = { sen: 'senator', senator: 'senator', rep: 'representative', representative: 'representative', gov: 'governor', governor: 'governor', pres: 'president', president: 'president', secretary: 'secretary', sec: 'secretary', speaker: 'speaker', mayor: 'mayor' };
const LINKS = new Set(['of', 'the', 'for', 'and']);

export interface NamedActors {
  mentions: ActorMention[];
  /** Actor id → readable name ("Thomas Hale (President)", "American Civil Liberties Union"). */
  names: Map<string, string>;
}

function escape(s: string): string {
  // Most names hold none of the syntax characters: returned as they are after a scan of their units (the replace
  // ran ~1,700 times per 3 × 1,000 reports, for each person's and body's patterns and scanSpecs' shape checks).
  for (let i = 0; i < s.length; i++) if (isSyntaxUnit(s.charCodeAt(i))) return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return s;
}
/** One of `.*+?^${}()|[]\`, which escape prefixes with a backslash. */
function isSyntaxUnit(c: number): boolean {
  return c === 46 || c === 42 || c === 43 || c === 63 || c === 94 || c === 36 || c === 123 || c === 125 || c === 40 || c === 41 || c === 124 || c === 91 || c === 93 || c === 92;
}

/**
 * A pattern and its actor. `lead`: literal texts a match of it starts with
 * (unless `titled`: it may start with a title instead); `literal`: the
 * pattern is exactly that text. They let the scan below try at a word only
 * the patterns that can start there.
 */
type Spec = { re: string; id: string; lead?: string[]; literal?: string; titled?: boolean; after?: string };

/** sentenceRuns' arrays, reused by every call (namedActors reads them before it returns). */
const SCRATCH: SentenceRuns = { caps: new RunSpans(), orgs: new RunSpans(), acronyms: new RunSpans() };
/** namedActors' calls so far (RunEntry's marks). */
let calls = 0;

/** The body a run's name names: its name (the article dropped) and initials. */
interface Body {
  name: string;
  initials: string;
}

/**
 * What namedActors reads from a run's text, by the text (the profile's memo): each reading depends on the text
 * and the profile alone, so a run seen in an earlier report is not read again. `personCall`, `orgCall`: the last
 * call that read it as a capital run, as an org name without an acronym (each is read once per call).
 */
interface RunEntry {
  readonly surface: string;
  /** As a capital run: the person it names after its titles (undefined: not read yet). */
  person: { name: string; role: string } | null | undefined;
  /** As an org run's name: the body it names (undefined: not read yet). */
  body: Body | null | undefined;
  /** As an acronym standing alone: its actor id. */
  acronymId: string | undefined;
  personCall: number;
  orgCall: number;
}

function runEntry(surface: string): RunEntry {
  return { surface, person: undefined, body: undefined, acronymId: undefined, personCall: 0, orgCall: 0 };
}

/** A person's id and surname by their full name (two or three words), or null. */
function personKeyOf(aliasOf: ReadonlyMap<string, string>, full: string): { id: string; surname: string } | null {
  const words = full.split(' ');
  if (words.length < 2 || words.length > 3) return null;
  const surname = words[words.length - 1]!;
  return { id: aliasOf.get(full.toLowerCase()) ?? `person:${surname.toLowerCase()}`, surname };
}

/** The role nouns ("senator") a role's words ("Sen.", "Majority Leader") name, in order (repeats kept: a Set takes them). */
function roleNounsOf(role: string): string[] {
  const out: string[] = [];
  for (const w of role.split(/[\s,]+/)) {
    const n = ROLE_NOUNS[withoutDot(w).toLowerCase()];
    if (n) out.push(n);
  }
  return out;
}

/** Whether `w` is a title or an abbreviation of one with its dot ("Sen."), by the profile's memo. */
function isTitleIn(parts: ProfileParts, w: string): boolean {
  const memo = parts.titleMemo;
  let t = memo.get(w);
  if (t === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(w, (t = parts.titles.has(withoutDot(w).toLowerCase()) || (w.endsWith('.') && parts.abbrevs.has(w.slice(0, -1).toLowerCase()))));
  }
  return t;
}

/**
 * The person a capital run names: after one or more titles, two or three name words; its name and its titles (the
 * role), or null.
 */
function personOf(parts: ProfileParts, profile: LanguageProfile, run: string): { name: string; role: string } | null {
  // A run adds a person only after a title: its first word (up to the first white space, as the split cuts it)
  // is asked first, and the ~94 % of runs that open otherwise are not split.
  if (!isTitleIn(parts, run.slice(0, spaceAt(run)))) return null;
  const words = splitSpaces(run);
  let i = 0;
  while (i < words.length && isTitleIn(parts, words[i]!)) i++;
  if (i === 0) return null;
  const name = words.slice(i);
  const isNameWord = (w: string) => RE_NAME_WORD.test(w) && !isTitleIn(parts, w) && !profile.functionWords.has(w.toLowerCase());
  return name.length >= 2 && name.length <= 3 && name.every(isNameWord) ? { name: name.join(' '), role: words.slice(0, i).join(' ') } : null;
}

/** The body an org run's name names (one of its words an institution word, none a title that is not one), or null. */
function bodyOfName(parts: ProfileParts, name: string): Body | null {
  const { instWord } = parts;
  if (!hasSpace(name)) {
    // One word (most runs: "The", "But", "Hale"): the article is not stripped (no white space follows it), and a
    // title that is an institution word does not disqualify it; the same reading without the expressions.
    return instWord(name) ? { name, initials: LINKS.has(name.toLowerCase()) ? '' : name[0]! } : null;
  }
  const words = splitSpaces(name.replace(/^(?:The|A|An)\s+/u, ''));
  // Drop leading titles or roles ("Senate Majority Leader Dana Whitfield" is a person, not a body).
  return !words.some(instWord) || words.some((w) => isTitleIn(parts, w) && !instWord(w))
    ? null
    : { name: words.join(' '), initials: words.filter((w) => !LINKS.has(w.toLowerCase())).map((w) => w[0]).join('') };
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
  const parts = partsOf(profile);
  const { aliasOf, titleWords, titleRun, memo } = parts;
  // This call's mark on the memo's entries (RunEntry: which runs it has read).
  const call = ++calls;

  // People.
  const persons = new Map<string, Person>();
  // A name's id and surname, and a role's nouns, depend on the text and the profile alone: read once per profile
  // (the splits, lower-casing and look-ups per person run were ~4 % of namedActors).
  const addPerson = (full: string, role?: string) => {
    let key = parts.personKeys.get(full);
    if (key === undefined) {
      if (parts.personKeys.size >= MEMO_LIMIT) parts.personKeys.clear();
      parts.personKeys.set(full, (key = personKeyOf(aliasOf, full)));
    }
    if (key === null) return;
    const { id, surname } = key;
    let p = persons.get(id);
    if (!p) persons.set(id, (p = { id, full, surname, nouns: new Set() }));
    if (role && !p.role) p.role = role;
    const r = role ?? '';
    let nouns = parts.roleNouns.get(r);
    if (nouns === undefined) {
      if (parts.roleNouns.size >= MEMO_LIMIT) parts.roleNouns.clear();
      parts.roleNouns.set(r, (nouns = roleNounsOf(r)));
    }
    for (let k = 0; k < nouns.length; k++) p.nouns.add(nouns[k]!);
  };
  // Whether the text holds surrogates (then the scans below use their expressions), once: checked per sentence and
  // scan it showed 11 ms in a loaded profile.
  // The letter runs of the text, once for the three scans of each sentence below (capital runs, bodies, acronyms),
  // and its runs of letters and digits for scanSpecs: each was a pass over every character of its sentence or the
  // text (with surrogates, the expressions read slices instead). The voices lens, run first, has made them; the
  // facts lens, run last, reads them too and takes them.
  const runs = reportRuns(text, sentences);
  const surrogates = runs.surrogates;
  const letters = surrogates ? undefined : runs.letters;
  // The capitalised runs of each sentence, `/(?<![\p{L}.])((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu`
  // read by hand (capitalRuns; runs.ts for the bodies and acronyms below).
  // A run's reading depends on its text alone, and addPerson with a name and role it was given before changes
  // nothing (the first role stays, the nouns are a set): each distinct run is read and added once per call, and its
  // reading (personOf) kept in the profile's memo for the next report.
  // The runs come as positions (sentenceRuns, text without surrogates) and are looked up in the memo in place: the
  // slices and Map look-ups of every run (~7,400 a report, most "The", "But", a name seen before) went.
  const personRun = (src: string, p: number, e: number) => {
    const entry = memo.get(src, p, e) ?? memo.entry(memo.add(runEntry(src.slice(p, e))));
    if (entry.personCall === call) return;
    entry.personCall = call;
    let person = entry.person;
    if (person === undefined) entry.person = person = personOf(parts, profile, entry.surface);
    if (person !== null) addPerson(person.name, person.role);
  };
  // Bodies: runs of capitalised words with an institution word, and their acronyms.
  const orgs = new Map<string, string>();
  const bodySpecs: Spec[] = [];
  // A run (its name and bracketed acronym) seen before adds nothing: the same id and name to `orgs` (a no-op) and the
  // same patterns (deduplicated below, first kept). Skipped whole, not re-read: a body recurs in sentence after
  // sentence, and each occurrence lower-cased, escaped and keyed its name again (the bodies loop was ~15 ms of
  // ~45 per 3 × 1,000 reports, ~7,400 runs). A name known to name no body ends at its memo entry whatever its
  // acronym (most runs: "The", "But", people).
  const withAcronymDone = new Set<string>();
  const orgRun = (src: string, p: number, e: number, acronymText: string | undefined) => {
    const entry = memo.get(src, p, e) ?? memo.entry(memo.add(runEntry(src.slice(p, e))));
    let body = entry.body;
    if (body === null) return;
    if (acronymText === undefined) {
      if (entry.orgCall === call) return;
      entry.orgCall = call;
    } else {
      const key = `${entry.surface}\u0000${acronymText}`;
      if (withAcronymDone.has(key)) return;
      withAcronymDone.add(key);
    }
    if (body === undefined) entry.body = body = bodyOfName(parts, entry.surface);
    if (body === null) return;
    const { name, initials } = body;
    const acronym = acronymText ?? (initials.length >= 3 ? initials : undefined);
    const id = aliasOf.get(name.toLowerCase()) ?? `org:${(acronym ?? name).toLowerCase().replace(/\s+/g, '-')}`;
    if (!orgs.has(id) || orgs.get(id)!.length < name.length) orgs.set(id, name);
    bodySpecs.push({ re: escape(name), id, lead: [name], literal: name });
    if (acronym) bodySpecs.push({ re: acronym, id, lead: [acronym], literal: acronym });
  };
  /** Acronyms standing alone ("The ACLU"): an org id of its own letters, shared across outlets; `open`: not after "(". */
  const acronymRun = (src: string, p: number, e: number, open: boolean) => {
    const entry = memo.get(src, p, e) ?? memo.entry(memo.add(runEntry(src.slice(p, e))));
    const t = entry.surface;
    const id = (entry.acronymId ??= aliasOf.get(t.toLowerCase()) ?? `org:${t.toLowerCase()}`);
    if (!orgs.has(id) && open) {
      orgs.set(id, t);
      bodySpecs.push({ re: t, id, lead: [t], literal: t });
    }
  };
  // Indexed loops: this function runs once per report, largely before it is optimised, where a for-of allocates an
  // iterator result per step (~1.3 MB per 3 × 1,000 reports).
  if (letters) {
    const { caps, orgs: orgList, acronyms: acronymList } = sentenceRuns(letters, sentences, 4, true, SCRATCH);
    for (let k = 0; k < caps.count; k++) personRun(text, caps.start[k]!, caps.end[k]!);
    for (const t of voices?.summary.speakers ?? []) if (t.type === 'person' && RE_CAPITAL_FIRST.test(t.name)) addPerson(t.name, t.role);
    for (let k = 0; k < orgList.count; k++) {
      const a = orgList.aStart[k]!;
      orgRun(text, orgList.start[k]!, orgList.end[k]!, a < 0 ? undefined : text.slice(a, orgList.aEnd[k]!));
    }
    for (let k = 0; k < acronymList.count; k++) {
      const p = acronymList.start[k]!;
      // `body.slice(m.index - 1, m.index) !== '('` of the sentence's text `body`.
      acronymRun(text, p, acronymList.end[k]!, p === sentences[acronymList.sentence[k]!]!.start || text.charCodeAt(p - 1) !== 40);
    }
  } else {
    // Text with surrogates: the expressions, per sentence (see ./runs.ts).
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const found = capitalRuns(text.slice(s.start, s.end), 4, true, true);
      for (let fi = 0; fi < found.length; fi++) personRun(found[fi]!.text, 0, found[fi]!.text.length);
    }
    for (const t of voices?.summary.speakers ?? []) if (t.type === 'person' && RE_CAPITAL_FIRST.test(t.name)) addPerson(t.name, t.role);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const found = orgRuns(text.slice(s.start, s.end), true);
      for (let fi = 0; fi < found.length; fi++) orgRun(found[fi]!.name, 0, found[fi]!.name.length, found[fi]!.acronym);
    }
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const found = acronyms(text.slice(s.start, s.end), true);
      for (let fi = 0; fi < found.length; fi++) {
        const m = found[fi]!;
        acronymRun(m.text, 0, m.text.length, m.index === 0 || text.charCodeAt(s.start + m.index - 1) !== 40);
      }
    }
  }

  /**
   * A pattern and its actor. `lead`: literal texts a match of it starts with
   * (unless `titled`: it may start with a title instead); `literal`: the
   * pattern is exactly that text. They let the scan below try at a word only
   * the patterns that can start there.
   */
  const specs: Spec[] = [];
  const nounHolders = new Map<string, Person[]>();
  for (const p of persons.values()) {
    for (const n of p.nouns) {
      // Pushed, not copied per holder (the copy grew with the square of the holders of a noun).
      const list = nounHolders.get(n);
      if (list) list.push(p);
      else nounHolders.set(n, [p]);
    }
    specs.push(titledSpec(titleRun, p.id, p.full, true), titledSpec(titleRun, p.id, p.surname, false));
    specs.push({ re: escape(p.surname), id: p.id, lead: [p.surname], literal: p.surname });
  }
  for (const [noun, holders] of nounHolders) if (holders.length === 1) specs.push({ re: `[Tt]he\\s+${noun}`, id: holders[0]!.id, lead: ['The', 'the'] });
  // The bodies' patterns after the people's, as when they were found after them.
  for (let k = 0; k < bodySpecs.length; k++) specs.push(bodySpecs[k]!);

  const names = new Map<string, string>();
  for (const p of persons.values()) names.set(p.id, p.role ? `${p.full} (${p.role})` : p.full);
  for (const [id, name] of orgs) names.set(id, name);
  if (specs.length === 0) return { mentions: [], names };
  // One alternative per pattern (a body named in every sentence adds it once), longest first; whole words.
  // Keyed by the name for the titled patterns: the same pattern iff the same name, and no key holds the title
  // alternation (hashing it per person cost more than the rest of the dedupe).
  const unique = new Map<string, Spec>();
  for (const x of specs) {
    const key = x.titled ? `${x.lead ? '?' : '+'}${x.after}` : `=${x.re}`;
    if (!unique.has(key)) unique.set(key, x);
  }
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
  // `surrogates`: checked once above for the whole text (each check is a pass over it).
  const matches = scan(text, specs, titleWords, surrogates, surrogates ? undefined : runs.words);
  for (let mi = 0; mi < matches.length; mi++) {
    const { index, start, end } = matches[mi]!;
    const si = spanIndexOf(sentences, start, end);
    if (si < 0 || overlaps(takenSorted, start, end)) continue;
    const id = specs[index]!.id;
    mentions.push({ start, end, actor: id, label: mentionLabel(text, start, end), tone: 'neutral', sentence: si });
  }
  // Descriptions the voices lens resolved to a person ("the senator said" → Mark Ellison).
  const found = [...mentions];
  const resolvedAt = new Set<number>();
  const byFull = new Map([...persons.values()].map((q) => [q.full, q]));
  const attributions = voices?.attributions ?? [];
  for (let ai = 0; ai < attributions.length; ai++) {
    const a = attributions[ai]!;
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

/** A mention's label as the expressions write it (mentionLabelReference); most labels are the text as written. */
export function mentionLabel(text: string, start: number, end: number): string {
  // Unchanged by `\s+` → " " when its only white space is single U+0020s; by the "the" rules when it opens with an
  // ASCII letter other than t or T (no other character folds to "t" under /iu). Two replaces and a test per mention
  // otherwise (~2,000 a report).
  const c0 = text.charCodeAt(start);
  let plain = c0 < 128 && c0 !== 0x74 && c0 !== 0x54;
  for (let i = start; plain && i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < end && (cls(text.charCodeAt(i + 1)) & S) !== 0 : (cls(c) & S) !== 0) plain = false;
  }
  return plain ? text.slice(start, end) : mentionLabelReference(text, start, end);
}

/** The label by the expressions mentionLabel stands for. */
export function mentionLabelReference(text: string, start: number, end: number): string {
  const label = text.slice(start, end).replace(/\s+/g, ' ').replace(/^the\s/u, 'the ');
  return /^the /iu.test(label) ? label.toLowerCase() : label;
}

/** The index of the first white space (`/\s/`) in `w`, or its length. */
function spaceAt(w: string): number {
  for (let i = 0; i < w.length; i++) if ((cls(w.charCodeAt(i)) & S) !== 0) return i;
  return w.length;
}

/** `w.replace(/\.$/, '')` without the expression: a final dot dropped (a word is judged once per report, ~2,000). */
function withoutDot(w: string): string {
  return w.length > 0 && w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w;
}

/** Whether `w` holds white space (`/\s/`). */
function hasSpace(w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((cls(w.charCodeAt(i)) & S) !== 0) return true;
  return false;
}

/** What namedActors reads from a profile, once per profile (it was built per call: per report and analysis). */
interface ProfileParts {
  titles: ReadonlySet<string>;
  abbrevs: Set<string>;
  /** isTitleIn's answers by word. */
  titleMemo: Map<string, boolean>;
  /** personKeyOf by full name, roleNounsOf by role. */
  personKeys: Map<string, { id: string; surname: string } | null>;
  roleNouns: Map<string, string[]>;
  /** What namedActors read from runs' texts (RunEntry), kept from report to report. */
  memo: WordTable<RunEntry>;
  aliasOf: Map<string, string>;
  /** `^(?:institution words)$` with `u`: the words made of letters only by a set, the rest (patterns, phrases) by the expression. */
  instWord: (w: string) => boolean;
  titleWords: string[];
  titleRun: string;
}

const partsCache = new WeakMap<LanguageProfile, ProfileParts>();
/** Entries a profile's memos keep before they start again (a bound on memory; a report has a few thousand runs). */
const MEMO_LIMIT = 50_000;

function partsOf(profile: LanguageProfile): ProfileParts {
  let parts = partsCache.get(profile);
  if (parts) return parts;
  const abbrevs = new Set(profile.abbreviations.always);
  const aliasOf = new Map(profile.aliases.flatMap((e) => [e.label, ...e.aliases].map((a) => [a.toLowerCase(), e.id] as [string, string])));
  const inst = [...profile.institutions.common, ...profile.institutions.speakerOnly, ...profile.institutions.organizationOnly];
  const plain = new Set(inst.filter((w) => /^\p{L}+$/u.test(w)));
  const rest = inst.filter((w) => !plain.has(w));
  const restRe = rest.length ? new RegExp(`^(?:${rest.join('|')})$`, 'u') : undefined;
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const titleWords = [...new Set([...profile.titles, ...abbrevs].filter((t) => /^\p{L}+$/u.test(t)).map(cap))].sort((a, b) => b.length - a.length);
  parts = {
    titles: profile.titles,
    abbrevs,
    titleMemo: new Map(),
    personKeys: new Map(),
    roleNouns: new Map(),
    memo: new WordTable<RunEntry>(MEMO_LIMIT),
    aliasOf,
    instWord: (w) => plain.has(w) || (restRe !== undefined && restRe.test(w)),
    titleWords,
    titleRun: titleRunOf(titleWords),
  };
  partsCache.set(profile, parts);
  return parts;
}

/** `^(?:${words.join('|') || '(?!)'})$` with `u` as partsOf reads it; for tests. */
export function institutionWordTest(profile: LanguageProfile): (w: string) => boolean {
  return partsOf(profile).instWord;
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
 * The title run of the titled patterns: one to three titles, each followed by
 * any one character (the `\.` of a template literal is a bare `.`: "Sens",
 * "Sen." and "Sen," alike) and spaces or tabs. namedActors builds its patterns
 * with it and scanSpecs reads them as such; one function, so the two agree.
 */
export function titleRunOf(titleWords: readonly string[]): string {
  // One string per list (partsOf's, which namedActors builds its patterns with and passes to scanSpecs): the
  // TitledSpec check compares the two by reference.
  let run = titleRuns.get(titleWords);
  if (run === undefined) titleRuns.set(titleWords, (run = `(?:(?:${titleWords.map(escape).join('|') || '(?!)'})\.?[ \t]+){1,3}`));
  return run;
}
const titleRuns = new WeakMap<readonly string[], string>();

/**
 * A titled pattern namedActors made: `(?:titleRun)?Name` (`optional`: the name alone matches too; `lead` is the
 * name) or `titleRun Name`, the two titled shapes scanSpecs reads by hand, with the title run it was made from.
 * scanSpecs takes such a pattern as of its shape without comparing its source: the check (isConcat) flattened
 * each pattern's ~600-character source (a concatenation until then) and compared it with the title run, 1.3 of
 * namedActors' ~17 ms per 3 × 1,000 reports (line profile). Not exported: only titledSpec makes one, and
 * namedActors scans them in the call that made them. A class, not a WeakMap of plain objects (its `set` per
 * pattern was ~1 % of namedActors).
 */
class TitledSpec {
  readonly titled = true;
  readonly lead: string[] | undefined;
  constructor(
    readonly re: string,
    readonly id: string,
    readonly after: string,
    optional: boolean,
    readonly run: string,
  ) {
    this.lead = optional ? [after] : undefined;
  }
}

function titledSpec(titleRun: string, id: string, after: string, optional: boolean): Spec {
  return new TitledSpec(optional ? `(?:${titleRun})?${escape(after)}` : `${titleRun}${escape(after)}`, id, after, optional, titleRun);
}

/** Compiled `[Tt]he\s+<noun>` patterns and the like, by source (one per pattern, not one per report). */
const ownCache = new Map<string, RegExp>();

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
 * word boundary or goes on with a non-word character).
 *
 * The titled patterns (`(?:titleRun)?Full Name`, `titleRun Surname`; titleRunOf)
 * are not compiled either: an expression of all of them repeated the title
 * alternation twice per person (about 200 KB of source per report, compiled
 * per report, and run at every title). They are read by hand where the word
 * is a title, or a title plus one character: the positions where a name may
 * follow the titles are listed in the order the expression's backtracking
 * tries them (more titles first, greedy `.?` before none), and the name of
 * each titled pattern is compared as text at those positions. Same matches,
 * same order (the lowest index that matches wins, at the first position its
 * expression would reach); scanRegex is the single expression, kept as the
 * reference in tests and for any list of patterns not of these shapes.
 */
export function scanSpecs(
  text: string,
  specs: readonly { re: string; lead?: string[]; literal?: string; titled?: boolean; after?: string }[],
  titleWords: readonly string[],
  surrogates = hasSurrogates(text),
  /** `charRuns(text, L | N)` when the caller has it (text without surrogates). */
  alnum?: Runs,
): SpecMatch[] {
  const byWord = new Map<string, number[]>();
  /** Titled patterns by the first word of their name (`after`), lowest index first. */
  const titledByWord = new Map<string, number[]>();
  let exact = true;
  const run = titleRunOf(titleWords);
  const optional = `(?:${run})?`;
  specs.forEach((x, index) => {
    if (x.titled) {
      const after = x.after;
      const word = after === undefined ? undefined : firstWord(after);
      // Only the two shapes namedActors writes, with a name that starts with a word (compared as text below).
      const shaped =
        after !== undefined &&
        word !== undefined &&
        !/[\uD800-\uDFFF]/.test(after) &&
        (x.lead ? x.lead.length === 1 && x.lead[0] === after : true) &&
        ((x instanceof TitledSpec && x.run === run) || (x.lead ? isConcat(x.re, optional, escape(after)) : isConcat(x.re, run, escape(after))));
      if (!shaped) {
        exact = false;
        return;
      }
      const list = titledByWord.get(word);
      if (!list) titledByWord.set(word, [index]);
      else list.push(index);
    }
    if (!x.lead) {
      if (!x.titled) exact = false;
      return;
    }
    for (const lead of x.lead) {
      const word = firstWord(lead);
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
  // `[Tt]he\s+<noun>` (a noun of lower-case ASCII letters), the one compiled shape namedActors writes, read by hand:
  // tried at every "the" of the text, its expression ran thousands of times per report. It matches at a word "The"
  // or "the" (the only leads it has) iff white space follows, then the noun as a whole word.
  // Not asked of the titled patterns (never of this shape): the expression would flatten their long sources.
  const theNoun = specs.map((x) => (x.titled ? undefined : /^\[Tt\]he\\s\+([a-z]+)$/.exec(x.re)?.[1]));
  // By pattern, the literal its match is at a lead word (a titled pattern that reached no name through titles is its
  // name alone, the optional run left out): read once, not from the patterns' objects of several shapes per candidate.
  // With the word taken out only where a title may open: scanSpecs over a 3 × 1,000 analysis' calls 3.00 → 1.80,
  // 2.63 → 1.94, 2.54 → 1.88 ms (min of 300, paired 0.62, 0.73, 0.76).
  const literalOf = specs.map((x) => x.literal ?? (x.titled ? x.after : undefined));
  const ownRe = (k: number) => {
    const src = specs[k]!.re;
    let re = ownCache.get(src);
    if (!re) {
      if (ownCache.size >= 512) ownCache.clear();
      ownCache.set(src, (re = new RegExp(`${WORD_BEFORE}(?:${src})${WORD_AFTER}`, 'uy')));
    }
    return re;
  };
  const wordChar = /[\p{L}\p{N}]/uy;
  const runAt = /[\p{L}\p{N}]+/uy;
  const n = text.length;
  // Without surrogates by char codes (the sticky expression made a match array per title in the text).
  const wordAt = (at: number) => {
    if (!surrogates) {
      let e = at;
      while (e < n && (cls(text.charCodeAt(e)) & (L | N)) !== 0) e++;
      return e > at ? text.slice(at, e) : undefined;
    }
    runAt.lastIndex = at;
    return runAt.exec(text)?.[0];
  };
  /** A whole word `literal` at `at`: the text starts with it there and no letter or digit follows. */
  const literalAt = (literal: string, at: number) => {
    if (!text.startsWith(literal, at)) return false;
    const after = at + literal.length;
    // Without surrogates a unit is a code point: the class table answers what the sticky expression did (a regex call
    // per candidate, ~5,000 per 3 × 1,000 reports). scanSpecs over the captured calls of a 3 × 1,000 analysis: 2.45 → 1.90
    // and 2.39 → 1.66 ms (min of 300, paired 0.79, 0.69).
    if (!surrogates) return after >= n || (cls(text.charCodeAt(after)) & (L | N)) === 0;
    wordChar.lastIndex = after;
    return !wordChar.test(text);
  };
  const withoutLast = (w: string) => {
    const c = w.charCodeAt(w.length - 1);
    return w.slice(0, w.length > 2 && c >= 0xdc00 && c <= 0xdfff ? -2 : -1);
  };
  const isBlank = (at: number) => text[at] === ' ' || text[at] === '\t';
  const blanks = (at: number) => {
    while (isBlank(at)) at++;
    return at;
  };
  /**
   * Where a name may start after a title run that begins at `at` (its
   * `units`-th title), in the order the expression tries them: for each title
   * that fits (the word itself, then the word less its last character, as the
   * alternation holds longer titles first), `.?` taking a character and then
   * none, spaces or tabs after; from there more titles first (the greedy
   * `{1,3}`), then the name at that point.
   */
  const nameStarts = (at: number, units: number, out: number[]): void => {
    const w = wordAt(at);
    if (w === undefined) return;
    const end = at + w.length;
    const afterDots: number[] = [];
    if (titles.has(w)) {
      // `.` takes one code point (two units for a surrogate pair), never a line break.
      if (end < text.length && !/[\n\r\u2028\u2029]/.test(text[end]!)) {
        afterDots.push(end + (/[\uD800-\uDBFF]/.test(text[end]!) && /[\uDC00-\uDFFF]/.test(text[end + 1] ?? '') ? 2 : 1));
      }
      afterDots.push(end);
    }
    if (w.length > 1 && titles.has(withoutLast(w))) afterDots.push(end);
    for (const d of afterDots) {
      if (!isBlank(d)) continue;
      const e = blanks(d);
      if (units < 3) nameStarts(e, units + 1, out);
      out.push(e);
    }
  };
  // Words that can open a match: a pattern's first word, a title, a title plus one character. Marked by first code
  // unit and length, so most words of the text are passed over without taking them out as strings.
  const opens = new Uint8Array(1 << 16);
  const mark = (w: string, len: number) => (opens[openKey(w.charCodeAt(0), len)] = 1);
  for (const w of byWord.keys()) mark(w, w.length);
  if (titledByWord.size > 0) for (const t of titles) if (t.length > 0) mark(t, t.length), mark(t, t.length + 1), mark(t, t.length + 2);
  // Without surrogates, a word opens a match iff it is a pattern's first word or a title, or a title plus one
  // character (withoutLast): by a hash of the word, and of the word less its last character, in 16 bits (the key
  // above let through a third of a report's words, each then taken out as a string).
  // Apart for the patterns' first words and the titles: a word that may only be one of the two is asked only that
  // (a name asked the titles, a title the patterns' words, twice per name or title in the text).
  // The patterns' first words by that hash (leadSlot: 1 + the first entry's index, 0 none; leadNext chains entries
  // of one hash): a word of the text is found among them by comparing it in place, not taken out as a string and
  // looked up in byWord (a slice and a Map look-up per candidate word, ~5,300 per 3 × 1,000 reports). With the runs
  // read in the loop below: scanSpecs over a 3 × 1,000 analysis' calls 2.66 → 1.96 ms (min of 300; paired 0.75, 2 runs).
  const leadSlot = new Int32Array(1 << 16);
  const leadNext: number[] = [];
  const leadWords: string[] = [];
  const leadLists: number[][] = [];
  for (const [w, list] of byWord) {
    const h = wordHash(w, 0, w.length);
    leadNext.push(leadSlot[h]! - 1);
    leadSlot[h] = leadWords.push(w);
    leadLists.push(list);
  }
  const titleHash = new Uint8Array(1 << 16);
  const titled = titledByWord.size > 0;
  if (titled) for (const t of titles) if (t.length > 0) titleHash[wordHash(t, 0, t.length)] = 1;
  // What `titles.has(cut)` answers for a word of one unit (its cut is '').
  const emptyTitle = titles.has('');
  // Without surrogates, the word starts are the starts of the runs of letters and digits not after a hyphen, read
  // from those runs (one pass over the text, not a test of every character per word start).
  const words = surrogates ? undefined : (alnum ?? charRuns(text, L | N));
  // With surrogates, the word starts by the expression (`at` only grows below).
  const nextWord = words ? undefined : wordStarts(text);
  const wordCount = words ? words.count : 0;
  const out: SpecMatch[] = [];
  const starts: number[] = [];
  let at = 0;
  // Without surrogates, the runs in order (an index into them, read in this loop: it was a closure's per word).
  let wk = -1;
  for (;;) {
    let start: number;
    let wordEnd: number;
    if (words) {
      do wk++;
      while (wk < wordCount && (words.start[wk]! < at || (words.start[wk]! > 0 && text.charCodeAt(words.start[wk]! - 1) === 45)));
      if (wk >= wordCount) break;
      start = words.start[wk]!;
      wordEnd = words.end[wk]!;
    } else {
      start = nextWord!(at);
      if (start < 0) break;
      wordEnd = endOfWord(text, start);
    }
    at = wordEnd;
    if (opens[openKey(text.charCodeAt(start), wordEnd - start)] === 0) continue;
    let title = titled;
    let leads: number[] | undefined;
    // Taken out as a string only where a title may open here.
    let word: string | undefined;
    if (words) {
      const cut = wordHash(text, start, wordEnd - 1);
      const whole = (cut * 31 + text.charCodeAt(wordEnd - 1)) & 0xffff;
      const len = wordEnd - start;
      for (let e = leadSlot[whole]! - 1; e >= 0; e = leadNext[e]!) {
        const w = leadWords[e]!;
        if (w.length === len && text.startsWith(w, start)) {
          leads = leadLists[e];
          break;
        }
      }
      title = titled && (titleHash[whole] === 1 || (len >= 2 ? titleHash[cut] === 1 : emptyTitle));
      if (leads === undefined && !title) continue;
      if (title) word = text.slice(start, wordEnd);
    } else {
      word = text.slice(start, wordEnd);
      leads = byWord.get(word);
    }
    let best = -1;
    let end = -1;
    if (title && word !== undefined && (titles.has(word) || titles.has(word.length > 1 ? withoutLast(word) : ''))) {
      starts.length = 0;
      nameStarts(start, 1, starts);
      for (const e of starts) {
        const name = wordAt(e);
        const list = name === undefined ? undefined : titledByWord.get(name);
        if (!list) continue;
        for (const k of list) {
          if (best >= 0 && k >= best) break;
          const after = specs[k]!.after!;
          if (!literalAt(after, e)) continue;
          best = k;
          end = e + after.length;
        }
      }
    }
    for (let li = 0; leads !== undefined && li < leads.length; li++) {
      const k = leads[li]!;
      if (best >= 0 && k >= best) break;
      const literal = literalOf[k];
      if (literal !== undefined) {
        if (!literalAt(literal, start)) continue;
        best = k;
        end = start + literal.length;
        break;
      }
      const noun = theNoun[k];
      // The word is "The" or "the" (the leads of such a pattern).
      if (noun !== undefined && wordEnd - start === 3 && (text.charCodeAt(start) === 84 || text.charCodeAt(start) === 116) && text.startsWith('he', start + 1)) {
        let e = start + 3;
        if (e >= text.length || (cls(text.charCodeAt(e)) & S) === 0) continue;
        while (e < text.length && (cls(text.charCodeAt(e)) & S) !== 0) e++;
        if (!literalAt(noun, e)) continue;
        best = k;
        end = e + noun.length;
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
    at = end;
  }
  return out;
}

const RE_FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** `/^[\p{L}\p{N}]+/u.exec(s)?.[0]`: by char codes up to a surrogate (then the expression); the expression literal was made per call. */
export function firstWord(s: string): string | undefined {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return RE_FIRST_WORD.exec(s)?.[0];
    if ((cls(c) & (L | N)) === 0) break;
  }
  return i === 0 ? undefined : i === s.length ? s : s.slice(0, i);
}

/**
 * `s === head + tail`, without making `head + tail`: the title run `head` is ~600 characters, and the joined
 * string, flattened for the comparison, was made per titled pattern (~0.7 MB per 3 × 1,000 reports).
 */
function isConcat(s: string, head: string, tail: string): boolean {
  return s.length === head.length + tail.length && s.startsWith(head) && s.endsWith(tail);
}

/** A 16-bit hash of s[p, e) (scanSpecs; the hash of s[p, e + 1) is `(h * 31 + s.charCodeAt(e)) & 0xffff`). */
function wordHash(s: string, p: number, e: number): number {
  let h = 0;
  for (let i = p; i < e; i++) h = (h * 31 + s.charCodeAt(i)) & 0xffff;
  return h;
}

function openKey(first: number, len: number): number {
  return ((first << 5) ^ Math.min(len, 31)) & 0xffff;
}

const WORD_START = /(?<![\p{L}\p{N}\-])[\p{L}\p{N}]/gu;

/** Word starts of `text` with surrogates (a letter or digit after none and after no hyphen): `next(at)` is the first at or after `at`, or -1. */
function wordStarts(text: string): (at: number) => number {
  return (at) => {
    WORD_START.lastIndex = at;
    const m = WORD_START.exec(text);
    return m ? m.index : -1;
  };
}

/** The end of the run of letters and digits that starts at `start` (code points, as `[\p{L}\p{N}]+` with `u`). */
function endOfWord(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (!/[\p{L}\p{N}]/u.test(String.fromCodePoint(cp))) break;
        i += 2;
        continue;
      }
    }
    if ((cls(c) & (L | N)) === 0) break;
    i++;
  }
  return i;
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
