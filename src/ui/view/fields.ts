/**
 * The page's view state, declared once: one row per field, with its default
 * and its codecs for the three places a view is kept —
 *
 *   query   the address of a bundled event   `?event=…&claim=c3&removed=1&sensitivity=0.75&lens=facts&panel=framing`
 *   json    a share link's header `view`      `#r=v1.…` → `{"n":3,"view":{"claim":"c3","lens":"facts"}}`
 *           and a `.parallax.json` file's `view`
 *
 * Every parse is tolerant (a bad value takes the field's default, as
 * excalidraw's restore does; JSON reads say why in a warning), every format
 * leaves defaults out, and `parse(format(v))` gives `v` back (the round-trip
 * tables in fields.test.ts). Adding a field = one row here (query and/or
 * json codec) and nothing else: the address, links, files, the comparison
 * view's type and the share page's re-encoding all follow.
 *
 * Compatibility: the JSON view of format v1 is frozen in what it reads.
 * `claim`, `sensitivity` and `removed` are always written to files (`always`),
 * the fields added later only when not the default, so a file or link of a
 * default view is byte-for-byte what it was before they existed. `slot` keeps
 * v1's key order in the JSON (claim, sensitivity, removed, then later fields).
 */
import { DEFAULT_SENSITIVITY } from '../../core/defaults';
import { decodeCorrections, encodeCorrections, NO_CORRECTIONS, parseCorrections, type Corrections } from '../../core/edits/format';
import { DEFAULT_LENS, LENSES, parseLens, type Lens } from '../lens/registry';

/** A panel over the columns: null, the framing summary, or the claims list. */
export type Panel = 'framing' | 'claims' | null;

/** The claims list's kind filter: one kind, or null for every kind. */
export type KindFilter = 'shared' | 'partial' | 'unique' | null;

/**
 * The reader's corrections as the view holds them; `dropped` counts entries of
 * the address that were unreadable (the page says so once, then writes the
 * address again without them). Never formatted.
 */
export type ViewCorrections = Corrections & { dropped?: number };

/** The whole view of the comparison page. */
export interface ViewState {
  /** Event id; null = the manifest's first event. Query string only (shared reports carry their own). */
  event: string | null;
  /** Selected claim id ("c12"); null = nothing selected. */
  claim: string | null;
  /**
   * The sentence the selection was made on, "report.sentence" counted from 1
   * ("3.15": the 15th sentence of the 3rd report); null = none. Claim ids are
   * numbers of one analysis (the lexical result and the model's refined one
   * number them differently, and so does a sensitivity change), a sentence is
   * not: a link opens on the claim that holds its sentence, whichever result
   * is on screen (useComparisonPage). Ignored without `claim`.
   */
  at: string | null;
  /** Show the text that cleaning removed. */
  removed: boolean;
  /** Matching sensitivity, 0 (strict) to 1 (loose), in steps of 0.01; the tuned default is left out of links. */
  sensitivity: number;
  /** Which lens tints the columns (src/ui/lens/registry.ts); the claims view is the default. */
  lens: Lens;
  /** The open panel (`panel=framing`: the framing summary, `panel=claims`: the claims list); null = none. */
  panel: Panel;
  /** Claims list filter: only claims of this kind (null = every kind). */
  kind: KindFilter;
  /** Claims list filter: report indices, ascending, joined with "." ("0.2"); null = any outlet. */
  outlets: string | null;
  /** With `outlets`: only claims stated by exactly those outlets (a combination), not also by others. */
  only: boolean;
  /** Claims list filter: text the claim's sentences contain (case-insensitive); "" = no search. */
  q: string;
  /** The reader's edits of the claims and notes on them (core/edits/format.ts): `?edits=1_d-0.3.k2x9…`, `corrections` in links and files. */
  corrections: ViewCorrections;
  // --- classroom (issue 14) ---
  /** Classroom mode: every outlet shown as "Outlet A", "Outlet B", … (columns, lists, panels, text, exports, print). */
  hideOutlets: boolean;
  /** The comparison's title as its maker gave it ("" = none: the outlets' names are used). Links and files only. */
  title: string;
  /** The maker's note to readers, shown at the top ("" = none). Links and files only. */
  note: string;
}

export interface QueryCodec<T> {
  /** The query parameter's name. */
  param: string;
  /** Raw value (null when absent) → value; invalid input gives the default. */
  parse(raw: string | null): T;
  /** Value → raw; null leaves the parameter out (the default, or not a valid value). */
  format(value: T): string | null;
}

