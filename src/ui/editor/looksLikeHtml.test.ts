import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from './looksLikeHtml';

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
