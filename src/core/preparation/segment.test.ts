import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedText } from '../testing/seeds';
import { cleanText } from './clean';
import { abbreviationBefore, abbreviationBeforeReference, ABBREVIATIONS, icuSentences, joinsNext, joinsNextAt, mayRepair, scanSentences, SCAN_LOCALES, segmentBlocks, segmentText } from './segment';
import { devCases } from '../../../scripts/bench-data';
import type { Span } from '../types';

const seed = seedText;

const S000 = seed('000_42a55fb392331f7b.txt');
const S002 = seed('002_2d7704910319a56b.txt');
const S004 = seed('004_15bf4a00f4862e15.txt');

const texts = (text: string, spans: Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));
const split = (text: string): string[] => texts(text, segmentText(text));

describe('segmentText: tricky cases', () => {
  it.each<[string, string[]]>([
    ['The U.S. Department of Defense confirmed it.', ['The U.S. Department of Defense confirmed it.']],
    ['Mr. Smith and Mrs. Jones met Dr. Who.', ['Mr. Smith and Mrs. Jones met Dr. Who.']],
    ['Gen. Brown arrived on Jan. 5 with Sen. Rand.', ['Gen. Brown arrived on Jan. 5 with Sen. Rand.']],
    ['He lives in Washington, D.C. Then he left.', ['He lives in Washington, D.C.', 'Then he left.']],
    ['He lives in Washington, D.C. Police say so.', ['He lives in Washington, D.C. Police say so.']],
    ['The U.K. and the U.N. agreed. The E.U. did not.', ['The U.K. and the U.N. agreed.', 'The E.U. did not.']],
    ['It happened in the U.S. It was late.', ['It happened in the U.S.', 'It was late.']],
    ['J. R. R. Tolkien wrote it. He was English.', ['J. R. R. Tolkien wrote it.', 'He was English.']],
    ['Ward No. 5 is closed. St. Petersburg is far.', ['Ward No. 5 is closed.', 'St. Petersburg is far.']],
    ['Roe vs. Wade was decided. It stands.', ['Roe vs. Wade was decided.', 'It stands.']],
    ['Mines, shells, etc. are banned. Drones, guns, etc. The list goes on.', ['Mines, shells, etc. are banned.', 'Drones, guns, etc.', 'The list goes on.']],
    ['The meeting is at 5 p.m. Moscow time. At 5 p.m. The talks start.', ['The meeting is at 5 p.m. Moscow time.', 'At 5 p.m.', 'The talks start.']],
    ['Acme Inc. Chief Executive spoke. Acme Inc. The end.', ['Acme Inc. Chief Executive spoke.', 'Acme Inc.', 'The end.']],
    ['It costs $3.5 million. Each 155mm shell is 0.5 m long.', ['It costs $3.5 million.', 'Each 155mm shell is 0.5 m long.']],
    ['Wait... what? It went on… Then it stopped.', ['Wait... what?', 'It went on…', 'Then it stopped.']],
    ['"Really?" he asked. "Yes!" she said.', ['"Really?" he asked.', '"Yes!" she said.']],
    [
      '"It was an escalation," Muraveiko told reporters on the eve of a conference. Then he left.',
      ['"It was an escalation," Muraveiko told reporters on the eve of a conference.', 'Then he left.'],
    ],
    // A multi-sentence quotation is NOT glued: each quoted sentence stands alone, and
    // the closing mark stays with the attribution sentence that follows it...
    ['"First point. Second point," he said. Next.', ['"First point.', 'Second point," he said.', 'Next.']],
    ['“First point. Second point,” he said. Next.', ['“First point.', 'Second point,” he said.', 'Next.']],
    ['«Первое. Второе», - сказал он. Дальше.', ['«Первое.', 'Второе», - сказал он.', 'Дальше.']],
    ['"The U.S. Army left. It paid $3.5 million," he said.', ['"The U.S. Army left.', 'It paid $3.5 million," he said.']],
    // ...and a quotation closed by a full stop is split the same way.
    ['"First point. Second point." He left.', ['"First point.', 'Second point."', 'He left.']],
    ['He said it. "Unclosed quote. And more. And more.', ['He said it.', '"Unclosed quote.', 'And more.', 'And more.']],
    [
      '- "They planted them," he noted. - Moreover, such mining was used. - Yes.',
      ['- "They planted them," he noted.', '- Moreover, such mining was used.', '- Yes.'],
    ],
    ['The warehouses are full - they have been given millions.', ['The warehouses are full - they have been given millions.']],
    ['Western mine weapons - they have millions. - We see - nothing works.', ['Western mine weapons - they have millions.', '- We see - nothing works.']],
    ['A new round of escalation of the Ukrainian conflict', ['A new round of escalation of the Ukrainian conflict']],
    ['The law is unwritten: the US has authorized Kiev to use mines', ['The law is unwritten: the US has authorized Kiev to use mines']],
    ['  Leading and trailing space.   Second one.  ', ['Leading and trailing space.', 'Second one.']],
    ['Line one.\n\nLine two without a stop\n  \nLine three. Four.', ['Line one.', 'Line two without a stop', 'Line three.', 'Four.']],
    ['', []],
    [' \n \n', []],
  ])('%j', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it('keeps the abbreviation list small and lowercase', () => {
    const all = Object.values(ABBREVIATIONS).flat();
    expect(all.every((a) => a === a.toLowerCase() && !a.endsWith('.'))).toBe(true);
    expect(all.length).toBeLessThan(80);
    expect(ABBREVIATIONS.beforeLowercase).toEqual(['etc']);
  });
});

describe('segmentBlocks', () => {
  it('returns trimmed spans of the original text, within the blocks given', () => {
    const text = 'xx  One. Two.  yy Three';
    expect(segmentBlocks(text, [{ start: 2, end: 15 }, { start: 18, end: 23 }])).toEqual([
      { start: 4, end: 8 },
      { start: 9, end: 13 },
      { start: 18, end: 23 },
    ]);
    expect(segmentBlocks(text, [])).toEqual([]);
    expect(segmentBlocks(text, [{ start: 5, end: 5 }])).toEqual([]);
  });

  it('cuts a huge block into chunks without breaking or gluing a sentence', () => {
    // Each unit is written as its expected sentences; the quotation gives two.
    const unit = [
      ['The U.S. Department of Defense said Mr. Smith paid $3.5 million on Jan. 5.'],
      ['"It is late.', 'Very late," he said.'],
      ['- Moreover, it was used.'],
    ];
    const units = Array.from({ length: 600 }, (_, i) => unit[i % 3]!);
    const text = units.map((u) => u.join(' ')).join(' ');
    expect(text.length).toBeGreaterThan(25_000);
    const out = segmentBlocks(text, [{ start: 0, end: text.length }]);
    expect(out).toHaveLength(800);
    expect(texts(text, out)).toEqual(units.flat());
  });

  it('cuts a huge block with no sentence breaks at all and loses nothing', () => {
    const text = 'word '.repeat(3000).trim();
    const out = segmentBlocks(text, [{ start: 0, end: text.length }]);
    expect(texts(text, out).join(' ')).toBe(text);
  });
});

describe('segmentBlocks on the seed reports', () => {
  const perBlock = (text: string): number[] => cleanText(text).blocks.map((b) => segmentBlocks(text, [b]).length);

  it.each<[string, string, number[]]>([
    ['000', S000, [1, 1, 5, 1, 1, 1, 2, 2, 4, 2]],
    ['002', S002, [1, 1, 5, 1, 3, 3, 3, 6, 3, 3, 3, 7, 1, 2, 2, 1, 5, 6, 5, 1, 1, 3, 7, 3, 3]],
    ['004', S004, [1, 2, 1, 3, 2, 1, 2, 2, 2, 2]],
  ])('%s: sentences per cleaned block', (_, text, counts) => {
    expect(perBlock(text)).toEqual(counts);
  });

  it('002: "U.S." never ends a sentence, and the ban sentence ends where it should', () => {
    const sentences = texts(S002, segmentBlocks(S002, cleanText(S002).blocks));
    expect(sentences.filter((s) => s.includes('U.S.'))).toEqual([
      'The White House said at the time that the U.S. would more strictly adhere to key criteria of the 1997 Ottawa Convention.',
      'However, all statements made by U.S. officials on this topic suggest that Washington has indeed authorized such strikes.',
    ]);
    expect(sentences).toContain('The first reports on the lifting of the ban appeared on November 18.');
    expect(sentences).toContain('- Moreover, such mining was used in areas where civilians lived and there were no units of the DPR and LPR people\'s militias.');
    expect(sentences).toContain('- We see - everything that Ukraine signed does not play any role.');
    expect(sentences.every((s) => s === s.trim() && s !== '')).toBe(true);
  });

  it('000: each sentence of a quotation stands alone, the closing mark staying with its attribution', () => {
    const sentences = texts(S000, segmentBlocks(S000, cleanText(S000).blocks));
    const quoteAt = (first: string): string[] => {
      const i = sentences.indexOf(first);
      expect(i).toBeGreaterThanOrEqual(0);
      return sentences.slice(i);
    };
    expect(quoteAt('"There was a system of checks and balances in the world, including a ban on the use of antipersonnel mines in modern warfare.').slice(0, 2)).toEqual([
      '"There was a system of checks and balances in the world, including a ban on the use of antipersonnel mines in modern warfare.',
      'The decision to provide such mines to Ukraine is another violation of the balance of power and an escalation," Muraveiko told reporters on the eve of a CSTO military and science conference.',
    ]);
    expect(quoteAt('"It is a known fact that the West-East confrontation has reached a heated phase.').slice(0, 4)).toEqual([
      '"It is a known fact that the West-East confrontation has reached a heated phase.',
      'In this context, the escalation of the Ukrainian conflict near the southern border of Belarus is a trigger.',
      'This is due to irresponsible political decisions, such as sending Ukrainian and foreign mercenaries to attack the Kursk Region, giving [Kiev] permission to fire long-range weapons at civilian infrastructure in Russia, and supplying the Kiev regime with antipersonnel mines.',
      'These factors cannot be ignored," he said.',
    ]);
  });

  it('004: a one-sentence quotation with a dash-led attribution is one sentence', () => {
    const sentences = texts(S004, segmentBlocks(S004, cleanText(S004).blocks));
    expect(sentences).toContain(
      '"When used in conjunction with other munitions that we already supply to Ukraine, they are expected to contribute to a more effective defense," - stated in the material of the publication.',
    );
  });
});

describe('abbreviationBefore = the end-anchored regex', () => {
  it.each([
    ['He lives in the U.S.', 'U.S'],
    ['Mr.', 'Mr'],
    ['(approx.', 'approx'],
    ['It ended.', 'ended'],
    ['a 5.', undefined],
    ['U.S..', undefined],
    ['x-ray.', undefined],
    ['Это г.', 'г'],
    ['𝐀𝐁.', '𝐀𝐁'],
  ])('%s → %s', (prev, expected) => {
    expect(abbreviationBefore(prev)).toBe(expected);
    expect(abbreviationBeforeReference(prev)).toBe(expected);
  });

  it('on random endings (fast-check)', () => {
    const alphabet = fc.constantFrom(...'aZé.ж ( ["“«\u00a0\u2009-,5\u0301'.split(''), '𝐀', '😀', '\ud835', '\udc00');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), fc.boolean(), (s, dot) => {
        const t = dot ? `${s}.` : s;
        expect(abbreviationBefore(t)).toBe(abbreviationBeforeReference(t));
      }),
      { seed: 16, numRuns: 5000 },
    );
  });
});

