import { describe, expect, it } from 'vitest';
import { escapeControls, letter, safeUrl } from './text';

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
