import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../core/index';
import { fingerprint, NO_CORRECTIONS } from '../../core/edits/format';
import { applyEdit, detachEdit, linkEdit, mergeEdit, redo, setNote, splitEdit, staleMessage, undo, withoutStale, type History } from './corrections';

// A hand-made comparison: two reports, claim c1 = {0.0, 1.0}, c2 = {0.1}, c3 = {1.1}.
const sentence = (text: string, claim: string) => ({ text, start: 0, end: text.length, claim });
const C = {
  reports: [
    { sentences: [sentence('Alpha one.', 'c1'), sentence('Alpha two.', 'c2')] },
    { sentences: [sentence('Beta one.', 'c1'), sentence('Beta two.', 'c3')] },
  ],
  claims: [
    { id: 'c1', kind: 'shared', members: [{ report: 0, sentence: 0 }, { report: 1, sentence: 0 }] },
    { id: 'c2', kind: 'unique', members: [{ report: 0, sentence: 1 }] },
    { id: 'c3', kind: 'unique', members: [{ report: 1, sentence: 1 }] },
  ],
} as unknown as Comparison;
const [c1, c2] = [C.claims[0]!, C.claims[1]!];
const key = (report: number, sentence: number, text: string) => ({ report, sentence, hash: fingerprint(text) });

describe('the edit each action means', () => {
  it.each([
    ['Not the same fact', detachEdit(C, 1, 0), { op: 'detach', s: key(1, 0, 'Beta one.') }],
    ['Link a sentence', linkEdit(C, c1, 1, 1), { op: 'link', s: key(1, 1, 'Beta two.'), to: key(0, 0, 'Alpha one.') }],
    ['Link a sentence already in the claim', linkEdit(C, c1, 1, 0), null],
    ['Merge with the claim of a sentence', mergeEdit(C, c2, 1, 1), { op: 'merge', a: key(0, 1, 'Alpha two.'), b: key(1, 1, 'Beta two.') }],
    ['Merge with itself', mergeEdit(C, c1, 1, 0), null],
    ['Split off one member', splitEdit(C, c1, [1]), { op: 'split', s: [key(1, 0, 'Beta one.')] }],
    ['Split off all members', splitEdit(C, c1, [0, 1]), null],
    ['Split off none', splitEdit(C, c1, []), null],
  ])('%s', (_, edit, expected) => expect(edit).toEqual(expected));
});

describe('undo and redo', () => {
  const a = detachEdit(C, 1, 0);
  const b = linkEdit(C, c1, 1, 1)!;
  const start: History = { corrections: { edits: [], notes: [{ s: key(0, 0, 'Alpha one.'), text: 'n' }] }, redo: [] };
  it('undo takes the last edit back, redo puts it again, a new edit clears redo; notes are not touched', () => {
    const two = applyEdit(applyEdit(start, a), b);
    expect(two.corrections.edits).toEqual([a, b]);
    const undone = undo(two);
    expect(undone.corrections.edits).toEqual([a]);
    expect(undone.redo).toEqual([b]);
    expect(redo(undone)).toEqual(two);
    expect(applyEdit(undone, b).redo).toEqual([]);
    expect(undo(undo(undone)).corrections).toEqual(start.corrections);
    expect(undone.corrections.notes).toBe(start.corrections.notes);
  });
  it('undo and redo with nothing to do change nothing', () => {
    expect(undo(start)).toBe(start);
    expect(redo(start)).toBe(start);
  });
});

describe('setNote', () => {
  it('writes a note on the claim’s first sentence, replaces the claim’s notes, and removes them when emptied', () => {
    const one = setNote(C, NO_CORRECTIONS, c1, 'first');
    expect(one.notes).toEqual([{ s: key(0, 0, 'Alpha one.'), text: 'first' }]);
    // A note written on another member of the same claim (before an edit) is replaced too.
    const twoNotes = { edits: [], notes: [{ s: key(1, 0, 'Beta one.'), text: 'old' }, { s: key(0, 1, 'Alpha two.'), text: 'other claim' }] };
    expect(setNote(C, twoNotes, c1, 'new').notes).toEqual([{ s: key(0, 1, 'Alpha two.'), text: 'other claim' }, { s: key(0, 0, 'Alpha one.'), text: 'new' }]);
    expect(setNote(C, one, c1, '  ')).toBe(NO_CORRECTIONS);
  });
});

describe('stale corrections', () => {
  it('withoutStale drops exactly the reported ones', () => {
    const a = detachEdit(C, 1, 0);
    const gone = { op: 'detach' as const, s: { report: 1, sentence: 5, hash: 'zz' } };
    const note = { s: { report: 0, sentence: 9, hash: 'yy' }, text: 'x' };
    expect(withoutStale({ edits: [a, gone], notes: [note] }, { edits: [gone], notes: [note] })).toEqual({ edits: [a], notes: [] });
    expect(withoutStale({ edits: [gone], notes: [] }, { edits: [gone], notes: [] })).toBe(NO_CORRECTIONS);
  });
  it.each([
    [1, 0, 0, 'One correction no longer applies'],
    [2, 1, 0, '2 corrections and 1 note no longer apply to these reports (the sentences they name have changed) and were dropped.'],
    [0, 0, 3, '3 corrections in the link were unreadable and left out.'],
    [0, 0, 0, null],
  ])('%i stale, %i notes, %i unreadable', (e, n, u, expected) => {
    const m = staleMessage(e, n, u);
    if (expected === null) expect(m).toBeNull();
    else if (expected.startsWith('One')) expect(m).toBe('1 correction no longer applies to these reports (the sentence it names has changed) and was dropped.');
    else expect(m).toBe(expected);
  });
});
