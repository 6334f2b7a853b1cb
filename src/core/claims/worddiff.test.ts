import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../text/tokenize';
import type { DiffToken, MemberDiff } from '../types';
import { commonInBoth, commonInOld, diffClaim, diffClaimUnpacked, tile, type DiffMember } from './worddiff';

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

  // One search serves both directions (worddiff.ts, diffBoth): each side must be what diffArrays gives in its own direction.
  it('commonInBoth: a’s marks from diffArrays(a, b) and b’s from diffArrays(b, a)', () => {
    const marks = (a: number[], b: number[]) => {
      const out = new Array<number>(a.length).fill(0);
      for (const k of viaJsdiff(a, b)) out[k] = 1;
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), (a, b) => {
        const [inA, inB] = commonInBoth(a, b);
        expect([[...inA], [...inB]]).toEqual([marks(a, b), marks(b, a)]);
      }),
      { numRuns: 5000 },
    );
    // A tie where the two directions keep different words: [x, y] / [y, x].
    expect(commonInBoth([1, 2], [2, 1]).map((m) => [...m])).toEqual([marks([1, 2], [2, 1]), marks([2, 1], [1, 2])]);
  });
});


/** The word diff as it was first written (jsdiff per ordered pair of reports, a Set of common tokens): the reference for diffClaim. */
function diffClaimReference(members: DiffMember[]): MemberDiff[] {
  const sequences = new Map<number, Token[]>();
  for (const m of members) sequences.set(m.report, [...(sequences.get(m.report) ?? []), ...m.tokens.filter((t) => !t.stop)]);
  const common = new Set<Token>();
  for (const [report, seq] of sequences) {
    for (const [other, theirs] of sequences) {
      if (other === report) continue;
      let i = 0;
      for (const change of diffArrays(seq.map((t) => t.term), theirs.map((t) => t.term))) {
        if (change.added) continue;
        if (!change.removed) for (let k = 0; k < change.count; k++) common.add(seq[i + k]!);
        i += change.count;
      }
    }
  }
  return members.map((m) => {
    const out: DiffToken[] = [];
    const push = (start: number, end: number, kind: DiffToken['kind']) => {
      if (end <= start) return;
      const last = out[out.length - 1];
      if (last && last.kind === kind && last.end === start) last.end = end;
      else out.push({ start, end, kind });
    };
    let pos = m.span.start;
    for (const t of m.tokens) {
      push(pos, t.start, 'neutral');
      push(t.start, t.end, t.stop ? 'neutral' : common.has(t) ? 'common' : 'differing');
      pos = t.end;
    }
    push(pos, m.span.end, 'neutral');
    return { report: m.report, sentence: m.sentence, tokens: out };
  });
}

