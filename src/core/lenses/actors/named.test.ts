import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../language/bundled';
import { lensSeed } from '../../testing/lensSeed';
import type { Span } from '../../types';
import { detectVoices } from '../voices/detect';
import fc from 'fast-check';
import { firstWord, institutionWordTest, mentionLabel, mentionLabelReference, namedActors, scanRegex, scanSpecs, titleRunOf } from './named';

/** Sentences as spans of `text`, split after . ! ? */
function spans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// The word-indexed scan replaces one alternation of every pattern (slow with many names): it must find the same mentions.
describe('namedActors: the word-indexed scan equals the single expression', () => {
  const same = (text: string, sentences: Span[]) => {
    const voices = detectVoices(text, sentences, DEFAULT_PROFILE);
    const fast = namedActors(text, sentences, DEFAULT_PROFILE, voices, [], scanSpecs);
    const slow = namedActors(text, sentences, DEFAULT_PROFILE, voices, [], scanRegex);
    expect(fast.mentions).toEqual(slow.mentions);
    expect([...fast.names]).toEqual([...slow.names]);
    return fast;
  };

  it('on the seed reports', () => {
    for (const r of lensSeed()) same(r.text, r.sentences);
  });

  it('with titles, a title plus one character, surnames, "the senator" and acronyms', () => {
    const text = [
      'President Thomas Hale met Sen. Rosa Delgado and Majority Leader Dana Whitfield in Washington.',
      'Hale said the senator would vote; Presidents Hale and Senx Delgado, Former President Hale, Gov Hale.',
      'The American Civil Liberties Union (ACLU) sued; the ACLU and the Congressional Budget Office (CBO) said so.',
      '"We will not," Delgado said. State Department officials and the Department of Homeland Security agreed.',
      'pro-Hale groups, Haleville and HaleX were not mentions; the CBO, FBI and NATO were.',
      'Former Deputy Prime Minister Dana Whitfield spoke; Sen.\tRosa Delgado and Dr.  Hale, Sen.-Hale and State Hale did not.',
      'General Motors, First Lady Delgado, Head Coach Hale; Gen. Whitfield; Senators Delgado.',
    ].join(' ');
    const r = same(text, spans(text));
    expect(r.mentions.length).toBeGreaterThan(8);
  });
});

