import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedText } from '../testing/seeds';
import { cleanText } from './clean';
import { byRarity, dedupeSentences, dedupeTokens, dedupeTokensReference, leadLength, numbersKey, stripLead } from './dedupe';
import { segmentBlocks, segmentText } from './segment';
import type { Span } from '../types';
import { DEFAULT_PROFILE } from '../language/bundled';

const seed = seedText;

const S000 = seed('000_42a55fb392331f7b.txt');
const S002 = seed('002_2d7704910319a56b.txt');
const S004 = seed('004_15bf4a00f4862e15.txt');

const texts = (text: string, spans: Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

/** One sentence per line; returns kept texts and [reason, removed text, kept text] rows. */
function run(lines: string[]) {
  const text = lines.join('\n');
  const { kept, removed } = dedupeSentences(text, segmentText(text));
  return {
    kept: texts(text, kept),
    removed: removed.map((r) => [r.reason, r.text, text.slice(r.keptAt!.start, r.keptAt!.end)]),
  };
}

describe('dedupeSentences', () => {
  it('removes an exact copy and keeps the LATER one', () => {
    const a = 'The Pentagon approved the transfer of anti-personnel mines to Ukraine.';
    const b = 'Kiev promised not to use them in populated areas.';
    const { kept, removed } = run([a, b, a]);
    expect(kept).toEqual([b, a]);
    expect(removed).toEqual([['duplicate', a, a]]);
  });

  it('points every earlier copy at the last one', () => {
    const a = 'Three copies of one sentence appear here.';
    const text = [a, a, 'Other.', a].join('\n');
    const { kept, removed } = dedupeSentences(text, segmentText(text));
    expect(texts(text, kept)).toEqual(['Other.', a]);
    const last = text.lastIndexOf(a);
    expect(removed.map((r) => [r.start, r.keptAt, r.detail])).toEqual([
      [0, { start: last, end: last + a.length }, 'repeats a later sentence'],
      [a.length + 1, { start: last, end: last + a.length }, 'repeats a later sentence'],
    ]);
  });

  it.each<[string, string]>([
    ['THE U.S. approved the MINES transfer', 'The U.S. approved the mines transfer.'],
    ['“We see everything” – he said firmly.', '"We see everything" - he said firmly'],
    ['- The law is unwritten: the US has authorized Kiev to use mines', 'The law is unwritten: the US has authorized Kiev to use mines'],
    ['The decision will undermine the balance, the minister said on Wednesday.', 'MINSK (Sputnik) - The decision will undermine the balance, the minister said on Wednesday'],
    ['Officials   said   it  twice.', 'Officials said it twice.'],
  ])('treats %j as an exact copy of %j', (earlier, later) => {
    const { kept, removed } = run([earlier, later]);
    expect(kept).toEqual([later]);
    expect(removed).toEqual([['duplicate', earlier, later]]);
  });

  it('removes a teaser that repeats the body sentence with an extra clause', () => {
    const teaser =
      '- The decision to supply antipersonnel mines to Ukraine will undermine the global balance of power, prompting the CSTO to act, Belarusian minister Pavel Muraveiko said.';
    const body = 'MINSK (Sputnik) - The decision to supply antipersonnel mines to Ukraine will undermine the global balance of power, Belarusian minister Pavel Muraveiko said.';
    const { kept, removed } = run([teaser, 'Something else entirely happened in Minsk today.', body]);
    expect(kept).toEqual(['Something else entirely happened in Minsk today.', body]);
    expect(removed).toEqual([['near-duplicate', teaser, body]]);
  });

  it.each<[string, string, string]>([
    [
      'the same opening, a different fact (002)',
      'US President Joe Biden has authorized the transfer of anti-personnel mines to Kiev, although he had previously opposed their use.',
      'Outgoing US President Joe Biden has authorized the transfer of anti-personnel mines to Kiev, but the timing of their delivery is still unknown.',
    ],
    [
      'a headline inside a longer sentence',
      'US to transfer anti-personnel mines to Ukraine',
      'Outgoing US President Joe Biden has authorized the transfer of anti-personnel mines to Ukraine, but the timing of their delivery is still unknown.',
    ],
    [
      'different figures',
      'The Pentagon will send 32 artillery pieces and 200 armored vehicles to Ukraine next month.',
      'The Pentagon will send 40 artillery pieces and 200 armored vehicles to Ukraine next month.',
    ],
    ['a negation on one side', 'Moscow and Washington joined the Ottawa treaty banning anti-personnel mines.', 'Moscow and Washington did not join the Ottawa treaty banning anti-personnel mines.'],
    ['too few content words to judge', 'Kiev signed the treaty in 1999.', 'Kiev signed the treaty in 1999 and ratified it.'],
  ])('keeps both sentences: %s', (_, a, b) => {
    const { kept, removed } = run([a, b]);
    expect(removed).toEqual([]);
    expect(kept).toEqual([a, b]);
  });

  it('keeps repeated very short sentences (genuine repeated speech)', () => {
    expect(run(['No.', 'He asked again.', 'No.']).removed).toEqual([]);
  });

  it('handles no sentences', () => {
    expect(dedupeSentences('', [])).toEqual({ kept: [], removed: [] });
  });

  it('finds copies among 1,200 distinct sentences without comparing every pair', () => {
    const words = (i: number) => `Report ${i} mentions alpha${i} beta${i % 97} gamma${i % 89} delta${i % 83} epsilon${i % 79} zeta${i % 73} today.`;
    const lines = Array.from({ length: 1200 }, (_, i) => words(i));
    // A teaser at the top repeating three body sentences, one with an extra word.
    const teaser = [words(1000), words(500).replace('today.', 'officially today.'), words(7)];
    const { kept, removed } = run([...teaser, ...lines]);
    expect(kept).toEqual(lines);
    expect(removed.map((r) => [r[0], r[2]])).toEqual([
      ['duplicate', words(1000)],
      ['near-duplicate', words(500)],
      ['duplicate', words(7)],
    ]);
  });
});

describe('dedupeSentences on the seed reports', () => {
  const pipeline = (text: string) => dedupeSentences(text, segmentBlocks(text, cleanText(text).blocks));

  it('000: the repeated headline, teaser and lead paragraph are removed once, the body copies kept', () => {
    const { kept, removed } = pipeline(S000);
    expect(removed.map((r) => [r.reason, r.text.slice(0, 40), S000.slice(r.keptAt!.start, r.keptAt!.start + 40)])).toEqual([
      ['duplicate', 'Belarus Blasts US Move to Send Antiperso', 'Belarus Blasts US Move to Send Antiperso'],
      ['near-duplicate', '- The decision of the outgoing US admini', 'MINSK (Sputnik) - The decision of the ou'],
      ['duplicate', 'This move will prompt the Collective Sec', 'This move will prompt the Collective Sec'],
      ['duplicate', 'The general warned that there was no gua', 'The general warned that there was no gua'],
      ['duplicate', 'These factors have a significant impact ', 'These factors have a significant impact '],
      ['duplicate', 'The New York Times reported on Sunday, c', 'The New York Times reported on Sunday, c'],
      ['duplicate', 'Kremlin spokesman Dmitry Peskov describe', 'Kremlin spokesman Dmitry Peskov describe'],
    ]);
    // Every removed copy lies before the copy kept for it, and that copy is kept.
    for (const r of removed) {
      expect(r.start).toBeLessThan(r.keptAt!.start);
      expect(kept).toContainEqual(r.keptAt);
    }
    const keptTexts = texts(S000, kept);
    expect(keptTexts.filter((s) => s.startsWith('The New York Times reported on Sunday'))).toHaveLength(1);
    expect(keptTexts.filter((s) => s.startsWith('MINSK (Sputnik) - The decision'))).toHaveLength(1);
    expect(keptTexts.filter((s) => s.startsWith('This move will prompt'))).toHaveLength(1);
    expect(keptTexts.filter((s) => s === 'Belarus Blasts US Move to Send Antipersonnel Mines to Ukraine')).toHaveLength(1);
  });

  it('002: the headline is kept once (the later, undashed copy) and the dash-led quotes all stay', () => {
    const { kept, removed } = pipeline(S002);
    expect(removed.map((r) => [r.reason, r.text])).toEqual([
      ['duplicate', '- The law is unwritten: the United States has authorized Kiev to use anti-personnel mines'],
    ]);
    const keptTexts = texts(S002, kept);
    expect(keptTexts.filter((s) => s.includes('The law is unwritten'))).toEqual([
      'The law is unwritten: the United States has authorized Kiev to use anti-personnel mines',
    ]);
    expect(keptTexts.filter((s) => s.startsWith('- ')).map((s) => s.slice(0, 20))).toEqual([
      '- Their timeline for',
      '- "The AFU not only ',
      '- Moreover, such min',
      '- We see - everythin',
      '- It is quite possib',
      '- "No negotiations o',
      '- One must look for ',
    ]);
  });

  it('004: nothing is repeated', () => {
    expect(pipeline(S004).removed).toEqual([]);
  });
});

describe('clean → segment → dedupe on the seeds', () => {
  it.each<[string, string, number, number, number]>([
    // [seed, text, kept sentences, removed by cleaning, removed by dedupe]
    ['000', S000, 13, 4, 7],
    ['002', S002, 78, 2, 1],
    ['004', S004, 18, 1, 0],
  ])('%s keeps %i sentences', (_, text, keptCount, cleaned, deduped) => {
    const clean = cleanText(text);
    const { kept, removed } = dedupeSentences(text, segmentBlocks(text, clean.blocks));
    expect([kept.length, clean.removed.length, removed.length]).toEqual([keptCount, cleaned, deduped]);
    const keptTexts = texts(text, kept);
    for (const s of keptTexts) {
      expect(s).not.toMatch(/^\d{1,2}:\d{2} GMT|Updated:|Переведено|^- (World|Статьи)$|^Disposing of a mine|^Military$|^date /);
    }
    // Nothing kept overlaps anything removed.
    for (const r of [...clean.removed, ...removed]) {
      expect(kept.some((k) => k.start < r.end && r.start < k.end)).toBe(false);
    }
  });

  it('keeps the CSTO and Ottawa Treaty sentences, and both sentences of the CSTO quotation', () => {
    const all = [S000, S002, S004].flatMap((t) => texts(t, dedupeSentences(t, segmentBlocks(t, cleanText(t).blocks)).kept));
    expect(all.filter((s) => s.startsWith('"There was a system of checks and balances'))).toEqual([
      '"There was a system of checks and balances in the world, including a ban on the use of antipersonnel mines in modern warfare.',
    ]);
    expect(all.filter((s) => s.endsWith('on the eve of a CSTO military and science conference.'))).toEqual([
      'The decision to provide such mines to Ukraine is another violation of the balance of power and an escalation," Muraveiko told reporters on the eve of a CSTO military and science conference.',
    ]);
    expect(all.filter((s) => s.startsWith('This move will prompt the Collective Security Treaty Organization (CSTO)'))).toHaveLength(1);
    expect(all.filter((s) => s.startsWith('The Ottawa Treaty, or'))).toEqual([
      'The Ottawa Treaty, or, as it is also called, the Convention on the Prohibition of Anti-Personnel Mines, does not allow the accumulation and use of this type of ammunition.',
      'The Ottawa Treaty, or the Convention on the Prohibition of Anti-Personnel Mines, signed on December 3, 1997, prohibits the use, stockpiling, as well as the production and transfer of anti-personnel mines.',
    ]);
  });
});

describe('dedupeTokens = NFKC + split on non-letters (dedupeTokensReference)', () => {
  it('on every code unit of its table and beyond, beside letters', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [`a${ch}b`, `${ch}`, `1${ch}`, `ﬁ${ch}`, `e${ch}\u0301`]) {
        if (JSON.stringify(dedupeTokens(t)) !== JSON.stringify(dedupeTokensReference(t))) bad.push(JSON.stringify(t));
      }
    }
    expect(bad).toEqual([]);
  });

  it('on random strings (fast-check)', () => {
    const alphabet = fc.constantFrom(...'aZéжΩ1 9.,;:\'’-–—_\u0301\u00ad\u00a0²½ﬁＡ·日"«»()\n😀'.split(''), 'e\u0301', 'Å', 'ǅ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (t) => {
        expect(dedupeTokens(t)).toEqual(dedupeTokensReference(t));
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});

describe('byRarity = a stable sort by document frequency', () => {
  it('on random word lists (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { maxLength: 30 }), fc.array(fc.nat(5), { minLength: 10, maxLength: 10 }), (words, freq) => {
        const df = Int32Array.from(freq);
        expect(byRarity(words, df)).toEqual([...words].sort((x, y) => df[x]! - df[y]!));
      }),
      { seed: 16, numRuns: 1000 },
    );
  });

  it('reads the range it is given of a pool (Int32Array)', () => {
    const df = Int32Array.from([5, 1, 3, 1, 0]);
    expect(byRarity(Int32Array.from([4, 0, 2, 1, 3, 0]), df, 1, 5)).toEqual([1, 3, 2, 0]);
    expect(byRarity(Int32Array.from([4, 0]), df, 1, 1)).toEqual([]);
  });

  it('an upper-case Greek copy is an exact copy (token-by-token lowercasing, final sigma)', () => {
    const a = 'Ο ΔΡΟΜΟΣ ΤΗΣ ΑΘΗΝΑΣ ΚΛΕΙΣΕ ΣΗΜΕΡΑ.';
    const c = a.toLowerCase().replace('.', '');
    const text = `${a}\n${c}`;
    const { removed } = dedupeSentences(text, [{ start: 0, end: a.length }, { start: a.length + 1, end: text.length }]);
    expect(removed.map((r) => r.reason)).toEqual(['duplicate']);
  });
});

