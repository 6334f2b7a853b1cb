/**
 * Checking and normalising what a user pastes or drops, before it becomes a
 * report. Pure: every problem is an Issue for the page to show; nothing here
 * throws, and `level: 'error'` means "do not compare (or share) as it is".
 */
import { extractArticle } from './html';
import {
  MAX_HTML_FILE_BYTES,
  MAX_LANGUAGE_LENGTH,
  MAX_OUTLET_LENGTH,
  MAX_PASTE_BYTES,
  MAX_REPORT_BYTES,
  MAX_REPORTS,
  MAX_URL_LENGTH,
  MIN_REPORTS,
} from './limits';
import { checkBudget } from './budget';
import { formatSize, isWebAddress, LANGUAGE_TAG, normaliseOutlet, utf8Length } from './validate';

export type IssueCode =
  /** The text is empty or only white space. */
  | 'empty'
  /** Over 1 MB: the page may offer to keep the first 1 MB (`truncateReport`), with the user's consent. */
  | 'too-large'
  /** Over 5 MB (a paste or a file): refused, nothing imported. */
  | 'far-too-large'
  /** No sentence-ending punctuation: the text reads as one sentence. */
  | 'one-sentence'
  /** A file with NUL bytes (PDF, image, Word document): nothing imported. */
  | 'binary'
  /** A file that is not valid UTF-8 (or UTF-16 with a byte-order mark): nothing imported. */
  | 'not-utf8'
  /** An HTML file in which no text was found. */
  | 'no-article'
  | 'missing-outlet'
  | 'outlet-too-long'
  /** The address is not an http(s) web address: it will be left out. */
  | 'bad-url'
  /** The language is not a language tag: it will be left out. */
  | 'bad-language'
  /** Two reports have the same text. */
  | 'duplicate-report'
  /** Two reports have the same outlet name. */
  | 'duplicate-outlet'
  | 'too-few-reports'
  | 'too-many-reports'
  /** All reports together hold more than one comparison can analyse (MAX_TOTAL_SENTENCES, MAX_TOTAL_BYTES). */
  | 'over-budget';

export interface Issue {
  level: 'error' | 'warning';
  code: IssueCode;
  message: string;
  /** The report (index into the list given to `checkReports`) it is about, if one. */
  report?: number;
}

/** Sentence-ending punctuation in the scripts the page is used with (Latin, Cyrillic, CJK, Arabic, Devanagari). */
const SENTENCE_END = /[.!?…。！？؟।]/;

/** Issues with one report's text: empty, too large, no sentence punctuation. */
export function checkReportText(text: string): Issue[] {
  if (typeof text !== 'string' || text.trim() === '')
    return [{ level: 'error', code: 'empty', message: 'The report has no text. Paste the article’s text, or drop a text or HTML file.' }];
  const size = utf8Length(text);
  if (size > MAX_PASTE_BYTES)
    return [
      {
        level: 'error',
        code: 'far-too-large',
        message: `This text is ${formatSize(size)}, far more than one article; Parallax takes up to 1 MB per report. Paste the article alone, without the rest of the page.`,
      },
    ];
  const issues: Issue[] = [];
  if (size > MAX_REPORT_BYTES)
    issues.push({
      level: 'error',
      code: 'too-large',
      message: `This text is ${formatSize(size)}, over the limit of 1 MB per report. Keep only its first 1 MB, or paste a shorter text.`,
    });
  if (!SENTENCE_END.test(text))
    issues.push({
      level: 'warning',
      code: 'one-sentence',
      message: 'This text has no sentence-ending punctuation (. ! ?), so it reads as one sentence, and Parallax compares sentence by sentence. Check that the whole article was pasted.',
    });
  return issues;
}

/**
 * The first `maxBytes` (UTF-8) of a text, cut at the last paragraph or
 * sentence end in its final fifth when there is one, never inside a
 * character. For the "Keep the first 1 MB" choice after a 'too-large' issue.
 */
