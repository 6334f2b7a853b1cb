/**
 * The user's notes and edits: a claim's own `note` / `edited` (the analysis
 * carries them once corrections land, issue 11) win over `meta.notes` /
 * `meta.edits`, which remain the fallback.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Comparison } from '../core/types';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { comparison } from './testing/fixture';
import { claimEdited, claimNote } from './text';

const claim = (extra: Record<string, unknown>): Claim => ({ ...comparison.claims[1]!, ...extra }) as Claim;

describe('claimNote / claimEdited', () => {
  it.each([
    ['the claim’s own note', { note: 'own' }, { notes: { c2: 'meta' } }, 'own'],
    ['meta when the claim has none', {}, { notes: { c2: 'meta' } }, 'meta'],
    ['meta when the claim’s is blank', { note: '  ' }, { notes: { c2: 'meta' } }, 'meta'],
    ['nothing', {}, {}, undefined],
    ['a blank meta note is none', {}, { notes: { c2: ' ' } }, undefined],
    ['a non-string note is ignored', { note: 5 }, {}, undefined],
  ])('%s', (_n, extra, meta, note) => expect(claimNote(claim(extra), meta)).toBe(note));

  it.each([
    ['edited: true', { edited: true }, {}, true],
    ['in meta.edits', {}, { edits: ['c2'] }, true],
    ['neither', {}, { edits: ['c1'] }, false],
    ['edited: "yes" is not true', { edited: 'yes' }, {}, false],
  ])('%s', (_n, extra, meta, edited) => expect(claimEdited(claim(extra), meta)).toBe(edited));
});

describe('the formats read the claim’s own note and mark', () => {
  const annotated: Comparison = {
    ...comparison,
    claims: comparison.claims.map((c) => (c.id === 'c2' ? ({ ...c, note: 'Check <this>', edited: true } as Claim) : c)),
  };
  it('CSV: edited "yes" and the note in c2’s row', () => {
    const row = toCsv(annotated, {}, { bom: false }).split('\r\n').find((l) => l.startsWith('c2,'));
    expect(row).toBe('c2,unique,"Alpha, ""The"" <News>",<script>alert(1)</script> Prices rose.,,yes,Check <this>');
  });
  it('Markdown: the mark and the escaped note', () => {
    const md = toMarkdown(annotated);
    expect(md).toMatch(/^### c2: .* \(edited\)$/m);
    expect(md).toContain('> Note: Check \\<this\\>');
  });
  it('HTML: the mark and the escaped note', () => {
    const html = toHtml(annotated);
    expect(html).toMatch(/<h3>c2[^\n]*<span class="meta">edited<\/span><\/h3>/);
    expect(html).toContain('<blockquote>Note: Check &lt;this&gt;</blockquote>');
  });
});
