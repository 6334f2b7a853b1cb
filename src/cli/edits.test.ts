import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../core/types';
import { correctionWarnings, readEditsFile } from './edits';
import { InputError } from './input';

const root = mkdtempSync(path.join(tmpdir(), 'parallax-cli-edits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(root, name);
  writeFileSync(p, content);
  return p;
};
const k = (report: number, sentence: number) => ({ report, sentence, hash: 'abc' });
const detach = { op: 'detach', s: k(0, 1) };
const note = { s: k(1, 0), text: 'check' };

describe('readEditsFile', () => {
  it.each([
    ['the page\'s edits file', JSON.stringify({ schema: 'parallax.edits/1', edits: [detach], notes: [note] }), { edits: 1, notes: 1, unreadable: 0 }],
    ['one with a BOM', '\uFEFF' + JSON.stringify({ schema: 'parallax.edits/1', edits: [detach], notes: [] }), { edits: 1, notes: 0, unreadable: 0 }],
    ['a Comparison JSON carrying edits', JSON.stringify({ schema: 'parallax.comparison/1', reports: [], claims: [], edits: [detach] }), { edits: 1, notes: 0, unreadable: 0 }],
    ['notes only, no schema', JSON.stringify({ notes: [note] }), { edits: 0, notes: 1, unreadable: 0 }],
    ['some unreadable entries', JSON.stringify({ edits: [detach, { op: 'explode' }, 7], notes: [{ text: 'no key' }] }), { edits: 1, notes: 0, unreadable: 3 }],
  ])('reads %s', (_name, text, expected) => {
    const got = readEditsFile(file(`ok-${_name.length}.json`, text));
    expect({ edits: got.corrections.edits.length, notes: got.corrections.notes.length, unreadable: got.unreadable }).toEqual(expected);
  });

  it.each([
    ['a missing file', () => path.join(root, 'none.json'), /^cannot read the edits file ".*none\.json": no such file$/],
    ['a directory', () => root, /: it is a directory$/],
    ['not JSON', () => file('bad.json', '{"edits": ['), /^the edits file ".*bad\.json" is not JSON \(.+\)$/],
    ['not UTF-8', () => file('latin.json', Buffer.from([0x7b, 0xff, 0x7d])), /is not valid UTF-8 text$/],
    ['a JSON array', () => file('arr.json', '[]'), /holds no edits or notes \(expected the page's edits file/],
    ['a Comparison without edits', () => file('plain.json', JSON.stringify({ schema: 'parallax.comparison/1', claims: [] })), /holds no edits or notes/],
    ['empty lists', () => file('empty.json', JSON.stringify({ schema: 'parallax.edits/1', edits: [], notes: [] })), /holds no edits or notes/],
    ['only unreadable entries', () => file('junk.json', JSON.stringify({ edits: [{ op: 'x' }, null] })), /holds no readable edits or notes \(2 unreadable entries\)$/],
    ['a newer schema', () => file('v2.json', JSON.stringify({ schema: 'parallax.edits/2', edits: [detach] })), /has schema "parallax\.edits\/2"; this version reads parallax\.edits\/1$/],
  ])('refuses %s with one line', (_name, make, message) => {
    let err: unknown;
    try {
      readEditsFile(make());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('correctionWarnings', () => {
  const given = (edits: number, notes: number, unreadable = 0) => ({
    corrections: { edits: Array.from({ length: edits }, () => detach), notes: Array.from({ length: notes }, () => note) },
    unreadable,
  }) as unknown as Parameters<typeof correctionWarnings>[1];
  const result = (staleEdits: number, staleNotes: number, unreadable = 0) =>
    ({ stale: staleEdits + staleNotes + unreadable > 0 ? { edits: Array.from({ length: staleEdits }, () => detach), notes: Array.from({ length: staleNotes }, () => note), unreadable } : undefined }) as unknown as Comparison;
  it.each([
    ['all applied', given(3, 1), result(0, 0), []],
    ['some stale', given(3, 2), result(1, 2), ['warning: 1 of 3 edits and 2 of 2 notes in "e.json" name sentences these reports no longer have (stale) and were left out; the rest applied']],
    [
      'all stale (other reports)',
      given(2, 1),
      result(2, 1),
      ['warning: none of the 2 edits and 1 note in "e.json" fit these reports: they name sentences these reports do not have (made for other reports, or the texts changed); the comparison is the matcher\'s, uncorrected'],
    ],
    ['unreadable entries', given(1, 0, 2), result(0, 0), ['warning: 2 entries in "e.json" are not a readable edit or note and were left out']],
    ['one unreadable entry', given(1, 0, 1), result(0, 0), ['warning: 1 entry in "e.json" is not a readable edit or note and was left out']],
    ['over the bound', given(1000, 0, 5), result(0, 0), ['warning: 5 entries in "e.json" are not a readable edit or note (or past the 1000 edits and 500 notes a file may hold) and were left out']],
  ])('%s', (_name, g, c, expected) => {
    expect(correctionWarnings('e.json', g, c)).toEqual(expected);
  });
});
