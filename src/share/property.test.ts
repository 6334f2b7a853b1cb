import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFile, toFile } from './file';
import { decodeShare, encodeShare, SHARE_LENSES, type SharedReport, type ShareLens, type ShareState, type ShareView } from './shareState';

/** Strings the validator keeps exactly as they are. */
const outlet = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '' && s.length <= 200);
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }).filter((s) => s.trim() !== '');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const report: fc.Arbitrary<SharedReport> = fc
  .record({
    outlet,
    text,
    date: optional(fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()).filter((s) => s !== '')),
    url: optional(fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => u.length <= 2048 && u === u.trim())),
    language: optional(fc.constantFrom('en', 'ru', 'uk', 'pt-BR', 'zh-Hant-TW')),
  })
  .map((r) => {
    const out: SharedReport = { outlet: r.outlet, text: r.text };
    if (r.date !== undefined) out.date = r.date;
    if (r.url !== undefined) out.url = r.url;
    if (r.language !== undefined) out.language = r.language;
    return out;
  });
const view: fc.Arbitrary<ShareView> = fc
  .record({
    claim: fc.option(fc.integer({ min: 1, max: 9_999_999 }).map((n) => `c${n}`), { nil: null }),
    sensitivity: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
    removed: fc.boolean(),
    // A decoded view holds lens and panel only when they are not the default.
    lens: optional(fc.constantFrom<ShareLens>(...SHARE_LENSES.filter((l) => l !== 'claims'))),
    panel: optional(fc.constant('framing' as const)),
  })
  .map(({ lens, panel, ...v }) => {
    const out: ShareView = v;
    if (lens !== undefined) out.lens = lens;
    if (panel !== undefined) out.panel = panel;
    return out;
  });
const state: fc.Arbitrary<ShareState> = fc.record({
  reports: fc.array(report, { minLength: 2, maxLength: 6 }),
  view,
});

describe('properties', () => {
  it('decode(encode(x)) equals x for valid states, with no warnings', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        expect(await decodeShare(await encodeShare(s))).toEqual({ ok: true, state: s, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('fromFile(toFile(x)) equals x', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(fromFile(toFile(s))).toEqual({ ok: true, state: s, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('decodeShare never throws or rejects on arbitrary strings', async () => {
    const anyFragment = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `v1.${s}`),
      fc.tuple(fc.nat(5000), fc.string({ unit: fc.constantFrom(...'AZaz09-_'.split('')) })).map(([n, b]) => `v1.${n}.${b}`),
      fc.string().map((s) => `#r=${s}`),
    );
    await fc.assert(
      fc.asyncProperty(anyFragment, async (f) => {
        const r = await decodeShare(f);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('decodeShare never throws on mutations and truncations of a valid link; accepted or salvaged reports are exact', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%# ';
    await fc.assert(
      fc.asyncProperty(
        state,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...alphabet.split('')), fc.constantFrom('replace', 'insert', 'delete')), {
          minLength: 0,
          maxLength: 3,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (s, edits, cut) => {
          let f = await encodeShare(s);
          for (const [at, ch, op] of edits) {
            const i = at % (f.length + 1);
            f = op === 'replace' ? f.slice(0, i) + ch + f.slice(i + 1) : op === 'insert' ? f.slice(0, i) + ch + f.slice(i) : f.slice(0, i) + f.slice(i + 1);
          }
          if (cut !== undefined) f = f.slice(0, cut % (f.length + 1));
          const r = await decodeShare(f);
          // An accepted link passed the checksum: its reports are the originals. A link that was only cut
          // offers a prefix of the originals. (A cut link with changed characters as well is not checked:
          // the cut removed the checksum, so a changed letter inside a salvaged report cannot be detected.)
          if (r.ok) expect(r.state.reports).toEqual(s.reports);
          else if (edits.length === 0) expect(s.reports.slice(0, r.partial?.reports?.length ?? 0)).toEqual(r.partial?.reports ?? []);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fromFile never throws on arbitrary strings, JSON values, or cut files', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ schema: 'parallax.share/1', reports: v, view: v }))), (t) => {
        expect(typeof fromFile(t).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(state, fc.nat(), (s, n) => {
        const file = toFile(s);
        expect(typeof fromFile(file.slice(0, n % file.length)).ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
});