describe('joinsNextAt = joinsNext on the two slices', () => {
  it('on random sentence pairs (fast-check)', () => {
    const piece = fc.constantFrom(...'aZéßж?!."”»’\'“ (1'.split(''), 'U.S.', 'Mr.', 'etc.', 'Jan.', 'No.', 'Then', 'The', 'ǅ', '𝐚', '\u00a0', 'ⓐ');
    const sentence = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(sentence, sentence, fc.string({ maxLength: 2 }), (prev, next, gap) => {
        const text = prev + gap + next;
        const at = prev.length + gap.length;
        expect(joinsNextAt(text, 0, prev.length, at, text.length)).toBe(joinsNext(prev, next));
      }),
      { seed: 16, numRuns: 3000 },
    );
  });

  it('on words before the period, listed abbreviations or not, inside a longer text (fast-check)', () => {
    const listed = Object.values(ABBREVIATIONS).flat();
    const word = fc.oneof(fc.constantFrom(...listed), fc.constantFrom(...listed).map((w) => w.toUpperCase()), fc.constantFrom('said', 'week', 'officials', 'Gen', 'ST', 'approx', 'x', 'İst', 'Straße', 'e.g', 'a.b', 'A'));
    const lead = fc.constantFrom('', ' ', '(', '[', '"', '“', '«', '@', '_', '5', '.', 'é', '\u00a0', 'x-');
    const next = fc.constantFrom('5 men', 'Then he', 'the man', '"Yes"', 'And so', 'Mr. X', '', 'é');
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), lead, word, next, (pre, l, w, n) => {
        const prev = `${l}${w}.`;
        const text = `${pre}${prev} ${n}`;
        const start = pre.length;
        expect(joinsNextAt(text, start, start + prev.length, start + prev.length + 1, text.length)).toBe(joinsNext(prev, n));
      }),
      { seed: 16, numRuns: 5000 },
    );
  });
});

