/**
 * Share links that carry a whole comparison in the URL fragment (which
 * browsers never send to a server).
 *
 * Fragment payload, version 1:  v1.<N>.<B>
 *   N  the length of B in characters (decimal), so a cut-off link is told
 *      apart from a damaged one, and characters a chat app appends (")", ".")
 *      are ignored;
 *   B  base64url (no padding) of zlib-format deflate (Adler-32 checked) of
 *      UTF-8 JSON lines:
 *        line 1   {"n":<report count>,"view":{<non-default view fields>}}
 *                 (view fields: claim, sensitivity, removed, lens, panel)
 *        line 2…  one report per line {"outlet":…,"date":…,"url":…,"language":…,"text":…}
 *      One report per line means a cut-off link still yields its view and
 *      every report that arrived whole.
 * Adding a view or report field is backward compatible (missing fields take
 * defaults, unknown ones are ignored with a warning); anything else means v2.
 */
import { BASE64URL, deflate, fromBase64url, inflate, toBase64url } from './codec';
import { CHAT_LINK_LIMIT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES } from './limits';
import type { DecodeResult, SharedReport, ShareError, ShareState, ShareStateInput } from './types';
import { checkSharedReport, checkState, checkView, DEFAULT_SHARE_VIEW, nonDefaultView } from './validate';

export type { DecodeResult, SharedReport, ShareError, ShareLens, SharePanel, ShareSource, ShareState, ShareStateInput, ShareView } from './types';
export { describeShareError, SHARE_ERRORS, SHARE_LENSES } from './types';
export { DEFAULT_SHARE_VIEW } from './validate';

/** The format version this code writes, and the only one it reads. */
export const SHARE_VERSION = 1;
/** The fragment parameter that holds the payload: `#r=v1.…`. */
export { FRAGMENT_PARAM } from './fragment';

/** `encodeShare` and `toFile` refuse a state that `decodeShare` would not accept. */
export class ShareEncodeError extends Error {
  override name = 'ShareEncodeError';
  constructor(
    readonly kind: ShareError,
    message: string,
  ) {
    super(message);
  }
}

/** Validates a state for writing: the normalised state, or a ShareEncodeError. */
export function normaliseForWrite(state: ShareStateInput): ShareState {
  const checked = checkState(state?.reports, { ...DEFAULT_SHARE_VIEW, ...state?.view });
  if (!checked.ok) throw new ShareEncodeError(checked.error, checked.detail ?? checked.error);
  return checked.state;
}

/** The JSON of one report with its keys in a fixed order (text last). */
function reportRecord(r: SharedReport): SharedReport {
  const out: Partial<SharedReport> = { outlet: r.outlet };
  if (r.date !== undefined) out.date = r.date;
  if (r.url !== undefined) out.url = r.url;
  if (r.language !== undefined) out.language = r.language;
  out.text = r.text;
  return out as SharedReport;
}

/**
 * The fragment payload `v1.<N>.<B>` for a comparison (without "#r=": see
 * `formatFragment`). Rejects with ShareEncodeError when the state is not
 * shareable (fewer than 2 or more than 6 reports, an empty outlet or text,
 * a report over 1 MB); check the input with `checkReports` first.
 */
export async function encodeShare(state: ShareStateInput): Promise<string> {
  const { reports, lines, view: checkedView } = writable(state);
  const view = nonDefaultView(checkedView);
  const header = Object.keys(view).length > 0 ? { n: reports.length, view } : { n: reports.length };
  const body = toBase64url(await deflate(new TextEncoder().encode([JSON.stringify(header), ...lines].join('\n'))));
  return `v${SHARE_VERSION}.${body.length}.${body}`;
}

/**
 * Checked reports and their JSON lines, kept per reports array: the shared
 * page re-encodes the same reports with each new view (a lens switch, a
 * selection), and checking and writing 370 KB of text was ~30 of the ~50 ms
 * an encode of 3 × 1,000 sentences took (Node, load 10; the rest is deflate).
 * A hit needs the same array holding the same report objects; the page never
 * changes a report in place (an edit makes new reports).
 */
