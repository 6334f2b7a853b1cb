import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, findManifestMeta, idFromPath, loadReports, readReportText, uniqueIds } from './input';

const root = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(root, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('readReportText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(readReportText(file('bom.txt', '\uFEFFПривет. Hello.'))).toBe('Привет. Hello.');
  });

  it.each([
    ['a missing file', () => path.join(root, 'nope.txt'), /^cannot read ".*nope\.txt": no such file$/],
    ['a directory', () => (mkdirSync(path.join(root, 'dir'), { recursive: true }), path.join(root, 'dir')), /^cannot read ".*dir": it is a directory$/],
    ['an empty file', () => file('empty.txt', ''), /"[^"]*empty\.txt" is empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\t\r\n  '), /"[^"]*blank\.txt" is empty/],
    ['a binary file', () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary file \(it contains NUL bytes\)/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e])), /is not valid UTF-8 text/],
    ['a path through a file', () => path.join(file('plain.txt', 'x'), 'child.txt'), /not a directory|no such file/],
  ])('refuses %s with a one-line message', (_name, make, message) => {
    const m = messageOf(() => readReportText(make()));
    expect(m).toMatch(message);
    expect(m).not.toContain('\n');
  });
});

describe('ids', () => {
  it.each([
    ['data/x/000_abc.txt', '000_abc'],
    ['report.v2.txt', 'report.v2'],
    ['README', 'README'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (p, id) => expect(idFromPath(p)).toBe(id));

  it('makes repeated ids unique', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
  });
});

describe('manifest metadata', () => {
  const manifest = {
    schema: 'parallax.manifest/1',
    events: [
      {
        id: 'e1',
        reports: [
          { id: 'one', outlet: 'Outlet One', language: 'en', date: '2024-01-02', machineTranslated: true, file: 'events/e1/one.txt' },
          { id: 'bad', outlet: 42, file: 'events/e1/bad.txt' },
        ],
      },
    ],
  };
  file('proj/data/manifest.json', JSON.stringify(manifest));
  const one = file('proj/data/events/e1/one.txt', 'First report. It says things.');
  const two = file('proj/data/events/e1/two.txt', 'Second report. Not in the manifest.');
  const bad = file('proj/data/events/e1/bad.txt', 'Third report.');
  const elsewhere = file('other/one.txt', 'Same name, no manifest.');

  it('uses the manifest entry that lists the file', () => {
    expect(findManifestMeta(one)).toEqual({ outlet: 'Outlet One', language: 'en', date: '2024-01-02', machineTranslated: true });
  });

  it('finds the entry from a relative path too', () => {
    expect(findManifestMeta(path.relative(process.cwd(), one))?.outlet).toBe('Outlet One');
  });

  it('ignores files the manifest does not list, entries without an outlet, and files outside', () => {
    expect(findManifestMeta(two)).toBeUndefined();
    expect(findManifestMeta(bad)).toBeUndefined();
    expect(findManifestMeta(elsewhere)).toBeUndefined();
  });

  it('ignores a malformed manifest', () => {
    file('broken/data/manifest.json', '{ not json');
    expect(findManifestMeta(file('broken/data/a.txt', 'Text.'))).toBeUndefined();
  });

  it('loadReports keeps the order given and falls back to the base name', () => {
    const reports = loadReports([two, one, elsewhere]);
    expect(reports.map((r) => [r.id, r.outlet])).toEqual([
      ['two', 'two'],
      ['one', 'Outlet One'],
      ['one-2', 'one'],
    ]);
    expect(reports[1]).toMatchObject({ language: 'en', machineTranslated: true, text: 'First report. It says things.' });
  });

  it('loadReports stops at the first bad file', () => {
    expect(messageOf(() => loadReports([one, path.join(root, 'missing.txt')]))).toMatch(/no such file/);
  });
});
