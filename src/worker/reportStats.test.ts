import { describe, expect, it } from 'vitest';
import { reportStats } from './reportStats';

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
