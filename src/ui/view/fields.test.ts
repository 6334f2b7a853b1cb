/**
 * Round-trip tables for the view-state field table (after tldraw's deep-link
 * tables): every row is a view, its address, its link header and its file
 * view; each codec must write exactly that and read it back.
 */
import { describe, expect, it } from 'vitest';
import { LENSES } from '../lens/registry';
import {
  DEFAULT_LINK_VIEW,
  DEFAULT_VIEW,
  formatJsonView,
  formatQuery,
  linkViewKey,
  parseJsonView,
  parseQuery,
  toLinkView,
  VIEW_FIELDS,
  type ViewState,
} from './fields';

const E = 'us-mines-ukraine-2024-11';
const v = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const K1 = { report: 2, sentence: 4, hash: 'k2x9' };
const K2 = { report: 1, sentence: 0, hash: 'ab' };

describe('one row per view: query string, link header and file view', () => {
  const rows: [name: string, view: ViewState, query: string, link: object, file: object][] = [
    ['default', DEFAULT_VIEW, '', {}, { claim: null, sensitivity: 0.5, removed: false }],
    ['event (query only)', v({ event: E }), `?event=${E}`, {}, { claim: null, sensitivity: 0.5, removed: false }],
    ['claim', v({ claim: 'c12' }), '?claim=c12', { claim: 'c12' }, { claim: 'c12', sensitivity: 0.5, removed: false }],
    [
      'claim at a sentence',
      v({ claim: 'c12', at: '3.15' }),
      '?claim=c12&at=3.15',
      { claim: 'c12', at: '3.15' },
      { claim: 'c12', sensitivity: 0.5, removed: false, at: '3.15' },
    ],
    ['removed', v({ removed: true }), '?removed=1', { removed: true }, { claim: null, sensitivity: 0.5, removed: true }],
    ['strict', v({ sensitivity: 0 }), '?sensitivity=0', { sensitivity: 0 }, { claim: null, sensitivity: 0, removed: false }],
    ['loose', v({ sensitivity: 1 }), '?sensitivity=1', { sensitivity: 1 }, { claim: null, sensitivity: 1, removed: false }],
    ...LENSES.filter((l) => l !== 'claims').map(
      (lens): [string, ViewState, string, object, object] => [
        `${lens} lens`,
        v({ lens }),
        `?lens=${lens}`,
        { lens },
        { claim: null, sensitivity: 0.5, removed: false, lens },
      ],
    ),
    [
      'claims list filtered',
      v({ panel: 'claims', kind: 'unique', outlets: '1', only: false, q: 'Ottawa treaty' }),
      '?panel=claims&kind=unique&outlets=1&q=Ottawa+treaty',
      { panel: 'claims', kind: 'unique', outlets: '1', q: 'Ottawa treaty' },
      { claim: null, sensitivity: 0.5, removed: false, panel: 'claims', kind: 'unique', outlets: '1', q: 'Ottawa treaty' },
    ],
    ['framing panel', v({ panel: 'framing' }), '?panel=framing', { panel: 'framing' }, { claim: null, sensitivity: 0.5, removed: false, panel: 'framing' }],
    [
      'corrections',
      v({ corrections: { edits: [{ op: 'detach', s: K1 }, { op: 'link', s: K2, to: K1 }], notes: [{ s: K1, text: 'Why: a different object.' }] } }),
      '?edits=1_d-2.4.k2x9_l-1.0.ab-2.4.k2x9_n-2.4.k2x9-Why%253A%2520a%2520different%2520object%252E',
      { corrections: { edits: [{ op: 'detach', s: K1 }, { op: 'link', s: K2, to: K1 }], notes: [{ s: K1, text: 'Why: a different object.' }] } },
      {
        claim: null,
        sensitivity: 0.5,
        removed: false,
        corrections: { edits: [{ op: 'detach', s: K1 }, { op: 'link', s: K2, to: K1 }], notes: [{ s: K1, text: 'Why: a different object.' }] },
      },
    ],
    [
      'everything',
      { ...DEFAULT_VIEW, event: E, claim: 'c3', removed: true, sensitivity: 0.75, lens: 'facts', panel: 'framing' },
      `?event=${E}&claim=c3&removed=1&sensitivity=0.75&lens=facts&panel=framing`,
      { claim: 'c3', sensitivity: 0.75, removed: true, lens: 'facts', panel: 'framing' },
      { claim: 'c3', sensitivity: 0.75, removed: true, lens: 'facts', panel: 'framing' },
    ],
  ];

  it.each(rows)('%s', (_name, view, query, link, file) => {
    // query string
    expect(formatQuery(view)).toBe(query);
    expect(parseQuery(query)).toEqual(view);
    // link header: only what is not the default, in v1's key order
    expect(JSON.stringify(formatJsonView(view, 'link'))).toBe(JSON.stringify(link));
    // file: claim, sensitivity and removed always, the rest when set, in v1's key order
    expect(JSON.stringify(formatJsonView(view, 'file'))).toBe(JSON.stringify(file));
    // reading either back gives the carried view (no event), with no warnings
    const { event: _event, ...carried } = view;
    for (const json of [link, file]) {
      const read = parseJsonView(json);
      expect(read.warnings).toEqual([]);
      expect(read.view).toEqual(toLinkView(carried));
      expect({ ...DEFAULT_VIEW, ...read.view, event: view.event }).toEqual(view);
    }
    expect(JSON.stringify(toLinkView(view))).toBe(JSON.stringify(file));
  });
});

