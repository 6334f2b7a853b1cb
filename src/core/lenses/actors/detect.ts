/**
 * How a report names the actors of an event: for each actor group of
 * the profile's actor lexicon (an override's actors.json), which labels the report uses ("the Kiev regime", "the
 * AFU", "Kiev"), how often and where, each label tagged neutral or loaded.
 *
 * Rules (docs/lens.md): whole-word phrase matching, longest label first,
 * possessives allowed ("Kiev's promises" counts "Kiev"); phrases in `ignore`
 * ("The Washington Post") block the labels inside them; a label marked
 * `metonym` (a capital standing for its government) is not counted where it
 * reads as a place: followed by a place noun ("the Kiev region", "Kiev's
 * Obolon district") or preceded by a locative preposition ("in Kiev").
 */
import { DEFAULT_PROFILE } from '../../language/bundled';
import { phraseMatcher, type PhraseMatcher } from '../../text/phrases';
import type { LanguageProfile } from '../../language/profile';
import type { ActorLabelEntry, ActorLexicon, ActorMention, ActorResult, ActorUse, Span, VoiceResult } from '../../types';
import { reportRuns } from '../voices/chars';
import { namedActors } from './named';

/** placeReason's expressions, made once (a `\p{…}` literal in a function is built per evaluation under tsx: see facts/detect.ts). */
const RE_PLACE_AFTER = /^(?:['’]s)?\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
const RE_CAPITAL_FIRST = /^\p{Lu}/u;
const RE_WORD_BEFORE = /(\p{L}+)\s+$/u;
/** The default profile's actor groups (data/overrides/russia-ukraine-war/actors.json). */
export const DEFAULT_ACTORS: ActorLexicon = DEFAULT_PROFILE.actors;

interface LabelRef {
  actor: number;
  label: ActorLabelEntry;
}

interface Compiled {
  matcher: PhraseMatcher<LabelRef>;
  placeNouns: Set<string>;
  placePrepositions: Set<string>;
}

const cache = new WeakMap<ActorLexicon, Compiled>();

function compile(lexicon: ActorLexicon): Compiled {
  let c = cache.get(lexicon);
  if (c) return c;
  const specs = [
    ...lexicon.ignore.map((phrase) => ({ phrase, data: undefined })),
    ...lexicon.actors.flatMap((a, actor) =>
      a.labels.map((label) => ({ phrase: label.text, caseSensitive: label.caseSensitive, data: { actor, label } as LabelRef | undefined })),
    ),
  ];
  c = {
    matcher: phraseMatcher(specs),
    placeNouns: new Set(lexicon.placeNouns.map((w) => w.toLowerCase())),
    placePrepositions: new Set(lexicon.placePrepositions.map((w) => w.toLowerCase())),
  };
  cache.set(lexicon, c);
  return c;
}

/** Why a metonym at [start, end) reads as a place, or undefined. */
function placeReason(text: string, m: Span, c: Compiled): string | undefined {
  // "Kiev region", "Kiev's Obolon district", "Kiev city".
  const after = RE_PLACE_AFTER.exec(text.slice(m.end, m.end + 60));
  if (after) {
    const [, first, second] = after;
    if (c.placeNouns.has(first!.toLowerCase())) return `followed by "${first}"`;
    if (second && RE_CAPITAL_FIRST.test(first!) && c.placeNouns.has(second.toLowerCase())) return `followed by "${first} ${second}"`;
  }
  const before = RE_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  if (before && c.placePrepositions.has(before[1]!)) return `after "${before[1]}"`;
  return undefined;
}

/**
 * Actor labels of one report. `sentences`: sorted, non-overlapping spans of `text`.
 * With `named` (the profile, and the report's voices when known), the people and
 * bodies the report names are grouped too (named.ts), outside the lexicon's labels.
 */
export function detectActors(text: string, sentences: Span[], lexicon: ActorLexicon = DEFAULT_ACTORS, named?: { profile: LanguageProfile; voices?: VoiceResult }): ActorResult {
  const c = compile(lexicon);
  const mentions: ActorMention[] = [];
  const places: ActorResult['places'] = [];
  // The report's runs of letters and digits (made by the voices lens; namedActors reads them too) make the phrase
  // scan's starts cheaper (phrases.ts, WordRuns).
  for (const m of c.matcher.match(text, sentences, named ? reportRuns(text, sentences).words : undefined)) {
    const { actor, label } = m.data;
    if (label.metonym) {
      const reason = placeReason(text, m, c);
      if (reason) {
        places.push({ start: m.start, end: m.end, label: label.text, sentence: m.sentence, reason });
        continue;
      }
    }
    mentions.push({ start: m.start, end: m.end, actor: lexicon.actors[actor]!.id, label: label.text, tone: label.tone, sentence: m.sentence });
  }
  let genericNames = new Map<string, string>();
  if (named) {
    const g = namedActors(text, sentences, named.profile, named.voices, mentions);
    genericNames = g.names;
    mentions.push(...g.mentions);
    mentions.sort((a, b) => a.start - b.start);
  }
  const byActor = new Map<string, ActorUse>();
  for (const m of mentions) {
    let use = byActor.get(m.actor);
    if (!use) {
      use = { actor: m.actor, name: lexicon.actors.find((a) => a.id === m.actor)?.name ?? genericNames.get(m.actor) ?? m.actor, count: 0, labels: [] };
      byActor.set(m.actor, use);
    }
    use.count++;
    let lab = use.labels.find((l) => l.label === m.label);
    if (!lab) {
      lab = { label: m.label, tone: m.tone, count: 0, spans: [] };
      use.labels.push(lab);
    }
    lab.count++;
    lab.spans.push({ start: m.start, end: m.end });
  }
  const actors = [...byActor.values()].sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor));
  for (const a of actors) a.labels.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
  return { actors, mentions, places };
}
