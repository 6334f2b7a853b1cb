import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkReports, checkReportText, markdownToText, readDroppedFile, truncateReport } from './input';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (h: string) => parseHTML(h).document as unknown as Document;

describe('checkReportText', () => {
  it.each([
    ['', 'empty'],
    [' \n\t ', 'empty'],
    ['Mines for Kyiv: the decision and reactions', 'one-sentence'],
  ])('%j → %s', (text, code) => {
    expect(checkReportText(text).map((i) => i.code)).toEqual([code]);
  });

  it('a normal report has no issues, in Latin, Cyrillic or CJK script', () => {
    expect(checkReportText('The US will send mines. Belarus objected!')).toEqual([]);
    expect(checkReportText('США передадут Киеву мины.')).toEqual([]);
    expect(checkReportText('美国将向乌克兰提供地雷。')).toEqual([]);
  });

  it('the one-sentence warning', () => {
    expect(checkReportText('no punctuation here')).toEqual([
      {
        level: 'warning',
        code: 'one-sentence',
        message:
          'This text has no sentence-ending punctuation (. ! ?), so it reads as one sentence, and Parallax compares sentence by sentence. Check that the whole article was pasted.',
      },
    ]);
  });

  it('over 1 MB: an error with the size (the page may offer to keep the first 1 MB)', () => {
    expect(checkReportText(`${'word. '.repeat(250_000)}`)).toEqual([
      {
        level: 'error',
        code: 'too-large',
        message: 'This text is 1.4 MB, over the limit of 1 MB per report. Keep only its first 1 MB, or paste a shorter text.',
      },
    ]);
  });

  it('a 5 MB paste is refused outright', () => {
    const issues = checkReportText('Ж'.repeat(3 * 1024 * 1024)); // 6 MB of UTF-8
    expect(issues).toEqual([
      {
        level: 'error',
        code: 'far-too-large',
        message:
          'This text is 6.0 MB, far more than one article; Parallax takes up to 1 MB per report. Paste the article alone, without the rest of the page.',
      },
    ]);
  });
});

describe('truncateReport', () => {
  it('keeps whole paragraphs, then whole sentences, never half a character', () => {
    expect(truncateReport('One two three four five six.\n\nSeven eight.', 32)).toBe('One two three four five six.');
    expect(truncateReport('abcdefghij', 5)).toBe('abcde');
    expect(truncateReport('Alpha beta gamma. Delta epsilon zeta. Eta theta.', 40)).toBe('Alpha beta gamma. Delta epsilon zeta.');
    expect(truncateReport('abc🇺🇦def', 6)).toBe('abc');
    expect(truncateReport('ЖЖЖ', 5)).toBe('ЖЖ');
    expect(truncateReport('short.', 100)).toBe('short.');
  });
});

