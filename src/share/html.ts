/**
 * The article text of a saved web page, with Mozilla's Readability (the
 * engine of Firefox's Reader View).
 *
 * The Document comes from an injected parser: in the browser
 * `(h) => new DOMParser().parseFromString(h, 'text/html')`, which builds an
 * inert document (no scripts run, no images or styles load, so `onerror=` and
 * the like never fire); in Node tests linkedom's parser. Only text comes out:
 * paragraphs separated by blank lines, no markup. Nothing is inserted into the
 * page, and nothing here throws.
 */
import { Readability } from '@mozilla/readability';

export interface Article {
  title?: string;
  /** Paragraphs separated by one blank line; '' when the page has no text. */
  text: string;
  byline?: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Never text for a reader. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'AUDIO', 'VIDEO', 'PICTURE', 'IMG',
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/**
 * The text of a DOM subtree as paragraphs: block elements separate
 * paragraphs, white space inside a paragraph collapses to single spaces.
 * Iterative, so a deeply nested page cannot overflow the stack.
 */
export function textOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeType === ELEMENT_NODE ? ((node as Element).tagName ?? '').toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

function clean(s: string | null | undefined): string | undefined {
  const t = typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
  return t === '' ? undefined : t;
}

/** Drops paragraphs that are only the byline ("Jane Doe", "By Jane Doe"): it is metadata, not a claim. */
function dropByline(text: string, byline: string | undefined): string {
  if (byline === undefined) return text;
  const name = byline.replace(/^by\s+/i, '').toLowerCase();
  return text
    .split('\n\n')
    .filter((p) => p.replace(/^by\s+/i, '').toLowerCase() !== name)
    .join('\n\n');
}

function withMeta(text: string, title: string | undefined, byline: string | undefined): Article {
  const out: Article = { text };
  if (title !== undefined) out.title = title;
  if (byline !== undefined) out.byline = byline;
  return out;
}

/**
 * The article in an HTML page: Readability's pick of the main content, or,
 * when it finds none, the text of the whole body. `parse` must give a fresh
 * Document on each call (Readability changes the one it reads).
 */
export function extractArticle(html: string, parse: (html: string) => Document): Article {
  if (typeof html !== 'string' || html.trim() === '') return { text: '' };
  let title: string | undefined;
  try {
    const doc = parse(html);
    title = clean(doc.title);
    const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const byline = clean(article?.byline);
    const text = article?.content ? dropByline(textOf(article.content), byline) : '';
    if (text !== '') return withMeta(text, clean(article?.title) ?? title, byline);
  } catch {
    // fall back to the body's text
  }
  try {
    const doc = parse(html);
    title ??= clean(doc.title);
    const root = doc.body ?? doc.documentElement;
    return withMeta(root ? textOf(root) : '', title, undefined);
  } catch {
    return withMeta('', title, undefined);
  }
}
