/**
 * End-to-end tests of the command line: spawns it as a user would (through
 * tsx) and checks stdout, stderr and the exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const eventDir = path.join(repo, 'data/events/us-mines-ukraine-2024-11');
const seeds = readdirSync(eventDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join('data/events/us-mines-ukraine-2024-11', f));

const tmp = mkdtempSync(path.join(tmpdir(), 'parallax-cli-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Lexical unless a test names a matcher: fast, and claims that do not move with the model (one test below runs the default). */
function run(rawArgs: string[], env: Record<string, string> = {}, asGiven = false) {
  const args = asGiven || rawArgs.includes('--matcher') || rawArgs.some((a) => a === '--help' || a === '-h') ? rawArgs : [...rawArgs, '--matcher', 'lexical'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/compare.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    timeout: asGiven ? 180_000 : 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A one-line "parallax: …" message, no stack trace. */
function expectOneLineError(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^parallax: /);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('compare command line', { timeout: 60_000 }, () => {
  it('finds the three seed reports', () => {
    expect(seeds).toHaveLength(3);
  });

  it('uses the semantic matcher by default, and gives the claims the library gives', async () => {
    const { status, stdout } = run([...seeds, '--json'], {}, true);
    expect(status).toBe(0);
    const cli = JSON.parse(stdout) as { options: { matcher: string }; claims: { members: unknown[] }[] };
    expect(cli.options.matcher).toBe('semantic');
    const { createNodeAnalyzer } = await import('../node/model');
    const { loadReports } = await import('./input');
    const lib = await createNodeAnalyzer().compareAsync(loadReports(seeds));
    expect(cli.claims.map((c) => c.members)).toEqual(lib.claims.map((c) => c.members));
  }, 240_000);

  it('--matcher takes semantic or lexical', () => {
    const { status, stderr } = run([...seeds, '--matcher', 'fuzzy']);
    expect(status).toBe(2);
    expect(stderr).toBe('parallax: --matcher takes semantic or lexical\n');
  });

  it('--json prints only the Comparison JSON, reports in the order given', () => {
    const order = [seeds[2]!, seeds[0]!, seeds[1]!];
    const { status, stdout, stderr } = run([...order, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const comparison = JSON.parse(stdout);
    expect(comparison.schema).toBe('parallax.comparison/1');
    expect(comparison.reports).toHaveLength(3);
    expect(comparison.reports.map((r: { id: string }) => r.id)).toEqual(order.map((f) => path.basename(f, '.txt')));
    // Outlets come from data/manifest.json.
    expect(comparison.reports.map((r: { outlet: string }) => r.outlet)).toEqual(['Unnamed Russian outlet', 'Sputnik', 'Izvestia']);
    expect(stdout).toBe(JSON.stringify(comparison, null, 2) + '\n');
  });

  it('prints a readable summary without colours when not a terminal', () => {
    const { status, stdout, stderr } = run(seeds);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stdout).toContain('Parallax: 3 reports');
    expect(stdout).toMatch(/Claims: \d+ shared, \d+ partial, \d+ unique/);
    expect(stdout).toContain('[Sputnik] ');
    expect(stdout.indexOf('Shared claims')).toBeLessThan(stdout.indexOf('Unique claims'));
  });

  it('--out writes the JSON, says so on stderr and prints nothing on stdout', () => {
    const out = path.join(tmp, 'out.json');
    const { status, stdout, stderr } = run([seeds[0]!, seeds[1]!, '--out', out, '--json', '--sensitivity', '0.2']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`wrote json to "${out}"`);
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written).options.sensitivity).toBe(0.2);
  });

  it('a missing file: exit 1 and one line naming it', () => {
    const { status, stdout, stderr } = run([seeds[0]!, 'no/such/report.txt']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expectOneLineError(stderr);
    expect(stderr).toContain('cannot read "no/such/report.txt": no such file');
  });

  it.each([
    ['a directory', () => [seeds[0]!, 'data'], 1, /"data": it is a directory/],
    ['an empty report', () => [seeds[0]!, (writeFileSync(path.join(tmp, 'e.txt'), '  \n'), path.join(tmp, 'e.txt'))], 1, /is empty/],
    ['a binary file', () => [seeds[0]!, (writeFileSync(path.join(tmp, 'b.bin'), Buffer.from([1, 0, 2])), path.join(tmp, 'b.bin'))], 1, /binary/],
    ['one file', () => [seeds[0]!], 2, /only one report file/],
    ['an unknown flag', () => [...seeds, '--fast'], 2, /unknown option "--fast"/],
    ['a bad sensitivity', () => [...seeds, '--sensitivity', '2'], 2, /--sensitivity must be between 0 and 1/],
  ])('%s: a one-line error and the right exit code', (_name, args, code, message) => {
    const { status, stdout, stderr } = run(args());
    expect(status).toBe(code);
    expect(stdout).toBe('');
    expectOneLineError(stderr);
    expect(stderr).toMatch(message);
  });

  it('--help prints usage and exits 0', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('npm run -s compare');
  });
});
