import { describe, expect, it } from 'vitest';
import type { Claim, Comparison } from '../core/types';
import { escapeControls, letter, memberPieces, safeUrl } from './text';

describe('escapeControls', () => {
  it.each([
    ['text', 'plain\ttext\nline', 'plain\ttext\nline'],
    ['text', 'crlf\r\nline', 'crlf\nline'],
    ['text', 'lone\rcr', 'lone\\x0Dcr'],
    ['text', 'csi \x1b[31mred\x1b[0m', 'csi \\x1B[31mred\\x1B[0m'],
    ['text', 'osc \x1b]0;title\x07', 'osc \\x1B]0;title\\x07'],
    ['text', 'c1 \x9b2J \x85', 'c1 \\x9B2J \\x85'],
    ['text', 'nul\x00 del\x7f', 'nul\\x00 del\\x7F'],
    ['text', 'bidi \u202Eabc\u2066\u200F', 'bidi \\u202Eabc\\u2066\\u200F'],
    ['text', 'отчёт – “quotes” ✓', 'отчёт – “quotes” ✓'],
    ['line', 'a\nb\tc', 'a\\x0Ab\\x09c'],
  ] as const)('%s %j → %j', (mode, text, shown) => {
    expect(escapeControls(text, mode)).toBe(shown);
  });
});

describe('letter', () => {
  it.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('%i → %s', (i, s) => {
    expect(letter(i)).toBe(s);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['http://x.org', 'http://x.org/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%j → %j', (url, safe) => {
    expect(safeUrl(url)).toBe(safe);
  });
});

describe('memberPieces', () => {
  const text = 'Belarus blasts the US move.';
  const c = {
    reports: [{ text, sentences: [{ text, start: 0, end: text.length, claim: 'c1' }] }],
  } as unknown as Comparison;
  const tok = (start: number, end: number, kind: 'common' | 'differing' | 'neutral') => ({ start, end, kind });
  it.each([
    ['adjacent differing words join into one run', [tok(0, 7, 'differing'), tok(7, 8, 'neutral'), tok(8, 14, 'differing'), tok(14, 19, 'neutral'), tok(19, 21, 'common'), tok(21, 27, 'neutral')], [
      { text: 'Belarus blasts', differing: true },
      { text: ' the US move.', differing: false },
    ]],
    ['no diff: the sentence as one piece', [], [{ text, differing: false }]],
    ['tokens that skip text: the gaps are kept', [tok(8, 14, 'differing')], [
      { text: 'Belarus ', differing: false },
      { text: 'blasts', differing: true },
      { text: ' the US move.', differing: false },
    ]],
  ])('%s', (_name, tokens, pieces) => {
    const claim = { id: 'c1', kind: 'unique', members: [{ report: 0, sentence: 0 }], diff: [{ report: 0, sentence: 0, tokens }] } as Claim;
    expect(memberPieces(claim, claim.members[0]!, c)).toEqual(pieces);
  });
});
