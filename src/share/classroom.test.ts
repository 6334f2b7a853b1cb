/**
 * Share links and files with a title, a note and hidden outlet names (issue
 * 14): additive in format v1 (view keys `title`, `note`, `hideOutlets`,
 * written only when set), hostile text kept as text, and links without them
 * unchanged.
 */
import { describe, expect, it } from 'vitest';
import { fromFile, toFile } from './file';
import { decodeShare, encodeShare, type DecodeResult, type ShareState } from './shareState';

const A = { outlet: 'Sputnik', text: 'The US will send mines to Kyiv. Belarus objected.' };
const B = { outlet: 'Izvestia', text: 'Washington approved the transfer of mines. Minsk condemned it.' };
const BASE = { claim: null, sensitivity: 0.5, removed: false };

function okState(r: DecodeResult): ShareState {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}: ${r.detail ?? ''}`);
  return r.state;
}

describe('title, note and hidden names round-trip through links and files', () => {
  const rows: [name: string, view: Record<string, unknown>, expected: Record<string, unknown>][] = [
    ['a title and a note', { title: 'Mines for Ukraine: three reports', note: 'Read the first paragraph of each.\nWhat differs?' }, { title: 'Mines for Ukraine: three reports', note: 'Read the first paragraph of each.\nWhat differs?' }],
    ['hidden outlet names', { hideOutlets: true }, { hideOutlets: true }],
    [
      'HTML, Markdown, a formula and a javascript: address, kept as text',
      { title: '<script>alert(1)</script>', note: '[x](javascript:alert(1)) **b** =HYPERLINK("http://e") &amp;' },
      { title: '<script>alert(1)</script>', note: '[x](javascript:alert(1)) **b** =HYPERLINK("http://e") &amp;' },
    ],
    ['control characters removed, line breaks kept in the note', { title: 'A\u001B[2Jtitle\u0007', note: 'one\r\ntwo\u0000' }, { title: 'A [2Jtitle', note: 'one\ntwo' }],
    ['Cyrillic, emoji and RTL', { title: 'Мины 🇺🇦 الألغام', note: 'שלום' }, { title: 'Мины 🇺🇦 الألغام', note: 'שלום' }],
    ['empty title and note are left out', { title: '   ', note: '' }, {}],
  ];

  it.each(rows)('%s (link)', async (_name, view, expected) => {
    const payload = await encodeShare({ reports: [A, B], view });
    const decoded = await decodeShare(payload);
    expect(decoded.ok && decoded.warnings).toEqual([]);
    expect(okState(decoded)).toEqual({ reports: [A, B], view: { ...BASE, ...expected } });
    // Encoding what was read gives the same link.
    expect(await encodeShare(okState(decoded))).toBe(payload);
  });

  it.each(rows)('%s (file)', (_name, view, expected) => {
    const file = toFile({ reports: [A, B], view });
    expect(JSON.parse(file).view).toEqual({ ...BASE, ...expected });
    expect(fromFile(file)).toEqual({ ok: true, state: { reports: [A, B], view: { ...BASE, ...expected } }, warnings: [] });
  });

  it('writes the new keys after the older ones, only when set', () => {
    const file = toFile({ reports: [A, B], view: { claim: 'c2', lens: 'facts', hideOutlets: true, title: 'T', note: 'N' } });
    expect(Object.keys(JSON.parse(file).view)).toEqual(['claim', 'sensitivity', 'removed', 'lens', 'hideOutlets', 'title', 'note']);
    expect(toFile({ reports: [A, B] })).not.toMatch(/hideOutlets|title|note/);
  });

  it('a title over 200 characters is cut when written, so what is read equals what was written', async () => {
    const payload = await encodeShare({ reports: [A, B], view: { title: 'x'.repeat(250) } });
    expect(okState(await decodeShare(payload)).view).toEqual({ ...BASE, title: 'x'.repeat(200) });
  });

  it('a file with a bad title or note still opens, with a warning and the default', () => {
    const file = JSON.stringify({ schema: 'parallax.share/1', reports: [A, B], view: { ...BASE, title: { html: '<b>' }, note: 7, hideOutlets: 'yes' } });
    const read = fromFile(file);
    expect(okState(read).view).toEqual(BASE);
    expect(read.ok && read.warnings).toEqual([
      '“Hide outlet names” was neither on nor off, so the names are shown.',
      'The comparison title was not text, so it was left out.',
      'The note to readers was not text, so it was left out.',
    ]);
  });
});
