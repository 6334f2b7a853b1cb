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
import { fingerprint } from '../core/edits/format';

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

  describe('--edits', () => {
    type Json = {
      claims: { id: string; kind: string; edited?: true; note?: string; members: { report: number; sentence: number; linkedByUser?: true }[] }[];
      reports: { sentences: { text: string; claim: string }[] }[];
      edits?: unknown[];
      notes?: unknown[];
      stale?: unknown;
    };
    let base: Json | undefined;
    const baseline = (): Json => (base ??= JSON.parse(run([...seeds, '--json']).stdout) as Json);
    const key = (c: Json, report: number, sentence: number) => ({ report, sentence, hash: fingerprint(c.reports[report]!.sentences[sentence]!.text) });
    /** Detach the second member of the first claim with two; a note with a bidi override and a line break on the first claim. */
    const editsFor = (c: Json) => {
      const multi = c.claims.find((cl) => cl.members.length > 1)!;
      const first = c.claims[0]!.members[0]!;
      const m = multi.members[1]!;
      return {
        schema: 'parallax.edits/1',
        edits: [{ op: 'detach', s: key(c, m.report, m.sentence) }],
        notes: [{ s: key(c, first.report, first.sentence), text: 'Check \u202Ethis\u202C;\nsecond line' }],
      };
    };
    const write = (name: string, value: unknown) => {
      const file = path.join(tmp, name);
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
      return file;
    };

    it('replays the edits and notes: the JSON carries edited, note, edits and notes; its output reproduces itself', () => {
      const c = baseline();
      const edits = write('edits.json', editsFor(c));
      const out = path.join(tmp, 'corrected.json');
      const first = run([...seeds, '--edits', edits, '--out', out]);
      expect(first.status).toBe(0);
      expect(first.stderr).toContain(`wrote json to "${out}"`);
      expect(first.stderr.trimEnd().split('\n')).toHaveLength(1);
      const corrected = JSON.parse(readFileSync(out, 'utf8')) as Json;
      expect(corrected.edits).toEqual(editsFor(c).edits);
      expect(corrected.notes).toEqual(editsFor(c).notes);
      expect(corrected.stale).toBeUndefined();
      expect(corrected.claims.filter((cl) => cl.edited).length).toBeGreaterThanOrEqual(2);
      expect(corrected.claims[0]!.note).toBe('Check \u202Ethis\u202C;\nsecond line');
      expect(corrected.claims.length).toBe(c.claims.length + 1);
      // The corrected comparison's JSON, given back as --edits, gives the same comparison.
      const again = run([...seeds, '--edits', out, '--json']);
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(readFileSync(out, 'utf8'));
    });

    it('a link: the sentence joins the claim, marked linked by the reader, and the JSON round trip keeps it', () => {
      const c = baseline();
      const lone = c.claims.find((cl) => cl.kind === 'unique' && cl.members[0]!.report !== c.claims[0]!.members[0]!.report)!.members[0]!;
      const anchor = c.claims[0]!.members[0]!;
      const edits = write('edits-link.json', { schema: 'parallax.edits/1', edits: [{ op: 'link', s: key(c, lone.report, lone.sentence), to: key(c, anchor.report, anchor.sentence) }], notes: [] });
      const first = run([...seeds, '--edits', edits, '--json']);
      expect(first.stderr).toBe('');
      const corrected = JSON.parse(first.stdout) as Json;
      const claim = corrected.claims.find((cl) => cl.members.some((m) => m.report === anchor.report && m.sentence === anchor.sentence))!;
      expect(claim.edited).toBe(true);
      expect(claim.members.find((m) => m.report === lone.report && m.sentence === lone.sentence)?.linkedByUser).toBe(true);
      const again = run([...seeds, '--edits', write('corrected-link.json', first.stdout), '--json']);
      expect(again.stdout).toBe(first.stdout);
      const summary = run([...seeds, '--edits', edits]);
      expect(summary.stdout).toMatch(/linked\s+by\s+the\s+reader\)/);
    });

    it('the summary marks edited claims and shows notes, control characters made visible', () => {
      const edits = write('edits-summary.json', '\uFEFF' + JSON.stringify(editsFor(baseline())));
      const { status, stdout, stderr } = run([...seeds, '--edits', edits]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/^corrections: 1 edit replayed \(2 claims edited\), 1 note$/m);
      expect(stdout).toMatch(/^ {2}c\d+ +\(edited[;)]/m);
      expect(stdout).toContain('Note: Check \\u202Ethis\\u202C;\n');
      expect(stdout).toMatch(/^ +second line$/m);
      expect(stdout).not.toMatch(/[\u202a-\u202e]/);
    });

    it('csv and markdown carry the edited mark and the note', () => {
      const edits = write('edits-csv.json', editsFor(baseline()));
      const csv = run([...seeds, '--edits', edits, '--format', 'csv']);
      expect(csv.status).toBe(0);
      expect(csv.stdout).toMatch(/,yes,"Check \\u202Ethis\\u202C;\nsecond line"\r\n/);
      const md = run([...seeds, '--edits', edits, '--format', 'markdown']);
      expect(md.stdout).toMatch(/^### c\d+: .* \(edited\)$/m);
      // Markdown escapes the backslash of the visible escape too.
      expect(md.stdout).toContain('> Note: Check \\\\u202Ethis\\\\u202C; second line');
    });

    it('stale edits: a warning naming how many, and the rest applies', () => {
      const e = editsFor(baseline());
      const gone = { op: 'detach', s: { report: 0, sentence: 999, hash: fingerprint('A sentence no report has.') } };
      const edits = write('edits-stale.json', { ...e, edits: [...e.edits, gone, { op: 'teleport' }] });
      const { status, stdout, stderr } = run([...seeds, '--edits', edits, '--json']);
      expect(status).toBe(0);
      expect(stderr).toBe(
        `parallax: warning: 1 of 2 edits in "${edits}" name sentences these reports no longer have (stale) and were left out; the rest applied\n` +
          `parallax: warning: 1 entry in "${edits}" is not a readable edit or note and was left out\n`,
      );
      expect(JSON.parse(stdout).stale.edits).toEqual([gone]);
    });

    it('edits made for other reports: says so plainly, and gives the uncorrected comparison', () => {
      const edits = write('edits-other.json', editsFor(baseline()));
      const other = [seeds[1]!, seeds[2]!];
      const { status, stdout, stderr } = run([...other, '--edits', edits, '--json']);
      expect(status).toBe(0);
      expect(stderr).toMatch(/^parallax: warning: none of the 1 edit and 1 note in ".*edits-other\.json" fit these reports: .*uncorrected\n$/);
      expect(JSON.parse(stdout).claims.some((c: { edited?: true }) => c.edited)).toBe(false);
    });

    it.each([
      ['a missing edits file', () => ['--edits', 'no/such/edits.json'], 1, /^parallax: cannot read the edits file "no\/such\/edits\.json": no such file$/],
      ['an edits file that is not JSON', () => ['--edits', write('not.json', 'detach 3')], 1, /is not JSON \(/],
      ['JSON with no edits or notes', () => ['--edits', write('none.json', { schema: 'parallax.comparison/1', claims: [] })], 1, /holds no edits or notes/],
      ['--out naming the edits file', () => ['--edits', write('same.json', editsFor(baseline())), '--out', path.join(tmp, 'same.json')], 2, /--out ".*same\.json" is the edits file/],
    ])('%s: a one-line error and the right exit code', (_name, args, code, message) => {
      const { status, stdout, stderr } = run([...seeds, ...args()]);
      expect(status).toBe(code);
      expect(stdout).toBe('');
      expectOneLineError(stderr);
      expect(stderr.trimEnd()).toMatch(message);
    });
  });

  it('--help prints usage and exits 0', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('npm run -s compare');
  });
});
