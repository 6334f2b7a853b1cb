import { describe, expect, it } from 'vitest';
import { seedText } from '../testing/seeds';
import { cleanText, datelineLength, wordCount, wordCountReference } from './clean';
import type { Removal } from '../types';

const seed = seedText;

const S000 = seed('000_42a55fb392331f7b.txt');
const S002 = seed('002_2d7704910319a56b.txt');
const S004 = seed('004_15bf4a00f4862e15.txt');

/** What cleaning did to each non-empty line: "kept" or the removal reason. */
function verdicts(text: string): [string, string][] {
  const { blocks, removed } = cleanText(text);
  const rows: [number, string, string][] = [
    ...blocks.map((b): [number, string, string] => [b.start, text.slice(b.start, b.end), 'kept']),
    ...removed.map((r): [number, string, string] => [r.start, r.text, r.reason]),
  ];
  return rows.sort((a, b) => a[0] - b[0]).map(([, t, v]) => [t, v]);
}

function brief(removed: Removal[]): [string, string, string][] {
  return removed.map((r) => [r.reason, r.detail, r.text]);
}

describe('cleanText on the seed reports', () => {
  it('000: removes the date header, the section name, the timestamp and the photo caption', () => {
    const { blocks, removed } = cleanText(S000);
    expect(brief(removed)).toEqual([
      ['header', 'date and section header', 'date 2024-11-20 International'],
      ['header', 'section name', 'Military'],
      ['timestamp', 'publication timestamp', '12:42 GMT 20.11.2024 (Updated: 12:51 GMT 20.11.2024)'],
      [
        'caption',
        'photo caption between the page header and the article body',
        'Disposing of a mine during engineering training as part of Pacific Fleet exercises at the Primorsky Krai firing range.',
      ],
    ]);
    expect(blocks).toHaveLength(10);
    expect(S000.slice(blocks[0]!.start, blocks[0]!.end)).toBe('Belarus Blasts US Move to Send Antipersonnel Mines to Ukraine');
    // The teaser copy is dash-led and long: kept here, dedupe deals with it.
    expect(S000.slice(blocks[1]!.start, blocks[1]!.end)).toMatch(/^- The decision of the outgoing US administration .* said on Wednesday\.$/);
    expect(S000.slice(blocks[4]!.start, blocks[4]!.end)).toMatch(/^MINSK \(Sputnik\) - The decision/);
  });

  it('002: removes the two breadcrumbs only; the dash-led headline and every dash-led quotation stay', () => {
    const { blocks, removed } = cleanText(S002);
    expect(brief(removed)).toEqual([
      ['breadcrumb', 'navigation breadcrumb', '- Статьи'],
      ['breadcrumb', 'navigation breadcrumb', '- World'],
    ]);
    expect(blocks).toHaveLength(25);
    const kept = blocks.map((b) => S002.slice(b.start, b.end));
    expect(kept.filter((t) => t.startsWith('- ')).map((t) => t.slice(0, 24))).toEqual([
      '- The law is unwritten: ',
      '- Their timeline for sel',
      '- "The AFU not only plan',
      '- We see - everything th',
      '- It is quite possible t',
      '- "No negotiations on th',
      '- One must look for the ',
    ]);
    expect(kept).toContain('US to transfer anti-personnel mines to Ukraine');
    expect(kept).toContain('A new round of escalation of the Ukrainian conflict');
  });

  it('004: removes the Yandex translation credit and keeps the headline', () => {
    const { blocks, removed } = cleanText(S004);
    expect(brief(removed)).toEqual([['credit', 'translation credit (Yandex Translate)', 'Переведено сервисом «Яндекс Переводчик»']]);
    expect(blocks).toHaveLength(10);
    expect(S004.slice(blocks[0]!.start, blocks[0]!.end)).toBe("WP reported on Biden's approval of anti-personnel mines supplies to Ukraine");
  });

  it.each([
    ['000', S000],
    ['002', S002],
    ['004', S004],
  ])('%s: blocks and removals are trimmed spans of the original that cover every non-empty line once', (_, text) => {
    const { blocks, removed } = cleanText(text);
    for (const r of removed) expect(text.slice(r.start, r.end)).toBe(r.text);
    const spans = [...blocks, ...removed].sort((a, b) => a.start - b.start);
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(lines);
    for (const b of blocks.slice(1).map((b, i) => [blocks[i]!, b] as const)) expect(b[0].end).toBeLessThan(b[1].start);
  });
});