describe('diffClaim against the reference', () => {
  // Few distinct words, so that terms repeat and the diffs have ties.
  const words = ['mines', 'Kyiv', 'sent', 'the', 'of', 'army', 'said', 'Biden', 'approved', '2024', 'use', 'and'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
  const claim = fc.array(fc.record({ report: fc.integer({ min: 0, max: 4 }), text: sentence }), { minLength: 1, maxLength: 7 });

  it('gives the same tiles for random claims, members in any order, up to five reports', () => {
    fc.assert(
      fc.property(claim, (given) => {
        const members = given.map((g, i) => ({ ...member(g.report, g.text), sentence: i }));
        expect(diffClaim(members)).toEqual(diffClaimReference(members));
      }),
      { numRuns: 400 },
    );
  });

  // diffPairsPacked drops the terms only one side of a pair uses: words of one report alone, among shared ones.
  const own = (r: number) => [`only${r}a`, `only${r}b`, `only${r}c`];
  const mixed = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }).chain((reports) =>
    fc.tuple(...reports.map((r) => fc.array(fc.constantFrom(...words.slice(0, 6), ...own(r)), { maxLength: 20 }).map((w) => ({ report: r, text: `${w.join(' ')}.` })))),
  );
  it('packed pairs (one-sided terms dropped) give the tiles of the unpacked search and of the reference', () => {
    fc.assert(
      fc.property(mixed, (given) => {
        const members = given.map((g, i) => ({ ...member(g.report, g.text), sentence: i }));
        const packed = diffClaim(members);
        expect(packed).toEqual(diffClaimUnpacked(members));
        expect(packed).toEqual(diffClaimReference(members));
      }),
      { numRuns: 1500 },
    );
    // A one-sided word between two shared ones, and a tie ([x, y] / [y, x]) around it.
    const a = member(0, 'Kyiv only0a mines sent.');
    const b = member(1, 'mines only1a Kyiv sent.');
    const [da, db] = diffClaim([a, b]);
    expect(render(a.text, da!.tokens)).toBe('{Kyiv} {only0a} [mines] [sent].');
    expect(render(b.text, db!.tokens)).toBe('{mines} {only1a} [Kyiv] [sent].');
    expect([da, db]).toEqual(diffClaimReference([a, b]));
  });

  it('and for pairs wider than the packing scan (over 1,600 terms × terms), behind a common prefix', () => {
    const long = fc.array(fc.constantFrom(...words.slice(0, 6), 'only0a', 'only1a'), { minLength: 60, maxLength: 80 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), long, long, (prefix, x, y) => {
        const a = member(0, `${[...prefix, ...x.filter((w) => w !== 'only1a')].join(' ')}.`);
        const b = member(1, `${[...prefix, ...y.filter((w) => w !== 'only0a')].join(' ')}.`);
        const packed = diffClaim([a, b]);
        expect(packed).toEqual(diffClaimUnpacked([a, b]));
        expect(packed).toEqual(diffClaimReference([a, b]));
      }),
      { numRuns: 200 },
    );
  });

  it('and for a claim of 40 reports (past the bit sets of its skip test)', () => {
    const members = Array.from({ length: 40 }, (_, r) => member(r, r % 2 ? 'Kyiv sent mines.' : 'The army sent mines to Kyiv.'));
    expect(diffClaim(members)).toEqual(diffClaimReference(members));
  });
});

/** tile as it was: each tile through push(), which reads the last tile back from the array. */
function tileReference(tokens: readonly Token[], span: { start: number; end: number }, marks: Uint8Array, at: number): DiffToken[] {
  const out: DiffToken[] = [];
  const push = (start: number, end: number, kind: DiffToken['kind']) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else out.push({ start, end, kind });
  };
  let pos = span.start;
  let k = at;
  for (const t of tokens) {
    push(pos, t.start, 'neutral');
    push(t.start, t.end, t.stop ? 'neutral' : marks[k++] === 1 ? 'common' : 'differing');
    pos = t.end;
  }
  push(pos, span.end, 'neutral');
  return out;
}

describe('tile: the tiling against tileReference', () => {
  // Tokens as gaps and lengths from a span start (empty tokens and adjacent ones included), stop or not, and marks.
  const tokenList = fc.array(fc.record({ gap: fc.nat(3), length: fc.nat(4), stop: fc.boolean() }), { maxLength: 30 });
  it('gives the same tiles, merged the same way', () => {
    fc.assert(
      fc.property(tokenList, fc.nat(5), fc.nat(3), fc.uint8Array({ min: 0, max: 1, minLength: 40, maxLength: 40 }), fc.nat(8), (given, start, tail, marks, at) => {
        let pos = start;
        const tokens = given.map(({ gap, length, stop }) => {
          const t = { start: pos + gap, end: pos + gap + length, surface: '', term: 'x', kind: 'word' as const, stop };
          pos = t.end;
          return t;
        });
        const span = { start, end: pos + tail };
        expect(tile(tokens, span, marks, at)).toEqual(tileReference(tokens, span, marks, at));
      }),
      { numRuns: 500 },
    );
  });
});
