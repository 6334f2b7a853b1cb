/**
 * Tokenize one sentence into terms the matcher can compare: words with their
 * offsets, a normalised form, a stem, and flags for function words, names and
 * numbers. Aliases (the profile's, from overrides) collapse multi-word names into one term.
 *
 * Words come from `Intl.Segmenter` (word granularity) run on ONE sentence at a
 * time: over a whole document it is quadratic in Node 20 (48 s for 450 KB).
 */
import { stemmer } from 'stemmer';
import { DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import type { Span } from '../types';
import { aliasIndex } from './aliases';
import { normalizeWord, rawWords } from './words';

export { normalizeWord } from './words';

export type TermKind = 'word' | 'name' | 'number';

export interface Token extends Span {
  /** The text as it reads in the sentence. */
  surface: string;
  /** The comparable term: an alias id ("@ukraine"), a normalised number ("625000000") or a stem. */
  term: string;
  kind: TermKind;
  /** Function words and reporting verbs: they never make two sentences "the same fact". */
  stop: boolean;
  /**
   * For a multi-word alias, the stems of its own content words. Matching
   * counts them besides the alias: two outlets that both write "the
   * Convention on the Prohibition of Anti-Personnel Mines" share seven words,
   * not one name, and that verbatim overlap is evidence too.
   */
  parts?: string[];
}

/** The profile's stop set (function words, reporting verbs, fillers): they never make two sentences "the same fact". */
function stopSet(profile: LanguageProfile): ReadonlySet<string> {
  return profile.matchingStopWords;
}

const stemmers = { porter: stemmer, none: (w: string) => w } as const;

/** The readable label of an alias term ("@ukraine" → "Ukraine"); other terms are returned as given. */
export function termLabel(term: string, profile: LanguageProfile = DEFAULT_PROFILE): string {
  return aliasIndex(profile).labels.get(term) ?? term;
}

function parseNumber(surface: string): string | undefined {
  if (!/\d/.test(surface)) return undefined;
  // Dates like 20.11.2024 and measures like 155mm keep their shape; plain
  // numbers lose thousands separators so "24,000" = "24000".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(surface)) return surface.replace(/,/g, '');
  return surface.toLowerCase();
}

/** Tokenize the sentence at `span` of `text`. */
export function tokenize(text: string, span: Span, profile: LanguageProfile = DEFAULT_PROFILE): Token[] {
  const STOP = stopSet(profile);
  const TITLES = profile.titles;
  const SCALE = profile.scales;
  const ALIASES = aliasIndex(profile);
  const stem = stemmers[profile.stemmer];
  const raw = rawWords(text, span, profile.segmenterLocale);
  const tokens: Token[] = [];
  // In a Title Case headline capitals say nothing about names.
  const lettered = raw.filter((w) => /^\p{L}/u.test(w.surface) && !STOP.has(normalizeWord(w.surface)));
  const capitalised = lettered.filter((w) => /^\p{Lu}/u.test(w.surface)).length;
  const titleCase = lettered.length >= 3 && capitalised / lettered.length > 0.6;
  // Each word's two lookup forms, computed once: alias keys are built from them.
  const exactForm = raw.map((x) => x.surface.replace(/\./g, ''));
  const looseForm = raw.map((x) => normalizeWord(x.surface.replace(/[-‐‑]/g, '')));
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    // Longest alias first, so "US Department of Defense" beats "US"; most
    // words start no alias, and are passed over at the cost of two lookups.
    let matched = 0;
    let entity: string | undefined;
    if (ALIASES.firstWords.has(exactForm[i]!) || ALIASES.firstWords.has(looseForm[i]!)) {
      for (let n = Math.min(ALIASES.maxWords, raw.length - i); n >= 1 && !entity; n--) {
        entity =
          ALIASES.sensitive.get(exactForm.slice(i, i + n).join(' ')) ?? ALIASES.insensitive.get(looseForm.slice(i, i + n).join(' '));
        if (entity) matched = n;
      }
    }
    if (entity) {
      const last = raw[i + matched - 1]!;
      const token: Token = { start: w.start, end: last.end, surface: text.slice(w.start, last.end), term: `@${entity}`, kind: 'name', stop: false };
      if (matched > 1) {
        const parts = raw
          .slice(i, i + matched)
          .map((x) => normalizeWord(x.surface.replace(/[-‐‑]/g, '')))
          .filter((n) => n.length > 1 && !STOP.has(n))
          .map((n) => stem(n));
        if (parts.length > 0) token.parts = parts;
      }
      tokens.push(token);
      i += matched - 1;
      continue;
    }
    const num = parseNumber(w.surface);
    if (num !== undefined) {
      const next = raw[i + 1];
      const scale = next && Object.hasOwn(SCALE, next.surface.toLowerCase()) ? SCALE[next.surface.toLowerCase()] : undefined;
      if (scale && /^\d+(\.\d+)?$/.test(num)) {
        tokens.push({ start: w.start, end: next!.end, surface: text.slice(w.start, next!.end), term: String(Math.round(Number(num) * scale)), kind: 'number', stop: false });
        i++;
      } else {
        tokens.push({ start: w.start, end: w.end, surface: w.surface, term: num, kind: 'number', stop: false });
      }
      continue;
    }
    const norm = normalizeWord(w.surface.replace(/[-‐‑]/g, ''));
    const stop = STOP.has(norm) || norm.length < 2;
    // A capitalised word that does not open the sentence, or an acronym, is
    // probably a name; names weigh more than common words when matching.
    const isAcronym = /^\p{Lu}{2,}$/u.test(w.surface.replace(/\./g, ''));
    const isName = !stop && (isAcronym || (i > 0 && !titleCase && /^\p{Lu}/u.test(w.surface) && !TITLES.has(norm)));
    tokens.push({ start: w.start, end: w.end, surface: w.surface, term: stop ? norm : stem(norm), kind: isName ? 'name' : 'word', stop });
  }
  return tokens;
}
