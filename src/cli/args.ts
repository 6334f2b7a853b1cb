/**
 * Argument parsing and validation for `parallax compare`. Pure: no file system,
 * no process; it turns argv into options or a one-line usage error.
 */

export interface CliOptions {
  /** Report files, in the order given (that order is the reports' order). */
  files: string[];
  /** Print the Comparison JSON to stdout instead of the readable summary. */
  json: boolean;
  /** Also write the Comparison JSON to this path. */
  out?: string;
  /** Sensitivity in [0, 1]; absent means the core's default. */
  sensitivity?: number;
}

export type ParseResult =
  | { kind: 'help' }
  | { kind: 'ok'; options: CliOptions }
  | { kind: 'usage-error'; message: string };

/** Exit codes: 0 success, 1 bad input or output (a file), 2 bad usage (the command line). */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: npm run -s compare -- FILE FILE... [options]

Compares two or more reports of the same event sentence by sentence and prints
the claims they share, the claims only some of them make, and what each one
alone says.

Each FILE is a UTF-8 text file holding one report; reports keep the order of
the files. A report's id is its file name without extension; its outlet is the
file name too, unless a data/manifest.json above the file lists it (then the
manifest's outlet, language, date and machine-translation flag are used).

Options:
  --json             Print the comparison as JSON (schema parallax.comparison/1)
                     on stdout instead of the readable summary.
  --out PATH         Write the comparison JSON to PATH (one line on stderr says
                     so); stdout keeps the summary unless --json is given too.
  --sensitivity X    How readily sentences are linked: a number from 0 (strict)
                     to 1 (loose). Default: the tuned setting (0.5).
  -h, --help         Show this help.

"npm run" prints a banner on stdout: for clean JSON on stdout use
"npm run -s compare -- ... --json" (or "npx tsx src/cli/compare.ts ... --json"),
or write it to a file with --out.

Colours are used only when stdout is a terminal and NO_COLOR is not set.
Exit status: 0 success, 1 a file could not be used, 2 bad command line.`;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a sensitivity value; returns a message when it is not a number in [0, 1]. */
export function parseSensitivity(raw: string): number | string {
  const s = raw.trim();
  if (!NUMBER.test(s)) return `--sensitivity must be a number from 0 to 1, got "${raw}"`;
  const value = Number(s);
  if (!(value >= 0 && value <= 1)) return `--sensitivity must be between 0 and 1, got ${s}`;
  return value;
}

/**
 * Parses the arguments after the script name. Accepts `--flag value` and
 * `--flag=value`; everything after `--` is a file. `--help` wins over any
 * other problem so that a confused user can always get help.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.some((a, i) => (a === '--help' || a === '-h') && !argv.slice(0, i).includes('--'))) return { kind: 'help' };

  const files: string[] = [];
  let json = false;
  let out: string | undefined;
  let sensitivity: number | undefined;
  let sensitivityGiven = false;
  let filesOnly = false;

  const error = (message: string): ParseResult => ({ kind: 'usage-error', message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (filesOnly) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      filesOnly = true;
      continue;
    }
    if (arg === '-') return error('reading a report from standard input ("-") is not supported; give a file');
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }

    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;

    /** The flag's value: inline (`--x=v`) or the next argument, which must not be a flag. */
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) return undefined;
      i++;
      return next;
    };

    switch (name) {
      case '--json':
        if (inline !== undefined) return error('--json takes no value');
        json = true;
        break;
      case '--out': {
        if (out !== undefined) return error('--out given twice');
        const value = takeValue();
        if (value === undefined || value === '') return error('--out needs a file path');
        if (value === '-') return error('--out needs a file path; for JSON on stdout use --json');
        out = value;
        break;
      }
      case '--sensitivity': {
        if (sensitivityGiven) return error('--sensitivity given twice');
        const value = takeValue();
        if (value === undefined || value === '') return error('--sensitivity needs a number from 0 to 1');
        const parsed = parseSensitivity(value);
        if (typeof parsed === 'string') return error(parsed);
        sensitivity = parsed;
        sensitivityGiven = true;
        break;
      }
      default:
        return error(`unknown option "${name}" (see --help)`);
    }
  }

  if (files.length === 0) return error('no report files given; compare needs at least two (see --help)');
  if (files.length === 1) return error(`only one report file given ("${files[0]}"); compare needs at least two`);

  const options: CliOptions = { files, json };
  if (out !== undefined) options.out = out;
  if (sensitivity !== undefined) options.sensitivity = sensitivity;
  return { kind: 'ok', options };
}
