import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, toMarkdown } from './markdown';
import { comparison, HOSTILE } from './testing/fixture';

describe('escapeMarkdown', () => {
  it.each([
    ['plain words, commas, "quotes".', 'plain words, commas, "quotes".'],
    ['*bold* _em_', '\\*bold\\* \\_em\\_'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['# not a heading', '\\# not a heading'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '\\<script\\>alert\\(1\\)\\</script\\>'],
    ['`code` ~~del~~ $x$ &amp; !', '\\`code\\` \\~\\~del\\~\\~ \\$x\\$ \\&amp; \\!'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\n# heading', 'two lines \\# heading'],
    ['- list\n1. item', '- list 1. item'],
    ['esc \x1b[2J', 'esc \\\\x1B\\[2J'],
  ])('%j → %j', (text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });
});

describe('markdownUrl', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Mine_(weapon)', 'https://en.wikipedia.org/wiki/Mine_%28weapon%29'],
    ['https://x.org/a b<c>', 'https://x.org/a%20b%3Cc%3E'],
    ['https://x.org/plain', 'https://x.org/plain'],
  ])('%s → %s', (url, md) => {
    expect(markdownUrl(url)).toBe(md);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(comparison, { title: 'Mines *2024* [x](y)', date: '2024-11-20', note: 'see <b>this</b>\n# now', notes: { c1: 'a _note_' } });
  const lines = md.split('\n');

  it.each([
    ['the title, escaped', '# Mines \\*2024\\* \\[x\\]\\(y\\)'],
    ['the date', 'Date: 2024-11-20'],
    ['the note, one line, escaped', '> see \\<b\\>this\\</b\\> \\# now'],
    ['an outlet with a link whose URL has ( )', '1. [Alpha, "The" \\<News\\>](https://example.com/a_%281%29?q=1%202): 2024-11-20, language en, 2 sentences'],
    ['a javascript: URL is no link', '2. =HYPERLINK\\("http://evil"\\): machine-translated, 2 sentences'],
    ['an outlet full of Markdown', '3. \\*Gamma\\* \\_\\[C\\]\\_ \\(\\#1\\) \\| x: 1 sentence'],
    ['the counts', '3 claims: 1 shared, 0 partial, 2 unique'],
    ['a counts row, | escaped', '| \\*Gamma\\* \\_\\[C\\]\\_ \\(\\#1\\) \\| x | 1 | 0 | 0 |'],
    ['a claim heading', '### c1: Alpha, "The" \\<News\\>, =HYPERLINK\\("http://evil"\\), \\*Gamma\\* \\_\\[C\\]\\_ \\(\\#1\\) \\| x'],
    ['differing words in bold', '- **Alpha, "The" \\<News\\>:** The minister "**resigned**", on Monday.'],
    ['a newline inside a sentence', '- **=HYPERLINK\\("http://evil"\\):** The minister **quit** on Monday. (match 0.81)'],
    ['Markdown in a sentence', '- **\\*Gamma\\* \\_\\[C\\]\\_ \\(\\#1\\) \\| x:** Minister \\*resigned\\* on \\[Monday\\]\\(http://x\\) \\# \\| \\_now\\_. (match 0.50)'],
    ['HTML in a sentence', '- **Alpha, "The" \\<News\\>:** \\<script\\>alert\\(1\\)\\</script\\> Prices rose.'],
    ['a formula-like sentence', '- **=HYPERLINK\\("http://evil"\\):** -2+3 cmd @SUM\\(A1\\) rained.'],
    ['a claim note', '> Note: a \\_note\\_'],
    ['the partial section, empty', '## Partial claims (some outlets, not all): 0'],
    ['who is quoted', '- Quoted or cited: John "Q" Smith \\(spokesman, \\<b\\>\\) ×2, 1 quoted'],
    ['the quotation share', '- Quotation: 25% of the text is direct quotation'],
    ['actor labels', '- Names for Ukraine: Kiev regime \\(loaded\\) ×2'],
    ['loaded word counts', '- Loaded and hedging words: loaded 2, hedge 1, distancing 3, intensifier 0 (so-called \\(distancing, 1 quoted\\) ×3)'],
  ])('%s', (_name, line) => {
    expect(lines).toContain(line);
  });

  it('sections in order: outlets, counts, shared, partial, unique, framing', () => {
    const order = ['## Outlets', '## Counts', '## Shared claims (every outlet): 1', '## Partial claims (some outlets, not all): 0', '## Unique claims (one outlet only): 2', '## Framing summary'];
    expect(order.map((h) => lines.indexOf(h))).toEqual([...order.map((h) => lines.indexOf(h))].sort((x, y) => x - y));
    expect(order.every((h) => lines.includes(h))).toBe(true);
  });

  it('no user text starts a line', () => {
    for (const text of Object.values(HOSTILE)) {
      for (const line of lines) expect(line.startsWith(text)).toBe(false);
    }
  });

  it('hideOutletNames: Outlet A/B/C everywhere, no URL', () => {
    const hidden = toMarkdown(comparison, { hideOutletNames: true });
    expect(hidden).not.toMatch(/Alpha|HYPERLINK|Gamma|example\.com/);
    expect(hidden.split('\n')).toContain('### c1: Outlet A, Outlet B, Outlet C');
    expect(hidden.split('\n')).toContain('### Outlet C');
  });

  it('the default title', () => {
    expect(toMarkdown(comparison).split('\n')[0]).toBe('# Parallax comparison');
  });
});
