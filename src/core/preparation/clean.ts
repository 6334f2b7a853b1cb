/**
 * Line-level boilerplate removal: the page furniture a scraper drags along with
 * an article (date/section headers, timestamps, breadcrumbs, photo captions,
 * translation and agency credits).
 *
 * Everything works one line at a time and only on SHORT lines (furniture is
 * never long), so the cost is linear in the text and a 5 MB paste cannot hang.
 * The rules are deliberately conservative: a line is removed only when it
 * matches a furniture shape outright, because every dropped line of substance
 * would silently bias the comparison. Each removal is reported with a reason.
 * Duplicates are NOT handled here (see dedupe.ts): a repeated headline is only
 * recognisable once sentences exist.
 */
import { allBundledProfiles } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import type { Removal, RemovalReason, Span } from '../types';
import { unitTable } from '../text/units';

// Expressions with \p{…} at module level: esbuild (tsx, target node20) lowers such a literal inside a
// function to `new RegExp` at each evaluation (see lenses/facts/detect.ts).
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;
const STARTS_DIGIT = /^\p{N}/u;

/** Furniture lines are short; anything longer is body and is never inspected by the rules. */
const MAX_FURNITURE_CHARS = 300;

/** What a line looked like to the classifier; drives the header-zone state machine. */
type LineKind =
  | 'header'
  | 'timestamp'
  | 'breadcrumb'
  | 'caption'
  | 'credit'
  /** Short, no sentence punctuation: a headline or subheading. Kept. */
  | 'headline'
  /** Running text: a sentence or a paragraph. Kept. */
  | 'body';

interface Line extends Span {
  text: string;
}

/** Numeric dates (2024-11-20, 20.11.2024, 11/20/24) and month-name dates (Nov 20, 2024 / 20 ноября 2024). */
// JavaScript's \b is ASCII-only even with the u flag, so Cyrillic words need
// explicit letter lookarounds.
const WB = String.raw`(?<![\p{L}\p{N}_])`;
const WE = String.raw`(?![\p{L}\p{N}_])`;

const TIME_RE = /(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?!\d)/giu;

