/**
 * The bundled language profiles and overrides. A new language is a folder
 * data/lang/<tag>/ plus its import file bundled/<tag>.ts and ONE line in
 * BUNDLED_LANGUAGES below; a profile can also be handed to createAnalyzer
 * directly (loadLanguageProfile on files read at run time).
 */
import actors from '../../../data/overrides/russia-ukraine-war/actors.json' with { type: 'json' };
import aliases from '../../../data/overrides/russia-ukraine-war/aliases.json' with { type: 'json' };
import overrideLexicon from '../../../data/overrides/russia-ukraine-war/lexicon.json' with { type: 'json' };
import type { ActorLexicon } from '../types';
import type { AliasEntry } from '../text/aliases';
import en from './bundled/en';
import ru from './bundled/ru';
import { applyOverrides, loadLanguageProfile } from './load';
import type { LanguageFiles, LanguageProfile, ProfileOverride } from './profile';

/** Tag → the raw files of a bundled profile. One line per language. */
export const BUNDLED_LANGUAGES: Record<string, LanguageFiles> = {
  en,
  ru,
};

/**
 * The per-topic override the default analyzer applies (data/overrides/russia-ukraine-war/):
 * the seed event's actors, aliases, cited outlets and places. Not generic English.
 */
export const RUSSIA_UKRAINE_WAR: ProfileOverride = {
  ...(overrideLexicon as Omit<ProfileOverride, 'aliases' | 'actors'>),
  aliases: (aliases as { entities: AliasEntry[] }).entities,
  actors: actors as ActorLexicon,
};

export const DEFAULT_OVERRIDES: readonly ProfileOverride[] = [RUSSIA_UKRAINE_WAR];

const loaded = new Map<string, LanguageProfile>();

/** The bundled profile for a tag ("en", "ru", "en-GB" → "en"), without overrides; undefined when none is bundled. */
export function bundledProfile(tag: string): LanguageProfile | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0]!;
  let p = loaded.get(primary);
  if (!p) {
    const files = BUNDLED_LANGUAGES[primary];
    if (!files) return undefined;
    p = loadLanguageProfile(files, `data/lang/${primary}`);
    loaded.set(primary, p);
  }
  return p;
}

/** The English profile with the default overrides: what every stage uses when given no profile. */
export const DEFAULT_PROFILE: LanguageProfile = applyOverrides(bundledProfile('en')!, DEFAULT_OVERRIDES);

/** Every bundled profile (cleaning recognises page furniture in any of them: a translated page keeps its original's header). */
export function allBundledProfiles(): LanguageProfile[] {
  return Object.keys(BUNDLED_LANGUAGES).map((t) => bundledProfile(t)!);
}
