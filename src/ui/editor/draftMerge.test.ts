import { describe, expect, it } from 'vitest';
import { parseStoredDraft, serialiseDraft, type Draft, type DraftReport } from './draft';
import { adoptWhole, baseOf, joinVersions, MAX_VERSIONS, mergeDrafts, versionOf } from './draftMerge';

const r = (key: string, text: string, t = 1, outlet = ''): DraftReport => ({ key, outlet, date: '', url: '', text, t });
const blank = (key: string): DraftReport => ({ key, outlet: '', date: '', url: '', text: '' });
let n = 0;
const empty = () => blank(`e${++n}`);
const texts = (d: Draft) => d.reports.map((x) => x.text);

describe('mergeDrafts', () => {
  it('a fresh empty tab takes the other tab’s draft instead of wiping it', () => {
    const local: Draft = { reports: [blank('b1'), blank('b2')] };
    const remote: Draft = { reports: [r('a1', 'Tab A’s report.', 10), r('a2', '', 0)] };
    const m = mergeDrafts(new Map(), local, remote, 100, empty);
    expect(texts(m.draft)).toEqual(['Tab A’s report.', '']);
    // Exactly the other tab's draft (same keys): nothing to write back, so the tabs do not echo each other.
    expect(m.draft.reports).toEqual(remote.reports);
    expect(m.conflicts).toEqual([]);
  });

  it('each report takes the side that changed it', () => {
    const base = baseOf({ reports: [r('k1', 'one', 1), r('k2', 'two', 1)] });
    const local: Draft = { reports: [r('k1', 'one edited here', 5), r('k2', 'two', 1)] };
    const remote: Draft = { reports: [r('k1', 'one', 1), r('k2', 'two edited there', 6)] };
    const m = mergeDrafts(base, local, remote, 100, empty);
    expect(texts(m.draft)).toEqual(['one edited here', 'two edited there']);
    expect(m.lost).toEqual([]);
  });

  it('a report changed in both: the newer text wins, the other is kept as a version', () => {
    const base = baseOf({ reports: [r('k1', 'one', 1), r('k2', 'two', 1)] });
    const local: Draft = { reports: [r('k1', 'mine', 5), r('k2', 'two', 1)] };
    const remote: Draft = { reports: [r('k1', 'theirs', 7), r('k2', 'two', 1)] };
    const m = mergeDrafts(base, local, remote, 100, empty);
    expect(texts(m.draft)).toEqual(['theirs', 'two']);
    expect(m.conflicts).toEqual([0]);
    expect(m.lost).toMatchObject([{ key: 'k1', text: 'mine', reason: 'other-tab', index: 0 }]);
    expect(m.draft.versions?.map((v) => v.text)).toEqual(['mine']);
    // Seen from the other tab, the same outcome.
    const back = mergeDrafts(base, remote, local, 100, empty);
    expect(texts(back.draft)).toEqual(['theirs', 'two']);
    expect(back.lost.map((v) => v.text)).toEqual(['mine']);
  });

  it('reports added in either tab are kept, in place; removed ones go unless edited since', () => {
    const base = baseOf({ reports: [r('k1', 'one', 1), r('k2', 'two', 1), r('k3', 'three', 1)] });
    const local: Draft = { reports: [r('k1', 'one', 1), r('new-here', 'added here', 4), r('k2', 'two', 1)] }; // k3 removed here
    const remote: Draft = { reports: [r('k1', 'one', 1), r('k3', 'three', 1), r('new-there', 'added there', 5)] }; // k2 removed there
    const m = mergeDrafts(base, local, remote, 100, empty);
    expect(texts(m.draft)).toEqual(['one', 'added here', 'added there']);
    // Removed there, but edited here since: kept.
    const edited = mergeDrafts(base, { reports: [r('k1', 'one', 1), r('k2', 'two, edited', 9), r('k3', 'three', 1)] }, remote, 100, empty);
    expect(texts(edited.draft)).toEqual(['one', 'two, edited', 'three', 'added there']);
  });

  it('never more than six reports: the overflow is kept as versions; never fewer than two', () => {
    const local: Draft = { reports: Array.from({ length: 4 }, (_, i) => r(`l${i}`, `local ${i}`, 2)) };
    const remote: Draft = { reports: Array.from({ length: 4 }, (_, i) => r(`r${i}`, `remote ${i}`, 3)) };
    const m = mergeDrafts(new Map(), local, remote, 100, empty);
    expect(m.draft.reports).toHaveLength(6);
    expect(m.lost).toHaveLength(2);
    const few = mergeDrafts(new Map(), { reports: [blank('x'), blank('y')] }, { reports: [r('a', 'only', 1)] }, 100, empty);
    expect(few.draft.reports).toHaveLength(2);
  });

  it('converges: merging the merged draft back changes nothing', () => {
    const base = baseOf({ reports: [r('k1', 'one', 1), r('k2', 'two', 1)] });
    const a: Draft = { reports: [r('k1', 'A', 5), r('k2', 'two', 1)] };
    const b: Draft = { reports: [r('k1', 'B', 6), r('k2', 'two B', 6)] };
    const m = mergeDrafts(base, a, b, 100, empty);
    const again = mergeDrafts(baseOf(m.draft), m.draft, m.draft, 101, empty);
    expect(serialiseDraft(again.draft, { rev: 1, tab: 't' })).toBe(serialiseDraft(m.draft, { rev: 1, tab: 't' }));
  });
});

describe('adoptWhole and versions', () => {
  it('a draft handed over as a whole keeps what it replaces', () => {
    const m = adoptWhole({ reports: [r('k1', 'typed', 3), blank('k2')] }, { reports: [r('s1', 'shared', 0), r('s2', 'other', 0)] }, 50);
    expect(texts(m.draft)).toEqual(['shared', 'other']);
    expect(m.draft.versions?.map((v) => [v.text, v.reason])).toEqual([['typed', 'replaced']]);
  });

  it('versions: newest first, no repeats, capped', () => {
    const vs = Array.from({ length: 20 }, (_, i) => versionOf(r('k', `text ${i % 15}`), 0, 'removed', i));
    const joined = joinVersions(vs);
    expect(joined).toHaveLength(MAX_VERSIONS);
    expect(joined[0]!.at).toBe(19);
  });

  it('stored drafts keep keys, edit times and versions; unstamped ones are adopted whole', () => {
    const d: Draft = { reports: [r('k1', 'one', 5, 'Reuters'), blank('k2')], versions: [versionOf(r('k9', 'old'), 1, 'cleared', 3)] };
    const back = parseStoredDraft(serialiseDraft(d, { rev: 42, tab: 'tA' }));
    expect(back?.stamp).toEqual({ rev: 42, tab: 'tA' });
    expect(back?.draft.reports.map((x) => [x.key, x.t ?? 0])).toEqual([['k1', 5], ['k2', 0]]);
    expect(back?.draft.versions).toEqual(d.versions);
    expect(parseStoredDraft(serialiseDraft(d))?.stamp).toBeNull();
  });
});
