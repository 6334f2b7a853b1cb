/** Corrections through compareReports: kinds, strength, word diffs, notes and stale edits follow. */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../analyzer';
import type { Comparison, ReportInput } from '../types';
import { fingerprint, keyOf, type Corrections } from './format';

const REPORTS: ReportInput[] = [
  { id: 'a', outlet: 'Alpha', sentences: ['The council approved the new budget on Monday.', 'Protesters gathered outside the hall.', 'The mayor thanked the volunteers.'] },
  { id: 'b', outlet: 'Beta', sentences: ['On Monday the council approved a new budget.', 'Police estimated the crowd at 300 people.'] },
  { id: 'c', outlet: 'Gamma', sentences: ['The city council approved the new budget on Monday.', 'A crowd of about 300 rallied outside city hall.'] },
];
const key = (c: Comparison, report: number, sentence: number) => keyOf(report, sentence, c.reports[report]!.sentences[sentence]!.text);
const claimOf = (c: Comparison, report: number, sentence: number) => c.claims.find((cl) => cl.id === c.reports[report]!.sentences[sentence]!.claim)!;
const shape = (c: Comparison) => c.claims.map((cl) => `${cl.kind}:${cl.members.map((m) => `${m.report}.${m.sentence}${m.linkedByUser ? '*' : ''}`).join(',')}${cl.edited ? ' edited' : ''}`);

describe('compareReports with corrections', () => {
  const base = compareReports(REPORTS, { matcher: 'lexical' });

  it('the machine links the budget sentences and the crowd sentences (the baseline these tests edit)', () => {
    expect(shape(base)).toEqual(['shared:0.0,1.0,2.0', 'shared:0.1,1.1,2.1', 'unique:0.2']);
    expect(claimOf(base, 0, 0).kind).toBe('shared');
    expect(base.edits).toBeUndefined();
    expect(base.stale).toBeUndefined();
  });

  it('detach, link and a note: kinds, marks and word diffs follow', () => {
    const corrections: Corrections = {
      edits: [
        { op: 'detach', s: key(base, 2, 0) },
        { op: 'detach', s: key(base, 0, 1) },
        { op: 'link', s: key(base, 0, 1), to: key(base, 2, 1) },
        { op: 'link', s: key(base, 0, 2), to: key(base, 1, 0) },
      ],
      notes: [{ s: key(base, 1, 1), text: 'Two outlets give a crowd size; only Beta cites the police.' }],
    };
    const c = compareReports(REPORTS, { matcher: 'lexical', corrections });
    expect(shape(c)).toEqual(['partial:0.0,0.2*,1.0 edited', 'shared:0.1*,1.1,2.1 edited', 'unique:2.0 edited']);
    const crowd = claimOf(c, 1, 1);
    expect(crowd.strength).toBe('strong');
    expect(crowd.note).toBe('Two outlets give a crowd size; only Beta cites the police.');
    expect(crowd.diff?.map((d) => d.report)).toEqual([0, 1, 2]);
    expect(c.summary.claims).toEqual({ shared: 1, partial: 1, unique: 1 });
    expect(c.edits).toEqual(corrections.edits);
    expect(c.notes).toEqual(corrections.notes);
    expect(c.reports[2]!.sentences[0]!.claim).toBe(claimOf(c, 2, 0).id);
  });

  it('stale and unreadable corrections are reported, the rest applies', () => {
    const gone = { report: 1, sentence: 0, hash: fingerprint('A sentence Beta no longer has.') };
    const c = compareReports(REPORTS, {
      matcher: 'lexical',
      corrections: { edits: [{ op: 'detach', s: gone }, { op: 'detach', s: key(base, 2, 0) }, { op: 'nonsense' }], notes: [{ s: gone, text: 'lost' }] } as unknown as Corrections,
    });
    expect(c.stale).toEqual({ edits: [{ op: 'detach', s: gone }], notes: [{ s: gone, text: 'lost' }], unreadable: 1 });
    expect(c.edits).toHaveLength(1);
    expect(claimOf(c, 2, 0).kind).toBe('unique');
  });

  it('empty corrections change nothing', () => {
    expect(compareReports(REPORTS, { matcher: 'lexical', corrections: { edits: [], notes: [] } })).toEqual(base);
  });

  it('corrections that are not an object are bad input', () => {
    expect(() => compareReports(REPORTS, { corrections: 'detach' as unknown as Corrections })).toThrow('options.corrections must be an object');
  });
});
