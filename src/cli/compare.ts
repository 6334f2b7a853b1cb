/**
 * parallax compare: the command line. See `--help` (src/cli/args.ts).
 *
 * stdout carries the result only (the summary, or with --json the JSON);
 * every message goes to stderr as one line prefixed "parallax:". Set
 * PARALLAX_DEBUG=1 to see a stack trace for an internal error.
 */
import { writeFileSync } from 'node:fs';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, USAGE, parseArgs } from './args';
import { InputError, loadReports } from './input';
import { renderComparison } from './render';
import type { Comparison } from '../core/types';

function fail(message: string, code: number): void {
  process.stderr.write(`parallax: ${message.split('\n')[0]}\n`);
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
  const { files, json, out, sensitivity } = parsed.options;

  let reports;
  try {
    reports = loadReports(files);
  } catch (err) {
    if (err instanceof InputError) return fail(err.message, EXIT_INPUT);
    throw err;
  }

  let comparison: Comparison;
  try {
    // Loaded here, not at the top, so that even a broken core gives a one-line message.
    const { compareReports } = await import('../core/index');
    comparison = compareReports(reports, sensitivity === undefined ? {} : { sensitivity });
  } catch (err) {
    if (process.env.PARALLAX_DEBUG) console.error(err);
    return fail(`the comparison failed: ${firstLine(err)} (set PARALLAX_DEBUG=1 for details)`, EXIT_INPUT);
  }

  const jsonText = JSON.stringify(comparison, null, 2) + '\n';
  if (out !== undefined) {
    try {
      writeFileSync(out, jsonText, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : firstLine(err);
      return fail(`cannot write "${out}": ${why}`, EXIT_INPUT);
    }
    const s = comparison.summary.claims;
    process.stderr.write(
      `parallax: wrote "${out}" (${comparison.reports.length} reports, ${comparison.claims.length} claims: ${s.shared} shared, ${s.partial} partial, ${s.unique} unique)\n`,
    );
  }

  if (json) process.stdout.write(jsonText);
  else process.stdout.write(renderComparison(comparison, { width: process.stdout.isTTY ? process.stdout.columns : 100, color: useColor() }));
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
