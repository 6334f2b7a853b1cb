import { describe, expect, it } from 'vitest';
import { compareReports } from './analyzer';
import { seedReports } from './testing/seeds';
import type { Comparison } from './types';

const seed = compareReports(seedReports());

/** The claim of the kept sentence of `report` that starts with `opening`; fails if there is none. */
function claimOf(c: Comparison, report: number, opening: string): string {
  const found = c.reports[report]!.sentences.filter((s) => s.text.startsWith(opening));
  expect(found, `one kept sentence of report ${report} starts with "${opening}"`).toHaveLength(1);
  return found[0]!.claim;
}

function kindOf(c: Comparison, claim: string) {
  return c.claims.find((x) => x.id === claim)!.kind;
}

describe('compareReports on the seed event', () => {
  it('returns the documented, serialisable format', () => {
    expect(seed.schema).toBe('parallax.comparison/1');
    expect(seed.reports.map((r) => r.outlet)).toEqual(['Sputnik', 'Izvestia', 'Unnamed Russian outlet']);
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
  });

  it('gives offsets into the original text', () => {
    for (const r of seed.reports) {
      for (const s of r.sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
      for (const x of r.removed) expect(r.text.slice(x.start, x.end)).toBe(x.text);
    }
  });

  it('puts every kept sentence in exactly one claim, and the claim lists it back', () => {
    const members = new Map<string, string>();
    for (const claim of seed.claims) {
      for (const m of claim.members) {
        const key = `${m.report}:${m.sentence}`;
        expect(members.has(key), key).toBe(false);
        members.set(key, claim.id);
      }
    }
    const kept = seed.reports.flatMap((r, ri) => r.sentences.map((s, si) => [`${ri}:${si}`, s.claim] as const));
    expect(members.size).toBe(kept.length);
    for (const [key, claim] of kept) expect(members.get(key)).toBe(claim);
  });

  it('removes the repeated lead of Sputnik once and keeps the body copy', () => {
    const sputnik = seed.reports[0]!;
    const nyt = (t: string) => t.startsWith('The New York Times reported on Sunday');
    expect(sputnik.sentences.filter((s) => nyt(s.text))).toHaveLength(1);
    expect(sputnik.removed.filter((r) => nyt(r.text)).map((r) => r.reason)).toEqual(['duplicate']);
    expect(sputnik.sentences.some((s) => s.text.startsWith('MINSK (Sputnik) - The decision'))).toBe(true);
  });

  it('links the Ottawa Treaty sentences of Izvestia and the unnamed outlet', () => {
    const claim = claimOf(seed, 1, 'The Ottawa Treaty, or, as it is also called');
    expect(claimOf(seed, 2, 'The Ottawa Treaty, or the Convention')).toBe(claim);
    expect(kindOf(seed, claim)).toBe('partial');
  });

  it.each([
    ['Biden authorised the mines', 'US President Joe Biden has authorized the transfer', 'US President Joe Biden has authorized the supply'],
    ['Biden goes against his own policy', "Biden's actions go against his own policy.", 'As the newspaper pointed out'],
    ['the 2022 reversal of Trump’s decision', 'In 2022, he established new rules', 'In 2022, he actually reversed'],
    ['the promise not to use mines among civilians', 'The Pentagon noted that Ukraine has promised', 'It is noted that Kiev promised'],
    ['Ukraine’s earlier use of Lepestok mines', 'Before that, the Ukrainian side had already been seen using Lepestok', 'He noted that the Ukrainian military was purposefully mining'],
  ])('links what Izvestia and the unnamed outlet both say: %s', (_, izvestia, unnamed) => {
    expect(claimOf(seed, 2, unnamed)).toBe(claimOf(seed, 1, izvestia));
  });

  it('links the two headlines: the US sends anti-personnel mines to Ukraine', () => {
    expect(claimOf(seed, 1, 'US to transfer anti-personnel mines to Ukraine')).toBe(claimOf(seed, 0, 'Belarus Blasts US Move'));
  });

  it('counts claims per report consistently with the claims', () => {
    seed.reports.forEach((_, ri) => {
      const counts = { shared: 0, partial: 0, unique: 0 };
      for (const claim of seed.claims) if (claim.members.some((m) => m.report === ri)) counts[claim.kind]++;
      expect(seed.summary.perReport[ri]).toEqual(counts);
    });
  });

  it('gives a word diff for multi-report claims and explains each link', () => {
    const claim = seed.claims.find((c) => c.id === claimOf(seed, 1, "Biden's actions go against his own policy."))!;
    expect(new Set(claim.diff?.map((d) => d.report))).toEqual(new Set([1, 2]));
    const linked = claim.members[1]!;
    expect(linked.match?.names).toEqual(['Joe Biden']);
    expect(linked.match?.terms).toEqual(['own', 'policy']);
  });
});

describe('the framing lens in the Comparison', () => {
  const speakers = (r: number) => seed.reports[r]!.framing.voices.summary.speakers.map((s) => s.name);
  const loaded = (r: number) => seed.reports[r]!.framing.loaded.terms.filter((t) => t.category === 'loaded').map((t) => t.term);

  it('names whom each outlet quotes or cites', () => {
    expect(speakers(0)).toEqual(['Pavel Muraveiko', 'Dmitry Peskov', 'The New York Times']);
    expect(speakers(1).slice(0, 5)).toEqual(['Vladislav Shurygin', 'Roman Shkurlatov', 'Vladimir Brovkin', 'Andrei Kortunov', 'Dmitriy Polyanskiy']);
    expect(speakers(2)[0]).toBe('The Washington Post');
  });

  it('lists each outlet’s loaded words', () => {
    expect(loaded(0)).toEqual(['escalat*', 'blasts', 'irresponsible', 'mercenar*', 'regime(s)']);
    expect(loaded(1)).toEqual(expect.arrayContaining(['puppet*', 'regime(s)', 'inhumane']));
  });

  it('shows which outlet gives which figure', () => {
    const row = (label: string) => seed.facts.rows.find((r) => r.label === label)?.cells.map((c) => c.length);
    expect(row('2005')).toEqual([0, 1, 1]);
    expect(row('$625 million')).toEqual([0, 0, 1]);
    expect(row('fewer than 50 atacms')).toEqual([0, 1, 0]);
  });
});

describe('compareReports on edge cases', () => {
  it('uses pre-split sentences exactly as given', () => {
    const c = compareReports([
      { id: 'a', outlet: 'A', sentences: ['Mr. Smith left.', '- World', 'The U.S. agreed.'] },
      { id: 'b', outlet: 'B', sentences: ['Smith left on Monday.'] },
    ]);
    expect(c.reports[0]!.sentences.map((s) => s.text)).toEqual(['Mr. Smith left.', '- World', 'The U.S. agreed.']);
    expect(c.reports[0]!.removed).toEqual([]);
  });

  it('handles an empty report and a single report without failing', () => {
    const empty = compareReports([
      { id: 'a', outlet: 'A', text: '' },
      { id: 'b', outlet: 'B', text: 'One sentence here.' },
    ]);
    expect(empty.reports[0]!.sentences).toEqual([]);
    expect(empty.claims.map((c) => c.kind)).toEqual(['unique']);
    const single = compareReports([{ id: 'a', outlet: 'A', text: 'First fact. Second fact.' }]);
    expect(single.summary.claims).toEqual({ shared: 0, partial: 0, unique: 2 });
  });

  it('records the options it ran with', () => {
    expect(compareReports(seedReports(), { sensitivity: 1 }).options.sensitivity).toBe(1);
  });
});
