/**
 * Argument parsing and validation for `parallax compare`. Pure: no file system,
 * no process; it turns argv into options or a one-line usage error.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../export/index';
import { MAX_REPORTS, MIN_REPORTS } from '../share/limits';

export interface CliOptions {
  /** Report files, in the order given (that order is the reports' order). */
  files: string[];
  /**
   * The output format; absent means the readable summary on stdout, or JSON
   * when writing a file with --out. `--json` is `--format json`.
   */
  format?: ExportFormat;
  /** Write the output to this path instead of stdout. */
  out?: string;
  /** The export's title (JSON, Markdown and HTML). */
  title?: string;
  /** Replace every outlet name with "Outlet A", "Outlet B", … */
  hideOutletNames?: boolean;
  /** Sensitivity in [0, 1]; absent means the core's default. */
  sensitivity?: number;
  /** "semantic" (the default: the sentence model, lexical if it cannot load) or "lexical" (word overlap only, fast). */
  matcher?: 'semantic' | 'lexical';
  /** The reader's corrections to replay: an edits file (as the page exports it) or a Comparison JSON carrying `edits`/`notes`. */
  edits?: string;
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

At most ${MAX_REPORTS} reports (as the page), each at most 1 MB of UTF-8.

Options:
  --format FORMAT    Output format instead of the readable summary:
                       json      the Comparison JSON (schema parallax.comparison/1)
                       csv       one row per claim member (claim, kind, outlet,
                                 sentence, strength, edited, note)
                       markdown  a report: outlets, counts, claims, framing
                       html      a self-contained printable HTML report
  --json             The same as --format json.
  --out PATH         Write the output to PATH instead of stdout (JSON unless
                     --format says otherwise); stdout then stays empty and one
                     line on stderr says what was written. PATH may not be one
                     of the report files. The file is replaced atomically: a
                     failed write leaves the previous file as it was.
  --title TEXT       The title of a json, markdown or html export.
  --hide-outlets     Name the outlets "Outlet A", "Outlet B", ... in the output
                     (report texts that name their outlet still do).
  --sensitivity X    How readily sentences are linked: a number from 0 (strict)
                     to 1 (loose). Default: the tuned setting (0.5).
  --matcher M        semantic (default: the bundled sentence model with word
                     overlap, as the page; word overlap alone if the model
                     cannot load, with a notice on stderr) or lexical (word
                     overlap only; fast).
  --edits FILE       Replay the reader's corrections: FILE is the edits file
                     the page exports ({"schema": "parallax.edits/1", "edits",
                     "notes"}) or a Comparison JSON written by --json / --out
                     (its edits and notes are used), so a corrected
                     comparison can be reproduced. Edits whose sentences these
                     reports no longer have are left out, with a warning on
                     stderr. Edited claims are marked "edited"; notes are shown.
  -h, --help         Show this help.

"npm run" prints a banner on stdout: for clean JSON on stdout use
"npm run -s compare -- ... --json" (or "npx tsx src/cli/compare.ts ... --json"),
or write it to a file with --out.

Examples:
  npm run -s compare -- a.txt b.txt c.txt
  npm run -s compare -- a.txt b.txt --format csv --out claims.csv
  npm run -s compare -- a.txt b.txt --format html --title "Mines" --out report.html
  npm run -s compare -- a.txt b.txt --edits edits.json --out corrected.json

Report text, outlet and file names and notes are printed with control characters
shown as \\x1B, \\u202E, ... so a report cannot take over the terminal.
Colours are used only when stdout is a terminal and NO_COLOR is not set.
Exit status: 0 success, 1 a file could not be used (read or written),
2 bad command line (--out naming a report or the edits file included).`;

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
  let format: ExportFormat | undefined;
  let jsonFlag = false;
  let hideOutletNames = false;
  let title: string | undefined;
  let out: string | undefined;
  let sensitivity: number | undefined;
  let sensitivityGiven = false;
  let matcher: 'semantic' | 'lexical' | undefined;
  let edits: string | undefined;
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
        if (format !== undefined && format !== 'json') return error(`--json and --format ${format} contradict each other`);
        format = 'json';
        jsonFlag = true;
        break;
      case '--hide-outlets':
        if (inline !== undefined) return error('--hide-outlets takes no value');
        hideOutletNames = true;
        break;
      case '--format': {
        if (format !== undefined && !(jsonFlag && format === 'json')) return error('--format given twice');
        const value = takeValue();
        if (value === undefined || value === '') return error(`--format needs one of ${EXPORT_FORMATS.join(', ')}`);
        const wanted = value.toLowerCase() === 'md' ? 'markdown' : value.toLowerCase();
        if (!(EXPORT_FORMATS as readonly string[]).includes(wanted)) return error(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${value}"`);
        if (jsonFlag && wanted !== 'json') return error(`--json and --format ${wanted} contradict each other`);
        format = wanted as ExportFormat;
        break;
      }
      case '--title': {
        if (title !== undefined) return error('--title given twice');
        const value = takeValue();
        if (value === undefined) return error('--title needs a text');
        title = value;
        break;
      }
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
      case '--matcher': {
        if (matcher !== undefined) return error('--matcher given twice');
        const value = takeValue();
        if (value !== 'semantic' && value !== 'lexical') return error('--matcher takes semantic or lexical');
        matcher = value;
        break;
      }
      case '--edits': {
        if (edits !== undefined) return error('--edits given twice');
        const value = takeValue();
        if (value === undefined || value === '') return error('--edits needs a file path (an edits file or a Comparison JSON)');
        if (value === '-') return error('reading edits from standard input ("-") is not supported; give a file');
        edits = value;
        break;
      }
      default:
        return error(`unknown option "${name}" (see --help)`);
    }
  }

  if (files.length === 0) return error(`no report files given; compare needs at least ${MIN_REPORTS} (see --help)`);
  if (files.length < MIN_REPORTS) return error(`only one report file given ("${files[0]}"); compare needs at least ${MIN_REPORTS}`);
  if (files.length > MAX_REPORTS) return error(`${files.length} report files given; compare takes at most ${MAX_REPORTS} (as the page does)`);

  const options: CliOptions = { files };
  if (format !== undefined) options.format = format;
  if (out !== undefined) options.out = out;
  if (title !== undefined) options.title = title;
  if (hideOutletNames) options.hideOutletNames = true;
  if (sensitivity !== undefined) options.sensitivity = sensitivity;
  if (matcher !== undefined) options.matcher = matcher;
  if (edits !== undefined) options.edits = edits;
  return { kind: 'ok', options };
}