export function truncateReport(text: string, maxBytes: number = MAX_REPORT_BYTES): string {
  let bytes = 0;
  let end = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    const pair = c >= 0xd800 && c <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += pair ? 2 : 1;
  }
  if (end >= text.length) return text;
  const head = text.slice(0, end);
  const floor = Math.floor(end * 0.8);
  const para = head.lastIndexOf('\n\n');
  if (para >= floor) return head.slice(0, para).trimEnd();
  let cut = -1;
  for (const m of head.matchAll(/[.!?…。！？؟।]["'”’»)]*\s/g)) cut = m.index + m[0].length;
  if (cut >= floor) return head.slice(0, cut).trimEnd();
  return head;
}

export type DroppedKind = 'text' | 'markdown' | 'html';

export interface DroppedFile {
  /** The report text ('' when nothing could be imported). */
  text: string;
  kind: DroppedKind;
  issues: Issue[];
  /** From an HTML page, when found: its title and byline (a hint for the outlet field). */
  title?: string;
  byline?: string;
}

const HTML_EXT = /\.(?:html?|xhtml|shtml|mht)$/i;
const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

function kindOf(name: string, head: string): DroppedKind {
  if (HTML_EXT.test(name)) return 'html';
  if (MARKDOWN_EXT.test(name)) return 'markdown';
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) ? 'html' : 'text';
}

function decodeText(bytes: Uint8Array): string | null {
  const [a, b] = bytes;
  try {
    if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a UTF-8 byte-order mark
  } catch {
    return null;
  }
}

/**
 * Plain text from Markdown: headings, emphasis, list bullets, quotes, code
 * fences and link syntax go, their words stay; images go entirely.
 */
/**
 * A link's address: `<…>`, or characters other than white space and parentheses, with balanced
 * parentheses one level deep (`https://en.wikipedia.org/wiki/Mine_(weapon)`), and an optional title.
 */
const MD_DEST = String.raw`(?:<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*`;
const MD_IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]\(${MD_DEST}\)`, 'g');
const MD_LINK = new RegExp(String.raw`\[([^\]\n]+)\]\(${MD_DEST}\)`, 'g');

export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*(?:```|~~~).*$/gm, '')
    .replace(MD_IMAGE, '')
    .replace(MD_LINK, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Reads a dropped or opened file. Binary and non-UTF-8 files import nothing
 * (an error says why); Markdown becomes plain text; HTML becomes the article's
 * text when `parse` is given (the browser passes
 * `(h) => new DOMParser().parseFromString(h, 'text/html')`), otherwise `text`
 * is the HTML itself and the caller runs `extractArticle`. The text's own
 * checks (`checkReportText`) are included.
 */
export function readDroppedFile(name: string, bytes: Uint8Array, parse?: (html: string) => Document): DroppedFile {
  const fileName = typeof name === 'string' && name !== '' ? name : 'The file';
  const quoted = `“${fileName}”`;
  const headKind = kindOf(fileName, '');
  const limit = headKind === 'html' ? MAX_HTML_FILE_BYTES : MAX_PASTE_BYTES;
  if (bytes.length > limit)
    return {
      text: '',
      kind: headKind,
      issues: [
        {
          level: 'error',
          code: 'far-too-large',
          message: `${quoted} is ${formatSize(bytes.length)}, far more than one article (Parallax takes up to 1 MB of text per report). Save only the article, or copy and paste its text.`,
        },
      ],
    };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0))
    return {
      text: '',
      kind: headKind,
      issues: [
        {
          level: 'error',
          code: 'binary',
          message: `${quoted} is not a text file (it looks like a PDF, an image or a word-processor document). Save the article as plain text or as a web page (HTML), or copy and paste its text.`,
        },
      ],
    };
  const decoded = decodeText(bytes);
  if (decoded === null)
    return {
      text: '',
      kind: headKind,
      issues: [
        {
          level: 'error',
          code: 'not-utf8',
          message: `${quoted} is not UTF-8 text (it may use an older encoding such as Windows-1251, or not be text at all). Save it as UTF-8, or open it and copy and paste its text.`,
        },
      ],
    };
  const kind = kindOf(fileName, decoded.slice(0, 512));
  if (kind === 'markdown') {
    const text = markdownToText(decoded);
    return { text, kind, issues: checkReportText(text) };
  }
  if (kind === 'html') {
    if (!parse) return { text: decoded, kind, issues: [] };
    const article = extractArticle(decoded, parse);
    const out: DroppedFile = { text: article.text, kind, issues: [] };
    if (article.title !== undefined) out.title = article.title;
    if (article.byline !== undefined) out.byline = article.byline;
    out.issues =
      article.text.trim() === ''
        ? [
            {
              level: 'error',
              code: 'no-article',
              message: `No article text was found in ${quoted}. Open the page in a browser and copy and paste the article’s text.`,
            },
          ]
        : checkReportText(article.text);
    return out;
  }
  return { text: decoded, kind, issues: checkReportText(decoded) };
}