describe('leadLength = what stripLead takes off the sentence', () => {
  it.each<[string, number]>([
    ['The minister said.', 0],
    ['- The law is unwritten', 2],
    ['— Moreover, he said', 2],
    ['MINSK (Sputnik) - The decision', 18],
    ['KYIV, Nov 20 (Reuters) — Ukraine', 25],
    ['(AP) — Officials', 7],
    ['US officials said', 0],
    ['A', 0],
    ['-', 0],
  ])('leadLength(%j) = %i', (s, n) => {
    expect(leadLength(s, 0, s.length)).toBe(n);
    expect(s.length - stripLead(s).length).toBe(n);
  });

  it('agrees with stripLead on random sentences, in place in a longer text', () => {
    const alphabet = fc.constantFrom(...'aZMKIÉЖЁ1 .,-–—•()\'\u00a0\n'.split(''), ' - ', 'MINSK', '(Reuters)', 'Nov 20');
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')), fc.string({ maxLength: 3 }), (before, s, after) => {
        const text = before + s + after;
        expect(leadLength(text, before.length, before.length + s.length)).toBe(s.length - stripLead(s).length);
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});

describe('dedupeSentences while its token memo grows (thousands of distinct words in one call)', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => `Tok${i}a tok${i}b Word${i}c number ${i} here.`);
  lines[20] = 'Striking miners blocked the northern railway near Kestrel junction overnight.';
  lines[2990] = lines[10]!;
  lines[2995] = 'Striking miners again blocked the northern railway near Kestrel junction overnight.';
  const text = lines.join('\n');
  const spans = segmentText(text);
  const summary = (profile = DEFAULT_PROFILE) => {
    const { kept, removed } = dedupeSentences(text, spans, profile);
    return { kept: kept.length, removed: removed.map((r) => [r.reason, r.text]) };
  };

  it('removes the copies, the same with a fresh memo (a new profile object) and a warm one', () => {
    expect(spans).toHaveLength(3000);
    const want = {
      kept: 2998,
      removed: [
        ['duplicate', 'Tok10a tok10b Word10c number 10 here.'],
        ['near-duplicate', 'Striking miners blocked the northern railway near Kestrel junction overnight.'],
      ],
    };
    expect(summary({ ...DEFAULT_PROFILE })).toEqual(want);
    expect(summary()).toEqual(want);
    expect(summary()).toEqual(want);
  });
});

describe('numbersKey', () => {
  const reference = (numbers: string[] | undefined) => (numbers ? [...new Set(numbers)].sort().join(' ') : '');
  it.each([[undefined], [['5']], [['50', '5']], [['5', '5']], [['9', '10']], [['10', '9']], [['2024', '10', '2024', '3']]])('%j as the Set, sort and join give it', (numbers) => {
    expect(numbersKey(numbers)).toBe(reference(numbers));
  });
  it('= the Set, sort and join on any list (fast-check)', () => {
    fc.assert(fc.property(fc.option(fc.array(fc.constantFrom('1', '5', '50', '2024', '1,5', '155mm'), { minLength: 1, maxLength: 5 }), { nil: undefined }), (numbers) => numbersKey(numbers) === reference(numbers)));
  });
});
