/** The evaluation command line, spawned as a user runs it (issue 15). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'parallax-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CASE = '{"id":"x","reports":[{"id":"a","sentences":["The minister resigned on Monday.","It rained."]},{"id":"b","sentences":["The minister quit on Monday."]}],"links":[[0,0,1,0]]}';
const TEXT_CASE = '{"id":"t","reports":[{"id":"a","text":"The minister resigned on Monday. It rained."},{"id":"b","text":"The minister quit on Monday."}],"links":[[0,0,1,0]]}';
const BAD_LINK_CASE = '{"id":"t","reports":[{"id":"a","text":"The minister resigned on Monday. It rained."},{"id":"b","text":"The minister quit on Monday."}],"links":[[0,0,1,7]]}';

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

function run(args: string[]) {
  const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
  const r = spawnSync(process.execPath, ['--import', tsx, path.join(repo, 'src/eval/run.ts'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', { timeout: 60_000 }, () => {
  const good = write('good.jsonl', CASE + '\n');
  mkdirSync(path.join(tmp, 'folder'));

  it.each([
    ['--out to a missing folder', () => ['good.jsonl', '--out', 'no/such/p.jsonl'], 1, 'parallax eval: cannot write "no/such/p.jsonl": no such folder\n'],
    ['--out to a directory', () => ['good.jsonl', '--out', 'folder'], 1, 'parallax eval: cannot write "folder": it is a directory\n'],
    ['--out naming the cases file', () => ['good.jsonl', '--out', 'good.jsonl'], 2, 'parallax eval: --out "good.jsonl" is the cases file; choose another output path\n'],
    ['--sensitivity empty', () => ['good.jsonl', '--sensitivity', ''], 2, 'parallax eval: --sensitivity needs a number from 0 to 1\n'],
    ['--sensitivity= empty', () => ['good.jsonl', '--sensitivity='], 2, 'parallax eval: --sensitivity needs a number from 0 to 1\n'],
    ['--sensitivity blank', () => ['good.jsonl', '--sensitivity', ' '], 2, 'parallax eval: --sensitivity needs a number from 0 to 1\n'],
    ['--sensitivity hex', () => ['good.jsonl', '--sensitivity', '0x1'], 2, 'parallax eval: --sensitivity must be a number from 0 to 1, got "0x1"\n'],
    ['--sensitivity above 1', () => ['good.jsonl', '--sensitivity', '2'], 2, 'parallax eval: --sensitivity must be between 0 and 1, got 2\n'],
    [
      'a gold link to a sentence a text report does not have',
      () => [path.basename(write('badlink.jsonl', `${CASE}\n${BAD_LINK_CASE}\n`))],
      1,
      'parallax eval: badlink.jsonl line 2: link 0 names sentence 7 of report 1, which has 1 (after cleaning and segmentation)\n',
    ],
    [
      'a gold link past a pre-split report',
      () => [path.basename(write('badsplit.jsonl', `\n${CASE.replace('[[0,0,1,0]]', '[[0,5,1,0]]')}\n`))],
      1,
      'parallax eval: badsplit.jsonl line 2: link 0 names sentence 5 of report 0, which has 2\n',
    ],
    ['a missing cases file', () => ['none.jsonl'], 1, 'parallax eval: cannot read "none.jsonl": no such file\n'],
    ['a control character in a file name', () => ['no\x1b[2J.jsonl'], 1, 'parallax eval: cannot read "no\\x1B[2J.jsonl": no such file\n'],
  ])('%s: one clear line, no stack trace', (_name, args, code, message) => {
    const { status, stdout, stderr } = run(args());
    expect(stderr).toBe(message);
    expect(status).toBe(code);
    expect(stdout).toBe('');
  });

  it.each([
    ['a plain file', CASE + '\n'],
    ['a file starting with a UTF-8 BOM', '\uFEFF' + CASE + '\n'],
    ['CRLF line ends and a BOM', '\uFEFF' + CASE + '\r\n' + TEXT_CASE + '\r\n'],
  ])('accepts %s', (name, text) => {
    const file = write(`ok-${name.length}.jsonl`, text);
    const { status, stdout, stderr } = run([file, '--sensitivity', '0.5']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^cases [12]  cross-report pairs \d+  gold links [12]  /);
  });

  it('--out writes one Comparison per line, each with its case id and edit distance', () => {
    const { status, stderr } = run(['good.jsonl', '--out', 'p.jsonl']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = readFileSync(path.join(tmp, 'p.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).schema)).toEqual(['parallax.comparison/1']);
    expect(Object.keys(JSON.parse(lines[0]!).eval.distance)).toEqual(['sentences', 'linksToAdd', 'linksToRemove', 'moves', 'detach', 'link', 'chained', 'fromScratch']);
    expect(JSON.parse(lines[0]!).eval.case).toBe('x');
    expect(good).toBe(path.join(tmp, 'good.jsonl'));
  });

  // "resigned" / "quit": the lexical matcher at the strictest setting leaves them apart, so gold needs one link.
  it('prints the edit distance to gold; --gold-edits writes the edits that turn the first case into gold', () => {
    const { status, stdout, stderr } = run(['good.jsonl', '--matcher', 'lexical', '--sensitivity', '0', '--gold-edits', 'gold-edits.json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^edits to gold: 1 \(0 detach, 1 link\) = 33\.3 per 100 sentences; per case median 1\.0 \(33\.3 per 100\); from nothing linked: 1; pairs: 1 links to add, 0 to remove/m);
    expect(stdout).toContain('the edits from case x\'s output to its gold written to gold-edits.json');
    const file = JSON.parse(readFileSync(path.join(tmp, 'gold-edits.json'), 'utf8'));
    expect(file.schema).toBe('parallax.edits/1');
    expect(file.edits).toEqual([{ op: 'link', s: { report: 1, sentence: 0, hash: expect.any(String) }, to: { report: 0, sentence: 0, hash: expect.any(String) } }]);
    expect(file.notes).toEqual([]);
  });

  it('--gold-edits naming the --out file is refused', () => {
    const { status, stderr } = run(['good.jsonl', '--out', 'same.json', '--gold-edits', 'same.json']);
    expect(stderr).toBe('parallax eval: --out and --gold-edits name the same file\n');
    expect(status).toBe(2);
  });
});