const written = new WeakMap<readonly unknown[], { items: unknown[]; reports: SharedReport[]; lines: string[] }>();

function writable(state: ShareStateInput): { reports: SharedReport[]; lines: string[]; view: ShareState['view'] } {
  const raw: unknown = state?.reports;
  if (Array.isArray(raw)) {
    const hit = written.get(raw);
    if (hit && hit.items.length === raw.length && hit.items.every((x, i) => x === raw[i])) {
      return { reports: hit.reports, lines: hit.lines, view: checkView({ ...DEFAULT_SHARE_VIEW, ...state?.view }).view };
    }
  }
  const s = normaliseForWrite(state);
  const entry = { items: Array.isArray(raw) ? [...(raw as unknown[])] : [], reports: s.reports, lines: s.reports.map((r) => JSON.stringify(reportRecord(r))) };
  if (Array.isArray(raw)) written.set(raw, entry);
  return { reports: entry.reports, lines: entry.lines, view: s.view };
}

function fail(error: ShareError, detail?: string, partial?: Partial<ShareState>): DecodeResult {
  const out: DecodeResult = { ok: false, error };
  if (detail !== undefined) out.detail = detail;
  if (partial !== undefined) out.partial = partial;
  return out;
}

function parseJson(line: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch {
    return { ok: false };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Reads what a cut-off payload still holds: the view and the reports that arrived whole. */
function salvage(text: string, have: number, declared: number): DecodeResult {
  const lines = text.split('\n');
  lines.pop(); // the last line is incomplete (or empty)
  const chars = `The link has ${count(have, 'character', 'characters')} of its ${declared.toLocaleString('en-US')}`;
  const headerLine = lines.shift();
  const header = headerLine === undefined ? { ok: false as const } : parseJson(headerLine);
  if (!header.ok || !isRecord(header.value)) return fail('truncated', `${chars}; none of its reports arrived whole.`);
  const { view } = checkView(header.value.view);
  const total = typeof header.value.n === 'number' && Number.isInteger(header.value.n) ? header.value.n : null;
  const reports: SharedReport[] = [];
  for (const [i, line] of lines.entries()) {
    const parsed = parseJson(line);
    if (!parsed.ok) break;
    const r = checkSharedReport(parsed.value, i);
    if (r.ok) reports.push(r.report);
  }
  const got =
    total !== null && total >= reports.length && total > 0
      ? reports.length === 0
        ? `none of its ${total} reports arrived whole`
        : `${reports.length} of ${total} reports could be read`
      : reports.length === 0
        ? 'none of its reports arrived whole'
        : `${count(reports.length, 'report', 'reports')} could be read`;
  return fail('truncated', `${chars}; ${got}.`, { view, reports });
}

/**
 * Reads a fragment payload (`v1.…`; a leading "#r=" or "r=" is tolerated, and
 * white space, as mail programs insert when they wrap lines, is ignored).
 * Never throws and never rejects: every problem is a `{ ok: false }` result.
 */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  try {
    return await decodeUnsafe(fragment);
  } catch {
    return fail('corrupted');
  }
}

async function decodeUnsafe(fragment: unknown): Promise<DecodeResult> {
  if (typeof fragment !== 'string') return fail('empty');
  if (fragment.length > MAX_FRAGMENT_LENGTH * 2) return fail('too-large');
  let s = fragment.replace(/\s+/g, '');
  const hashed = /^#?r=/.exec(s);
  if (hashed) s = s.slice(hashed[0].length);
  if (s === '') return fail('empty');
  if (s.length > MAX_FRAGMENT_LENGTH) return fail('too-large', `The link is ${count(s.length, 'character', 'characters')} long.`);

  const version = /^[vV](\d{1,9})(?:\.|$)/.exec(s);
  if (!version) {
    // "v" alone: cut off inside the prefix.
    return /^[vV]$/.test(s) ? fail('truncated', 'Only its first character arrived.') : fail('corrupted');
  }
  const v = Number(version[1]);
  if (v !== SHARE_VERSION) return fail('unknown-version', `It is format version ${v}; this page reads version ${SHARE_VERSION}.`);

  const rest = s.slice(version[0].length);
  const framed = /^(\d{1,9})(\.?)/.exec(rest);
  if (!framed) return rest === '' ? fail('truncated', 'Only its first characters arrived.') : fail('corrupted');
  const declared = Number(framed[1]);
  if (framed[2] === '') return fail('truncated', 'Only its first characters arrived.');
  let body = rest.slice(framed[0].length);
  if (declared > MAX_FRAGMENT_LENGTH) return fail('too-large');
  const truncated = body.length < declared;
  // Characters after the declared end (a chat app's ")" or ".") are not part of it.
  if (body.length > declared) body = body.slice(0, declared);
  if (!BASE64URL.test(body)) return fail('corrupted');
  const bytes = fromBase64url(body);
  if (bytes === null) return fail('corrupted');

  const inflated = await inflate(bytes, MAX_PAYLOAD_BYTES);
  if (inflated.overflow) return fail('too-large', 'It unpacks to more than any comparison Parallax makes.');
  const text = new TextDecoder('utf-8').decode(inflated.bytes);
  if (!inflated.complete) return truncated ? salvage(text, body.length, declared) : fail('corrupted');
  return readLines(text);
}

/** A complete, checksum-verified payload → validated state. */
function readLines(text: string): DecodeResult {
  const [headerLine = '', ...reportLines] = text.split('\n');
  const header = parseJson(headerLine);
  if (!header.ok || !isRecord(header.value)) return fail('invalid', 'Its header is not readable.');
  const { n, view, ...otherKeys } = header.value;
  const reports: unknown[] = [];
  for (const line of reportLines) {
    const parsed = parseJson(line);
    if (!parsed.ok) return fail('invalid', `Report ${reports.length + 1} is not readable.`, { view: checkView(view).view });
    reports.push(parsed.value);
  }
  if (n !== reports.length) {
    const checked = checkState(reports, view);
    const partial = checked.ok ? { view: checked.state.view, reports: checked.state.reports } : checked.partial;
    const said =
      typeof n === 'number' && Number.isInteger(n) && n >= 0
        ? `It says it holds ${count(n, 'report', 'reports')} but holds ${reports.length}.`
        : n === undefined
          ? `Its header does not say how many reports it holds (it holds ${reports.length}).`
          : `Its header gives the number of reports as ${JSON.stringify(n).slice(0, 40)}, not a whole number (it holds ${reports.length}).`;
    return fail('invalid', said, partial);
  }
  return checkState(reports, view, Object.keys(otherKeys));
}

import { formatFragment } from './fragment';
export { formatFragment, parseFragment, type FragmentTarget } from './fragment';

export interface ShareLink {
  url: string;
  /** `url.length`. */
  length: number;
  /** False when the link is over CHAT_LINK_LIMIT characters: then offer "Download comparison" too. */
  fitsChat: boolean;
}

/** What to share: a bundled event (the query string carries the view) or the user's own reports. */
export type ShareTarget = { kind: 'event'; search: string } | { kind: 'reports'; state: ShareStateInput };

/**
 * The link to copy. `base` is the page without query or hash
 * (`location.origin + location.pathname`). A bundled event is `base + search`
 * with no fragment (`search` from urlState's `format`); the user's own reports
 * are `base#r=v1.…` with no query string, the view inside the fragment.
 * Rejects with ShareEncodeError like `encodeShare`.
 */
export async function buildShareLink(base: string, target: ShareTarget): Promise<ShareLink> {
  const url =
    target.kind === 'event'
      ? `${base}${target.search && !target.search.startsWith('?') ? '?' : ''}${target.search}`
      : `${base}${formatFragment(await encodeShare(target.state))}`;
  return { url, length: url.length, fitsChat: url.length <= CHAT_LINK_LIMIT };
}
