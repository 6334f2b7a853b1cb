import { describe, expect, it } from 'vitest';
import type { Claim, Comparison } from '../../core/types';
import { comparison } from '../../export/testing/fixture';
import { handoutModel } from './handout';
import { hideOutletNames } from './outletLabels';

describe('handoutModel', () => {
  const model = handoutModel(comparison);

  it('lists the outlets with their details and the totals', () => {
    expect(model.outlets).toEqual([
      { label: 'Alpha, "The" <News>', details: '2024-11-20, 2 sentences' },
      { label: '=HYPERLINK("http://evil")', details: 'machine-translated, 2 sentences' },
      { label: '*Gamma* _[C]_ (#1) | x', details: '1 sentence' },
    ]);
    expect(model.totals).toBe('3 claims: 1 shared, 0 partial, 2 unique.');
  });

  it('groups the claims by kind, in the order shared, partial, unique', () => {
    expect(model.groups.map((g) => [g.kind, g.claims.map((c) => c.id)])).toEqual([
      ['shared', ['c1']],
      ['partial', []],
      ['unique', ['c2', 'c3']],
    ]);
  });

  it('cuts each sentence into runs, the words only that outlet uses marked', () => {
    const c1 = model.groups[0]!.claims[0]!;
    expect(c1.statedBy).toBe('Alpha, "The" <News>, =HYPERLINK("http://evil"), *Gamma* _[C]_ (#1) | x');
    expect(c1.members[0]).toEqual({
      outlet: 'Alpha, "The" <News>',
      pieces: [
        { text: 'The minister "', differing: false },
        { text: 'resigned', differing: true },
        { text: '", on Monday.', differing: false },
      ],
    });
    expect(c1.members[1]!.pieces.filter((p) => p.differing).map((p) => p.text)).toEqual(['quit']);
    expect([c1.possible, c1.edited, c1.note]).toEqual([false, false, undefined]);
  });

  it('says which outlets leave a partial claim out, and carries notes, edits and possible links', () => {
    const partial: Comparison = {
      ...comparison,
      claims: [{ ...comparison.claims[0]!, kind: 'partial', members: comparison.claims[0]!.members.slice(0, 2), strength: 'possible', note: 'Check the date', edited: true } as Claim],
    };
    const c = handoutModel(partial).groups[1]!.claims[0]!;
    expect([c.missing, c.possible, c.edited, c.note]).toEqual([['*Gamma* _[C]_ (#1) | x'], true, true, 'Check the date']);
    expect(handoutModel(comparison, { notes: { c2: 'meta note' }, edits: ['c3'] }).groups[2]!.claims.map((x) => [x.note, x.edited])).toEqual([
      ['meta note', false],
      [undefined, true],
    ]);
  });

  it('with names hidden, only labels are left', () => {
    const hidden = handoutModel(hideOutletNames(comparison));
    expect(hidden.outlets.map((o) => o.label)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    expect(hidden.framing.map((f) => f.outlet)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    expect(JSON.stringify(hidden)).not.toContain('Alpha');
    expect(JSON.stringify(hidden)).not.toContain('HYPERLINK');
  });

  it('sums up the framing per outlet', () => {
    expect(model.framing[0]!.lines).toEqual({
      voices: ['John "Q" Smith (spokesman, <b>) ×2, 1 quoted'],
      quoteShare: '25% of the text is direct quotation',
      actors: [{ name: 'Ukraine', labels: ['Kiev regime (loaded) ×2'] }],
      loadedCounts: 'loaded 2, hedge 1, distancing 3, intensifier 0',
      loadedTerms: ['so-called (distancing, 1 quoted) ×3'],
    });
  });
});
