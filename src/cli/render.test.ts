import { describe, expect, it } from 'vitest';
import { emptyFraming } from '../core/index';
import type { Comparison } from '../core/types';
import { oneLine, renderComparison, reportLabels, truncate, wrap } from './render';

const textA = 'Header line\nThe minister resigned on Monday. Prices rose 5%.';
const textB = 'The minister quit on Monday.\nIt rained.';
const textC = 'Minister resigned Monday, officials said. Prices went up by 5 percent.';

function sentence(text: string, s: string, claim: string) {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`not found: ${s}`);
  return { text: s, start, end: start + s.length, claim };
}

const comparison: Comparison = {
  schema: 'parallax.comparison/1',
  options: { sensitivity: 0.5, threshold: 0.35 },
  reports: [
    {
      id: 'a',
      outlet: 'Alpha News',
      language: 'en',
      date: '2024-11-20',
      text: textA,
      sentences: [sentence(textA, 'The minister resigned on Monday.', 'c1'), sentence(textA, 'Prices rose 5%.', 'c2')],
      removed: [{ text: 'Header line', start: 0, end: 11, reason: 'header', detail: 'a header line' }],
      framing: emptyFraming(),
    },
    {
      id: 'b',
      outlet: 'Beta',
      machineTranslated: true,
      text: textB,
      sentences: [sentence(textB, 'The minister quit on Monday.', 'c1'), sentence(textB, 'It rained.', 'c3')],
      removed: [],
      framing: emptyFraming(),
    },
    {
      id: 'c',
      outlet: 'Gamma',
      text: textC,
      sentences: [sentence(textC, 'Minister resigned Monday, officials said.', 'c1'), sentence(textC, 'Prices went up by 5 percent.', 'c2')],
      removed: [],
      framing: emptyFraming(),
    },
  ],
  claims: [
    {
      id: 'c1',
      kind: 'shared',
      members: [
        { report: 0, sentence: 0 },
        { report: 1, sentence: 0, match: { to: 0, score: 0.71, terms: ['minister', 'Monday'], names: [], numbers: [] } },
        { report: 2, sentence: 0, match: { to: 0, score: 0.64, terms: ['minister', 'resigned'], names: [], numbers: [] } },
      ],
    },
    {
      id: 'c2',
      kind: 'partial',
      members: [
        { report: 0, sentence: 1 },
        { report: 2, sentence: 1, match: { to: 0, score: 0.5, terms: ['prices'], names: [], numbers: ['5'] } },
      ],
    },
    { id: 'c3', kind: 'unique', members: [{ report: 1, sentence: 1 }] },
  ],
  summary: {
    claims: { shared: 1, partial: 1, unique: 1 },
    perReport: [
      { shared: 1, partial: 1, unique: 0 },
      { shared: 1, partial: 0, unique: 1 },
      { shared: 1, partial: 1, unique: 0 },
    ],
  },
  facts: { reports: ['a', 'b', 'c'], rows: [], discrepancies: [] },
};

