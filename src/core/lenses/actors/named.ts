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

export function namedActors(text: string, sentences: Span[], profile: LanguageProfile, voices?: VoiceResult, taken: readonly Span[] = []): NamedActors {
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
  type Spec = { re: string; id: string };
  const specs: Spec[] = [];
  const nounHolders = new Map<string, Person[]>();
  for (const p of persons.values()) {
    for (const n of p.nouns) nounHolders.set(n, [...(nounHolders.get(n) ?? []), p]);
    specs.push({ re: `(?:${titleRun})?${escape(p.full)}`, id: p.id });
    specs.push({ re: `${titleRun}${escape(p.surname)}`, id: p.id });
    specs.push({ re: escape(p.surname), id: p.id });
  }
  for (const [noun, holders] of nounHolders) if (holders.length === 1) specs.push({ re: `[Tt]he\\s+${noun}`, id: holders[0]!.id });

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
      specs.push({ re: escape(name), id });
      if (acronym) specs.push({ re: acronym, id });
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
        specs.push({ re: m[1]!, id });
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
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${specs.map((x, i) => `(?<s${i}>${x.re})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const mentions: ActorMention[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const si = spanIndexOf(sentences, start, end);
    if (si < 0 || overlaps(takenSorted, start, end)) continue;
    const k = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];
    const id = specs[Number(k.slice(1))]!.id;
    const label = m[0].replace(/\s+/g, ' ').replace(/^the\s/u, 'the ');
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
