/** The reader's corrections on the claims (claim.edited, claim.note) reach every export without meta. */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../core/types';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { comparison } from './testing/fixture';

const corrected: Comparison = {
  ...comparison,
  claims: comparison.claims.map((c) => (c.id === 'c2' ? { ...c, edited: true, note: 'Only <Alpha> says so' } : c)),
};

describe('exports read the claims\' own edits and notes', () => {
  it('CSV: the edited column and the note', () => {
    const row = toCsv(corrected, {}, { bom: false }).split('\r\n').find((r) => r.startsWith('c2,'))!;
    expect(row.endsWith(',yes,Only <Alpha> says so')).toBe(true);
  });

  it('CSV: the claim\'s own note wins over one given in meta (meta is the fallback)', () => {
    const row = toCsv(corrected, { notes: { c2: 'from the page' } }, { bom: false }).split('\r\n').find((r) => r.startsWith('c2,'))!;
    expect(row.endsWith(',yes,Only <Alpha> says so')).toBe(true);
  });

  it('Markdown: "(edited)" in the claim heading, the note escaped', () => {
    const md = toMarkdown(corrected);
    expect(md).toMatch(/^### c2: .* \(edited\)$/m);
    expect(md).toContain('> Note: Only \\<Alpha\\> says so');
    expect(toMarkdown(comparison)).not.toContain('(edited)');
  });

  it('HTML: "edited" in the claim heading, the note escaped', () => {
    const html = toHtml(corrected);
    expect(html).toMatch(/<h3>c2.*<span class="meta">edited<\/span><\/h3>/);
    expect(html).toContain('<blockquote>Note: Only &lt;Alpha&gt; says so</blockquote>');
  });

  it('JSON: the claims carry them, no export key needed', () => {
    const parsed = JSON.parse(toJson(corrected));
    expect(parsed.claims.find((c: { id: string }) => c.id === 'c2')).toMatchObject({ edited: true, note: 'Only <Alpha> says so' });
    expect(parsed.export).toBeUndefined();
  });
});
