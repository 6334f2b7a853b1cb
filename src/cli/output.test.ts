/**
 * Issue 15, spawned as a user runs it: --out never overwrites a report, is
 * written atomically (a failed write leaves the previous file or nothing), and
 * keeps stdout empty; nothing a report or a file name carries reaches the
 * terminal as a raw control character; the page's limits hold.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'parallax-cli-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const A = 'The minister resigned on Monday, officials said. Prices rose 5% in March.\n';
const B = 'The minister quit on Monday. Prices went up by 5 percent in March. It rained.\n';
let n = 0;
/** A fresh folder with two reports a.txt and b.txt. */
function fixture(files: Record<string, string> = {}): { dir: string; a: string; b: string } {
  const dir = path.join(tmp, `case-${++n}`);
  mkdirSync(dir);
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  writeFileSync(a, A);
  writeFileSync(b, B);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, a, b };
}

const cli = path.join(repo, 'src/cli/compare.ts');
/**
 * These tests are about files and terminals, not matching: the lexical
 * matcher keeps them fast and their claims fixed (compare.test.ts runs the
 * default, semantic one).
 */
function run(rawArgs: string[], opts: { cwd?: string; ulimitBlocks?: number } = {}) {
  const args = rawArgs.includes('--matcher') || rawArgs.includes('--help') ? rawArgs : [...rawArgs, '--matcher', 'lexical'];
  const node = [process.execPath, '--import', pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href, cli, ...args];
  const result =
    opts.ulimitBlocks === undefined
      ? spawnSync(node[0]!, node.slice(1), { cwd: opts.cwd ?? repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 })
      : spawnSync('/bin/sh', ['-c', `ulimit -f ${opts.ulimitBlocks} && exec "$@"`, 'sh', ...node], {
          cwd: opts.cwd ?? repo,
          encoding: 'utf8',
          env: { ...process.env, NODE_PATH: path.join(repo, 'node_modules') },
          timeout: 60_000,
        });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLine(stderr: string) {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain('\n');
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('--out never replaces a report', { timeout: 60_000 }, () => {
  const cases: [string, (f: ReturnType<typeof fixture>) => string][] = [
    ['the same path', (f) => f.b],
    ['another spelling of the path', (f) => path.join(f.dir, '.', '..', path.basename(f.dir), 'b.txt')],
    ['a symbolic link to a report', (f) => (symlinkSync(f.b, path.join(f.dir, 'link.json')), path.join(f.dir, 'link.json'))],
    ['a hard link to a report', (f) => (linkSync(f.a, path.join(f.dir, 'hard.json')), path.join(f.dir, 'hard.json'))],
  ];
  it.each(cases)('%s: exit 2, one line, the reports unchanged', (_name, target) => {
    const f = fixture();
    const out = target(f);
    const { status, stdout, stderr } = run([f.a, f.b, '--out', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expectOneLine(stderr);
    expect(stderr).toMatch(/^parallax: --out ".*" is the report file ".*"; choose another output path\n$/);
    expect(readFileSync(f.a, 'utf8')).toBe(A);
    expect(readFileSync(f.b, 'utf8')).toBe(B);
  });
});

describe('--out is written atomically', { timeout: 60_000 }, () => {
  it.each([
    ['a previous file is kept as it was', 'previous contents\n'],
    ['no previous file: nothing is left', undefined],
  ])('a file-size limit (ulimit -f) stops the write: %s', (_name, previous) => {
    const f = fixture();
    const out = path.join(f.dir, 'out.json');
    if (previous !== undefined) writeFileSync(out, previous);
    const before = readdirSync(f.dir).sort();
    const { status, stdout, stderr } = run([f.a, f.b, '--out', out], { ulimitBlocks: 1 });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`parallax: cannot write "${out}": the file is larger than the file-size limit allows\n`);
    expect(readdirSync(f.dir).sort()).toEqual(before); // no temporary file left behind
    if (previous === undefined) expect(existsSync(out)).toBe(false);
    else expect(readFileSync(out, 'utf8')).toBe(previous);
  });

  const refused: [string, (dir: string) => string, string][] = [
    ['a device (/dev/full) is not replaced', () => '/dev/full', 'parallax: cannot write "/dev/full": not a regular file (only a regular file is replaced)\n'],
    ['a missing folder', (dir) => path.join(dir, 'no', 'such', 'out.json'), 'no such folder'],
    ['a directory', (dir) => dir, 'it is a directory'],
    ['a file used as a folder', (dir) => path.join(dir, 'a.txt', 'out.json'), 'a part of the path is not a directory'],
    // Opening a FIFO for writing blocks until a reader comes: it is refused, never opened.
    ['a FIFO (it would hang)', (dir) => (spawnSync('mkfifo', [path.join(dir, 'fifo')]), path.join(dir, 'fifo')), 'not a regular file (only a regular file is replaced)'],
  ];
  it.each(refused)('%s: exit 1 and a clear message', (_name, target, message) => {
    const f = fixture();
    const out = target(f.dir);
    const { status, stdout, stderr } = run([f.a, f.b, '--out', out]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expectOneLine(stderr);
    expect(stderr).toBe(message.startsWith('parallax:') ? message : `parallax: cannot write "${out}": ${message}\n`);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a previous file keeps its permissions', () => {
    const f = fixture({ 'out.json': 'old\n' });
    const out = path.join(f.dir, 'out.json');
    chmodSync(out, 0o600);
    const { status } = run([f.a, f.b, '--out', out]);
    expect(status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).not.toBe('old\n');
  });

  it('a symbolic link to an output file: the link is kept, the file it points to replaced', () => {
    const f = fixture({ 'real.json': 'old\n' });
    const link = path.join(f.dir, 'link.json');
    symlinkSync(path.join(f.dir, 'real.json'), link);
    const { status, stdout } = run([f.a, f.b, '--out', link]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(f.dir, 'real.json'), 'utf8')).schema).toBe('parallax.comparison/1');
    expect(readdirSync(f.dir).sort()).toEqual(['a.txt', 'b.txt', 'link.json', 'real.json']);
  });
});

describe('with --out, stdout stays empty', { timeout: 60_000 }, () => {
  const cases: [string, string[], string, string][] = [
    ['--out alone writes JSON', [], 'out.json', '{\n  "schema": "parallax.comparison/1"'],
    ['--json --out', ['--json'], 'out.json', '{\n  "schema": "parallax.comparison/1"'],
    ['--format csv --out', ['--format', 'csv'], 'out.csv', '\uFEFFclaim,kind,outlet,sentence,strength,edited,note\r\n'],
    ['--format markdown --out', ['--format', 'markdown', '--title', 'Mines'], 'out.md', '# Mines\n'],
    ['--format html --out', ['--format', 'html'], 'out.html', '<!DOCTYPE html>\n'],
  ];
  it.each(cases)('%s', (_name, flags, name, start) => {
    const f = fixture();
    const out = path.join(f.dir, name);
    const { status, stdout, stderr } = run([f.a, f.b, ...flags, '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expectOneLine(stderr);
    expect(stderr).toMatch(/^parallax: wrote (json|csv|markdown|html) to ".*" \(2 reports, \d+ claims: \d+ shared, \d+ partial, \d+ unique\)\n$/);
    expect(readFileSync(out, 'utf8').startsWith(start)).toBe(true);
  });

  it.each([
    ['csv', '\uFEFFclaim,kind,outlet,sentence,strength,edited,note\r\n'],
    ['markdown', '# Parallax comparison\n'],
    ['html', '<!DOCTYPE html>\n'],
    ['json', '{\n  "schema": "parallax.comparison/1"'],
  ])('without --out, --format %s goes to stdout', (format, start) => {
    const f = fixture();
    const { status, stdout, stderr } = run([f.a, f.b, '--format', format]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith(start)).toBe(true);
  });
});

describe('no raw control character reaches the terminal', { timeout: 60_000 }, () => {
  const ESC_TEXT = 'The minister \x1b[31mresigned\x1b[0m on Monday\x07, officials said.\x1b]0;pwned\x07 Prices rose 5% in \u202Ehcram.\x9b2J\n';
  it.each([
    ['the summary', [] as string[], ['\\x1B[31mresigned\\x1B[0m', '\\x07', '\\u202E', '\\x9B2J']],
    ['the markdown (differing words in bold)', ['--format', 'markdown'], ['The minister \\\\x1B\\[**31mresigned**\\\\x1B\\[**0m** on Monday\\\\x07', '\\\\u202E**hcram**']],
    ['the csv', ['--format', 'csv'], ['\\x1B[31mresigned\\x1B[0m', '\\x07']],
    ['the html (differing words in <b>)', ['--format', 'html'], ['The minister \\x1B[<b class="only">31mresigned</b>\\x1B[', '\\u202E<b class="only">hcram</b>']],
    ['the json (JSON.stringify escapes C0; C1 and bidi are escaped too)', ['--json'], ['\\u001b[31mresigned\\u001b[0m', '\\u0007', '\\u202e', '\\u009b2J']],
  ])('report text with ESC, BEL, OSC, CSI and a bidi override: %s', (_name, flags, shown) => {
    const f = fixture({ 'hostile.txt': ESC_TEXT });
    const { status, stdout } = run([path.join(f.dir, 'hostile.txt'), f.b, ...flags]);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    for (const s of shown) expect(stdout).toContain(s);
  });

  it('an outlet (file) name with ESC in the summary', () => {
    const f = fixture({ 'evil\x1b[2Jname.txt': B });
    const { status, stdout } = run([f.a, path.join(f.dir, 'evil\x1b[2Jname.txt')]);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\x1b');
    expect(stdout).toContain('[evil\\x1B[2Jname] ');
  });

  it.each([
    ['ESC in a missing file name', 'no\x1b[2Jsuch.txt', 'parallax: cannot read "no\\x1B[2Jsuch.txt": no such file\n'],
    ['a newline in a missing file name', 'two\nlines.txt', 'parallax: cannot read "two\\x0Alines.txt": no such file\n'],
    ['a bidi override in an unknown option', '--\u202Eevil', 'parallax: unknown option "--\\u202Eevil" (see --help)\n'],
  ])('error messages: %s', (_name, arg, message) => {
    const f = fixture();
    const { status, stdout, stderr } = run([f.a, arg]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });
});

describe("the page's limits", { timeout: 60_000 }, () => {
  it.each([
    ['seven reports', 7, 0, 2, 'parallax: 7 report files given; compare takes at most 6 (as the page does)\n'],
    ['a report over 1 MB', 2, 1024 * 1024 + 1, 1, 'parallax: "big.txt" is 1048577 bytes; a report may be at most 1048576 bytes (1 MB, as on the page)\n'],
  ])('%s is refused', (_name, count, bigBytes, code, message) => {
    const f = fixture({ 'big.txt': 'word. '.repeat(Math.ceil(bigBytes / 6)).slice(0, bigBytes) });
    const files = bigBytes > 0 ? ['a.txt', 'big.txt'] : Array.from({ length: count }, (_x, i) => (i % 2 ? 'a.txt' : 'b.txt'));
    const { status, stdout, stderr } = run(files, { cwd: f.dir });
    expect(status).toBe(code);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('six reports are accepted', () => {
    const f = fixture();
    const { status, stderr } = run(['a.txt', 'b.txt', 'a.txt', 'b.txt', 'a.txt', 'b.txt'], { cwd: f.dir });
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
