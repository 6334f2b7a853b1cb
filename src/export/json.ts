import type { Comparison } from '../core/types';
import type { ExportMeta } from './meta';
import { anonymise } from './text';

/**
 * The Comparison JSON (schema parallax.comparison/1), pretty-printed, with a
 * trailing newline. Only when `meta` carries something does an `export` key
 * hold it (title, date, note, notes, edits); with `hideOutletNames` the
 * outlets, ids and URLs are replaced (see `anonymise`). JSON.stringify
 * escapes every control character (U+0000–U+001F as \uXXXX); DEL, C1 and bidi
 * controls are escaped too so the file is safe to `cat` to a terminal.
 */
export function toJson(comparison: Comparison, meta: ExportMeta = {}): string {
  const data = meta.hideOutletNames ? anonymise(comparison) : comparison;
  const extra: Record<string, unknown> = {};
  if (meta.title !== undefined) extra.title = meta.title;
  if (meta.date !== undefined) extra.date = meta.date;
  if (meta.note !== undefined) extra.note = meta.note;
  if (meta.notes && Object.keys(meta.notes).length > 0) extra.notes = meta.notes;
  if (meta.edits && meta.edits.length > 0) extra.edits = meta.edits;
  const value = Object.keys(extra).length > 0 ? { ...data, export: extra } : data;
  return JSON.stringify(value, null, 2).replace(/[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