// The titled patterns are read by hand (no expression per report): the backtracking order of `(?:titleRun)?Name`
// (more titles first, `.?` taking a character before none) must give the same pattern and the same end.
describe('scanSpecs equals scanRegex on titled patterns', () => {
  const titleWords = ['President', 'Senator', 'Sen', 'Gen', 'General', 'Dr', 'Rep'];
  const run = titleRunOf(titleWords);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Names made of title words ("Dr Sen") are where the order of the positions decides the end.
  const names = ['Hale', 'Thomas Hale', 'Rosa Delgado', 'Delgado', 'General Hale', 'Sen Hale', 'Hale-Smith', 'Dr Sen', 'Sen Sen'];
  const specsOf = (picked: string[]) => {
    const specs: { re: string; lead?: string[]; literal?: string; titled?: boolean; after?: string }[] = [];
    for (const n of picked) {
      specs.push({ re: `(?:${run})?${esc(n)}`, lead: [n], titled: true, after: n });
      specs.push({ re: `${run}${esc(n.split(' ').pop()!)}`, titled: true, after: n.split(' ').pop()! });
      specs.push({ re: esc(n), lead: [n], literal: n });
    }
    specs.push({ re: '[Tt]he\\s+senator', lead: ['The', 'the'] });
    return specs.sort((a, b) => b.re.length - a.re.length);
  };
  // Words joined mostly by one space, so runs of titles before names are common.
  const word = fc.constantFrom(...titleWords, 'Sens', 'Sen.', 'Sen,', 'Gen.-', 'Hale', 'Thomas', 'Rosa', 'Delgado', 'Haleville', 'the', 'The', 'senator', 'senators', 'senator9', 'Theo', 'x', '𝒳', 'Rep\u2028');
  const gap = fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '. ', ', ', '-', '');
  const piece = fc.tuple(word, gap).map(([w, g]) => w + g);

  it('a table of cases', () => {
    const specs = specsOf(names);
    for (const text of [
      'President Sen. Gen Hale met Sen.\tRosa Delgado', 'Sens  Hale, Sen.-Hale, Dr. General Hale', 'General Hale and President General Hale',
      'Sen Sen Sen Sen Hale', 'Dr Sen Sen Sen, Sen. Sen Sen', 'Rep\u2028 Hale, Gen𝒳 Hale', 'the senator and The  senator', 'Sen. Hale-Smith and Hale-Smithson',
    ]) expect(scanSpecs(text, specs, titleWords)).toEqual(scanRegex(text, specs));
  });

  it('on random texts of titles, names and separators', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.subarray(names, { minLength: 1 }), (parts, picked) => {
        const text = parts.join('');
        const specs = specsOf(picked);
        expect(scanSpecs(text, specs, titleWords)).toEqual(scanRegex(text, specs));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('institution words: the set and the rest equal the one expression', () => {
  it('on the profile’s words, their cases and near misses', () => {
    const p = DEFAULT_PROFILE;
    const words = [...p.institutions.common, ...p.institutions.speakerOnly, ...p.institutions.organizationOnly];
    const re = new RegExp(`^(?:${words.join('|') || '(?!)'})$`, 'u');
    const test = institutionWordTest(p);
    const probes = [...words, ...words.map((w) => w.toLowerCase()), ...words.map((w) => `${w}s`), 'Organization', 'Organisation', 'White', 'House', '', 'Senate'];
    for (const w of probes) expect([w, test(w)]).toEqual([w, re.test(w)]);
  });
});

describe('mentionLabel', () => {
  it('is the replaces and the test it stands for', () => {
    const table: [string, string][] = [
      ['Senator Hale', 'Senator Hale'], ['the senator', 'the senator'], ['The Senator', 'the senator'], ['THE  senator', 'the senator'],
      ['Sen.\nHale', 'Sen. Hale'], ['Ellison', 'Ellison'], ['the\u00a0president', 'the president'], ['Tom  Hale', 'Tom Hale'], ['Hale ', 'Hale '],
    ];
    for (const [t, want] of table) expect([t, mentionLabel(t, 0, t.length)]).toEqual([t, want]);
    const unit = fc.constantFrom('t', 'T', 'h', 'H', 'e', 'E', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', 'ſ', 'K', 'x', '.', 'É', 'the ', 'The ');
    fc.assert(fc.property(fc.array(unit, { maxLength: 8 }).map((xs) => xs.join('')), fc.nat(), fc.nat(), (t, a, b) => {
      const start = a % (t.length + 1);
      const end = start + (b % (t.length - start + 1));
      expect(mentionLabel(t, start, end)).toBe(mentionLabelReference(t, start, end));
    }), { numRuns: 3000 });
  });
});

describe('titleRunOf escapes its words as the regex escape does', () => {
  it('on a table (names with and without syntax characters)', () => {
    const words = ['Sen', 'Sen.', 'a+b', '(x)', 'C$[1]', 'back\\slash', 'Émile', ''];
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    expect(titleRunOf(words)).toBe(`(?:(?:${escaped.join('|')})\.?[ \t]+){1,3}`);
    expect(titleRunOf(['Sen.', 'Gov'])).toBe('(?:(?:Sen\\.|Gov).?[ \t]+){1,3}');
  });
});

// namedActors keeps what it read of each run's text in the profile's memo, from report to report, and reads text
// without surrogates by positions (sentenceRuns), text with them by the expressions: neither may change a result.
describe('namedActors: the memo and the two readings change nothing', () => {
  const TEXT = [
    'President Thomas Hale met Sen. Rosa Delgado and Majority Leader Dana Whitfield in Washington.',
    'The American Civil Liberties Union (ACLU) sued; the ACLU and the Congressional Budget Office (CBO) said so.',
    'State Department officials and the Department of Homeland Security agreed, Hale said. The senator did not.',
    'Gov. Ana Ruiz and the World Health Organization (WHO) met the United Nations; Ruiz said the WHO would help.',
  ];
  const run = (text: string, profile = DEFAULT_PROFILE) => {
    const sentences = spans(text);
    const r = namedActors(text, sentences, profile, detectVoices(text, sentences, DEFAULT_PROFILE));
    return { mentions: r.mentions, names: [...r.names] };
  };

  it('a fresh memo and one warmed by other reports give the same result', () => {
    const texts = [...lensSeed().map((r) => r.text), TEXT.join(' '), TEXT.slice(2).join(' '), TEXT.slice().reverse().join(' ')];
    // A copy of the profile has memos of its own, empty.
    const fresh = texts.map((t) => run(t, { ...DEFAULT_PROFILE }));
    for (let round = 0; round < 2; round++) texts.forEach((t, k) => expect(run(t)).toEqual(fresh[k]));
  });

  it('on random texts of names, titles and bodies, warmed in any order', () => {
    const sentence = fc.array(fc.constantFrom(...TEXT.flatMap((t) => t.split(/(?<=[.;,]) /))), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (texts) => {
        const fresh = texts.map((t) => run(t, { ...DEFAULT_PROFILE }));
        texts.forEach((t, k) => expect(run(t)).toEqual(fresh[k]));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('text with surrogates (read by the expressions) finds what the same text without them finds', () => {
    const text = TEXT.join(' ');
    const plain = run(`${text} Xx.`);
    const astral = run(`${text} 𝒳.`);
    expect(astral).toEqual(plain);
    // As the per-sentence reading found them (the same on main before sentenceRuns; "Sen." ends a sentence of `spans`).
    expect(plain.names).toEqual([
      ['person:hale', 'Thomas Hale (President)'], ['person:whitfield', 'Dana Whitfield (Majority Leader)'], ['person:ruiz', 'Ana Ruiz (Gov.)'],
      ['org:aclu', 'American Civil Liberties Union'], ['org:cbo', 'Congressional Budget Office'], ['org:dhs', 'Department of Homeland Security'],
      ['org:who', 'World Health Organization'],
    ]);
    expect(plain.mentions.length).toBe(13);
  });
});

describe('firstWord', () => {
  it('is the expression it stands for', () => {
    const re = /^[\p{L}\p{N}]+/u;
    for (const w of ['Hale', 'Hale-Smith', "O'Brien", 'Émile Zola', '9th', '', '-x', 'Жуков', '東京都', '𝒳yz', 'a𝒳', 'x\u0301', '½x', '١٢٣']) {
      expect([w, firstWord(w)]).toEqual([w, re.exec(w)?.[0]]);
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (w) => {
      expect(firstWord(w)).toBe(re.exec(w)?.[0]);
    }), { numRuns: 2000 });
  });
});
