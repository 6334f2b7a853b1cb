/**
 * Tokenize one sentence into terms the matcher can compare: words with their
 * offsets, a normalised form, a stem, and flags for function words, names and
 * numbers. Aliases (data/aliases.json) collapse multi-word names into one term.
 *
 * Words come from `Intl.Segmenter` (word granularity) run on ONE sentence at a
 * time: over a whole document it is quadratic in Node 20 (48 s for 450 KB).
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import aliasData from '../../../data/aliases.json' with { type: 'json' };
import type { Span } from '../types';

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

interface AliasEntry {
  id: string;
  label: string;
  aliases: string[];
  caseSensitive?: string[];
}

/**
 * Reporting verbs and fillers beyond the stopword list: every outlet writes
 * "said" and "reported", so sharing them says nothing about sharing a fact.
 */
const EXTRA_STOP = [
  'said', 'says', 'say', 'told', 'tell', 'added', 'noted', 'stated', 'reported', 'reports', 'according',
  'us', 'does', 'did', 'not', 'will', 'shall', 'can', 'should', 'also', 'however', 'would', 'could', 'may', 'might', 'must', 'one', 'two', 'new', 'even', 'yet', 'already',
  'well', 'since', 'still', 'though', 'although', 'whether', 'among', 'including', 'per', 'via', 'mr', 'ms', 'mrs',
  // Discourse and time fillers: "earlier" and "meanwhile" open sentences about
  // anything (on the seed, the Pentagon's HIMARS sentence linked to an Izvestia
  // sentence on "Earlier" and "rounds" alone).
  'earlier', 'later', 'due', 'ago', 'recently', 'previously', 'currently', 'just', 'around', 'soon', 'meanwhile',
  'moreover', 'furthermore', 'thus', 'therefore', 'hence', 'indeed', 'particular', 'particularly', 'especially',
  'further', 'addition', 'additionally', 'instead', 'rather', 'quite', 'really', 'actually', 'almost', 'nearly',
  'several', 'various', 'certain', 'whose', 'within', 'without', 'upon', 'amid', 'amidst', 'toward', 'towards',
  'regarding', 'concerning', 'despite', 'except', 'unlike', 'lot', 'lots', 'thing', 'things', 'way', 'ways',
];
const STOP = new Set([...eng, ...EXTRA_STOP].map((w) => w.toLowerCase()));

const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Titles and roles are capitalised before a name ("President Joe Biden") but
 * are not names themselves: sharing "President" says little.
 */
const TITLES = new Set([
  'president', 'minister', 'deputy', 'first', 'prime', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'general',
  'chairman', 'chair', 'director', 'head', 'chief', 'ambassador', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince',
  'pope', 'judge', 'justice', 'officer', 'commander', 'colonel', 'lieutenant', 'sergeant', 'captain', 'former', 'outgoing',
  'representative', 'permanent', 'foreign', 'defense', 'defence', 'state', 'national', 'research', 'dr', 'prof', 'professor',
]);

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 };

/** Lowercase, fold accents and typographic variants, drop inner dots and apostrophes. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'ʼ]s$/u, '')
    .replace(/[.’'ʼ]/gu, '');
}

interface AliasIndex {
  /** Key: normalised words of an alias joined by " "; value: entity id. */
  insensitive: Map<string, string>;
  /** Key: exact surface words joined by " " (dots removed). */
  sensitive: Map<string, string>;
  maxWords: number;
  /** The first word of every alias, in both forms, to skip words that start none. */
  firstWords: Set<string>;
  labels: Map<string, string>;
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const seg of WORD_SEGMENTER.segment(text)) if (seg.isWordLike) out.push(seg.segment);
  return out;
}

function buildAliasIndex(entries: AliasEntry[]): AliasIndex {
  const index: AliasIndex = { insensitive: new Map(), sensitive: new Map(), maxWords: 1, labels: new Map(), firstWords: new Set() };
  for (const e of entries) {
    index.labels.set(`@${e.id}`, e.label);
    for (const alias of e.aliases) {
      const ws = joinHyphenated(alias).map((w) => normalizeWord(w));
      index.insensitive.set(ws.join(' '), e.id);
      index.firstWords.add(ws[0]!);
      index.maxWords = Math.max(index.maxWords, ws.length);
    }
    for (const alias of e.caseSensitive ?? []) {
      const ws = joinHyphenated(alias).map((w) => w.replace(/\./g, ''));
      index.sensitive.set(ws.join(' '), e.id);
      index.firstWords.add(ws[0]!);
      index.maxWords = Math.max(index.maxWords, ws.length);
    }
  }
  return index;
}

/** Word list of a phrase, with hyphenated compounds joined ("Anti-Personnel" → "AntiPersonnel"). */
function joinHyphenated(phrase: string): string[] {
  return words(phrase.replace(/(\p{L})-(\p{L})/gu, '$1$2'));
}

const ALIASES = buildAliasIndex((aliasData as { entities: AliasEntry[] }).entities);

/** The readable label of an alias term ("@ukraine" → "Ukraine"); other terms are returned as given. */
export function termLabel(term: string): string {
  return ALIASES.labels.get(term) ?? term;
}

interface RawWord extends Span {
  surface: string;
}

/**
 * Word-like segments of `text.slice(span)`, with hyphen-joined compounds merged
 * into one word: outlets write both "anti-personnel" and "antipersonnel".
 */
function rawWords(text: string, span: Span): RawWord[] {
  const slice = text.slice(span.start, span.end);
  const out: RawWord[] = [];
  for (const seg of WORD_SEGMENTER.segment(slice)) {
    if (!seg.isWordLike) continue;
    const start = span.start + seg.index;
    const end = start + seg.segment.length;
    const prev = out[out.length - 1];
    if (prev && prev.end + 1 === start && /[-‐‑]/.test(text[prev.end] ?? '') && /\p{L}$/u.test(prev.surface) && /^\p{L}/u.test(seg.segment)) {
      prev.end = end;
      prev.surface = text.slice(prev.start, end);
      continue;
    }
    out.push({ start, end, surface: seg.segment });
  }
  return out;
}

function parseNumber(surface: string): string | undefined {
  if (!/\d/.test(surface)) return undefined;
  // Dates like 20.11.2024 and measures like 155mm keep their shape; plain
  // numbers lose thousands separators so "24,000" = "24000".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(surface)) return surface.replace(/,/g, '');
  return surface.toLowerCase();
}

/** Tokenize the sentence at `span` of `text`. */
export function tokenize(text: string, span: Span): Token[] {
  const raw = rawWords(text, span);
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
          .map((n) => stemmer(n));
        if (parts.length > 0) token.parts = parts;
      }
      tokens.push(token);
      i += matched - 1;
      continue;
    }
    const num = parseNumber(w.surface);
    if (num !== undefined) {
      const next = raw[i + 1];
      const scale = next ? SCALE[next.surface.toLowerCase()] : undefined;
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
    tokens.push({ start: w.start, end: w.end, surface: w.surface, term: stop ? norm : stemmer(norm), kind: isName ? 'name' : 'word', stop });
  }
  return tokens;
}
