import { describe, expect, it } from 'vitest';
import { deflate, toBase64url } from './codec';
import { MAX_REPORT_BYTES } from './limits';
import {
  buildShareLink,
  decodeShare,
  describeShareError,
  encodeShare,
  formatFragment,
  parseFragment,
  SHARE_ERRORS,
  ShareEncodeError,
  type DecodeResult,
  type ShareState,
  type ShareStateInput,
} from './shareState';

const A = { outlet: 'Sputnik', text: 'The US will send mines to Kyiv. Belarus objected.' };
const B = { outlet: 'Izvestia', text: 'Washington approved the transfer of mines. Minsk condemned it.' };
const DEFAULT_VIEW = { claim: null, sensitivity: 0.5, removed: false };
const CORRECTIONS = {
  edits: [
    { op: 'detach' as const, s: { report: 0, sentence: 1, hash: 'k2x9' } },
    { op: 'link' as const, s: { report: 1, sentence: 0, hash: 'ab12' }, to: { report: 0, sentence: 0, hash: '1z' } },
  ],
  notes: [{ s: { report: 0, sentence: 0, hash: '1z' }, text: '<img src=x onerror=alert(1)> "quoted", line\nbreak' }],
};

/** A payload with arbitrary JSON lines, framed like encodeShare does. */
async function rawPayload(lines: string[], version = 1): Promise<string> {
  const body = toBase64url(await deflate(new TextEncoder().encode(lines.join('\n'))));
  return `v${version}.${body.length}.${body}`;
}