describe('scanSentences reproduces Intl.Segmenter', () => {
  /** [scan's spans or 'fallback', ICU's spans] of the whole of `t`. */
  const both = (t: string, lang = 'en'): [Span[] | 'fallback', Span[]] => {
    const a: Span[] = [];
    const b: Span[] = [];
    icuSentences(t, 0, t.length, lang, b);
    return [scanSentences(t, 0, t.length, a) ? a : 'fallback', b];
  };
  const same = (t: string, lang = 'en'): boolean => {
    const [a, b] = both(t, lang);
    return a === 'fallback' || JSON.stringify(a) === JSON.stringify(b);
  };

  it.each([
    ['Hello there. How are you?', [[0, 13], [13, 25]]],
    ['The U.S. Army said. It left', [[0, 9], [9, 20], [20, 27]]],
    ['He said "Stop." Then left.', [[0, 16], [16, 26]]],
    ['Costs rose 3.5 percent. etc. and more', [[0, 37]]], // SB8: a lowercase word follows
    ['Really? he asked', [[0, 8], [8, 16]]],
    ['Wait... ; no. - Yes', [[0, 19]]],
  ])('%j', (t, expected) => {
    const [a, b] = both(t);
    expect(a).toEqual(expected.map(([start, end]) => ({ start, end })));
    expect(b).toEqual(a);
  });

  it('falls back on a code unit outside its table (line break, no-break space, marks, Greek, CJK)', () => {
    for (const t of ['a.\nB', 'a.\u00a0B', 'e\u0301. B', 'Γεια. Σου', '你好。世界', 'a\u00adb. C']) expect(both(t)[0]).toBe('fallback');
  });

  it('on every dev sentence and on the dev reports joined (en)', () => {
    let scanned = 0;
    for (const c of devCases())
      for (const r of c.reports) {
        for (const t of [r.sentences.join(' '), ...r.sentences]) {
          const [a, b] = both(t);
          if (a === 'fallback') continue;
          scanned++;
          expect(a).toEqual(b);
        }
      }
    expect(scanned).toBeGreaterThan(1000);
  });

  // Every class of the table, and the shapes its rules look at (period + space + letter).
  const table: string[] = [];
  for (let c = 0; c < 0x2100; c++) {
    const ch = String.fromCharCode(c);
    if (c < 0xd800 && scanSentences(ch, 0, 1, [])) table.push(ch);
  }
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('a', 'B', ' ', '.', '. ', '."', ' a', 'A', '1', '?', '!', ')', ' ж', 'Ж') },
    { weight: 2, arbitrary: fc.constantFrom(...table) },
  );
  const text = fc.array(piece, { maxLength: 30 }).map((x) => x.join(''));

  it.each([...SCAN_LOCALES])('on random texts over its table (fast-check, %s)', (lang) => {
    expect(table.length).toBeGreaterThan(700);
    fc.assert(fc.property(text, (t) => same(t, lang)), { numRuns: 20000 });
  });

  /** The scan's per-segment flags (segment index → 0/1), or 'fallback'. */
  const flagsOf = (t: string): number[] | 'fallback' => {
    const spans: Span[] = [{ start: -1, end: -1 }];
    const flags = { values: new Uint8Array(0) };
    // One segment already in the list: flags are by index in it.
    if (!scanSentences(t, 0, t.length, spans, flags)) return 'fallback';
    return spans.slice(1).map((_, k) => flags.values[k + 1]!);
  };
  /** What repairInto's own loop gave: whether each segment holds a dash or "…". */
  const expectedFlags = (t: string): number[] => {
    const spans: Span[] = [];
    scanSentences(t, 0, t.length, spans);
    return spans.map((s) => (mayRepair(t, s.start, s.end) ? 1 : 0));
  };

  it.each([
    ['He said. - Yes. Fine', [1, 0]],
    ['Wait… Then. No-one came. Ok', [1, 1, 0]],
    ['A — b. C – d. E', [1, 1, 0]],
    ['No dash here. None. ', [0, 0]],
    ['-', [1]],
  ])('flags the segments holding a dash or "…": %j', (t, expected) => {
    expect(flagsOf(t)).toEqual(expected);
    expect(expectedFlags(t)).toEqual(expected);
  });

  it('flags a segment exactly when it holds a dash or "…" (fast-check)', () => {
    const withDashes = fc.array(fc.oneof(piece, fc.constantFrom('-', '–', '—', '…', '. - ', '… ', '.-', '-.')), { maxLength: 30 }).map((x) => x.join(''));
    fc.assert(
      fc.property(withDashes, (t) => {
        const a = flagsOf(t);
        return a === 'fallback' || JSON.stringify(a) === JSON.stringify(expectedFlags(t));
      }),
      { numRuns: 20000 },
    );
  });
});