describe('cleanText rules', () => {
  it.each<[string, string, string]>([
    // [line under test, expected verdict, the text it sits in]
    ['- World', 'breadcrumb', '- World\nBody text follows here and it reads like a sentence of news.'],
    ['• Politics', 'breadcrumb', '• Politics\nBody text follows here and it reads like a sentence of news.'],
    ['Home > World > Europe', 'breadcrumb', 'Home > World > Europe\nBody text follows here and it reads like a sentence of news.'],
    ['- News of the day', 'breadcrumb', '- News of the day\nBody.'],
    ['- Ukraine asks allies for more mines', 'kept', '- Ukraine asks allies for more mines\nBody.'],
    ['- "We see everything," he said.', 'kept', '- "We see everything," he said.'],
    ['- Their timeline for self-liquidation could be very different.', 'kept', '- Their timeline for self-liquidation could be very different.'],
    ['- No.', 'kept', '- No.'],
    ['Updated: 14:05 UTC, 21 November 2024', 'timestamp', 'Updated: 14:05 UTC, 21 November 2024'],
    ['Nov. 21, 2024 10:30 a.m. ET', 'timestamp', 'Nov. 21, 2024 10:30 a.m. ET'],
    ['Опубликовано 20 ноября 2024, 12:42 МСК', 'timestamp', 'Опубликовано 20 ноября 2024, 12:42 МСК'],
    ['20.11.2024', 'timestamp', '20.11.2024'],
    ['date 2024-11-20 International', 'header', 'date 2024-11-20 International'],
    ['World | 2024-11-20', 'header', 'World | 2024-11-20'],
    ['The meeting was held on November 20, 2024.', 'kept', 'The meeting was held on November 20, 2024.'],
    ['At 12:42 the sirens sounded', 'kept', 'At 12:42 the sirens sounded'],
    ['Translated by Google Translate', 'credit', 'Translated by Google Translate'],
    ['Переведено сервисом «Яндекс Переводчик»', 'credit', 'Переведено сервисом «Яндекс Переводчик»'],
    ['Translated by Ann Lee, the poem won a prize.', 'kept', 'Translated by Ann Lee, the poem won a prize.'],
    ['Photo: Reuters/John Doe', 'credit', 'Photo: Reuters/John Doe'],
    ['© 2024 Sputnik', 'credit', '© 2024 Sputnik'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit', 'Reporting by Jane Doe; Editing by John Roe'],
    // A one- or two-word line before any running text is a section name...
    ['Opinion', 'header', 'Opinion\nWhy the mines matter\nBody text follows here and it reads like a sentence of news.'],
    // ...but in the body it is a subheading and stays.
    ['Analysis', 'kept', 'Body text comes first here and it reads like a sentence of news.\nAnalysis\nMore body text.'],
  ])('%j is %s', (line, verdict, text) => {
    expect(verdicts(text).find(([t]) => t === line)?.[1]).toBe(verdict);
  });

  const BODY = 'KYIV (Reuters) - Ukraine said on Wednesday it had received the first batch of mines from the United States.';
  it.each<[string, string, string]>([
    // [situation, expected verdict, text]
    ['after a timestamp, before the body', 'caption', `Headline\n12:42 GMT 20.11.2024\nA soldier walks past a destroyed tank near Bakhmut.\n${BODY}`],
    ['with a reporting verb', 'kept', `Headline\n12:42 GMT 20.11.2024\nA soldier said the tank was destroyed near Bakhmut.\n${BODY}`],
    ['starting with a dateline', 'kept', `Headline\n12:42 GMT 20.11.2024\nKYIV - A soldier walks past a destroyed tank.\n${BODY}`],
    ['of two sentences', 'kept', `Headline\n12:42 GMT 20.11.2024\nA soldier walks past a tank. It was destroyed near Bakhmut.\n${BODY}`],
    ['with nothing after it', 'kept', `Headline\n12:42 GMT 20.11.2024\nA soldier walks past a destroyed tank near Bakhmut.`],
    ['after a headline, a standfirst without a cue', 'kept', `Headline\nA soldier walks past a destroyed tank near Bakhmut.\n${BODY}`],
    ['after a headline, with a photo cue', 'caption', `Headline\nFile photo of a soldier walking past a destroyed tank.\n${BODY}`],
    ['in the body', 'kept', `${BODY}\nA soldier walks past a destroyed tank near Bakhmut.\n${BODY}`],
  ])('a short lone sentence %s is %s', (_, verdict, text) => {
    const line = text.split('\n').find((l) => l.startsWith('A soldier') || l.startsWith('File photo') || l.startsWith('KYIV - '))!;
    expect(verdicts(text).find(([t]) => t === line)?.[1]).toBe(verdict);
  });

  it('returns nothing for empty or blank text', () => {
    expect(cleanText('')).toEqual({ blocks: [], removed: [] });
    expect(cleanText(' \n\r\n\t\n')).toEqual({ blocks: [], removed: [] });
  });

  it('trims CRLF line ends and keeps offsets into the original', () => {
    const text = '- World\r\n  First line of the body, long enough to read as text.  \r\n';
    const { blocks, removed } = cleanText(text);
    expect(removed).toEqual([{ text: '- World', start: 0, end: 7, reason: 'breadcrumb', detail: 'navigation breadcrumb' }]);
    expect(blocks).toEqual([{ start: 11, end: 63 }]);
  });

  it.each<[string, number]>([
    ['MINSK (Sputnik) - The decision', 18],
    ['KYIV, Nov 20 (Reuters) — Ukraine said', 25],
    ['(AP) — Officials said', 7],
    ['WASHINGTON - The Pentagon', 13],
    ['- The decision', 0],
    ['US President Joe Biden - the outgoing one', 0],
    ['The warehouses - they', 0],
  ])('datelineLength(%j) = %i', (s, n) => {
    expect(datelineLength(s)).toBe(n);
  });

  it('handles a 5 MB text (long and short lines) without hanging', () => {
    const para = 'The Pentagon said on Wednesday it would send more aid, officials told reporters. '.repeat(62);
    const text = Array.from({ length: 1000 }, (_, i) => `- World\n12:42 GMT 20.11.2024\n${para}\n${i}`).join('\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const { blocks, removed } = cleanText(text);
    expect(blocks).toHaveLength(2000);
    expect(removed).toHaveLength(2000);
    const oneLine = cleanText(para.repeat(1000));
    expect(oneLine.blocks).toHaveLength(1);
  });
});

describe('a date or time needs an ASCII digit (isTimestamp and isDateHeader skip lines without one)', () => {
  const body = 'The ministry said on Tuesday that it had approved the plan. It will start soon, officials said.';
  it.each<[string, string[][]]>([
    ['Updated November 5, 2024 10:30', [['timestamp', 'Updated November 5, 2024 10:30']]],
    // Two words at the top: a section name, not a timestamp.
    ['Updated November', [['header', 'Updated November']]],
    ['date 2024-11-20 International', [['header', 'date 2024-11-20 International']]],
    ['date November International', []],
  ])('%s', (line, removed) => {
    expect(cleanText(`${line}\n${body}`).removed.map((r) => [r.reason, r.text])).toEqual(removed);
  });
});

describe('wordCount = words(s).length (wordCountReference)', () => {
  it.each([
    '',
    ' ',
    'one',
    '  two  words ',
    'Home > World > Europe',
    '- World',
    '• Статьи',
    'date 2024-11-20 International',
    '— , . ; : - –',
    'a\tb\nc\u00a0d\u2003e\u3000f',
    'x\ufeffy',
    'Emoji 😀 and 𝐛𝐨𝐥𝐝 letters',
    '東京で 会議',
    '12:30 GMT, Nov. 20',
    '(AP) — “Quote,” he said.',
  ])('%j', (s) => {
    expect(wordCount(s)).toBe(wordCountReference(s));
  });
});
