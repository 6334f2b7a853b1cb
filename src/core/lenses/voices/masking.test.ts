/**
 * detectVoices masks a report's quotations and party tags in one join, reading the tags from the text itself
 * (tagsOutside) where that gives the tags of the text with its quotations masked; it held the two-pass masking
 * below (mask the quotations, find the tags there, blank them) before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, maskingForTests as M, partyTags } from './detect';

function twoPass(text: string): { masked: string; tags: ReturnType<typeof partyTags> } {
  const quotes = findQuotes(text);
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotes) {
    parts.push(text.slice(pos, q.start), '"'.repeat(q.end - q.start));
    pos = q.end;
  }
  parts.push(text.slice(pos));
  let masked = parts.join('');
  const tags = partyTags(masked);
  const out: string[] = [];
  let at = 0;
  for (const t of tags) {
    out.push(masked.slice(at, t.start), ' '.repeat(t.end - t.start));
    at = t.end;
  }
  out.push(masked.slice(at));
  masked = out.join('');
  return { masked, tags };
}

function onePass(text: string): { masked: string; tags: ReturnType<typeof partyTags> } {
  const quotes = findQuotes(text);
  const tags = M.tagsOutside(partyTags(text), quotes) ?? partyTags(M.maskedText(text, quotes, []));
  return { masked: M.maskedText(text, quotes, tags), tags };
}

const PIECES = [
  '"We will act," ', '“It passed,” ', '«Non», ', '"', '“', '”', '«', '»', 'said', 'Sen. Jane Doe', ' (R-Ariz.)', ', R-Ariz.,', '(D-N.M.)', ', I-Vt.', 'R-', 'D-Tex',
  '- ', '— ', '– ', '\n', '\n- ', '\n— "', ' ', '  ', ', ', '. ', '(', ')', ',', 'he noted. - Moreover', '," he said. — ', 'x', 'Ab',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: fc.constantFrom('R', 'D', '-', '(', ')', ',', ' ', '"', '“', '”', '\n', 'A', 'z', '.'), maxLength: 6 })), { maxLength: 24 }).map((xs) => xs.join(''));

describe('detectVoices masking: one join equals the two-pass masking', () => {
  it('on a table of quotations and tags at their edges', () => {
    const table = [
      'Sen. Jane Doe, R-Ariz., said "we (R-Ariz.) will," and left.',
      '"Inside (D-N.M.) the quote" (D-N.M.) said Kim',
      '- "We will act   \n(R-Ariz.) said Doe',
      '— Moreover, (I-Vt.) he said," he noted. - Next (R-Tex.) thing, she said. ',
      '“Open quote never closed (R-Ariz.)\nRep. Ann Kim (D-N.M.) and Sen. Bo Lee, R-Tex.',
      'a, R-Ariz,D-N.M. "(I-Vt.)"',
      '',
    ];
    for (const t of table) expect([t, onePass(t)]).toEqual([t, twoPass(t)]);
  });
  it('on random texts', () => {
    fc.assert(fc.property(textArb, (t) => {
      expect([t, onePass(t)]).toEqual([t, twoPass(t)]);
    }), { numRuns: 3000 });
  });
});

describe('maskedText blanks of every length (slices of the ready blanks up to 4,096 units, a repeat past them)', () => {
  it('a table', () => {
    const { maskedText } = M;
    for (const n of [0, 1, 13, 4095, 4096, 4097, 9000]) {
      const text = `Hale said "${'a b'.repeat(Math.ceil(n / 3)).slice(0, n)}" and (R-Ariz.) left`;
      const q = { start: 11, end: 11 + n };
      const t = { start: text.length - 15, end: text.length - 5 };
      expect(maskedText(text, [q], [t])).toBe(`Hale said "${'"'.repeat(n)}" and${' '.repeat(10)} left`);
    }
  });
});

describe('trimSpan (the S class per unit) equals its expression (`/\\s/.test` per unit)', () => {
  it('on every code unit, alone and between letters', () => {
    const { trimSpan, trimSpanReference } = M;
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const text of [u, `a${u}`, `${u}a`, `${u}${u}`]) {
        const span = { start: 0, end: text.length };
        expect(trimSpan(text, span)).toEqual(trimSpanReference(text, span));
      }
    }
  });
  it('on random text and spans (white space of every kind, surrogates)', () => {
    const { trimSpan, trimSpanReference } = M;
    const unit = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u3000', '\ufeff', '\u0085', '\u200b', '\u180e', 'a', 'Ж', '\ud835', '\udc00', '"');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), fc.nat(16), fc.nat(16), (text, x, y) => {
        const span = { start: Math.min(x, y, text.length), end: Math.min(Math.max(x, y), text.length) };
        expect(trimSpan(text, span)).toEqual(trimSpanReference(text, span));
      }),
      { numRuns: 3000 },
    );
  });
});
