import { describe, expect, it } from 'vitest';
import { fileName, fromFile, looksTruncated, toFile } from './file';
import { ShareEncodeError } from './shareState';

const A = { outlet: 'Sputnik', date: '2024-11-20', text: 'The US will send mines to Kyiv.' };
const B = { outlet: 'Известия', language: 'ru', text: 'США передадут Киеву мины 🇺🇦.' };
const DEFAULT_VIEW = { claim: null, sensitivity: 0.5, removed: false };

describe('.parallax.json', () => {
  it('writes readable JSON with the schema, the reports and every view field', () => {
    expect(toFile({ reports: [A, B], view: { claim: 'c3' } })).toBe(
      `{
  "schema": "parallax.share/1",
  "reports": [
    {
      "outlet": "Sputnik",
      "text": "The US will send mines to Kyiv.",
      "date": "2024-11-20"
    },
    {
      "outlet": "Известия",
      "text": "США передадут Киеву мины 🇺🇦.",
      "language": "ru"
    }
  ],
  "view": {
    "claim": "c3",
    "sensitivity": 0.5,
    "removed": false
  }
}
`,
    );
  });

  it('reads back what it writes, with or without a byte-order mark', () => {
    const file = toFile({ reports: [A, B], view: { removed: true, sensitivity: 0.3 } });
    const expected = { ok: true, state: { reports: [A, B], view: { claim: null, sensitivity: 0.3, removed: true } }, warnings: [] };
    expect(fromFile(file)).toEqual(expected);
    expect(fromFile(`\uFEFF${file}`)).toEqual(expected);
  });

  it('a file without view takes the defaults; a newer field is ignored with a warning', () => {
    expect(fromFile(JSON.stringify({ schema: 'parallax.share/1', reports: [A, B] }))).toEqual({
      ok: true,
      state: { reports: [A, B], view: DEFAULT_VIEW },
      warnings: [],
    });
    expect(fromFile(JSON.stringify({ schema: 'parallax.share/1', reports: [A, B], view: { zoom: 'x' }, notes: '' }))).toEqual({
      ok: true,
      state: { reports: [A, B], view: DEFAULT_VIEW },
      warnings: ['This comparison has settings this version of Parallax does not know (notes, view.zoom); they were ignored.'],
    });
  });

  it('carries the lens and the open framing summary, written only when set', () => {
    const file = toFile({ reports: [A, B], view: { claim: 'c2', lens: 'loaded', panel: 'framing' } });
    expect(JSON.parse(file).view).toEqual({ claim: 'c2', sensitivity: 0.5, removed: false, lens: 'loaded', panel: 'framing' });
    expect(fromFile(file)).toEqual({
      ok: true,
      state: { reports: [A, B], view: { claim: 'c2', sensitivity: 0.5, removed: false, lens: 'loaded', panel: 'framing' } },
      warnings: [],
    });
    // The claims view with no panel writes the file exactly as before lens and panel existed.
    expect(JSON.parse(toFile({ reports: [A, B], view: { lens: 'claims', panel: null } })).view).toEqual(DEFAULT_VIEW);
    expect(Object.keys(JSON.parse(toFile({ reports: [A, B], view: { lens: 'claims', panel: null } })).view)).toEqual([
      'claim',
      'sensitivity',
      'removed',
    ]);
  });

  it('an unknown lens or panel in a file takes the default, with a warning', () => {
    expect(fromFile(JSON.stringify({ schema: 'parallax.share/1', reports: [A, B], view: { lens: 'x', panel: 'y', removed: true } }))).toEqual({
      ok: true,
      state: { reports: [A, B], view: { ...DEFAULT_VIEW, removed: true } },
      warnings: [
        'The lens was not one this version of Parallax knows, so the claims view is shown.',
        'The open panel was not one this version of Parallax knows, so no panel is open.',
      ],
    });
  });

  it('opens the command line’s Comparison JSON (its reports and sensitivity)', () => {
    const comparison = {
      schema: 'parallax.comparison/1',
      options: { sensitivity: 0.6, threshold: 0.3 },
      reports: [
        { id: 'a', outlet: 'Sputnik', date: '2024-11-20', text: A.text, sentences: [], removed: [] },
        { id: 'b', outlet: 'Известия', language: 'ru', machineTranslated: false, text: B.text, sentences: [], removed: [] },
      ],
      claims: [],
      summary: {},
    };
    expect(fromFile(JSON.stringify(comparison))).toEqual({
      ok: true,
      state: { reports: [A, B], view: { claim: null, sensitivity: 0.6, removed: false } },
      warnings: [],
    });
  });

  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['{"schema":"parallax.share/2","reports":[]}', 'unknown-version'],
    ['not json at all', 'corrupted'],
    ['{"a":1}}', 'corrupted'],
    ['{"schema":"something/1","reports":[]}', 'corrupted'],
    ['[1,2,3]', 'corrupted'],
    ['{"schema":"parallax.share/1","reports":[{"outlet":"A","text":"a', 'truncated'],
    ['{"schema":"parallax.share/1","reports":[{"outlet":"A","text":"a.'.concat('"},{"outlet":"B","text":"b."}'), 'truncated'],
    ['{"schema":"parallax.share/1","reports":[{"outlet":"A","text":"a."}]}', 'too-few-reports'],
    [JSON.stringify({ schema: 'parallax.share/1', reports: Array(7).fill(A) }), 'too-many-reports'],
    [JSON.stringify({ schema: 'parallax.share/1', reports: [A, { outlet: 'B', text: 'b'.repeat(1024 * 1024 + 1) }] }), 'too-large'],
    [JSON.stringify({ schema: 'parallax.share/1', reports: [A, { outlet: 'B', text: 3 }] }), 'invalid'],
    [JSON.stringify({ schema: 'parallax.share/1', reports: 'none' }), 'invalid'],
  ])('%#: → %s', (text, kind) => {
    const r = fromFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(kind);
  });

  it('an invalid file offers the valid reports', () => {
    expect(fromFile(JSON.stringify({ schema: 'parallax.share/1', reports: [A, { outlet: '', text: 'x.' }, B] }))).toEqual({
      ok: false,
      error: 'invalid',
      detail: 'Report 2 has no outlet name.',
      partial: { view: DEFAULT_VIEW, reports: [A, B] },
    });
  });

  it('toFile refuses an unshareable state', () => {
    expect(() => toFile({ reports: [A] })).toThrow(ShareEncodeError);
  });

  it('looksTruncated and fileName', () => {
    expect(looksTruncated('{"a":[1,2')).toBe(true);
    expect(looksTruncated('{"a":"x\\"')).toBe(true);
    expect(looksTruncated('{"a":1}')).toBe(false);
    expect(looksTruncated('{"a":1]')).toBe(false);
    expect(fileName(new Date('2024-11-21T10:00:00Z'))).toBe('parallax-2024-11-21.parallax.json');
    expect(fileName(new Date(NaN))).toBe('parallax.parallax.json');
  });
});