function okState(r: DecodeResult): ShareState {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}: ${r.detail ?? ''}`);
  return r.state;
}

describe('encodeShare → decodeShare round trip', () => {
  const maxText = `${'Ж'.repeat(MAX_REPORT_BYTES / 2 - 1)}.`; // 1,048,575 bytes: just under the cap
  const table: { name: string; input: ShareStateInput; expected: ShareState }[] = [
    {
      name: 'two reports, default view',
      input: { reports: [A, B] },
      expected: { reports: [A, B], view: DEFAULT_VIEW },
    },
    {
      name: 'every field',
      input: {
        reports: [
          { outlet: 'Sputnik', date: '2024-11-20', url: 'https://sputnikglobe.com/a.html?x=1#y', language: 'en', text: A.text },
          { outlet: 'Izvestia', date: '20 Nov 2024', url: 'http://iz.ru/1', language: 'pt-BR', text: B.text },
        ],
        view: { claim: 'c12', sensitivity: 0.8, removed: true },
      },
      expected: {
        reports: [
          { outlet: 'Sputnik', date: '2024-11-20', url: 'https://sputnikglobe.com/a.html?x=1#y', language: 'en', text: A.text },
          { outlet: 'Izvestia', date: '20 Nov 2024', url: 'http://iz.ru/1', language: 'pt-BR', text: B.text },
        ],
        view: { claim: 'c12', sensitivity: 0.8, removed: true },
      },
    },
    {
      name: 'Cyrillic, emoji, CJK, RTL and combining marks, text kept verbatim (spaces, CRLF)',
      input: {
        reports: [
          { outlet: 'Известия', language: 'ru', text: '  США передадут Киеву мины.\r\n\r\nМинск против 🇺🇦👍🏽.  ' },
          { outlet: '新华社 · الجزيرة', text: '美国将向乌克兰提供地雷。 قال مسؤولون إن… e\u0301 ok.' },
        ],
        view: { sensitivity: 0 },
      },
      expected: {
        reports: [
          { outlet: 'Известия', language: 'ru', text: '  США передадут Киеву мины.\r\n\r\nМинск против 🇺🇦👍🏽.  ' },
          { outlet: '新华社 · الجزيرة', text: '美国将向乌克兰提供地雷。 قال مسؤولون إن… e\u0301 ok.' },
        ],
        view: { claim: null, sensitivity: 0, removed: false },
      },
    },
    {
      name: 'empty optional fields are left out; outlet white space collapsed',
      input: {
        reports: [
          { outlet: '  Sputnik \n Globe ', date: '', url: '  ', language: '', text: A.text },
          { ...B, date: ' 2024-11-21 ' },
        ],
        view: { claim: null },
      },
      expected: {
        reports: [
          { outlet: 'Sputnik Globe', text: A.text },
          { ...B, date: '2024-11-21' },
        ],
        view: DEFAULT_VIEW,
      },
    },
    {
      name: 'six reports, sensitivity 1',
      input: {
        reports: Array.from({ length: 6 }, (_, i) => ({ outlet: `Outlet ${i + 1}`, text: `Report number ${i + 1}.` })),
        view: { sensitivity: 1 },
      },
      expected: {
        reports: Array.from({ length: 6 }, (_, i) => ({ outlet: `Outlet ${i + 1}`, text: `Report number ${i + 1}.` })),
        view: { claim: null, sensitivity: 1, removed: false },
      },
    },
    {
      name: 'a lens and the open framing summary',
      input: { reports: [A, B], view: { claim: 'c3', lens: 'loaded', panel: 'framing' } },
      expected: { reports: [A, B], view: { claim: 'c3', sensitivity: 0.5, removed: false, lens: 'loaded', panel: 'framing' } },
    },
    ...(['voices', 'labels', 'facts'] as const).map((lens) => ({
      name: `the ${lens} lens alone, no panel`,
      input: { reports: [A, B], view: { lens, panel: null } },
      expected: { reports: [A, B], view: { ...DEFAULT_VIEW, lens } },
    })),
    {
      name: 'the framing summary open over the claims view, every other field set',
      input: { reports: [A, B], view: { claim: 'c1', sensitivity: 0.25, removed: true, panel: 'framing' } },
      expected: { reports: [A, B], view: { claim: 'c1', sensitivity: 0.25, removed: true, panel: 'framing' } },
    },
    {
      name: 'the reader’s corrections and a note (hostile text stays text)',
      input: { reports: [A, B], view: { corrections: CORRECTIONS } },
      expected: { reports: [A, B], view: { ...DEFAULT_VIEW, corrections: CORRECTIONS } },
    },
    {
      name: 'the defaults given explicitly (claims lens, no panel) are left out',
      input: { reports: [A, B], view: { lens: 'claims', panel: null } },
      expected: { reports: [A, B], view: DEFAULT_VIEW },
    },
    {
      name: 'maximal: two reports just under 1 MB each, 200-character outlet',
      input: { reports: [{ outlet: 'O'.repeat(200), text: maxText }, { outlet: 'P', text: maxText }] },
      expected: { reports: [{ outlet: 'O'.repeat(200), text: maxText }, { outlet: 'P', text: maxText }], view: DEFAULT_VIEW },
    },
  ];

  it.each(table)('$name', async ({ input, expected }) => {
    const fragment = await encodeShare(input);
    expect(fragment).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]+$/);
    const result = await decodeShare(fragment);
    expect(result).toEqual({ ok: true, state: expected, warnings: [] });
  });

  it('writes only non-default view fields, the count first and one report per line', async () => {
    const fragment = await encodeShare({ reports: [A, B], view: { removed: true } });
    const [, length, body] = fragment.split('.');
    expect(Number(length)).toBe(body!.length);
    const { inflate, fromBase64url } = await import('./codec');
    const inflated = await inflate(fromBase64url(body!)!, 1e6);
    expect(new TextDecoder().decode(inflated.bytes)).toBe(
      [
        '{"n":2,"view":{"removed":true}}',
        '{"outlet":"Sputnik","text":"The US will send mines to Kyiv. Belarus objected."}',
        '{"outlet":"Izvestia","text":"Washington approved the transfer of mines. Minsk condemned it."}',
      ].join('\n'),
    );
  });

  it('writes a lens and the open panel only when they are not the default', async () => {
    const { inflate, fromBase64url } = await import('./codec');
    const header = async (input: ShareStateInput) => {
      const body = (await encodeShare(input)).split('.')[2]!;
      return new TextDecoder().decode((await inflate(fromBase64url(body)!, 1e6)).bytes).split('\n')[0];
    };
    expect(await header({ reports: [A, B], view: { lens: 'loaded', panel: 'framing' } })).toBe(
      '{"n":2,"view":{"lens":"loaded","panel":"framing"}}',
    );
    expect(await header({ reports: [A, B], view: { lens: 'claims', panel: null } })).toBe('{"n":2}');
    // A link without the new fields is the same link as before they existed.
    expect(await encodeShare({ reports: [A, B], view: { removed: true, lens: 'claims' } })).toBe(
      await encodeShare({ reports: [A, B], view: { removed: true } }),
    );
  });

  it('compresses: the seed-sized texts give a link far shorter than plain base64', async () => {
    const text = 'The Pentagon said the mines would be non-persistent. '.repeat(60);
    const fragment = await encodeShare({ reports: [{ outlet: 'A', text }, { outlet: 'B', text: text.toUpperCase() }] });
    expect(fragment.length).toBeLessThan(400);
  });
});

describe('re-encoding the same reports with another view (the shared page on each view change)', () => {
  it('writes exactly what a fresh encode writes, for each view', async () => {
    const reports = [A, B];
    const views = [{ lens: 'voices' as const }, { claim: 'c2', at: '2.1' }, {}, { sensitivity: 0.7, removed: true }];
    for (const view of views) {
      // The same array again (the kept lines), then a copy (checked and written afresh).
      expect(await encodeShare({ reports, view })).toBe(await encodeShare({ reports: [{ ...A }, { ...B }], view }));
    }
  });
  it('a report replaced in the same array is written afresh', async () => {
    const reports = [A, B];
    await encodeShare({ reports, view: {} });
    reports[1] = { outlet: 'Izvestia', text: 'Another text entirely.' };
    expect(okState(await decodeShare(await encodeShare({ reports, view: {} }))).reports[1]!.text).toBe('Another text entirely.');
  });
  it('a bad view is still checked on a kept array', async () => {
    const reports = [A, B];
    await encodeShare({ reports, view: {} });
    const view = { lens: 'nonsense' } as unknown as ShareStateInput['view'];
    expect(await encodeShare({ reports, view })).toBe(await encodeShare({ reports, view: {} }));
  });
});

describe('a frozen v1 link still opens (links made today must keep working)', () => {
  // Made by encodeShare on 2026-11-21. Never change this string: if this test fails, old links broke.
  const FROZEN =
    'v1.380.eJxVzj9KA0EYBfDeUwyvnmySRRCmtLWMHmDNfiSjs7thd2aTEAL5U6Sw0FJECDZiKSGLIURzhW9ukiNIbCTtg_d-b4QUKpQoNfWhRmibSCdQaIeQKCgttNWltkOoRnAhkVOSlRRD2dzReHw2QuasIQuFVs_ZVN9DIo4sQSFshOe1ZrMWNiDhcgOFrrW9QtXrNIiSnqEgyzv1CBImSjsu6hxblELC0uA4ed0lcdMSfW2MKCiNRaJTKoTNxNVQl4G4JBPlrhDZ7R21LcUBTh7xM3_xiis_9TPe-MdTKHf_EL_xBz8J3nPlJ1zxmj957ed-JviFN1zxys8F73jD3_4hEIflYntYLt4Fv_5FU94K3vsJ_xwhXgUY_wJtD5AR';
  it('decodes to the same state', async () => {
    expect(await decodeShare(FROZEN)).toEqual({
      ok: true,
      warnings: [],
      state: {
        reports: [
          {
            outlet: 'Sputnik',
            date: '2024-11-20',
            url: 'https://example.org/a',
            language: 'en',
            text: 'The US will send mines to Kyiv. Belarus objected.',
          },
          { outlet: 'Известия', language: 'ru', text: 'США передадут Киеву мины. 🇺🇦 Минск против.' },
        ],
        view: { claim: 'c2', sensitivity: 0.7, removed: true },
      },
    });
  });
  it('has no lens and no open panel: it opens in the claims view, as it always did', async () => {
    const { view } = okState(await decodeShare(FROZEN));
    expect(view).not.toHaveProperty('lens');
    expect(view).not.toHaveProperty('panel');
    // Written again today, it is the same link.
    expect(await encodeShare(okState(await decodeShare(FROZEN)))).toBe(FROZEN);
  });
  it('tolerates what mail and chat apps do to links: line breaks, a "#r=" prefix, a trailing ")" or "."', async () => {
    const expected = okState(await decodeShare(FROZEN));
    const wrapped = FROZEN.replace(/(.{76})/g, '$1\n  ');
    for (const variant of [wrapped, `#r=${FROZEN}`, `r=${FROZEN}`, `${FROZEN})`, `${FROZEN}.`, ` ${FROZEN} `]) {
      expect(okState(await decodeShare(variant))).toEqual(expected);
    }
  });
});