describe('renderComparison', () => {
  const text = renderComparison(comparison, { width: 80 });

  it('prints the framing lens of each outlet, saying when nothing was detected', () => {
    const text = renderComparison(comparison, { width: 100 });
    expect(text).toContain('\nFraming\n  Alpha News\n    Voices: none detected\n    Quotation: 0% of the text\n    Loaded and hedging words: none\n');
  });

  it('has no ANSI escapes without colour', () => {
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('uses ANSI escapes with colour, and the same text underneath', () => {
    const colored = renderComparison(comparison, { width: 80, color: true });
    expect(colored).toMatch(/\x1b\[/);
    expect(colored.replace(/\x1b\[\d+m/g, '')).toBe(text);
  });

  it('lists each report with its sentence and removal counts', () => {
    expect(text).toMatch(/^ {2}1 {2}Alpha News {2}\s+2\s+1\s+1\s+1\s+0$/m);
    expect(text).toMatch(/^ {2}2 {2}Beta\s+2\s+0\s+1\s+0\s+1$/m);
    expect(text).toContain('removed: 1 header');
    expect(text).toContain('machine-translated');
  });

  it('gives claim counts overall and per outlet', () => {
    expect(text).toContain('Claims: 1 shared, 1 partial, 1 unique');
    expect(text).toMatch(/^ {2}Gamma\s+1 shared, 1 partial, 0 unique$/m);
  });

  it('groups claims by kind, shared first, members as [Outlet] sentence', () => {
    const shared = text.indexOf('Shared claims');
    const partial = text.indexOf('Partial claims');
    const unique = text.indexOf('Unique claims');
    expect(shared).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(shared);
    expect(unique).toBeGreaterThan(partial);
    expect(text).toContain('[Alpha News] The minister resigned on Monday.');
    expect(text).toContain('[Beta] The minister quit on Monday. (0.71)');
    expect(text).toContain('(not in: Beta)');
    expect(text.slice(unique)).toContain('[Beta] It rained.');
  });

  it('keeps every line within the width', () => {
    const long = structuredClone(comparison);
    const s = long.reports[0]!.sentences[0]!;
    s.text = 'word '.repeat(60) + 'averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword end.';
    const narrow = renderComparison(long, { width: 50 });
    // The reports table is as wide as it must be; claim members wrap to the width.
    const members = narrow.slice(narrow.indexOf('Shared claims')).split('\n');
    expect(members.length).toBeGreaterThan(8);
    for (const line of members) expect(Array.from(line).length).toBeLessThanOrEqual(50);
  });

  it('truncates very long sentences', () => {
    const long = structuredClone(comparison);
    long.reports[1]!.sentences[1]!.text = 'x'.repeat(5000);
    const rendered = renderComparison(long, { width: 100, maxSentence: 300 });
    expect(rendered).toContain('…');
    expect(rendered.length).toBeLessThan(text.length + 400);
  });

  it('says (none) for an empty kind', () => {
    const none = structuredClone(comparison);
    none.claims = none.claims.filter((c) => c.kind !== 'unique');
    expect(renderComparison(none).split('Unique claims')[1]).toContain('(none)');
  });
});

describe('renderComparison: nothing a report supplies reaches the terminal raw', () => {
  const hostile = (outlet: string, sentence: string): Comparison => ({
    ...comparison,
    reports: comparison.reports.map((r, i) => (i === 0 ? { ...r, outlet, sentences: r.sentences.map((s, k) => (k === 0 ? { ...s, text: sentence } : s)) } : r)),
  });
  it.each([
    ['CSI in the outlet', 'Al\x1b[2Jpha', 'x', '[Al\\x1B[2Jpha] '],
    ['OSC title in a sentence', 'Alpha', 'He \x1b]0;pwned\x07 said.', '[Alpha] He \\x1B]0;pwned\\x07 said.'],
    ['C1 CSI in a sentence', 'Alpha', 'a \x9b2J b', '[Alpha] a \\x9B2J b'],
    ['a bidi override in the outlet', 'Al\u202Epha', 'x', '[Al\\u202Epha] '],
    ['a NUL in a sentence', 'Alpha', 'a\x00b', '[Alpha] a\\x00b'],
  ])('%s', (_name, outlet, sentence, shown) => {
    const text = renderComparison(hostile(outlet, sentence), { width: 100 });
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain(shown);
  });

  it('colour codes are still ours alone', () => {
    const text = renderComparison(hostile('Al\x1b[2Jpha', 'x'), { width: 100, color: true });
    expect(text).toContain('\x1b[36m[Al\\x1B[2Jpha]\x1b[39m');
  });

  it('hideOutletNames: Outlet A/B/C', () => {
    const text = renderComparison(comparison, { width: 100, hideOutletNames: true });
    expect(text).not.toMatch(/Alpha|Beta|Gamma/);
    expect(text).toContain('[Outlet B] ');
  });
});

describe('renderComparison: the reader\'s corrections', () => {
  const edited: Comparison = {
    ...comparison,
    claims: comparison.claims.map((c) =>
      c.id === 'c2'
        ? { ...c, edited: true, note: 'Check the figure:\nGamma rounds it.', members: c.members.map((m, k) => (k === 1 ? { ...m, linkedByUser: true } : m)) }
        : c.id === 'c3'
          ? { ...c, edited: true }
          : c,
    ),
    edits: [{ op: 'link', s: { report: 2, sentence: 1, hash: 'x' }, to: { report: 0, sentence: 1, hash: 'y' } }, { op: 'detach', s: { report: 1, sentence: 1, hash: 'z' } }],
    notes: [{ s: { report: 0, sentence: 1, hash: 'y' }, text: 'Check the figure:\nGamma rounds it.' }],
    stale: { edits: [{ op: 'detach', s: { report: 0, sentence: 9, hash: 'q' } }], notes: [], unreadable: 1 },
  };
  const text = renderComparison(edited, { width: 100 });

  it('says how many corrections were replayed and how many were left out', () => {
    expect(text).toContain('\ncorrections: 2 edits replayed (2 claims edited), 1 note; 2 stale or unreadable (left out)\n');
    expect(renderComparison(comparison, { width: 100 })).not.toContain('corrections:');
  });

  it.each([
    ['an edited partial claim', '  c2  (edited; not in: Beta)\n'],
    ['an edited unique claim', '  c3  (edited)\n'],
    ['a sentence the reader linked', '[Gamma] Prices went up by 5 percent. (0.50, linked by the reader)\n'],
    ['the note under its claim, each line of it', '(0.50, linked by the reader)\n      Note: Check the figure:\n      Gamma rounds it.\n'],
  ])('marks %s', (_name, shown) => {
    expect(text).toContain(shown);
  });

  it('a note cannot take over the terminal', () => {
    const hostile = { ...edited, claims: edited.claims.map((c) => (c.id === 'c2' ? { ...c, note: 'a \x1b[2J\x1b]0;pwned\x07 \u202Eb\rc' } : c)) };
    const out = renderComparison(hostile, { width: 100 });
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Note: a \\x1B[2J\\x1B]0;pwned\\x07 \\u202Eb\\x0Dc');
  });
});

describe('helpers', () => {
  it('oneLine collapses white space', () => {
    expect(oneLine('  a\n b\t\tc  ')).toBe('a b c');
  });
  it('truncate counts code points and adds an ellipsis', () => {
    expect(truncate('abcdef', 10)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
  it('wrap indents continuation lines', () => {
    expect(wrap('one two three four', 18, 2, 8)).toEqual(['one two', '  three four']);
    expect(wrap('', 20, 2)).toEqual(['']);
  });
  it('reportLabels disambiguates equal outlets by id', () => {
    const reports = comparison.reports.map((r) => ({ ...r, outlet: 'Same' }));
    expect(reportLabels(reports)).toEqual(['Same (a)', 'Same (b)', 'Same (c)']);
  });
});
