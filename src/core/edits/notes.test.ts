import { describe, expect, it } from 'vitest';
import { compareReports } from '../analyzer';
import type { ReportInput } from '../types';
import { fingerprint, keyOf } from './format';
import { attachNotes, locate } from './notes';

const REPORTS: ReportInput[] = [
  { id: 'a', outlet: 'Alpha', sentences: ['The council approved the new budget on Monday.', 'The mayor thanked the volunteers.', 'Same words.', 'Same words.'] },
  { id: 'b', outlet: 'Beta', sentences: ['On Monday the council approved a new budget.'] },
];
const c = compareReports(REPORTS, { matcher: 'lexical' });
const k = (r: number, s: number) => keyOf(r, s, c.reports[r]!.sentences[s]!.text);

describe('locate', () => {
  it.each([
    ['the sentence named', k(0, 1), 1],
    ['a moved sentence, by its fingerprint', { report: 0, sentence: 0, hash: fingerprint('The mayor thanked the volunteers.') }, 1],
    ['a fingerprint two sentences share: not guessed', { report: 0, sentence: 9, hash: fingerprint('Same words.') }, null],
    ['a report that is not there', { report: 4, sentence: 0, hash: 'a' }, null],
    ['a changed text', { report: 1, sentence: 0, hash: fingerprint('Something else.') }, null],
  ])('%s', (_, key, expected) => expect(locate(c, key)).toBe(expected));
});

describe('attachNotes', () => {
  it('puts each note on the claim holding its sentence; two on one claim are joined', () => {
    const notes = [
      { s: k(0, 0), text: 'Both give the day.' },
      { s: k(1, 0), text: 'Beta drops “the”.' },
      { s: { report: 1, sentence: 3, hash: 'zz' }, text: 'lost' },
    ];
    const out = attachNotes(c, notes);
    const budget = out.claims.find((cl) => cl.id === c.reports[0]!.sentences[0]!.claim)!;
    expect(budget.note).toBe('Both give the day.\n\nBeta drops “the”.');
    expect(out.claims.filter((cl) => cl.note).length).toBe(1);
    expect(out.notes).toEqual(notes.slice(0, 2));
    expect(out.stale).toEqual({ edits: [], notes: [notes[2]], unreadable: 0 });
    expect(c.claims.some((cl) => cl.note)).toBe(false); // the input is not changed
  });

  it('no notes: a comparison without any', () => {
    const noted = attachNotes(c, [{ s: k(0, 1), text: 'x' }]);
    expect(attachNotes(noted, [])).toEqual(c);
  });

  it('compareReports attaches notes the same way', () => {
    const notes = [{ s: k(0, 1), text: 'Only Alpha thanks anyone.' }];
    expect(compareReports(REPORTS, { matcher: 'lexical', corrections: { edits: [], notes } })).toEqual(attachNotes(c, notes));
  });
});