export interface JsonCodec<T> {
  /** The key in the JSON view. */
  key: string;
  /** Position in the JSON view (v1's order). */
  slot: number;
  /** Written to files even when the default (the fields of v1's first release). */
  always: boolean;
  /** A present, non-null JSON value → the value, with a warning when it was not usable as it stood. */
  parse(raw: unknown): { value: T; warning?: string };
  /** The value → its JSON; undefined leaves the key out. Absent: the value as it is, left out when it is the default. */
  format?(value: T): unknown;
}

export interface Field<T> {
  default: T;
  query?: QueryCodec<T>;
  json?: JsonCodec<T>;
}

// --- codec builders ---

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
/** The claim ids the page makes ("c1" …). */
export const CLAIM_ID = /^c[1-9][0-9]{0,6}$/;
/** A sentence's place, "report.sentence" from 1 (reports up to 999, sentences up to 999,999). */
export const SENTENCE_AT = /^[1-9][0-9]{0,2}\.[1-9][0-9]{0,5}$/;

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

function idParam(param: string, pattern: RegExp): QueryCodec<string | null> {
  return {
    param,
    parse: (raw) => {
      const v = raw?.trim() ?? '';
      return pattern.test(v) ? v : null;
    },
    format: (value) => (typeof value === 'string' && pattern.test(value) ? value : null),
  };
}

function flagParam(param: string, fallback: boolean): QueryCodec<boolean> {
  return {
    param,
    parse: (raw) => {
      if (raw === null) return fallback;
      const v = raw.trim().toLowerCase();
      // A bare "?removed" means on.
      if (v === '' || TRUE_WORDS.has(v)) return true;
      if (FALSE_WORDS.has(v)) return false;
      return fallback;
    },
    format: (value) => (value === fallback ? null : value ? '1' : '0'),
  };
}

/** A plain decimal (no exponent, sign or hex): "0.35", ".5", "1". */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const round2 = (n: number) => Math.round(n * 100) / 100;
const inUnit = (n: number) => Number.isFinite(n) && n >= 0 && n <= 1;

/** A number in [0, 1] rounded to 2 decimals; anything else (out of range, not a number) gives the default. */
function unitParam(param: string, fallback: number): QueryCodec<number> {
  return {
    param,
    parse: (raw) => {
      const v = raw?.trim() ?? '';
      if (!DECIMAL.test(v)) return fallback;
      const n = Number(v);
      return inUnit(n) ? round2(n) : fallback;
    },
    format: (value) => {
      if (typeof value !== 'number' || !inUnit(value)) return null;
      const n = round2(value);
      return n === round2(fallback) ? null : String(n);
    },
  };
}

/** One of a fixed set of words (case and spaces forgiven); anything else gives the default, which is left out. */
function choiceParam<T>(param: string, fallback: T, parseWord: (raw: string) => T | null): QueryCodec<T> {
  return {
    param,
    parse: (raw) => (raw === null ? fallback : (parseWord(raw) ?? fallback)),
    format: (value) => (value === fallback || typeof value !== 'string' || parseWord(value) !== value ? null : value),
  };
}

const parsePanel = (raw: string): Panel => {
  const v = raw.trim().toLowerCase();
  return v === 'framing' || v === 'claims' ? v : null;
};
const parseKind = (raw: string): KindFilter => {
  const v = raw.trim().toLowerCase();
  return v === 'shared' || v === 'partial' || v === 'unique' ? v : null;
};
/** "0.2": distinct report indices 0–99, normalised ascending; anything else is null. */
export function parseOutlets(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^\d{1,2}(\.\d{1,2}){0,11}$/.test(raw.trim())) return null;
  const ids = [...new Set(raw.trim().split('.').map(Number))].sort((a, b) => a - b);
  return ids.join('.');
}
/** The search text: at most 200 characters (not trimmed: it is what the reader is typing). */
const MAX_Q = 200;
const parseQ = (raw: unknown): string => (typeof raw === 'string' ? raw.slice(0, MAX_Q) : '');
const textParam = (param: string): QueryCodec<string> => ({
  param,
  parse: (raw) => parseQ(raw),
  format: (value) => (typeof value === 'string' && value !== '' ? value.slice(0, MAX_Q) : null),
});
const outletsParam = (param: string): QueryCodec<string | null> => ({
  param,
  parse: (raw) => (raw === null ? null : parseOutlets(raw)),
  format: (value) => (value === null ? null : parseOutlets(value)),
});

