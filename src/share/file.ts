/**
 * The `.parallax.json` file: the same content as a share link, readable JSON,
 * for comparisons too long to send as a link ("Download comparison" / "Open
 * file").
 *
 *   { "schema": "parallax.share/1", "reports": [ {outlet, text, date?, url?, language?} ],
 *     "view": { "claim": null, "sensitivity": 0.5, "removed": false, "lens"?: "loaded", "panel"?: "framing" } }
 *
 * `lens` and `panel` are written only when not the default (claims view, no
 * panel), so a file of the claims view opens in older versions without a warning.
 *
 * `fromFile` also opens the Comparison JSON that `npm run compare -- --json`
 * writes (`parallax.comparison/1`): its reports and sensitivity.
 */
import { MAX_FILE_LENGTH } from './limits';
import { normaliseForWrite } from './shareState';
import type { DecodeResult, ShareStateInput } from './types';
import { checkState } from './validate';

export const FILE_SCHEMA = 'parallax.share/1' as const;
/** The suggested file name ending. */
export const FILE_EXTENSION = '.parallax.json';

/** The file's text (pretty-printed JSON; claim, sensitivity and removed always written, lens and panel when set). Throws ShareEncodeError like `encodeShare`. */
export function toFile(state: ShareStateInput): string {
  const s = normaliseForWrite(state);
  return `${JSON.stringify({ schema: FILE_SCHEMA, reports: s.reports, view: s.view }, null, 2)}\n`;
}

/** A file name for the download: "parallax-2024-11-21.parallax.json". */
export function fileName(now: Date = new Date()): string {
  const d = Number.isNaN(now.getTime()) ? '' : `-${now.toISOString().slice(0, 10)}`;
  return `parallax${d}${FILE_EXTENSION}`;
}

/** True when `text` is the start of a JSON document that stops early (open brackets or string at the end). */
export function looksTruncated(text: string): boolean {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (stack.pop() !== c) return false; // mismatched: damaged, not cut off
    }
  }
  return inString || stack.length > 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a `.parallax.json` file's text. Same validation as `decodeShare`; never throws. */
export function fromFile(text: string): DecodeResult {
  try {
    return fromFileUnsafe(text);
  } catch {
    return { ok: false, error: 'corrupted' };
  }
}

function fromFileUnsafe(input: unknown): DecodeResult {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_FILE_LENGTH) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return looksTruncated(text)
      ? { ok: false, error: 'truncated', detail: 'The file ends in the middle of its data.' }
      : { ok: false, error: 'corrupted', detail: 'It is not valid JSON.' };
  }
  if (!isRecord(data)) return { ok: false, error: 'corrupted', detail: 'It is not a Parallax comparison.' };
  const { schema, reports, view, ...rest } = data;
  if (schema === 'parallax.comparison/1') {
    // The command line's full analysis: take its reports and sensitivity, ignore the rest.
    const options = isRecord(view) ? view : isRecord(rest.options) ? { sensitivity: rest.options.sensitivity } : undefined;
    const picked = Array.isArray(reports)
      ? reports.map((r: unknown) =>
          isRecord(r) ? { outlet: r.outlet, text: r.text, date: r.date, url: r.url, language: r.language } : r,
        )
      : reports;
    return checkState(picked, options);
  }
  const m = typeof schema === 'string' ? /^parallax\.share\/(\d+)$/.exec(schema) : null;
  if (!m) return { ok: false, error: 'corrupted', detail: 'It is not a Parallax comparison (no “parallax.share” schema).' };
  if (m[1] !== '1')
    return { ok: false, error: 'unknown-version', detail: `It is format version ${m[1]}; this page reads version 1.` };
  return checkState(reports, view, Object.keys(rest));
}