/** What `checkReports` needs of each report (the page's form state fits). */
export interface ReportDraft {
  outlet: string;
  text: string;
  url?: string;
  language?: string;
  date?: string;
}

// Recomputed for every keystroke in the editor, where only one text changes: the last few are kept.
const sameTextCache = new Map<string, string>();
function sameText(s: string): string {
  const hit = sameTextCache.get(s);
  if (hit !== undefined) return hit;
  const key = s.replace(/\s+/g, ' ').trim();
  sameTextCache.set(s, key);
  if (sameTextCache.size > 24) sameTextCache.delete(sameTextCache.keys().next().value!);
  return key;
}

/**
 * Every issue of a set of reports: their count (2–6), each report's outlet,
 * address, language and text (with `report` set), and reports with the same
 * text or outlet name. No errors = ready to compare and share.
 */
export function checkReports(reports: readonly ReportDraft[]): Issue[] {
  const list = Array.isArray(reports) ? reports : [];
  const issues: Issue[] = [];
  if (list.length < MIN_REPORTS)
    issues.push({
      level: 'error',
      code: 'too-few-reports',
      message: `A comparison needs at least two reports; there ${list.length === 1 ? 'is one' : 'are none'} so far. Add another report.`,
    });
  if (list.length > MAX_REPORTS)
    issues.push({
      level: 'error',
      code: 'too-many-reports',
      message: `Parallax compares at most six reports side by side; there are ${list.length}. Remove ${list.length - MAX_REPORTS === 1 ? 'one' : list.length - MAX_REPORTS}.`,
    });
  const texts = new Map<string, number>();
  const outlets = new Map<string, number>();
  list.forEach((r, i) => {
    const n = i + 1;
    const outlet = typeof r?.outlet === 'string' ? normaliseOutlet(r.outlet) : '';
    if (outlet === '')
      issues.push({ level: 'error', code: 'missing-outlet', report: i, message: `Report ${n} needs an outlet name (who published it).` });
    else if (outlet.length > MAX_OUTLET_LENGTH)
      issues.push({
        level: 'error',
        code: 'outlet-too-long',
        report: i,
        message: `Report ${n}’s outlet name is ${outlet.length} characters long; shorten it to at most ${MAX_OUTLET_LENGTH}.`,
      });
    const url = typeof r?.url === 'string' ? r.url.trim() : '';
    if (url !== '' && (url.length > MAX_URL_LENGTH || !isWebAddress(url)))
      issues.push({
        level: 'warning',
        code: 'bad-url',
        report: i,
        message: `Report ${n}’s address is not a web address (http:// or https://), so it will be left out.`,
      });
    const language = typeof r?.language === 'string' ? r.language.trim() : '';
    if (language !== '' && (language.length > MAX_LANGUAGE_LENGTH || !LANGUAGE_TAG.test(language)))
      issues.push({
        level: 'warning',
        code: 'bad-language',
        report: i,
        message: `Report ${n}’s language “${language.slice(0, 40)}” is not a language code such as “en” or “ru”, so it will be left out.`,
      });
    const text = typeof r?.text === 'string' ? r.text : '';
    for (const issue of checkReportText(text)) issues.push({ ...issue, report: i, message: `Report ${n}: ${issue.message}` });
    const key = sameText(text);
    if (key !== '') {
      const first = texts.get(key);
      if (first === undefined) texts.set(key, i);
      else
        issues.push({
          level: 'warning',
          code: 'duplicate-report',
          report: i,
          message: `Reports ${first + 1} and ${n} have the same text, so every sentence will show as shared. Remove one, or paste the other outlet’s report.`,
        });
    }
    const name = outlet.toLocaleLowerCase();
    if (name !== '') {
      const first = outlets.get(name);
      if (first === undefined) outlets.set(name, i);
      else
        issues.push({
          level: 'warning',
          code: 'duplicate-outlet',
          report: i,
          message: `Reports ${first + 1} and ${n} are both called “${outlet}”; give them different names so their columns can be told apart (e.g. “${outlet} (morning)”).`,
        });
    }
  });
  // One report over 1 MB already says so; otherwise, the whole comparison's budget.
  if (!issues.some((i) => i.code === 'too-large' || i.code === 'far-too-large')) {
    const over = checkBudget(list.map((r) => (typeof r?.text === 'string' ? r.text : '')));
    if (over) issues.push({ level: 'error', code: 'over-budget', message: over.message });
  }
  return issues;
}