const correctionsParam = (param: string): QueryCodec<ViewCorrections> => ({
  param,
  parse: (raw) => {
    const { value, dropped } = decodeCorrections(raw);
    if (dropped === 0 && value.edits.length === 0 && value.notes.length === 0) return NO_CORRECTIONS;
    return dropped > 0 ? { ...value, dropped } : value;
  },
  format: (value) => (value && Array.isArray(value.edits) && Array.isArray(value.notes) ? encodeCorrections(value) : null),
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** The longest title and note a link or file keeps (longer ones are cut, with a warning). */
export const MAX_TITLE = 200;
export const MAX_NOTE = 2000;

/**
 * Text a maker typed, made safe to keep and show: lone surrogates become
 * U+FFFD, C0/C1 controls and DEL go (a note keeps its line breaks and tabs;
 * a title is one line), then it is trimmed and cut to `max` characters.
 * Bidi marks are kept (RTL titles need them); the page shows the text in
 * an isolating <bdi>, so they never reorder the page around it.
 */
export function cleanUserText(raw: string, max: number, multiline: boolean): string {
  let s = raw.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/\r\n?/g, '\n');
  s = multiline
    ? s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').replace(/\n{3,}/g, '\n\n')
    : s.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ');
  s = s.trim();
  // Cut on a code point, never inside a surrogate pair.
  return s.length <= max ? s : s.slice(0, max).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
}

function textJson(key: string, slot: number, max: number, multiline: boolean, what: string): JsonCodec<string> {
  return {
    key,
    slot,
    always: false,
    parse: (raw) => {
      if (typeof raw !== 'string') return { value: '', warning: `The ${what} was not text, so it was left out.` };
      const value = cleanUserText(raw, max, multiline);
      return cleanUserText(raw, Infinity, multiline).length > max
        ? { value, warning: `The ${what} was longer than ${max.toLocaleString('en-US')} characters, so it was cut.` }
        : { value };
    },
  };
}

// --- the table ---

/** The order here is the order of parameters in formatted addresses. */
export const VIEW_FIELDS = {
  event: {
    default: null,
    query: idParam('event', EVENT_ID),
  },
  claim: {
    default: null,
    query: idParam('claim', CLAIM_ID),
    json: {
      key: 'claim',
      slot: 0,
      always: true,
      parse: (raw) =>
        typeof raw === 'string' && CLAIM_ID.test(raw)
          ? { value: raw }
          : { value: null, warning: 'The selected claim was not a claim id, so nothing is selected.' },
    },
  },
  at: {
    default: null,
    query: idParam('at', SENTENCE_AT),
    json: {
      key: 'at',
      slot: 10,
      always: false,
      // A bad place is dropped quietly: the claim id still selects (as links made before `at` existed do).
      parse: (raw) => ({ value: typeof raw === 'string' && SENTENCE_AT.test(raw) ? raw : null }),
    },
  },
  removed: {
    default: false,
    query: flagParam('removed', false),
    json: {
      key: 'removed',
      slot: 2,
      always: true,
      parse: (raw) =>
        typeof raw === 'boolean' ? { value: raw } : { value: false, warning: '“Show removed text” was neither on nor off, so it is off.' },
    },
  },
  sensitivity: {
    default: DEFAULT_SENSITIVITY,
    query: unitParam('sensitivity', DEFAULT_SENSITIVITY),
    json: {
      key: 'sensitivity',
      slot: 1,
      always: true,
      parse: (raw) => {
        if (typeof raw !== 'number' || !Number.isFinite(raw))
          return { value: DEFAULT_SENSITIVITY, warning: `The sensitivity was not a number, so the default (${DEFAULT_SENSITIVITY}) is used.` };
        const value = Math.min(1, Math.max(0, raw));
        return value === raw ? { value } : { value, warning: `The sensitivity ${raw} was outside 0–1, so ${value} is used.` };
      },
    },
  },
  lens: {
    default: DEFAULT_LENS,
    query: choiceParam<Lens>('lens', DEFAULT_LENS, parseLens),
    json: {
      key: 'lens',
      slot: 3,
      always: false,
      // Strict in links and files: exactly a registered lens id.
      parse: (raw) =>
        typeof raw === 'string' && (LENSES as readonly string[]).includes(raw)
          ? { value: raw as Lens }
          : { value: DEFAULT_LENS, warning: 'The lens was not one this version of Parallax knows, so the claims view is shown.' },
    },
  },
  panel: {
    default: null,
    query: choiceParam<Panel>('panel', null, parsePanel),
    json: {
      key: 'panel',
      slot: 4,
      always: false,
      parse: (raw) =>
        raw === 'framing' || raw === 'claims'
          ? { value: raw }
          : { value: null, warning: 'The open panel was not one this version of Parallax knows, so no panel is open.' },
    },
  },
  kind: {
    default: null as KindFilter,
    query: choiceParam<KindFilter>('kind', null, parseKind),
    json: {
      key: 'kind',
      slot: 5,
      always: false,
      parse: (raw) =>
        raw === 'shared' || raw === 'partial' || raw === 'unique'
          ? { value: raw }
          : { value: null, warning: 'The claims list filter was not a kind of claim, so every kind is listed.' },
    },
  },
  outlets: {
    default: null as string | null,
    query: outletsParam('outlets'),
    json: {
      key: 'outlets',
      slot: 6,
      always: false,
      parse: (raw) => {
        const value = parseOutlets(raw);
        return value !== null ? { value } : { value: null, warning: 'The claims list’s outlet filter was unreadable, so every outlet is listed.' };
      },
    },
  },
  only: {
    default: false,
    query: flagParam('only', false),
    json: {
      key: 'only',
      slot: 7,
      always: false,
      parse: (raw) =>
        typeof raw === 'boolean' ? { value: raw } : { value: false, warning: 'The claims list’s “only these outlets” was neither on nor off, so it is off.' },
    },
  },
  q: {
    default: '',
    query: textParam('q'),
    json: {
      key: 'q',
      slot: 8,
      always: false,
      parse: (raw) =>
        typeof raw === 'string' ? { value: parseQ(raw) } : { value: '', warning: 'The claims list’s search was not text, so nothing is searched.' },
    },
  },
  corrections: {
    default: NO_CORRECTIONS as ViewCorrections,
    query: correctionsParam('edits'),
    json: {
      key: 'corrections',
      slot: 9,
      always: false,
      parse: (raw) => {
        const { value, dropped } = parseCorrections(raw);
        const empty = value.edits.length === 0 && value.notes.length === 0;
        return {
          value: empty ? NO_CORRECTIONS : value,
          ...(dropped > 0 ? { warning: `${plural(dropped, 'correction was', 'corrections were')} unreadable and left out.` } : {}),
        };
      },
      format: (value: ViewCorrections) =>
        value && (value.edits?.length > 0 || value.notes?.length > 0) ? { edits: value.edits, notes: value.notes } : undefined,
    },
  },
  // --- classroom (issue 14): hidden outlet names, the maker's title and note. Slots from 20 leave room for
  // fields added alongside (edits, notes); the slot only orders keys in the JSON. ---
  hideOutlets: {
    default: false,
    query: flagParam('hideOutlets', false),
    json: {
      key: 'hideOutlets',
      slot: 20,
      always: false,
      parse: (raw) =>
        typeof raw === 'boolean' ? { value: raw } : { value: false, warning: '“Hide outlet names” was neither on nor off, so the names are shown.' },
    },
  },
  title: {
    default: '',
    json: textJson('title', 21, MAX_TITLE, false, 'comparison title'),
  },
  note: {
    default: '',
    json: textJson('note', 22, MAX_NOTE, true, 'note to readers'),
  },
} satisfies { [K in keyof ViewState]: Field<ViewState[K]> };

type Key = keyof ViewState;
const KEYS = Object.keys(VIEW_FIELDS) as Key[];
const fieldOf = <K extends Key>(k: K) => VIEW_FIELDS[k] as Field<ViewState[K]>;

export const DEFAULT_VIEW: ViewState = Object.fromEntries(KEYS.map((k) => [k, VIEW_FIELDS[k].default])) as unknown as ViewState;

/** Keys with a JSON codec, in v1's order. */
const JSON_KEYS = KEYS.filter((k) => fieldOf(k).json).sort((a, b) => fieldOf(a).json!.slot - fieldOf(b).json!.slot);
const JSON_KEY_NAMES = new Set(JSON_KEYS.map((k) => fieldOf(k).json!.key));

type Fields = typeof VIEW_FIELDS;
type JsonKey = { [K in Key]: Fields[K] extends { json: object } ? K : never }[Key];
type AlwaysKey = { [K in Key]: Fields[K] extends { json: { always: true } } ? K : never }[Key];

/**
 * The view a share link or file carries, derived from the table: the fields
 * with a JSON codec, those written `always` present, the others only when they
 * are not the default (so a decoded view of the claims view has no `lens`).
 * Today: { claim, sensitivity, removed, lens?, panel?, kind?, outlets?, only?, q? }.
 */
export type LinkView = Pick<ViewState, AlwaysKey> & Partial<Pick<ViewState, Exclude<JsonKey, AlwaysKey>>>;

// --- query string ---

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/** Any search string → a valid ViewState (unknown parts take defaults). */
export function parseQuery(search: string): ViewState {
  const params = safeParams(typeof search === 'string' ? search : '');
  const out: Record<string, unknown> = { ...DEFAULT_VIEW };
  for (const key of KEYS) {
    const codec = fieldOf(key).query;
    if (!codec) continue;
    try {
      out[key] = codec.parse(params.get(codec.param));
    } catch {
      // keep the default
    }
  }
  return out as unknown as ViewState;
}

/** "" for the default view, otherwise "?a=1&b=2" (the table's order). */
export function formatQuery(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const codec = fieldOf(key).query as QueryCodec<unknown> | undefined;
    const raw = codec?.format(state[key]);
    if (codec && raw !== null && raw !== undefined) params.set(codec.param, raw);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

// --- JSON (link header, file) ---

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The view as a link or file carries it, every field at its default. */
export const DEFAULT_LINK_VIEW: LinkView = toLinkView(DEFAULT_VIEW);

/** Reads a JSON view; never fails (bad fields take their defaults, with a warning; unknown keys are listed). */
export function parseJsonView(raw: unknown): { view: LinkView; warnings: string[]; ignored: string[] } {
  const values: Partial<Record<Key, unknown>> = {};
  const warnings: string[] = [];
  let ignored: string[] = [];
  if (raw !== undefined && raw !== null) {
    if (!isRecord(raw)) warnings.push('The view settings were unreadable, so the defaults are used.');
    else {
      for (const key of JSON_KEYS) {
        const codec = fieldOf(key).json!;
        const v = raw[codec.key];
        if (v === undefined || v === null) continue;
        const parsed = codec.parse(v);
        values[key] = parsed.value;
        if (parsed.warning) warnings.push(parsed.warning);
      }
      ignored = Object.keys(raw).filter((k) => !JSON_KEY_NAMES.has(k));
    }
  }
  return { view: toLinkView({ ...DEFAULT_VIEW, ...values } as ViewState), warnings, ignored };
}

/**
 * The JSON view of a state, in v1's key order: `mode: 'file'` writes the
 * `always` fields and the others when not the default; `mode: 'link'` only
 * what is not the default.
 */
export function formatJsonView(view: Partial<ViewState> | LinkView, mode: 'link' | 'file'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of JSON_KEYS) {
    const f = fieldOf(key);
    const value = (view as Partial<ViewState>)[key] ?? f.default;
    if (f.json!.format) {
      const formatted = (f.json!.format as (v: unknown) => unknown)(value);
      if (formatted !== undefined) out[f.json!.key] = formatted;
    } else if (value !== f.default || (mode === 'file' && f.json!.always)) out[f.json!.key] = value;
  }
  return out;
}

/** A page view → what a link or file carries of it (the `always` fields, the others when not the default). */
export function toLinkView(view: Partial<ViewState> | LinkView): LinkView {
  const out: Record<string, unknown> = {};
  for (const key of JSON_KEYS) {
    const f = fieldOf(key);
    const value = (view as Partial<ViewState>)[key] ?? f.default;
    // A field with its own JSON format is carried when that format writes something.
    const carried = f.json!.format ? (f.json!.format as (v: unknown) => unknown)(value) !== undefined : value !== f.default;
    if (carried || f.json!.always) out[key] = value;
  }
  return out as unknown as LinkView;
}

/** A stable string of the carried view (a dependency key: it changes exactly when the link would). */
export function linkViewKey(view: Partial<ViewState> | LinkView): string {
  return JSON.stringify(formatJsonView(view, 'link'));
}
