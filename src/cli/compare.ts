/**
 * parallax compare: the command line. See `--help` (src/cli/args.ts).
 *
 * stdout carries the result only (the summary, or the chosen format), and
 * nothing at all when --out writes it to a file; every message goes to stderr
 * as one line prefixed "parallax:", with control characters made visible.
 * Set PARALLAX_DEBUG=1 to see a stack trace for an internal error.
 */
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, USAGE, parseArgs } from './args';
import { correctionWarnings, readEditsFile, type EditsFile } from './edits';
import { InputError, loadReports } from './input';
import { renderComparison } from './render';
import { OutputError, resolveTarget, sameFile, writeFileAtomic } from './write';
import type { Comparison } from '../core/types';
import { exportAs, type ExportMeta } from '../export/index';
import { escapeControls } from '../export/text';

function fail(message: string, code: number): void {
  process.stderr.write(`parallax: ${escapeControls(message, 'line')}\n`);
  process.exitCode = code;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] || 'unknown error';
}

function useColor(): boolean {
  const noColor = process.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return process.stdout.isTTY === true && process.env.TERM !== 'dumb';
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    process.exitCode = EXIT_OK;
    return;
  }
  if (parsed.kind === 'usage-error') return fail(parsed.message, EXIT_USAGE);
  const { files, out, sensitivity, title, hideOutletNames, matcher, edits } = parsed.options;
  const format = parsed.options.format ?? (out !== undefined ? 'json' : undefined);

  if (out !== undefined) {
    // Before any work: never overwrite a report (a symbolic or hard link to one included).
    const input = sameFile(out, files);
    if (input !== undefined) return fail(`--out "${out}" is the report file "${input}"; choose another output path`, EXIT_USAGE);
    if (edits !== undefined && sameFile(out, [edits]) !== undefined) return fail(`--out "${out}" is the edits file; choose another output path`, EXIT_USAGE);
    try {
      resolveTarget(out);
    } catch (err) {
      if (err instanceof OutputError) return fail(err.message, EXIT_INPUT);
      throw err;
    }
  }

  let reports;
  try {
    reports = loadReports(files);
  } catch (err) {
    if (err instanceof InputError) return fail(err.message, EXIT_INPUT);
    throw err;
  }

  let corrections: EditsFile | undefined;
  if (edits !== undefined) {
    try {
      corrections = readEditsFile(edits);
    } catch (err) {
      if (err instanceof InputError) return fail(err.message, EXIT_INPUT);
      throw err;
    }
  }

  let comparison: Comparison;
  try {
    // Loaded here, not at the top, so that even a broken core gives a one-line message.
    const { createNodeAnalyzer, compareWithFallback } = await import('../node/model');
    comparison = await compareWithFallback(
      createNodeAnalyzer(),
      reports,
      { ...(sensitivity === undefined ? {} : { sensitivity }), ...(matcher ? { matcher } : {}), ...(corrections ? { corrections: corrections.corrections } : {}) },
      (notice) => process.stderr.write(`parallax compare: ${escapeControls(notice)}\n`),
    );
  } catch (err) {
    if (process.env.PARALLAX_DEBUG) console.error(err);
    return fail(`the comparison failed: ${firstLine(err)} (set PARALLAX_DEBUG=1 for details)`, EXIT_INPUT);
  }

  if (corrections && edits !== undefined) for (const warning of correctionWarnings(edits, corrections, comparison)) process.stderr.write(`parallax: ${escapeControls(warning, 'line')}\n`);

  // The claims carry the reader's edits and notes (claim.edited, claim.note): every export reads them there.
  const meta: ExportMeta = {};
  if (title !== undefined) meta.title = title;
  if (hideOutletNames) meta.hideOutletNames = true;
  const text =
    format === undefined
      ? renderComparison(comparison, { width: process.stdout.isTTY ? process.stdout.columns : 100, color: useColor(), hideOutletNames: hideOutletNames === true })
      : exportAs(format, comparison, meta);

  if (out !== undefined) {
    try {
      writeFileAtomic(out, text);
    } catch (err) {
      if (err instanceof OutputError) return fail(err.message, EXIT_INPUT);
      throw err;
    }
    const s = comparison.summary.claims;
    process.stderr.write(
      `parallax: wrote ${format} to "${escapeControls(out, 'line')}" (${comparison.reports.length} reports, ${comparison.claims.length} claims: ${s.shared} shared, ${s.partial} partial, ${s.unique} unique)\n`,
    );
  } else {
    process.stdout.write(text);
  }
  process.exitCode = EXIT_OK;
}

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(`cannot write to standard output: ${firstLine(err)}`, EXIT_INPUT);
});

main(process.argv.slice(2)).catch((err: unknown) => {
  if (process.env.PARALLAX_DEBUG) console.error(err);
  fail(`internal error: ${firstLine(err)} (set PARALLAX_DEBUG=1 for details)`, EXIT_INPUT);
});
