import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { commonInOld, diffClaim } from './worddiff';

function member(report: number, text: string) {
  const span = { start: 0, end: text.length };
  return { report, sentence: 0, span, tokens: tokenize(text, span), text };
}

/** Render a member's diff: [common], {differing}, neutral as is. */
function render(text: string, tokens: { start: number; end: number; kind: string }[]): string {
  return tokens
    .map((t) => {
      const s = text.slice(t.start, t.end);
      return t.kind === 'common' ? `[${s}]` : t.kind === 'differing' ? `{${s}}` : s;
    })
    .join('');
}

describe('diffClaim', () => {
  it('marks shared content words common and each outlet’s own wording differing', () => {
    const a = member(0, 'The Kiev regime received antipersonnel mines.');
    const b = member(1, 'The Ukrainian government received anti-personnel mines.');
    const [da, db] = diffClaim([a, b]);
    expect(render(a.text, da!.tokens)).toBe('The [Kiev] {regime} [received] [antipersonnel] [mines].');
    expect(render(b.text, db!.tokens)).toBe('The [Ukrainian] {government} [received] [anti-personnel] [mines].');
  });

  it('never calls function words or punctuation common', () => {
    const a = member(0, 'It is in the of the, to.');
    const b = member(1, 'It is in the of the, to.');
    const [da] = diffClaim([a, b]);
    expect(da!.tokens.every((t) => t.kind === 'neutral')).toBe(true);
  });

  it('tiles the whole sentence with no gaps or overlaps', () => {
    const a = member(0, '"Mines," he said — in 2022.');
    const b = member(1, 'Mines in 2023.');
    for (const d of diffClaim([a, b])) {
      let pos = 0;
      for (const t of d.tokens) {
        expect(t.start).toBe(pos);
        pos = t.end;
      }
      expect(pos).toBe(d.report === 0 ? a.text.length : b.text.length);
    }
  });

  it('reads two sentences of one report as one text', () => {
    const a = { ...member(0, 'Biden approved mines.'), sentence: 0 };
    const a2 = { ...member(0, 'Kyiv will use them.'), sentence: 1 };
    const b = member(1, 'Biden approved mines that Kyiv will use.');
    const diffs = diffClaim([a, a2, b]);
    expect(render(a2.text, diffs[1]!.tokens)).toBe('[Kyiv] will [use] them.');
  });
});

describe('commonInOld: the port of jsdiff diffArrays', () => {
  const viaJsdiff = (a: number[], b: number[]) => {
    const out: number[] = [];
    let i = 0;
    for (const change of diffArrays(a, b)) {
      if (change.added) continue;
      if (!change.removed) for (let k = 0; k < change.count; k++) out.push(i + k);
      i += change.count;
    }
    return out;
  };
  const viaPort = (a: number[], b: number[]) => {
    const out: number[] = [];
    commonInOld(a, b, (k) => out.push(k));
    return out;
  };

  it('marks the same positions as diffArrays on random sequences (ties included: small alphabets)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (a, b) => {
        expect(viaPort(a, b)).toEqual(viaJsdiff(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('and on longer ones, empty ones and identical ones', () => {
    const long = Array.from({ length: 80 }, (_, k) => (k * 7) % 13);
    const other = Array.from({ length: 60 }, (_, k) => (k * 5) % 11);
    for (const [a, b] of [[long, other], [other, long], [[], long], [long, []], [[], []], [long, long]] as [number[], number[]][]) {
      expect(viaPort(a, b)).toEqual(viaJsdiff(a, b));
    }
  });
});
