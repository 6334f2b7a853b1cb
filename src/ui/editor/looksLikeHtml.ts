/**
 * True when pasted plain text is the source of a web page (or a large piece
 * of markup) rather than prose: it starts with a doctype or an html/head/body
 * tag, or is mostly tags.
 */
export function looksLikeHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  const head = text.slice(0, 2000);
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|article|section|a|br|h[1-6]|ul|li|script|style|meta|link|main|header|footer|nav)\b[^>]*>/gi);
  if (!tags || tags.length < 4) return false;
  const markup = tags.reduce((n, t) => n + t.length, 0);
  return markup / head.length > 0.12;
}
