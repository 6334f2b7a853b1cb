/**
 * Exports of a Comparison: JSON, CSV, Markdown and a self-contained HTML
 * report. Pure: no DOM, no file system; strings in, a string out, so the
 * command line and the page share them. See README.md.
 */
export { toJson } from './json';
export { toCsv, CSV_HEADER, defuseFormula, quoteCell, type CsvOptions } from './csv';
export { toMarkdown, escapeMarkdown, markdownUrl } from './markdown';
export { toHtml, escapeHtml } from './html';
export { DEFAULT_TITLE, type ExportMeta } from './meta';
export { anonymise, claimEdited, claimNote, escapeControls, escapeControlsDeep, outletLabels } from './text';

import type { Comparison } from '../core/types';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { ExportMeta } from './meta';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension of each format. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = { json: '.json', csv: '.csv', markdown: '.md', html: '.html' };

export function exportAs(format: ExportFormat, comparison: Comparison, meta: ExportMeta = {}): string {
  switch (format) {
    case 'json':
      return toJson(comparison, meta);
    case 'csv':
      return toCsv(comparison, meta);
    case 'markdown':
      return toMarkdown(comparison, meta);
    case 'html':
      return toHtml(comparison, meta);
  }
}
