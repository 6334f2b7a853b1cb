import type { Comparison } from '../core/types';
import type { ExportMeta } from './meta';
import { claimEdited, claimNote, escapeControls, outletLabels } from './text';

export const CSV_HEADER = ['claim', 'kind', 'outlet', 'sentence', 'strength', 'edited', 'note'] as const;

/**
 * A spreadsheet that opens a cell starting with = + - @ (or TAB / CR) reads it
 * as a formula ("=HYPERLINK(…)", "=cmd|' /C calc'!A0"): such a cell gets a
 * leading apostrophe, which Excel, LibreOffice and Google Sheets show as text.
 */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a cell holding a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true). Excel guesses the
   * system's legacy code page for a CSV without one, so Cyrillic or accented
   * outlet names and sentences turn into mojibake when the file is
   * double-clicked; with the BOM it reads UTF-8. LibreOffice, Google Sheets,
   * pandas ("utf-8-sig") and most CSV readers skip the BOM. Pass false for a
   * tool that would take the BOM as part of the first header.
   */
  bom?: boolean;
}

/**
 * One row per claim member: claim id, kind, outlet, sentence, strength (the
 * member's link score, empty for a claim's first member and unique claims),
 * edited ("yes" when the claim is marked edited or its id is in `meta.edits`), note (the claim's own, else `meta.notes`).
 * Rows end in CRLF as RFC 4180 says. Control characters (except \n and \t)
 * are shown escaped (\x1B), never written raw.
 */
export function toCsv(comparison: Comparison, meta: ExportMeta = {}, options: CsvOptions = {}): string {
  const labels = outletLabels(comparison.reports, meta.hideOutletNames);
  const rows: string[][] = [[...CSV_HEADER]];
  for (const claim of comparison.claims) {
    for (const member of claim.members) {
      const sentence = comparison.reports[member.report]?.sentences[member.sentence]?.text ?? '';
      rows.push([
        claim.id,
        claim.kind,
        labels[member.report] ?? `report ${member.report + 1}`,
        sentence,
        member.match ? member.match.score.toFixed(3) : '',
        claimEdited(claim, meta) ? 'yes' : '',
        claimNote(claim, meta) ?? '',
      ]);
    }
  }
  const body = rows.map((row) => row.map((cell) => quoteCell(defuseFormula(escapeControls(cell)))).join(',')).join('\r\n') + '\r\n';
  return (options.bom === false ? '' : '\uFEFF') + body;
}
