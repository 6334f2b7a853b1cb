/**
 * The classroom fields of the view table (issue 14): hidden outlet names
 * (address, links, files), and the maker's title and note (links and files).
 */
import { describe, expect, it } from 'vitest';
import { cleanUserText, DEFAULT_VIEW, formatJsonView, formatQuery, MAX_NOTE, MAX_TITLE, parseJsonView, parseQuery, toLinkView, type ViewState } from './fields';

const v = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const FILE_BASE = { claim: null, sensitivity: 0.5, removed: false };

describe('round trips: view → address, link header, file view → view', () => {
  const rows: [name: string, view: ViewState, query: string, link: object][] = [
    ['names hidden', v({ hideOutlets: true }), '?hideOutlets=1', { hideOutlets: true }],
    ['a title', v({ title: 'Mines: three reports' }), '', { title: 'Mines: three reports' }],
    ['a note with line breaks', v({ note: 'Read A first.\nThen B.' }), '', { note: 'Read A first.\nThen B.' }],
    [
      'all three after the other fields, in slot order',
      v({ claim: 'c2', lens: 'voices', hideOutlets: true, title: 'T', note: 'N' }),
      '?claim=c2&lens=voices&hideOutlets=1',
      { claim: 'c2', lens: 'voices', hideOutlets: true, title: 'T', note: 'N' },
    ],
    [
      'hostile text is kept as text',
      v({ title: '<img src=x onerror=alert(1)> "Q" & \'A\'', note: '# Heading\n[link](javascript:alert(1))\n=SUM(A1)' }),
      '',
      { title: '<img src=x onerror=alert(1)> "Q" & \'A\'', note: '# Heading\n[link](javascript:alert(1))\n=SUM(A1)' },
    ],
    ['Cyrillic and RTL titles', v({ title: 'Мины для Украины · الألغام' }), '', { title: 'Мины для Украины · الألغام' }],
  ];

  it.each(rows)('%s', (_name, view, query, link) => {
    expect(formatQuery(view)).toBe(query);
    // Title and note are not in the address: they travel in links and files only.
    expect(parseQuery(query)).toEqual({ ...view, title: '', note: '' });
    expect(JSON.stringify(formatJsonView(view, 'link'))).toBe(JSON.stringify(link));
    expect(JSON.stringify(formatJsonView(view, 'file'))).toBe(JSON.stringify({ ...FILE_BASE, ...link }));
    const read = parseJsonView(link);
    expect(read.warnings).toEqual([]);
    expect(read.ignored).toEqual([]);
    const { event: _e, ...carried } = view;
    expect(read.view).toEqual(toLinkView(carried));
  });

  it('the default view writes none of them (old links and files are unchanged)', () => {
    expect(formatJsonView(DEFAULT_VIEW, 'link')).toEqual({});
    expect(formatJsonView(DEFAULT_VIEW, 'file')).toEqual(FILE_BASE);
    expect(formatQuery(DEFAULT_VIEW)).toBe('');
  });

  it.each([
    ['?hideOutlets', true],
    ['?hideOutlets=yes', true],
    ['?hideOutlets=0', false],
    ['?hideOutlets=maybe', false],
  ])('%s → %s', (query, hidden) => expect(parseQuery(query).hideOutlets).toBe(hidden));
});

describe('bad JSON values take the default, with a warning', () => {
  it.each([
    [{ hideOutlets: 'yes' }, { hideOutlets: false }, '“Hide outlet names” was neither on nor off, so the names are shown.'],
    [{ title: 42 }, { title: '' }, 'The comparison title was not text, so it was left out.'],
    [{ note: ['a'] }, { note: '' }, 'The note to readers was not text, so it was left out.'],
    [{ title: 'x'.repeat(MAX_TITLE + 5) }, { title: 'x'.repeat(MAX_TITLE) }, 'The comparison title was longer than 200 characters, so it was cut.'],
    [{ note: 'y'.repeat(MAX_NOTE + 1) }, { note: 'y'.repeat(MAX_NOTE) }, 'The note to readers was longer than 2,000 characters, so it was cut.'],
  ])('%j', (raw, expected, warning) => {
    const read = parseJsonView(raw);
    expect({ ...DEFAULT_VIEW, ...read.view }).toMatchObject(expected);
    expect(read.warnings).toEqual([warning]);
  });
});

describe('cleanUserText', () => {
  it.each([
    ['  Title \n with\tbreaks  ', MAX_TITLE, false, 'Title with breaks'],
    ['Bell\u0007 and ESC\u001B[31m red', MAX_TITLE, false, 'Bell and ESC [31m red'],
    ['line one\r\nline two\n\n\n\nthree\u0000', MAX_NOTE, true, 'line one\nline two\n\nthree'],
    ['C1\u0085 and DEL\u007F gone', MAX_NOTE, true, 'C1 and DEL gone'],
    ['lone \uD800 surrogate', MAX_TITLE, false, 'lone \uFFFD surrogate'],
    ['bidi \u202Ekept\u202C', MAX_TITLE, false, 'bidi \u202Ekept\u202C'],
    ['ab😀cd', 3, false, 'ab'],
    ['abc d', 4, false, 'abc'],
  ])('%j (max %i, multiline %s) → %j', (raw, max, multiline, out) => expect(cleanUserText(raw, max, multiline)).toBe(out));
});
