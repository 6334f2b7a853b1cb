import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml } from './html';
import { comparison } from './testing/fixture';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['&lt;', '&amp;lt;'],
    ['esc \x1b[2J', 'esc \\x1B[2J'],
    ['*md* [x](y) # |', '*md* [x](y) # |'],
  ])('%j → %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('toHtml', () => {
  const html = toHtml(comparison, { title: '<script>alert(1)</script>', date: '2024 <i>', note: 'n"ote', notes: { c1: '<img src=x onerror=alert(1)>' } });

  it.each([
    ['a doctype and charset', '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'],
    ['a policy that forbids scripts and remote resources', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`],
    ['the title, escaped', '<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>'],
    ['the heading, escaped', '<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>'],
    ['the date, escaped', '<p class="meta">2024 &lt;i&gt;</p>'],
    ['a safe link, escaped', '<a href="https://example.com/a_(1)?q=1%202" rel="noreferrer noopener">Alpha, &quot;The&quot; &lt;News&gt;</a>'],
    ['a javascript: URL is no link', '<li><span class="outlet">=HYPERLINK(&quot;http://evil&quot;)</span> <span class="meta">machine-translated, 2 sentences</span></li>'],
    ['differing words bold and underlined', 'The minister &quot;<b class="only">resigned</b>&quot;, on Monday.'],
    ['a sentence with HTML, escaped', '&lt;script&gt;alert(1)&lt;/script&gt; Prices rose.'],
    ['a note, escaped', '<blockquote>Note: &lt;img src=x onerror=alert(1)&gt;</blockquote>'],
    ['the framing: who is quoted', '<li>Quoted or cited: John &quot;Q&quot; Smith (spokesman, &lt;b&gt;) ×2, 1 quoted</li>'],
    ['the framing: loaded words', '<li>Loaded and hedging words: loaded 2, hedge 1, distancing 3, intensifier 0 (so-called (distancing, 1 quoted) ×3)</li>'],
    ['black-and-white marks', 'b.only{font-weight:700;text-decoration:underline}'],
  ])('%s', (_name, piece) => {
    expect(html).toContain(piece);
  });

  it.each([
    ['no script element', /<script/i],
    ['no event handler attribute', /<[^>]+\son\w+=/i],
    ['no javascript: URL in an attribute', /="javascript:/i],
    ['no external resource', /<(link|img|iframe|object|embed)\b/i],
    ['no raw control character', /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/],
  ])('%s', (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('hideOutletNames: Outlet A/B/C, no URL', () => {
    const hidden = toHtml(comparison, { hideOutletNames: true });
    expect(hidden).not.toMatch(/Alpha|HYPERLINK|Gamma|example\.com/);
    expect(hidden).toContain('<tr><td>Outlet C</td><td class="n">1</td><td class="n">0</td><td class="n">0</td></tr>');
  });
});