describe('JSON views are read tolerantly: a bad field takes its default, with a warning', () => {
  const rows: [name: string, raw: unknown, view: object, warnings: RegExp[]][] = [
    ['absent', undefined, DEFAULT_LINK_VIEW, []],
    ['null', null, DEFAULT_LINK_VIEW, []],
    ['not an object', 'claims', DEFAULT_LINK_VIEW, [/unreadable/]],
    ['an array', [1], DEFAULT_LINK_VIEW, [/unreadable/]],
    ['bad claim', { claim: 'x1' }, DEFAULT_LINK_VIEW, [/not a claim id/]],
    ['a sentence place', { claim: 'c2', at: '1.40' }, { ...DEFAULT_LINK_VIEW, claim: 'c2', at: '1.40' }, []],
    // A bad place is dropped quietly: the claim id still selects, as in links made before `at` existed.
    ...(['0.3', '2.0', '1.2.3', '1.x', ' 1.2', '1000.1', 3.15] as unknown[]).map(
      (at): [string, unknown, object, RegExp[]] => [`bad sentence place ${JSON.stringify(at)}`, { claim: 'c2', at }, { ...DEFAULT_LINK_VIEW, claim: 'c2' }, []],
    ),
    ['sensitivity too high is clamped', { sensitivity: 7 }, { ...DEFAULT_LINK_VIEW, sensitivity: 1 }, [/outside 0–1, so 1/]],
    ['sensitivity not a number', { sensitivity: '0.3' }, DEFAULT_LINK_VIEW, [/not a number/]],
    ['removed not a boolean', { removed: 'yes' }, DEFAULT_LINK_VIEW, [/neither on nor off/]],
    ['unknown lens', { lens: 'words' }, DEFAULT_LINK_VIEW, [/lens was not one/]],
    ['lens in capitals (strict in links)', { lens: 'Loaded' }, DEFAULT_LINK_VIEW, [/lens was not one/]],
    ['the default lens is not kept', { lens: 'claims' }, DEFAULT_LINK_VIEW, []],
    ['unknown panel', { panel: 'summary' }, DEFAULT_LINK_VIEW, [/open panel/]],
    ['nulls are defaults', { claim: null, lens: null, panel: null }, DEFAULT_LINK_VIEW, []],
    ['the good fields survive a bad one', { claim: 'c4', lens: 3, panel: 'framing' }, { ...DEFAULT_LINK_VIEW, claim: 'c4', panel: 'framing' }, [/lens/]],
    [
      'corrections: bad entries dropped and counted',
      { corrections: { edits: [{ op: 'detach', s: K1 }, { op: 'glue' }, 7], notes: [{ s: K1 }] } },
      { ...DEFAULT_LINK_VIEW, corrections: { edits: [{ op: 'detach', s: K1 }], notes: [] } },
      [/^3 corrections were unreadable and left out\.$/],
    ],
    ['corrections not an object', { corrections: 'detach' }, DEFAULT_LINK_VIEW, [/^1 correction was unreadable/]],
    ['empty corrections are the default', { corrections: { edits: [], notes: [] } }, DEFAULT_LINK_VIEW, []],
  ];
  it.each(rows)('%s', (_name, raw, view, warnings) => {
    const read = parseJsonView(raw);
    expect(read.view).toEqual(view);
    expect(read.warnings).toHaveLength(warnings.length);
    read.warnings.forEach((w, i) => expect(w).toMatch(warnings[i]!));
  });

  it('lists keys it does not know (they are ignored)', () => {
    expect(parseJsonView({ claim: 'c1', zoom: 2, notes: [] }).ignored).toEqual(['zoom', 'notes']);
  });
});

describe('the table', () => {
  it('declares each default once: DEFAULT_VIEW is the table’s defaults', () => {
    for (const [key, field] of Object.entries(VIEW_FIELDS)) expect(DEFAULT_VIEW[key as keyof ViewState]).toEqual(field.default);
  });

  it('every JSON slot is distinct and every query parameter is distinct', () => {
    const fields = Object.values(VIEW_FIELDS) as { query?: { param: string }; json?: { slot: number; key: string } }[];
    const slots = fields.flatMap((f) => (f.json ? [f.json.slot] : []));
    const params = fields.flatMap((f) => (f.query ? [f.query.param] : []));
    expect(new Set(slots).size).toBe(slots.length);
    expect(new Set(params).size).toBe(params.length);
  });

  it('linkViewKey changes exactly when the link would', () => {
    expect(linkViewKey({ ...DEFAULT_LINK_VIEW })).toBe(linkViewKey({ ...DEFAULT_LINK_VIEW, lens: 'claims', panel: null }));
    expect(linkViewKey({ ...DEFAULT_LINK_VIEW, removed: true })).not.toBe(linkViewKey(DEFAULT_LINK_VIEW));
  });
});

describe('corrections in the address', () => {
  it.each([
    ['absent', '', { edits: [], notes: [] }],
    ['unreadable entries are counted for the notice', '?edits=1_d-2.4.k2x9_zz-1_d-x', { edits: [{ op: 'detach', s: { report: 2, sentence: 4, hash: 'k2x9' } }], notes: [], dropped: 2 }],
    ['another version', '?edits=9_d-2.4.k2x9', { edits: [], notes: [], dropped: 1 }],
  ])('%s', (_, search, corrections) => {
    expect(parseQuery(search).corrections).toEqual(corrections);
    // The count is never written back.
    expect(formatQuery({ ...DEFAULT_VIEW, corrections: parseQuery(search).corrections })).not.toContain('dropped');
  });
});