function escapeRe(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What cleaning reads from the language profiles (all bundled ones by
 * default: a translated page keeps its original's furniture): month names for
 * dates, the words that may accompany a date on a timestamp line (a line that
 * still has other words says something and is kept), date labels ("date
 * 2024-11-20 International"), and reporting verbs (a line carrying one is
 * reporting, not captioning a photo).
 */
interface Compiled {
  dateRe: RegExp;
  timestampWords: ReadonlySet<string>;
  dateLabels: ReadonlySet<string>;
  reportingRe: RegExp;
}

const compiledCache = new Map<string, Compiled>();
function compiled(profiles: readonly LanguageProfile[]): Compiled {
  const key = profiles.map((p) => `${p.tag}:${profileId(p)}`).join(',');
  let c = compiledCache.get(key);
  if (c) return c;
  const months = profiles
    .flatMap((p) => p.months)
    .map((forms) => [...forms].sort((x, y) => y.length - x.length).map(escapeRe).join('|'))
    .join('|');
  const dateRe = new RegExp(
    WB +
      String.raw`(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|` +
      String.raw`(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:${months})\.?(?:,?\s+\d{4})?)` +
      WE,
    'giu',
  );
  const reporting = profiles.flatMap((p) => p.captionReportingWords).map(escapeRe).join('|');
  c = {
    dateRe,
    timestampWords: new Set(profiles.flatMap((p) => [...p.timestampWords])),
    dateLabels: new Set(profiles.flatMap((p) => [...p.dateLabels])),
    reportingRe: new RegExp(WB + `(?:${reporting || '(?!)'})` + WE, 'iu'),
  };
  compiledCache.set(key, c);
  return c;
}

const ids = new WeakMap<LanguageProfile, number>();
let nextId = 1;
function profileId(p: LanguageProfile): number {
  let id = ids.get(p);
  if (id === undefined) ids.set(p, (id = nextId++));
  return id;
}

/**
 * Words that mark a short line after a headline as a photo caption rather than
 * a standfirst (which has the same shape and is substance).
 */
const CAPTION_CUE_RE = new RegExp(WB + '(?:pictured|file photo|photo|image|seen here|in this (?:photo|image|picture)|фото)' + WE, 'iu');

const SENTENCE_END_RE = /[.!?…:;"»”)]$/u;
const QUOTE_RE = /["«»“”„]/u;

/**
 * Length of a leading wire-style dateline ("MINSK (Agency) - ",
 * "KYIV, Nov 20 (Reuters) — ", "(AP) — "), or 0. Shared with dedupe, which
 * ignores datelines when comparing a teaser with the body copy.
 */
export function datelineLength(s: string): number {
  const m =
    /^(?:[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'.\- ]{1,39}[A-ZÀ-ÞА-ЯЁ.](?:,\s*[\p{L}\d .]{2,30}?)?\s*(?:\([^()\n]{1,40}\)\s*)?|\([^()\n]{1,40}\)\s*)[-–—]{1,2}\s+/u.exec(
      s,
    );
  return m ? m[0].length : 0;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    pos = nl + 1;
  }
  return lines;
}

function words(s: string): string[] {
  return s.split(/\s+/u).filter((w) => HAS_ALNUM.test(w));
}

/** Code units below COUNT_TABLE_END: bit 1 `\s`, bit 2 a letter or digit (`HAS_ALNUM`). */
const COUNT_TABLE_END = 0x3100;
const C_SPACE = 1;
const C_ALNUM = 2;
const COUNT_CLASS = unitTable(COUNT_TABLE_END, (ch) => (/\s/u.test(ch) ? C_SPACE : 0) | (HAS_ALNUM.test(ch) ? C_ALNUM : 0));

/**
 * `words(s).length` without the split, the filter and their strings: the white-space-separated runs
 * holding a letter or digit, counted by one loop over a table of code units; a code unit above the
 * table or a surrogate takes `words`. Classifying every line up to 300 characters counted its words
 * this way 2 to 4 times: cleanText at 3 × 1,000 took 0.89 → 0.73 ms with this and the lazy service search (q1 of 60 interleaved runs); words' split and filter were 0.3 MB of garbage a run.
 */
export function wordCount(s: string): number {
  let count = 0;
  let inRun = false;
  let alnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= COUNT_TABLE_END || (c >= 0xd800 && c <= 0xdfff)) return words(s).length;
    const f = COUNT_CLASS[c]!;
    if (f & C_SPACE) {
      if (inRun && alnum) count++;
      inRun = false;
      alnum = false;
    } else {
      inRun = true;
      if (f & C_ALNUM) alnum = true;
    }
  }
  return inRun && alnum ? count + 1 : count;
}

/** `words(s).length` the way it was counted before wordCount (clean.test.ts compares the two). */
export function wordCountReference(s: string): number {
  return words(s).length;
}

/**
 * Every alternative of `dateRe` and TIME_RE needs an ASCII digit (`\d` is
 * [0-9] under any flags): a line without one has no date or time, and neither
 * isTimestamp nor isDateHeader runs its replacements on it.
 */
const ASCII_DIGIT = /[0-9]/;

/** A line of dates, times and timestamp words only (and at least one date or time). */
function isTimestamp(line: string, c: Compiled): boolean {
  if (!ASCII_DIGIT.test(line)) return false;
  const stripped = line.replace(c.dateRe, ' ').replace(TIME_RE, ' ');
  if (stripped === line) return false;
  return words(stripped.replace(/[()[\],|·•/\-–—:]/gu, ' ')).every((w) => c.timestampWords.has(w.toLowerCase().replace(/\.$/u, '')));
}

/** A date plus at most three label/section words, no sentence punctuation: " date 2024-11-20 International". */
function isDateHeader(line: string, c: Compiled): boolean {
  if (SENTENCE_END_RE.test(line) || !ASCII_DIGIT.test(line)) return false;
  const stripped = line.replace(c.dateRe, ' ');
  if (stripped === line) return false;
  const rest = words(stripped.replace(/[()[\],|·•/\-–—:]/gu, ' ')).filter((w) => !c.dateLabels.has(w.toLowerCase()));
  return rest.length <= 3 && rest.every((w) => STARTS_UPPER.test(w) || c.timestampWords.has(w.toLowerCase()));
}

/**
 * "- World", "• Статьи", "Home > World > Europe". Capped at four words so that
 * dash-led direct speech and dash-prefixed headlines (long, or punctuated) stay.
 */
function isBreadcrumb(line: string, count: number): boolean {
  if (SENTENCE_END_RE.test(line) || QUOTE_RE.test(line)) return false;
  const bullet = /^[-–—•·»>]\s+(.*)$/u.exec(line);
  if (bullet) return wordCount(bullet[1]!) <= 4;
  const parts = line.split(/\s+[>»/|›]\s+/u);
  return parts.length >= 2 && count <= 8 && parts.every((p) => {
    const n = wordCount(p);
    return n >= 1 && n <= 3;
  });
}

/** A translation credit's opening and its "by"/"with" (built once: it was compiled again for every short line). */
const TRANSLATED_RE = new RegExp(
  '^(?:Переведено|Перевод выполнен|Machine[- ]translated|Automatically translated|Translated)' + WE + '.*?' + WB + '(?:сервис\\p{L}*|с помощью|by|with|using|from)' + WE,
  'iu',
);

/** A credit line, with the explanation shown to the reader; undefined when the line is not one. `count`: wordCount(line). */
function creditDetail(line: string, count: number): string | undefined {
  if (count > 15) return undefined;
  const translated = TRANSLATED_RE.test(line);
  // "Translated by Ann Lee, the poem won a prize." is a sentence: without a
  // named machine-translation service, only a short unpunctuated line counts.
  // The service is looked for only on a translation credit (it was searched on every line of up to 15 words).
  const service = translated ? /Яндекс|Yandex|Google|DeepL|Bing|Microsoft|machine|автоматическ/iu.exec(line)?.[0] : undefined;
  if (translated && (service !== undefined || (count <= 6 && !SENTENCE_END_RE.test(line)))) {
    switch (service?.toLowerCase()) {
      case 'яндекс':
      case 'yandex':
        return 'translation credit (Yandex Translate)';
      case 'google':
        return 'translation credit (Google Translate)';
      case 'deepl':
        return 'translation credit (DeepL)';
      default:
        return 'translation credit';
    }
  }
  if (/^(?:Photo|Photos|Image|Picture|Фото|Иллюстрация)\s*(?:credit)?\s*[:：/]/iu.test(line)) return 'photo credit';
  if (/^(?:©|\(c\)\s|Copyright\b|All rights reserved)/iu.test(line)) return 'copyright notice';
  if (/^(?:Reporting|Additional reporting|Writing|Editing|Compiled|Written)\s+by\s/iu.test(line)) return 'agency credit (reporting/editing by)';
  if (/^(?:Source|Sources|Источник)\s*[:：]/iu.test(line)) return 'source credit';
  return undefined;
}

/** One short sentence: ends in ".", no inner sentence break, no quote, not dash-led, no dateline, no reporting verb. */
function captionShaped(line: string, c: Compiled): boolean {
  const n = wordCount(line);
  if (n < 4 || n > 30) return false;
  if (!/[^.]\.$/u.test(line) || INNER_SENTENCE_END.test(line.slice(0, -1))) return false;
  if (QUOTE_RE.test(line) || /^[-–—•]/u.test(line) || datelineLength(line) > 0) return false;
  return !c.reportingRe.test(line);
}

/** The start of running text: a dateline, or a longish line that reads as sentences. */
function looksLikeBody(line: string): boolean {
  if (datelineLength(line) > 0) return true;
  return wordCount(line) >= 8 && /[.!?…"»”]/u.test(line);
}

function classify(line: string, c: Compiled): { kind: LineKind; detail?: string } {
  if (line.length > MAX_FURNITURE_CHARS) return { kind: 'body' };
  if (isTimestamp(line, c)) return { kind: 'timestamp', detail: 'publication timestamp' };
  if (isDateHeader(line, c)) return { kind: 'header', detail: 'date and section header' };
  // One split for the three rules that count the line's words.
  const count = wordCount(line);
  const credit = creditDetail(line, count);
  if (credit) return { kind: 'credit', detail: credit };
  if (isBreadcrumb(line, count)) return { kind: 'breadcrumb', detail: 'navigation breadcrumb' };
  if (!/[.!?…"»”]/u.test(line) && count <= 20) return { kind: 'headline' };
  return { kind: 'body' };
}

/** `profiles`: whose furniture words to recognise (every bundled profile by default). */
export function cleanText(text: string, profiles: readonly LanguageProfile[] = allBundledProfiles()): { blocks: Span[]; removed: Removal[] } {
  const c = compiled(profiles);
  const lines = splitLines(text);
  const kinds = lines.map((l) => classify(l.text, c));

  // Second pass, context-dependent rules. "Header zone" = no body line yet
  // since the start or since the last timestamp: scraped pages often glue a
  // teaser above the real article, whose furniture (timestamp, photo caption)
  // then follows body-looking text, so a timestamp re-opens the zone.
  let inHeaderZone = true;
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i]!;
    const line = lines[i]!.text;
    if (k.kind === 'timestamp' || k.kind === 'header') {
      inHeaderZone = true;
      continue;
    }
    if (!inHeaderZone) continue;
    if (k.kind === 'headline' && wordCount(line) <= 2 && !STARTS_DIGIT.test(line)) {
      // A lone one- or two-word line before any text: a section name ("Military").
      kinds[i] = { kind: 'header', detail: 'section name' };
      continue;
    }
    if (k.kind === 'body' && line.length <= MAX_FURNITURE_CHARS && captionShaped(line, c)) {
      const prev = i > 0 ? kinds[i - 1]!.kind : undefined;
      const next = lines[i + 1];
      const beforeBody = next !== undefined && looksLikeBody(next.text);
      // After a timestamp a lone descriptive sentence is the photo caption;
      // after a headline it may be a standfirst, so it also needs a cue.
      const afterTimestamp = prev === 'timestamp';
      const afterHeadline = (prev === 'headline' || prev === 'header' || prev === 'breadcrumb') && CAPTION_CUE_RE.test(line);
      if (beforeBody && (afterTimestamp || afterHeadline)) {
        kinds[i] = { kind: 'caption', detail: 'photo caption between the page header and the article body' };
        continue;
      }
    }
    if (k.kind === 'body') inHeaderZone = false;
  }

  const blocks: Span[] = [];
  const removed: Removal[] = [];
  lines.forEach((l, i) => {
    const k = kinds[i]!;
    const reason = removalReason(k.kind);
    if (reason === undefined) blocks.push({ start: l.start, end: l.end });
    else removed.push({ text: l.text, start: l.start, end: l.end, reason, detail: k.detail ?? reason });
  });
  return { blocks, removed };
}

function removalReason(kind: LineKind): RemovalReason | undefined {
  switch (kind) {
    case 'header':
    case 'timestamp':
    case 'breadcrumb':
    case 'caption':
    case 'credit':
      return kind;
    case 'headline':
    case 'body':
      return undefined;
    default: {
      const never: never = kind;
      return never;
    }
  }
}
