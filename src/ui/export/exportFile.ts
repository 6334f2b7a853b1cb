/**
 * The page's exports: which formats the menu offers, each file's name and
 * type, and the meta the page gives the formatters. Pure; the formatters
 * themselves (src/export) are loaded on first use (`loadExporters`), so the
 * main bundle does not carry them.
 */
import type { Comparison } from '../../core/index';
import type { ExportFormat, ExportMeta } from '../../export/index';

export interface ExportChoice {
  format: ExportFormat;
  label: string;
  extension: string;
  type: string;
  hint: string;
}

/** The menu's items, in order. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'json', label: 'JSON', extension: '.json', type: 'application/json', hint: 'the full analysis, for programs' },
  { format: 'csv', label: 'CSV', extension: '.csv', type: 'text/csv;charset=utf-8', hint: 'one row per sentence, for spreadsheets' },
  { format: 'markdown', label: 'Markdown', extension: '.md', type: 'text/markdown;charset=utf-8', hint: 'a readable report, for notes and wikis' },
  { format: 'html', label: 'HTML', extension: '.html', type: 'text/html;charset=utf-8', hint: 'a self-contained page, to open or print' },
];

/** "US authorises mines: 3 reports!" → "us-authorises-mines-3-reports"; at most 60 characters; letters of any script kept. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '');
}

/** The download's name: the title's slug (or "parallax-comparison") and the format's extension. */
export function exportFileName(title: string, choice: Pick<ExportChoice, 'extension'>): string {
  return `${slug(title) || 'parallax-comparison'}${choice.extension}`;
}

/** What the page knows about the comparison besides the analysis. */
export interface PageDocument {
  /** The heading: the event's or the maker's title, else the outlets joined. */
  title: string;
  /** The event's date, or the reports' dates. */
  date?: string;
  /** The maker's note to readers. */
  note?: string;
}

/** The meta for the formatters: empty parts left out; hidden names ask them to label outlets A, B, … */
export function exportMeta(doc: PageDocument, hideOutletNames: boolean): ExportMeta {
  const meta: ExportMeta = { title: doc.title };
  if (doc.date) meta.date = doc.date;
  if (doc.note && doc.note.trim() !== '') meta.note = doc.note;
  if (hideOutletNames) meta.hideOutletNames = true;
  return meta;
}

/** The formatters, loaded once on first use (their own chunk). */
let exporters: Promise<typeof import('../../export/index')> | null = null;
export function loadExporters(): Promise<typeof import('../../export/index')> {
  exporters ??= import('../../export/index').catch((err: unknown) => {
    exporters = null; // a failed load (offline) can be tried again
    throw err;
  });
  return exporters;
}

/** The file's text, through the lazily loaded formatters. */
export async function exportText(format: ExportFormat, comparison: Comparison, meta: ExportMeta): Promise<string> {
  const { exportAs } = await loadExporters();
  return exportAs(format, comparison, meta);
}
