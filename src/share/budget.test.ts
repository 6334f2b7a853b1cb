import { describe, expect, it } from 'vitest';
import { checkBudget, estimateSentences } from './budget';
import { checkReports } from './input';
import { MAX_TOTAL_BYTES, MAX_TOTAL_SENTENCES } from './limits';
import { decodeShare, encodeShare } from './shareState';
import { fromFile } from './file';

const sentences = (n: number, word = 'quake') => Array.from({ length: n }, (_, i) => `The ${word} ${i} struck Portvale.`).join(' ');

describe('estimateSentences', () => {
  it('counts sentence ends and unpunctuated lines', () => {
    expect(estimateSentences('')).toBe(0);
    expect(estimateSentences('One. Two! Three?')).toBe(3);
    expect(estimateSentences('Headline\n\nThe U.S. said "no." Then 3.5 mines.')).toBe(4); // "U.S." before a space counts: an estimate
    expect(estimateSentences('Кремль заявил. 日本は。次に！')).toBe(2);
    expect(estimateSentences(sentences(1000))).toBe(1000);
  });
});

describe('checkBudget', () => {
  it('passes up to the limits and names them beyond', () => {
    expect(checkBudget([sentences(3000), sentences(3000, 'storm')])).toBeNull();
    const over = checkBudget(Array.from({ length: 6 }, (_, i) => sentences(1001, `w${i}`)));
    expect(over).toMatchObject({ sentences: 6006 });
    expect(over!.message).toBe(
      'These 6 reports hold about 6,006 sentences in all; Parallax compares at most 6,000 sentences at once (more would exhaust the browser’s memory). Compare fewer or shorter reports.',
    );
    // Few sentences but a lot of text.
    const long = 'x'.repeat(MAX_TOTAL_BYTES / 3) + '.';
    expect(checkBudget([long, long, long, long])!.message).toMatch(/hold 4\.0 MB of text in all; Parallax compares at most 3\.0 MB at once/);
    expect(MAX_TOTAL_SENTENCES).toBe(6000);
  });

  it('the editor, links and files refuse the same comparisons', async () => {
    const reports = Array.from({ length: 6 }, (_, i) => ({ outlet: `Outlet ${i}`, text: sentences(5000, `w${i}`) }));
    expect(checkReports(reports).filter((i) => i.code === 'over-budget')).toHaveLength(1);
    await expect(encodeShare({ reports })).rejects.toMatchObject({ kind: 'too-large' });
    const file = JSON.stringify({ schema: 'parallax.share/1', reports, view: { claim: null, sensitivity: 0.5, removed: false } });
    const r = fromFile(file);
    expect(r).toMatchObject({ ok: false, error: 'too-large', detail: expect.stringMatching(/about 30,000 sentences in all/) });
    expect(!r.ok && r.partial?.reports).toHaveLength(6);
    // Within the budget: fine.
    const fine = reports.slice(0, 2).map((r) => ({ ...r, text: sentences(500, r.outlet) }));
    expect(checkReports(fine).filter((i) => i.level === 'error')).toEqual([]);
    expect((await decodeShare(await encodeShare({ reports: fine }))).ok).toBe(true);
  });
});
