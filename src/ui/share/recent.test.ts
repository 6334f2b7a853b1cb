import { describe, expect, it } from 'vitest';
import { addRecent, joinOutlets, MAX_RECENT, parseRecent, removeRecent, reportsId, serialiseRecent, type RecentEntry } from './recent';

const entry = (id: string, created = '2024-11-20T10:00:00.000Z'): RecentEntry => ({ id, title: id, created, payload: `v1.3.${id}`, reports: 2 });

describe('recent comparisons', () => {
  it.each([
    [[], 'Untitled comparison'],
    [['Reuters'], 'Reuters'],
    [['Reuters', 'AP'], 'Reuters and AP'],
    [['Reuters', ' AP ', 'BBC'], 'Reuters, AP and BBC'],
    [['Reuters', '', 'BBC'], 'Reuters and BBC'],
  ])('joinOutlets(%j) = %s', (outlets, title) => {
    expect(joinOutlets(outlets)).toBe(title);
  });

  it('the same reports give the same id; any change gives another', () => {
    const a = [{ outlet: 'A', text: 'One.' }, { outlet: 'B', text: 'Two.' }];
    expect(reportsId(a)).toBe(reportsId([{ ...a[0]! }, { ...a[1]! }]));
    expect(reportsId(a)).not.toBe(reportsId([a[0]!, { outlet: 'B', text: 'Two!' }]));
    expect(reportsId(a)).not.toBe(reportsId([a[1]!, a[0]!]));
  });

  it('round trip, and parse is total', () => {
    const list = [entry('a'), entry('b')];
    expect(parseRecent(serialiseRecent(list))).toEqual(list);
    for (const raw of [null, '', 'x', '{}', '{"schema":"parallax.recent/1","entries":{}}', 'null'])
      expect(parseRecent(raw)).toEqual([]);
    const mixed = JSON.stringify({ schema: 'parallax.recent/1', entries: [entry('ok'), { id: 1 }, { ...entry('bad'), payload: 'javascript:alert(1)' }] });
    expect(parseRecent(mixed).map((e) => e.id)).toEqual(['ok']);
  });

  it('adds newest first, replaces the same reports keeping their creation date, caps the list, removes', () => {
    let list: RecentEntry[] = [];
    list = addRecent(list, entry('a', '2024-01-01T00:00:00.000Z'));
    list = addRecent(list, entry('b'));
    expect(list.map((e) => e.id)).toEqual(['b', 'a']);
    list = addRecent(list, { ...entry('a', '2024-12-31T00:00:00.000Z'), payload: 'v1.3.new' });
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
    expect(list[0]).toMatchObject({ created: '2024-01-01T00:00:00.000Z', payload: 'v1.3.new' });
    for (let i = 0; i < 20; i++) list = addRecent(list, entry(`x${i}`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(removeRecent(list, 'x19').map((e) => e.id)).not.toContain('x19');
  });
});
