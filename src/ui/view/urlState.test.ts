import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, format, parse, resolveView, type ViewState } from './urlState';
import { NO_CORRECTIONS } from '../../core/edits/format';

const EVENT = 'us-mines-ukraine-2024-11';

describe('format → parse round trip', () => {
  const cases: [name: string, state: ViewState, search: string][] = [
    ['default view', { event: null, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, ''],
    ['event only', { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}`],
    ['event and claim', { event: EVENT, claim: 'c12', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&claim=c12`],
    ['removed text shown', { event: EVENT, claim: null, at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&removed=1`],
    ['everything', { event: EVENT, claim: 'c3', at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&claim=c3&removed=1`],
    ['claim without event', { event: null, claim: 'c1', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?claim=c1'],
    ['dots and underscores in ids', { event: 'a.b_c-1', claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?event=a.b_c-1'],
    ['loosest sensitivity', { event: EVENT, claim: null, at: null, removed: false, sensitivity: 1, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&sensitivity=1`],
    ['strictest sensitivity', { event: null, claim: null, at: null, removed: false, sensitivity: 0, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?sensitivity=0'],
    ['sensitivity in steps', { event: null, claim: null, at: null, removed: false, sensitivity: 0.35, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?sensitivity=0.35'],
    ['all four', { event: EVENT, claim: 'c3', at: null, removed: true, sensitivity: 0.75, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&claim=c3&removed=1&sensitivity=0.75`],
    ['voices lens', { ...DEFAULT_VIEW, lens: 'voices' }, '?lens=voices'],
    ['labels lens', { ...DEFAULT_VIEW, lens: 'labels' }, '?lens=labels'],
    ['loaded lens', { ...DEFAULT_VIEW, lens: 'loaded' }, '?lens=loaded'],
    ['facts lens', { ...DEFAULT_VIEW, lens: 'facts' }, '?lens=facts'],
    ['framing summary open', { ...DEFAULT_VIEW, panel: 'framing' }, '?panel=framing'],
    ['claims list, filtered', { ...DEFAULT_VIEW, panel: 'claims', kind: 'shared', outlets: '0.2', only: true, q: 'mines', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?panel=claims&kind=shared&outlets=0.2&only=1&q=mines'],
    ['all six', { event: EVENT, claim: 'c3', at: null, removed: true, sensitivity: 0.75, lens: 'facts', panel: 'framing', kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}&claim=c3&removed=1&sensitivity=0.75&lens=facts&panel=framing`],
  ];
  it.each(cases)('%s', (_name, state, search) => {
    expect(format(state)).toBe(search);
    expect(parse(search)).toEqual(state);
    expect(parse(format(state))).toEqual(state);
  });
});

describe('parse never throws and falls back to defaults', () => {
  const cases: [name: string, search: string, expected: ViewState][] = [
    ['empty', '', DEFAULT_VIEW],
    ['just a question mark', '?', DEFAULT_VIEW],
    ['without the question mark', `event=${EVENT}&claim=c2`, { event: EVENT, claim: 'c2', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['parameter order does not matter', `?claim=c2&removed=1&event=${EVENT}`, { event: EVENT, claim: 'c2', at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['the first of repeated parameters wins', '?claim=c2&claim=c9', { event: null, claim: 'c2', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['bad claim id', '?claim=zzz', DEFAULT_VIEW],
    ['claim at a sentence', '?claim=c2&at=2.14', { ...DEFAULT_VIEW, claim: 'c2', at: '2.14' }],
    ['sentence place counted from 1', '?claim=c2&at=0.14', { ...DEFAULT_VIEW, claim: 'c2' }],
    ['sentence place with a script', '?claim=c2&at=<b>1.2</b>', { ...DEFAULT_VIEW, claim: 'c2' }],
    ['claim c0', '?claim=c0', DEFAULT_VIEW],
    ['claim with a script', '?claim=<script>alert(1)</script>', DEFAULT_VIEW],
    ['bad claim, unknown-but-valid event', '?claim=zzz&event=nope', { event: 'nope', claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['event with slashes', '?event=../../etc/passwd', DEFAULT_VIEW],
    ['empty event', '?event=', DEFAULT_VIEW],
    ['event with spaces around', `?event=%20${EVENT}%20`, { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['removed=true', '?removed=true', { event: null, claim: null, at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['bare removed', '?removed', { event: null, claim: null, at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['removed=0', '?removed=0', DEFAULT_VIEW],
    ['removed=maybe', '?removed=maybe', DEFAULT_VIEW],
    ['broken percent encoding', '?event=%E0%A4%A&claim=%', DEFAULT_VIEW],
    ['unknown parameters are ignored', '?foo=bar&claim=c4', { event: null, claim: 'c4', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['a hash is not part of the value', '?claim=c4#x', DEFAULT_VIEW],
    ['sensitivity=0.9', '?sensitivity=0.9', { event: null, claim: null, at: null, removed: false, sensitivity: 0.9, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['sensitivity rounded to 2 decimals', '?sensitivity=0.333333', { event: null, claim: null, at: null, removed: false, sensitivity: 0.33, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['sensitivity rounded up', '?sensitivity=0.666', { event: null, claim: null, at: null, removed: false, sensitivity: 0.67, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['sensitivity without a leading zero', '?sensitivity=.25', { event: null, claim: null, at: null, removed: false, sensitivity: 0.25, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['sensitivity with spaces around', '?sensitivity=%200.8%20', { event: null, claim: null, at: null, removed: false, sensitivity: 0.8, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['sensitivity=0.5 is the default', '?sensitivity=0.5', DEFAULT_VIEW],
    ['sensitivity=abc', '?sensitivity=abc', DEFAULT_VIEW],
    ['sensitivity=-1', '?sensitivity=-1', DEFAULT_VIEW],
    ['sensitivity=2', '?sensitivity=2', DEFAULT_VIEW],
    ['sensitivity=1.01', '?sensitivity=1.01', DEFAULT_VIEW],
    ['empty sensitivity', '?sensitivity=', DEFAULT_VIEW],
    ['bare sensitivity', '?sensitivity', DEFAULT_VIEW],
    ['sensitivity=NaN', '?sensitivity=NaN', DEFAULT_VIEW],
    ['sensitivity=Infinity', '?sensitivity=Infinity', DEFAULT_VIEW],
    ['sensitivity in exponent form', '?sensitivity=1e-1', DEFAULT_VIEW],
    ['sensitivity in hex', '?sensitivity=0x1', DEFAULT_VIEW],
    ['sensitivity=1,5', '?sensitivity=1,5', DEFAULT_VIEW],
    ['bad sensitivity leaves the rest alone', `?event=${EVENT}&sensitivity=abc&claim=c2`, { event: EVENT, claim: 'c2', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }],
    ['lens=claims is the default', '?lens=claims', DEFAULT_VIEW],
    ['a bad lens falls back to claims', '?lens=x', DEFAULT_VIEW],
    ['empty lens', '?lens=', DEFAULT_VIEW],
    ['lens in capitals with spaces', '?lens=%20Voices%20', { ...DEFAULT_VIEW, lens: 'voices' }],
    ['a bad lens leaves the rest alone', '?lens=nope&claim=c4&panel=framing', { ...DEFAULT_VIEW, claim: 'c4', panel: 'framing' }],
    ['unknown panel', '?panel=summary', DEFAULT_VIEW],
    ['bare panel', '?panel', DEFAULT_VIEW],
    ['panel with a script', '?panel=<script>', DEFAULT_VIEW],
  ];
  it.each(cases)('%s', (_name, search, expected) => {
    expect(parse(search)).toEqual(expected);
  });

  it('tolerates a non-string at run time', () => {
    expect(parse(undefined as unknown as string)).toEqual(DEFAULT_VIEW);
  });
});

describe('format leaves out defaults and invalid values', () => {
  const cases: [name: string, state: ViewState, search: string][] = [
    ['removed false', { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}`],
    ['invalid claim', { event: EVENT, claim: 'zzz', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, `?event=${EVENT}`],
    ['invalid event', { event: 'a/b', claim: 'c1', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?claim=c1'],
    ['sensitivity rounded to 2 decimals', { event: null, claim: null, at: null, removed: false, sensitivity: 0.333333, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, '?sensitivity=0.33'],
    ['sensitivity that rounds to the default', { event: null, claim: null, at: null, removed: false, sensitivity: 0.501, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, ''],
    ['sensitivity out of range', { event: null, claim: null, at: null, removed: false, sensitivity: 2, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, ''],
    ['sensitivity below range', { event: null, claim: null, at: null, removed: false, sensitivity: -0.1, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, ''],
    ['sensitivity NaN', { event: null, claim: null, at: null, removed: false, sensitivity: Number.NaN, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, ''],
    ['not a lens', { ...DEFAULT_VIEW, lens: 'bogus' as never }, ''],
    ['not a panel', { ...DEFAULT_VIEW, panel: 'other' as never }, ''],
  ];
  it.each(cases)('%s', (_name, state, search) => {
    expect(format(state)).toBe(search);
  });
});

describe('resolveView against what exists', () => {
  const events = [EVENT, 'other-event'];
  const claims = new Set(['c1', 'c2']);
  const cases: [name: string, state: ViewState, known: { claims: Set<string> | null }, expected: ViewState, notice: boolean][] = [
    ['no event → the first', DEFAULT_VIEW, { claims: null }, { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, false],
    ['known event kept', { event: 'other-event', claim: null, at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims: null }, { event: 'other-event', claim: null, at: null, removed: true, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, false],
    ['unknown event → default with a notice, claim dropped', { event: 'nope', claim: 'c1', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims }, { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, true],
    ['known claim kept', { event: EVENT, claim: 'c2', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims }, { event: EVENT, claim: 'c2', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, false],
    ['unknown claim → no selection', { event: EVENT, claim: 'c99', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims }, { event: EVENT, claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, true],
    ['sensitivity is left alone', { event: EVENT, claim: 'c1', at: null, removed: false, sensitivity: 0.9, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims }, { event: EVENT, claim: 'c1', at: null, removed: false, sensitivity: 0.9, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, false],
    ['claims not known yet → claim kept for now', { event: EVENT, claim: 'c99', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { claims: null }, { event: EVENT, claim: 'c99', at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, false],
  ];
  it.each(cases)('%s', (_name, state, known, expected, notice) => {
    const out = resolveView(state, { events, claims: known.claims });
    expect(out.state).toEqual(expected);
    expect(out.notice !== null).toBe(notice);
  });

  it('no events at all', () => {
    expect(resolveView({ event: 'x', claim: null, at: null, removed: false, sensitivity: 0.5, lens: 'claims', panel: null, kind: null, outlets: null, only: false, q: '', hideOutlets: false, title: '', note: '', corrections: NO_CORRECTIONS }, { events: [], claims: null }).state.event).toBeNull();
  });
});