describe('readDroppedFile', () => {
  it('plain UTF-8 text, its byte-order mark dropped', () => {
    expect(readDroppedFile('a.txt', enc('\uFEFFThe US will send mines.'))).toEqual({ text: 'The US will send mines.', kind: 'text', issues: [] });
  });

  it('UTF-16 with a byte-order mark (Windows "Unicode" text)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Мины.'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(readDroppedFile('a.txt', le)).toEqual({ text: 'Мины.', kind: 'text', issues: [] });
  });

  it('binary: nothing imported, a clear message', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02]);
    expect(readDroppedFile('report.pdf', pdf)).toEqual({
      text: '',
      kind: 'text',
      issues: [
        {
          level: 'error',
          code: 'binary',
          message:
            '“report.pdf” is not a text file (it looks like a PDF, an image or a word-processor document). Save the article as plain text or as a web page (HTML), or copy and paste its text.',
        },
      ],
    });
  });

  it('not UTF-8 (Windows-1251 Cyrillic): nothing imported', () => {
    const cp1251 = new Uint8Array([0xcc, 0xe8, 0xed, 0xfb, 0x2e]); // "Мины." in Windows-1251
    const r = readDroppedFile('izvestia.txt', cp1251);
    expect(r.text).toBe('');
    expect(r.issues.map((i) => [i.level, i.code])).toEqual([['error', 'not-utf8']]);
    expect(r.issues[0]!.message).toMatch(/^“izvestia.txt” is not UTF-8 text/);
  });

  it('a huge file is refused before it is read', () => {
    const r = readDroppedFile('dump.txt', new Uint8Array(6 * 1024 * 1024));
    expect(r).toEqual({
      text: '',
      kind: 'text',
      issues: [
        {
          level: 'error',
          code: 'far-too-large',
          message:
            '“dump.txt” is 6.0 MB, far more than one article (Parallax takes up to 1 MB of text per report). Save only the article, or copy and paste its text.',
        },
      ],
    });
  });

  it('empty and one-sentence files carry the text checks', () => {
    expect(readDroppedFile('e.txt', enc('  \n')).issues.map((i) => i.code)).toEqual(['empty']);
    expect(readDroppedFile('h.txt', enc('Just a headline')).issues.map((i) => i.code)).toEqual(['one-sentence']);
  });

  it('Markdown becomes plain text', () => {
    const md = '# Mines for *Kyiv*\n\n> The **US** will [send mines](https://x.example).\n\n- First point.\n- Second `point`.\n\n![photo](p.jpg)\n\n---\n';
    expect(readDroppedFile('story.md', enc(md))).toEqual({
      text: 'Mines for Kyiv\n\nThe US will send mines.\n\nFirst point.\nSecond point.',
      kind: 'markdown',
      issues: [],
    });
    expect(markdownToText('snake_case_name and 2*3*4 stay.')).toBe('snake_case_name and 2*3*4 stay.');
  });

  it('Markdown links whose address holds parentheses, a title or angle brackets leave no stray ")"', () => {
    expect(markdownToText('See [the mine](https://en.wikipedia.org/wiki/Land_mine_(weapon)) today.')).toBe('See the mine today.');
    expect(markdownToText('A [link](https://x.example/a "Title (2024)") and [b](<https://x.example/a b>).')).toBe('A link and b.');
    expect(markdownToText('![map](https://x.example/map_(2).png) After.')).toBe('After.');
    expect(markdownToText('(Quoted [source](https://x.example).)')).toBe('(Quoted source.)');
  });

  it('HTML: the raw page without a parser, the article with one; sniffed without an .html name', () => {
    const page = '<!DOCTYPE html><html><head><title>T</title><script>evil()</script></head><body><p>The US will send mines.</p></body></html>';
    expect(readDroppedFile('page.htm', enc(page))).toEqual({ text: page, kind: 'html', issues: [] });
    expect(readDroppedFile('download', enc(page), parse)).toEqual({ text: 'The US will send mines.', kind: 'html', title: 'T', issues: [] });
    expect(readDroppedFile('empty.html', enc('<html><body><script>x()</script></body></html>'), parse).issues.map((i) => i.code)).toEqual([
      'no-article',
    ]);
  });
});

describe('checkReports', () => {
  const a = { outlet: 'Sputnik', text: 'The US will send mines. Belarus objected.' };
  const b = { outlet: 'Izvestia', text: 'Washington approved mines for Kyiv.' };

  it('two good reports: no issues', () => {
    expect(checkReports([a, b])).toEqual([]);
  });

  it('fewer than two, more than six', () => {
    expect(checkReports([a])).toEqual([
      {
        level: 'error',
        code: 'too-few-reports',
        message: 'A comparison needs at least two reports; there is one so far. Add another report.',
      },
    ]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ outlet: `O${i}`, text: `Text number ${i}.` }));
    expect(checkReports(seven)).toEqual([
      {
        level: 'error',
        code: 'too-many-reports',
        message: 'Parallax compares at most six reports side by side; there are 7. Remove one.',
      },
    ]);
  });

  it('identical texts (up to white space) and identical outlet names', () => {
    expect(checkReports([a, b, { outlet: 'sputnik', text: ` ${a.text.replace(' ', '\n')} ` }])).toEqual([
      {
        level: 'warning',
        code: 'duplicate-report',
        report: 2,
        message: 'Reports 1 and 3 have the same text, so every sentence will show as shared. Remove one, or paste the other outlet’s report.',
      },
      {
        level: 'warning',
        code: 'duplicate-outlet',
        report: 2,
        message:
          'Reports 1 and 3 are both called “sputnik”; give them different names so their columns can be told apart (e.g. “sputnik (morning)”).',
      },
    ]);
  });

  it('per report: outlet, address, language and text, with the report index', () => {
    const issues = checkReports([
      { outlet: ' ', text: 'Fine text.' },
      { outlet: 'x'.repeat(201), text: '', url: 'javascript:alert(1)', language: 'en_US' },
    ]);
    expect(issues.map((i) => [i.report, i.level, i.code])).toEqual([
      [0, 'error', 'missing-outlet'],
      [1, 'error', 'outlet-too-long'],
      [1, 'warning', 'bad-url'],
      [1, 'warning', 'bad-language'],
      [1, 'error', 'empty'],
    ]);
    expect(issues[4]!.message).toBe('Report 2: The report has no text. Paste the article’s text, or drop a text or HTML file.');
  });
});
