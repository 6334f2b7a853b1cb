/**
 * What the editor shows under each report as it is entered: its size, how
 * many sentences the analysis will keep, and what cleaning will remove (with
 * the reason). The same stages as `compareReports` (clean → segment → dedupe).
 */
import { cleanText, dedupeSentences, segmentBlocks, type Removal } from '../core/index';
import { utf8Length } from '../share/validate';

export interface ReportStats {
  /** UTF-8 bytes. */
  bytes: number;
  /** Sentences kept after cleaning and de-duplication. */
  sentences: number;
  /** What cleaning and de-duplication take out, in text order. */
  removed: Removal[];
}

export function reportStats(text: string): ReportStats {
  const bytes = utf8Length(text);
  if (text.trim() === '') return { bytes, sentences: 0, removed: [] };
  const cleaned = cleanText(text);
  const deduped = dedupeSentences(text, segmentBlocks(text, cleaned.blocks));
  const removed = [...cleaned.removed, ...deduped.removed].sort((a, b) => a.start - b.start);
  return { bytes, sentences: deduped.kept.length, removed };
}

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
