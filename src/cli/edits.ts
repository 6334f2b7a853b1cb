/**
 * `--edits FILE` for the command line: reading the reader's corrections (an
 * edits file as the page exports it, or a Comparison JSON carrying them) and
 * the warnings about those that did not apply.
 */
import { readFileSync, statSync } from 'node:fs';
import { EDITS_SCHEMA, MAX_EDITS, MAX_NOTES, parseCorrections, type Corrections } from '../core/edits/format';
import type { Comparison } from '../core/types';
import { describeErrno, InputError, utf8 } from './input';

/**
 * The largest edits file `--edits` reads: an edits file is a few KB, but a
 * Comparison JSON of six 1 MB reports (texts, sentences, word diffs) can run
 * to tens of MB.
 */
export const MAX_EDITS_BYTES = 64 * 1024 * 1024;

export interface EditsFile {
  corrections: Corrections;
  /** Entries of the file that are not readable edits or notes (left out). */
  unreadable: number;
}

/**
 * Reads `--edits FILE`: the edits file the page exports (`{schema:
 * "parallax.edits/1", edits, notes}`) or a Comparison JSON that carries
 * `edits`/`notes` (what `--json` writes after `--edits`). UTF-8, a BOM
 * tolerated. Throws InputError (one line) for a file that cannot be read, is
 * not JSON, or holds no edits or notes at all; entries that are not edits or
 * notes are left out and counted.
 */
export function readEditsFile(file: string): EditsFile {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`cannot read the edits file "${file}": it is a directory`);
    if (!stat.isFile()) throw new InputError(`cannot read the edits file "${file}": not a regular file`);
    if (stat.size > MAX_EDITS_BYTES) throw new InputError(`the edits file "${file}" is ${stat.size} bytes; an edits file may be at most ${MAX_EDITS_BYTES} bytes (64 MB)`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read the edits file "${file}": ${describeErrno(err)}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a leading BOM
  } catch {
    throw new InputError(`the edits file "${file}" is not valid UTF-8 text`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new InputError(`the edits file "${file}" is not JSON (${why})`);
  }
  const none = `the edits file "${file}" holds no edits or notes (expected the page's edits file {"schema": "${EDITS_SCHEMA}", "edits": [...], "notes": [...]} or a Comparison JSON that has them)`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(none);
  const { schema } = raw as { schema?: unknown };
  if (typeof schema === 'string' && /^parallax\.edits\//.test(schema) && schema !== EDITS_SCHEMA) {
    throw new InputError(`the edits file "${file}" has schema "${schema}"; this version reads ${EDITS_SCHEMA}`);
  }
  const parsed = parseCorrections(raw);
  const { edits, notes } = parsed.value;
  if (edits.length + notes.length === 0) {
    if (parsed.dropped > 0) throw new InputError(`the edits file "${file}" holds no readable edits or notes (${parsed.dropped} unreadable ${parsed.dropped === 1 ? 'entry' : 'entries'})`);
    throw new InputError(none);
  }
  return { corrections: parsed.value, unreadable: parsed.dropped };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What stderr says about corrections that did not apply: nothing when all did. */
export function correctionWarnings(file: string, given: EditsFile, comparison: Comparison): string[] {
  const edits = given.corrections.edits.length;
  const notes = given.corrections.notes.length;
  const staleEdits = comparison.stale?.edits.length ?? 0;
  const staleNotes = comparison.stale?.notes.length ?? 0;
  const out: string[] = [];
  const what = [edits > 0 ? count(edits, 'edit') : '', notes > 0 ? count(notes, 'note') : ''].filter(Boolean).join(' and ');
  if (staleEdits + staleNotes > 0 && staleEdits === edits && staleNotes === notes) {
    out.push(
      `warning: none of the ${what} in "${file}" fit these reports: they name sentences these reports do not have (made for other reports, or the texts changed); the comparison is the matcher's, uncorrected`,
    );
  } else if (staleEdits + staleNotes > 0) {
    const stale = [staleEdits > 0 ? `${staleEdits} of ${count(edits, 'edit')}` : '', staleNotes > 0 ? `${staleNotes} of ${count(notes, 'note')}` : ''].filter(Boolean).join(' and ');
    out.push(`warning: ${stale} in "${file}" name sentences these reports no longer have (stale) and were left out; the rest applied`);
  }
  if (given.unreadable > 0) {
    const full = edits >= MAX_EDITS || notes >= MAX_NOTES ? ` (or past the ${MAX_EDITS} edits and ${MAX_NOTES} notes a file may hold)` : '';
    out.push(`warning: ${count(given.unreadable, 'entry', 'entries')} in "${file}" ${given.unreadable === 1 ? 'is' : 'are'} not a readable edit or note${full} and ${given.unreadable === 1 ? 'was' : 'were'} left out`);
  }
  return out;
}
