import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, textOf } from './html';

const parse = (h: string) => parseHTML(h).document as unknown as Document;

const PAGE = `<!doctype html>
<html><head>
  <title>Belarus blasts US move - World - Example News</title>
  <style>body { background: url("javascript:alert('css')") } .hidden { display: none }</style>
  <script>window.stolen = document.cookie; alert("script ran");</script>
  <meta name="author" content="Jane Reporter">
</head><body onload="alert('onload')">
  <header><a href="/">Example News</a> <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
  <main><article>
    <h1>Belarus Blasts US Move to Send Antipersonnel Mines to Ukraine</h1>
    <p class="byline">By Jane Reporter</p>
    <p>The decision of the outgoing US administration to supply antipersonnel mines to Kyiv is a <b>dangerous</b> step, the Belarusian foreign ministry said on Wednesday.</p>
    <img src="x.png" onerror="alert('img onerror')" alt="Mines on display">
    <p>Ukraine ratified the Ottawa Convention, which bans such weapons, in 2005. Washington never signed the treaty, officials in Minsk pointed out in a statement.</p>
    <script>document.write("<p>injected by script</p>")</script>
    <p>The Pentagon said the mines supplied would be non-persistent, meaning they deactivate after a set period, which reduces the risk to civilians after the fighting ends.</p>
  </article></main>
  <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity news</a></li><li><a href="/b">Weather</a></li></ul></aside>
  <footer><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
  <script src="tracker.js"></script><noscript>Enable JavaScript</noscript>
</body></html>`;

describe('extractArticle', () => {
  it('keeps only the article text: no script, style, handlers, navigation or footer', () => {
    const article = extractArticle(PAGE, parse);
    expect(article).toEqual({
      // Readability's pick: the <title> without the site name after the last separator.
      title: 'Belarus blasts US move - World',
      byline: 'Jane Reporter',
      // The headline is part of the report (the bundled texts keep theirs too); the byline line is not.
      text: [
        'Belarus Blasts US Move to Send Antipersonnel Mines to Ukraine',
        'The decision of the outgoing US administration to supply antipersonnel mines to Kyiv is a dangerous step, the Belarusian foreign ministry said on Wednesday.',
        'Ukraine ratified the Ottawa Convention, which bans such weapons, in 2005. Washington never signed the treaty, officials in Minsk pointed out in a statement.',
        'The Pentagon said the mines supplied would be non-persistent, meaning they deactivate after a set period, which reduces the risk to civilians after the fighting ends.',
      ].join('\n\n'),
    });
    for (const bad of ['alert', 'script', 'cookie', 'injected', 'display', 'Privacy', 'Sport', 'Celebrity', 'Enable JavaScript', '<', '>']) {
      expect(article.text).not.toContain(bad);
    }
  });

  it('falls back to the body text when Readability finds no article', () => {
    const html = '<html><head><title> Short </title><style>p{}</style></head><body><div>Line one<br>line two</div><script>x()</script><p>Last.</p></body></html>';
    expect(extractArticle(html, parse)).toEqual({ title: 'Short', text: 'Line one\n\nline two\n\nLast.' });
  });

  it('empty or markup-only input gives empty text; a throwing parser is survived', () => {
    expect(extractArticle('', parse)).toEqual({ text: '' });
    expect(extractArticle('<script>alert(1)</script>', parse).text).toBe('');
    expect(
      extractArticle('<p>x</p>', () => {
        throw new Error('no parser');
      }),
    ).toEqual({ text: '' });
  });

  it('textOf survives very deep nesting (no recursion)', () => {
    const deep = `<html><body>${'<div>'.repeat(20000)}Deep text.${'</div>'.repeat(20000)}</body></html>`;
    const doc = parse(deep);
    expect(textOf(doc.body)).toBe('Deep text.');
  });
});
