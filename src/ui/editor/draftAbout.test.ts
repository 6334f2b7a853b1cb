/** The draft's title and note (issue 14): stored, read back, handed over, merged (newer wins). */
import { describe, expect, it } from 'vitest';
import { fromSharedReports, isDraftEmpty, parseDraft, parseStoredDraft, sameDraft, serialiseDraft, type Draft } from './draft';
import { mergeDrafts, newerAbout } from './draftMerge';

const row = (key: string, text = '') => ({ key, outlet: '', date: '', url: '', text });
const base: Draft = { reports: [row('a', 'One.'), row('b', 'Two.')] };

describe('title and note in the stored draft', () => {
  it('round-trip with a stamp, aboutT included', () => {
    const d: Draft = { ...base, title: 'Mines <b>', note: 'Line 1\nLine 2', aboutT: 42 };
    const stored = parseStoredDraft(serialiseDraft(d, { rev: 1, tab: 't' }))!;
    expect([stored.draft.title, stored.draft.note, stored.draft.aboutT]).toEqual(['Mines <b>', 'Line 1\nLine 2', 42]);
  });

  it('are left out when empty (a draft without them is stored as before)', () => {
    expect(serialiseDraft({ ...base, title: '', note: '' })).toBe(serialiseDraft(base));
    expect(parseDraft(serialiseDraft(base))).not.toHaveProperty('title');
  });

  it('a non-string title is dropped', () => {
    const raw = JSON.stringify({ schema: 'parallax.draft/1', title: 5, note: { x: 1 }, reports: [] });
    expect(parseDraft(raw)).toEqual({ reports: expect.any(Array) });
  });

  it('count as content: a draft with only a title is not empty, and differs from one without', () => {
    expect(isDraftEmpty({ reports: [row('a'), row('b')], title: 'T' })).toBe(false);
    expect(isDraftEmpty({ reports: [row('a'), row('b')], note: '  ' })).toBe(true);
    expect(sameDraft(base, { ...base, title: 'T' })).toBe(false);
    expect(sameDraft({ ...base, title: 'T' }, { ...base, title: 'T', aboutT: 9 })).toBe(true);
  });

  it('come along when a shared comparison is opened in the editor', () => {
    const d = fromSharedReports([{ outlet: 'A', text: 'x.' }, { outlet: 'B', text: 'y.' }], { title: 'T', note: '' });
    expect([d.title, d.note]).toEqual(['T', undefined]);
  });
});

describe('two tabs: the title and note edited last win', () => {
  it.each([
    ['this tab newer', { title: 'mine', aboutT: 5 }, { title: 'theirs', aboutT: 3 }, { title: 'mine', aboutT: 5 }],
    ['the other tab newer', { title: 'mine', aboutT: 2 }, { title: 'theirs', note: 'n', aboutT: 3 }, { title: 'theirs', note: 'n', aboutT: 3 }],
    ['a tie goes to the stored one', { title: 'mine', aboutT: 3 }, { title: 'theirs', aboutT: 3 }, { title: 'theirs', aboutT: 3 }],
    ['never edited here', {}, { note: 'n', aboutT: 1 }, { note: 'n', aboutT: 1 }],
  ])('%s', (_name, local, remote, expected) => {
    expect(newerAbout({ ...base, ...local }, { ...base, ...remote })).toEqual(expected);
    const merged = mergeDrafts(new Map([['a', 0], ['b', 0]]), { ...base, ...local }, { ...base, ...remote }, 100).draft;
    expect({ title: merged.title, note: merged.note, aboutT: merged.aboutT }).toEqual(Object.assign({ title: undefined, note: undefined, aboutT: undefined }, expected));
  });
});