describe('errors: every kind, never a throw', () => {
  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['#r=', 'empty'],
    ['v2.10.abcdefghij', 'unknown-version'],
    ['v17.', 'unknown-version'],
    ['hello world', 'corrupted'],
    ['v1.', 'truncated'],
    ['v1.380', 'truncated'],
    ['v', 'truncated'],
    ['v1.x.abc', 'corrupted'],
    ['v1.4.ab$d', 'corrupted'],
    ['v1.4.abcd', 'corrupted'],
    ['v1.99999999.abcd', 'too-large'],
  ] as const)('%j → %s', async (input, kind) => {
    const r = await decodeShare(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(kind);
  });

  it('a changed character fails the checksum: corrupted, nothing offered', async () => {
    const fragment = await encodeShare({ reports: [A, B] });
    const at = fragment.length - 20;
    const flipped = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    expect(await decodeShare(flipped)).toEqual({ ok: false, error: 'corrupted' });
  });

  it('too many reports: the valid ones are offered', async () => {
    const reports = Array.from({ length: 7 }, (_, i) => JSON.stringify({ outlet: `O${i}`, text: `T${i}.` }));
    const r = await decodeShare(await rawPayload(['{"n":7}', ...reports]));
    expect(r).toMatchObject({ ok: false, error: 'too-many-reports', detail: 'It holds 7 reports.' });
    if (!r.ok) expect(r.partial?.reports).toHaveLength(7);
  });

  it('too few reports', async () => {
    const r = await decodeShare(await rawPayload(['{"n":1,"view":{"removed":true}}', JSON.stringify(A)]));
    expect(r).toEqual({
      ok: false,
      error: 'too-few-reports',
      detail: 'It holds one report.',
      partial: { view: { ...DEFAULT_VIEW, removed: true }, reports: [A] },
    });
  });

  it('too large: a report over 1 MB', async () => {
    const big = { outlet: 'Big', text: 'a'.repeat(MAX_REPORT_BYTES + 1) };
    const r = await decodeShare(await rawPayload(['{"n":2}', JSON.stringify(A), JSON.stringify(big)]));
    expect(r).toEqual({
      ok: false,
      error: 'too-large',
      detail: 'Report 2 (Big) is 1.0 MB; the limit is 1 MB per report.',
      partial: { view: DEFAULT_VIEW, reports: [A] },
    });
  });

  it('too large: a zip bomb stops at the cap', async () => {
    const bomb = `{"n":2}\n${JSON.stringify({ outlet: 'x', text: 'a'.repeat(60 * 1024 * 1024) })}`;
    const r = await decodeShare(await rawPayload([bomb]));
    expect(r).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('encodeShare refuses what decodeShare would refuse', async () => {
    await expect(encodeShare({ reports: [A] })).rejects.toBeInstanceOf(ShareEncodeError);
    await expect(encodeShare({ reports: [A] })).rejects.toMatchObject({ kind: 'too-few-reports' });
    await expect(encodeShare({ reports: [A, { outlet: ' ', text: 'x.' }] })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(encodeShare({ reports: Array(7).fill(A) })).rejects.toMatchObject({ kind: 'too-many-reports' });
    await expect(encodeShare({ reports: [A, { outlet: 'B', text: 'b'.repeat(MAX_REPORT_BYTES + 1) }] })).rejects.toMatchObject({
      kind: 'too-large',
    });
  });

  it('every error kind has a message for links and one for files', () => {
    for (const kind of SHARE_ERRORS) {
      expect(describeShareError(kind)).toMatch(/link/);
      expect(describeShareError(kind, 'file')).toMatch(/file/i);
    }
    expect(describeShareError('truncated')).toBe(
      'This link is incomplete: it was cut off, probably by a chat app or mail program that shortens long links. Ask the sender to send the comparison as a file (“Download comparison”) instead of a link.',
    );
    expect(describeShareError('unknown-version')).toMatch(/newer version of Parallax/);
  });
});

describe('strict validation of what a link holds', () => {
  it('drops unusable optional fields and unknown fields, clamps the sensitivity, with warnings', async () => {
    const r = await decodeShare(
      await rawPayload([
        '{"n":2,"view":{"claim":"c0","sensitivity":7,"removed":"yes","zoom":2},"extra":1}',
        JSON.stringify({ ...A, url: 'javascript:alert(1)', language: 'english please', date: 42, colour: 'red' }),
        JSON.stringify(B),
      ]),
    );
    expect(r).toEqual({
      ok: true,
      state: { reports: [A, B], view: { claim: null, sensitivity: 1, removed: false } },
      warnings: [
        'The selected claim was not a claim id, so nothing is selected.',
        'The sensitivity 7 was outside 0–1, so 1 is used.',
        '“Show removed text” was neither on nor off, so it is off.',
        'Report 1 (Sputnik): the date is not usable, so it was left out.',
        'Report 1 (Sputnik): the address is not an http(s) web address, so it was left out.',
        'Report 1 (Sputnik): the language is not a language tag, so it was left out.',
        'This comparison has settings this version of Parallax does not know (extra, view.zoom, reports.colour); they were ignored.',
      ],
    });
  });

  it('an unknown lens or panel takes the default, with a warning; the rest of the view is kept', async () => {
    const view = async (v: unknown) => decodeShare(await rawPayload([JSON.stringify({ n: 2, view: v }), JSON.stringify(A), JSON.stringify(B)]));
    const lensWarning = 'The lens was not one this version of Parallax knows, so the claims view is shown.';
    const panelWarning = 'The open panel was not one this version of Parallax knows, so no panel is open.';
    expect(await view({ claim: 'c4', lens: 'words', panel: 'framing' })).toEqual({
      ok: true,
      state: { reports: [A, B], view: { ...DEFAULT_VIEW, claim: 'c4', panel: 'framing' } },
      warnings: [lensWarning],
    });
    // Strict: no case folding, no white space, no other types.
    for (const lens of ['Loaded', ' loaded', 'LOADED', 3, true, ['loaded'], { lens: 'loaded' }]) {
      expect(await view({ lens })).toEqual({ ok: true, state: { reports: [A, B], view: DEFAULT_VIEW }, warnings: [lensWarning] });
    }
    for (const panel of ['Claims', 'Framing', 'summary', 1, false, {}]) {
      expect(await view({ lens: 'facts', panel })).toEqual({
        ok: true,
        state: { reports: [A, B], view: { ...DEFAULT_VIEW, lens: 'facts' } },
        warnings: [panelWarning],
      });
    }
    // The defaults and null are not problems.
    expect(await view({ lens: 'claims', panel: null })).toEqual({ ok: true, state: { reports: [A, B], view: DEFAULT_VIEW }, warnings: [] });
    expect(await view({ lens: null })).toEqual({ ok: true, state: { reports: [A, B], view: DEFAULT_VIEW }, warnings: [] });
  });

  it.each([
    ['a report without text', [JSON.stringify(A), '{"outlet":"B","text":"   "}'], 'Report 2 (B) has no text.'],
    ['a report without outlet', [JSON.stringify(A), '{"text":"x."}'], 'Report 2 has no outlet name.'],
    ['an outlet over 200 characters', [JSON.stringify(A), JSON.stringify({ outlet: 'x'.repeat(201), text: 'x.' })], 'Report 2 has an outlet name over 200 characters.'],
    ['a report that is not an object', [JSON.stringify(A), '"text"'], 'Report 2 is not a report.'],
  ])('invalid: %s', async (_name, lines, detail) => {
    const r = await decodeShare(await rawPayload(['{"n":2}', ...lines]));
    expect(r).toEqual({ ok: false, error: 'invalid', detail, partial: { view: DEFAULT_VIEW, reports: [A] } });
  });

  it('invalid: the count does not match, or a line is not JSON', async () => {
    expect(await decodeShare(await rawPayload(['{"n":3}', JSON.stringify(A), JSON.stringify(B)]))).toMatchObject({
      ok: false,
      error: 'invalid',
      detail: 'It says it holds 3 reports but holds 2.',
      partial: { reports: [A, B] },
    });
    // A count written as a string (or missing) is named as such, not "holds 2 but holds 2".
    expect(await decodeShare(await rawPayload(['{"n":"2"}', JSON.stringify(A), JSON.stringify(B)]))).toMatchObject({
      ok: false,
      error: 'invalid',
      detail: 'Its header gives the number of reports as "2", not a whole number (it holds 2).',
      partial: { reports: [A, B] },
    });
    expect(await decodeShare(await rawPayload(['{}', JSON.stringify(A), JSON.stringify(B)]))).toMatchObject({
      detail: 'Its header does not say how many reports it holds (it holds 2).',
    });
    expect(await decodeShare(await rawPayload(['{"n":2}', JSON.stringify(A), '{oops']))).toMatchObject({
      ok: false,
      error: 'invalid',
      detail: 'Report 2 is not readable.',
    });
    expect(await decodeShare(await rawPayload(['[1,2]']))).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('truncated links: detected, and what arrived whole is offered', () => {
  const reports = [
    { outlet: 'First', text: `Alpha ${'one two three. '.repeat(20)}` },
    { outlet: 'Second', text: `Beta ${Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 1000}`).join(' ')}.` },
    { outlet: 'Third', text: `Gamma ${Array.from({ length: 400 }, (_, i) => `z${(i * 104729) % 997}`).join(' ')}.` },
  ];

  it('cut inside the last report: the view and the first two reports', async () => {
    const fragment = await encodeShare({ reports, view: { claim: 'c3', removed: true } });
    const cut = fragment.slice(0, fragment.length - 40);
    const r = await decodeShare(cut);
    const declared = fragment.split('.')[1]!;
    expect(r).toEqual({
      ok: false,
      error: 'truncated',
      detail: `The link has ${(Number(declared) - 40).toLocaleString('en-US')} characters of its ${Number(declared).toLocaleString('en-US')}; 2 of 3 reports could be read.`,
      partial: { view: { claim: 'c3', sensitivity: 0.5, removed: true }, reports: reports.slice(0, 2) },
    });
  });

  it('cut inside the last report: the lens and the open panel survive with the view', async () => {
    const fragment = await encodeShare({ reports, view: { claim: 'c3', lens: 'voices', panel: 'framing' } });
    const r = await decodeShare(fragment.slice(0, fragment.length - 40));
    expect(r).toMatchObject({
      ok: false,
      error: 'truncated',
      partial: { view: { claim: 'c3', sensitivity: 0.5, removed: false, lens: 'voices', panel: 'framing' }, reports: reports.slice(0, 2) },
    });
  });

  it('every cut point gives "truncated" (never a throw), and only whole, exact reports', async () => {
    const fragment = await encodeShare({ reports, view: { sensitivity: 0.25 } });
    const prefix = fragment.indexOf('.', 3) + 1;
    for (let end = prefix; end < fragment.length; end += 7) {
      const r = await decodeShare(fragment.slice(0, end));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toBe('truncated');
      const got = r.partial?.reports ?? [];
      expect(reports.slice(0, got.length)).toEqual(got);
      if (r.partial?.view) expect(r.partial.view.sensitivity).toBe(0.25);
    }
  });

  it('cut inside the header: nothing offered, still a clear kind', async () => {
    const fragment = await encodeShare({ reports });
    const r = await decodeShare(fragment.slice(0, fragment.indexOf('.', 3) + 3));
    expect(r).toMatchObject({ ok: false, error: 'truncated' });
  });
});

describe('fragment helpers and share links', () => {
  it('formatFragment / parseFragment', () => {
    expect(formatFragment('v1.4.abcd')).toBe('#r=v1.4.abcd');
    expect(parseFragment('#r=v1.4.abcd')).toEqual({ kind: 'reports', payload: 'v1.4.abcd' });
    expect(parseFragment('#x=1&r=v1.4.abcd')).toEqual({ kind: 'reports', payload: 'v1.4.abcd' });
    expect(parseFragment('#r%3Dv1.4.abcd')).toEqual({ kind: 'reports', payload: 'v1.4.abcd' });
    expect(parseFragment('#r=')).toEqual({ kind: 'reports', payload: '' });
    expect(parseFragment('')).toEqual({ kind: 'event' });
    expect(parseFragment('#')).toEqual({ kind: 'event' });
    expect(parseFragment('#main')).toEqual({ kind: 'event' });
    expect(parseFragment('#%E0%A4%A')).toEqual({ kind: 'event' });
  });

  it('a bundled event needs no fragment; own reports need no query string', async () => {
    expect(await buildShareLink('https://p.example/', { kind: 'event', search: '?event=x&claim=c2' })).toEqual({
      url: 'https://p.example/?event=x&claim=c2',
      length: 35,
      fitsChat: true,
    });
    expect(await buildShareLink('https://p.example/', { kind: 'event', search: '' })).toEqual({
      url: 'https://p.example/',
      length: 18,
      fitsChat: true,
    });
    const link = await buildShareLink('https://p.example/', { kind: 'reports', state: { reports: [A, B] } });
    expect(link.url).toMatch(/^https:\/\/p\.example\/#r=v1\.\d+\.[A-Za-z0-9_-]+$/);
    expect(link.fitsChat).toBe(true);
    const target = parseFragment(new URL(link.url).hash);
    expect(target.kind).toBe('reports');
    if (target.kind === 'reports') expect(okState(await decodeShare(target.payload)).reports).toEqual([A, B]);
  });

  it('a link over 2,000 characters is flagged (offer the file)', async () => {
    const noisy = (seed: number) =>
      Array.from({ length: 600 }, (_, i) => ((i * 2654435761 + seed) >>> 0).toString(36)).join(' ') + '.';
    const link = await buildShareLink('https://p.example/', {
      kind: 'reports',
      state: { reports: [{ outlet: 'A', text: noisy(1) }, { outlet: 'B', text: noisy(2) }] },
    });
    expect(link.length).toBeGreaterThan(2000);
    expect(link.fitsChat).toBe(false);
  });
});
