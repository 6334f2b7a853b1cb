/**
 * The alias index of a profile: every alias of an entity (data/overrides/…/aliases.json)
 * maps to one term "@id", so "the Pentagon" and "the US Department of Defense" are one name.
 */
import type { LanguageProfile } from '../language/profile';
import { normalizeWord, words } from './words';

export interface AliasEntry {
  id: string;
  label: string;
  aliases: string[];
  caseSensitive?: string[];
}

export interface AliasIndex {
  /** Key: normalised words of an alias joined by " "; value: entity id. */
  insensitive: Map<string, string>;
  /** Key: exact surface words joined by " " (dots removed). */
  sensitive: Map<string, string>;
  maxWords: number;
  /** The first word of every alias, in both forms, to skip words that start none. */
  firstWords: Set<string>;
  labels: Map<string, string>;
}

/** Word list of a phrase, with hyphenated compounds joined ("Anti-Personnel" → "AntiPersonnel"). */
function joinHyphenated(phrase: string, locale: string): string[] {
  return words(phrase.replace(/(\p{L})-(\p{L})/gu, '$1$2'), locale);
}

export function buildAliasIndex(entries: readonly AliasEntry[], locale = 'en'): AliasIndex {
  const index: AliasIndex = { insensitive: new Map(), sensitive: new Map(), maxWords: 1, labels: new Map(), firstWords: new Set() };
  for (const e of entries) {
    index.labels.set(`@${e.id}`, e.label);
    for (const alias of e.aliases) {
      const ws = joinHyphenated(alias, locale).map((w) => normalizeWord(w));
      index.insensitive.set(ws.join(' '), e.id);
      index.firstWords.add(ws[0]!);
      index.maxWords = Math.max(index.maxWords, ws.length);
    }
    for (const alias of e.caseSensitive ?? []) {
      const ws = joinHyphenated(alias, locale).map((w) => w.replace(/\./g, ''));
      index.sensitive.set(ws.join(' '), e.id);
      index.firstWords.add(ws[0]!);
      index.maxWords = Math.max(index.maxWords, ws.length);
    }
  }
  return index;
}

const cache = new WeakMap<LanguageProfile, AliasIndex>();

export function aliasIndex(profile: LanguageProfile): AliasIndex {
  let index = cache.get(profile);
  if (!index) cache.set(profile, (index = buildAliasIndex(profile.aliases, profile.segmenterLocale)));
  return index;
}
