import { describe, expect, it } from 'vitest';
import { looksLikeHtml, reportStats } from './reportStats';

describe('reportStats', () => {
  it('counts bytes and sentences of a plain text', () => {
    const s = reportStats('Germany sent two Patriot batteries. Kyiv welcomed them. Moscow objected.');
    expect(s.sentences).toBe(3);
    expect(s.bytes).toBe(72);
    expect(s.removed).toEqual([]);
  });

  it('says what cleaning removes and why (timestamps, duplicates)', () => {
    const text = '12:42 GMT 20.11.2024\n\nGermany sent two Patriot batteries to Ukraine on Tuesday. Kyiv welcomed them.\n\nGermany sent two Patriot batteries to Ukraine on Tuesday.';
    const s = reportStats(text);
    const reasons = s.removed.map((r) => r.reason);
    expect(reasons).toContain('timestamp');
    expect(reasons.some((r) => r === 'duplicate' || r === 'near-duplicate')).toBe(true);
    expect(s.sentences).toBe(2);
  });

  it('empty text', () => {
    expect(reportStats('  \n')).toEqual({ bytes: 3, sentences: 0, removed: [] });
  });

  it('UTF-8 size of Cyrillic', () => {
    expect(reportStats('Привет.').bytes).toBe(13);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Hi.</p></body></html>', true],
    ['  <html lang="en"><head><title>x</title></head>', true],
    ['<div><p>One.</p><p>Two.</p><p>Three.</p><a href="#">x</a></div>', true],
    ['Prices rose 3% <in> some areas. The <b> tag is used for bold.', false],
    ['Plain prose with no markup at all. Second sentence.', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
