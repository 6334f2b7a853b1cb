/**
 * The view as it lives in the address bar. `parse` and `format` are pure and
 * total: any search string gives a valid ViewState (unknown parts fall back to
 * defaults), and `parse(format(s))` gives `s` back.
 *
 * Adding a field (sensitivity, lens, …) = one entry in ViewState, DEFAULT_VIEW
 * and FIELDS.
 */
import { DEFAULT_SENSITIVITY } from '../../core/defaults';
import { DEFAULT_LENS, parseLens, type Lens } from '../lens/registry';

/** A panel over the columns: null, or the framing summary. */
export type Panel = 'framing' | null;

export interface ViewState {
  /** Event id; null = the manifest's first event. */
  event: string | null;
  /** Selected claim id ("c12"); null = nothing selected. */
  claim: string | null;
  /** Show the text that cleaning removed. */
  removed: boolean;
  /** Matching sensitivity, 0 (strict) to 1 (loose), in steps of 0.01; the tuned default is left out of links. */
  sensitivity: number;
  /** Which lens tints the columns; the claims view is the default. */
  lens: Lens;
  /** The open panel (`panel=framing`: the framing summary); null = none. */
  panel: Panel;
}

export const DEFAULT_VIEW: ViewState = {
  event: null,
  claim: null,
  removed: false,
  sensitivity: DEFAULT_SENSITIVITY,
  lens: DEFAULT_LENS,
  panel: null,
};

interface FieldCodec<T> {
  /** The query parameter's name. */
  param: string;
  /** Raw value (null when absent) → value; invalid input gives the default. */
  decode(raw: string | null): T;
  /** Value → raw; null leaves the parameter out (it is the default). */
  encode(value: T): string | null;
}

type Codecs = { [K in keyof ViewState]: FieldCodec<ViewState[K]> };

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
const CLAIM_ID = /^c[1-9][0-9]{0,6}$/;

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

function idField(param: string, pattern: RegExp): FieldCodec<string | null> {
  return {
    param,
    decode: (raw) => {
      const v = raw?.trim() ?? '';
      return pattern.test(v) ? v : null;
    },
    encode: (value) => (value !== null && pattern.test(value) ? value : null),
  };
}

function flagField(param: string, fallback: boolean): FieldCodec<boolean> {
  return {
    param,
    decode: (raw) => {
      if (raw === null) return fallback;
      const v = raw.trim().toLowerCase();
      // A bare "?removed" means on.
      if (v === '' || TRUE_WORDS.has(v)) return true;
      if (FALSE_WORDS.has(v)) return false;
      return fallback;
    },
    encode: (value) => (value === fallback ? null : value ? '1' : '0'),
  };
}

/** A plain decimal (no exponent, sign or hex): "0.35", ".5", "1". */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number in [0, 1] rounded to 2 decimals; anything else (out of range, not a number) gives the default. */
function unitField(param: string, fallback: number): FieldCodec<number> {
  const round = (n: number) => Math.round(n * 100) / 100;
  const valid = (n: number) => Number.isFinite(n) && n >= 0 && n <= 1;
  return {
    param,
    decode: (raw) => {
      const v = raw?.trim() ?? '';
      if (!DECIMAL.test(v)) return fallback;
      const n = Number(v);
      return valid(n) ? round(n) : fallback;
    },
    encode: (value) => {
      if (typeof value !== 'number' || !valid(value)) return null;
      const n = round(value);
      return n === round(fallback) ? null : String(n);
    },
  };
}

/** One of a fixed set of words (case and spaces forgiven); anything else gives the default, which is left out. */
function choiceField<T>(param: string, fallback: T, decodeWord: (raw: string) => T | null): FieldCodec<T> {
  return {
    param,
    decode: (raw) => (raw === null ? fallback : (decodeWord(raw) ?? fallback)),
    encode: (value) => (value === fallback || typeof value !== 'string' || decodeWord(value) !== value ? null : value),
  };
}

const parsePanel = (raw: string): Panel => (raw.trim().toLowerCase() === 'framing' ? 'framing' : null);

/** The order here is the order in formatted links. */
const FIELDS: Codecs = {
  event: idField('event', EVENT_ID),
  claim: idField('claim', CLAIM_ID),
  removed: flagField('removed', DEFAULT_VIEW.removed),
  sensitivity: unitField('sensitivity', DEFAULT_VIEW.sensitivity),
  lens: choiceField<Lens>('lens', DEFAULT_VIEW.lens, parseLens),
  panel: choiceField<Panel>('panel', DEFAULT_VIEW.panel, parsePanel),
};

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

export function parse(search: string): ViewState {
  const params = safeParams(typeof search === 'string' ? search : '');
  const out = { ...DEFAULT_VIEW };
  for (const key of Object.keys(FIELDS) as (keyof ViewState)[]) {
    const codec = FIELDS[key] as FieldCodec<unknown>;
    try {
      (out as Record<keyof ViewState, unknown>)[key] = codec.decode(params.get(codec.param));
    } catch {
      // keep the default
    }
  }
  return out;
}

/** "" for the default view, otherwise "?a=1&b=2" (stable key order). */
export function format(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(FIELDS) as (keyof ViewState)[]) {
    const codec = FIELDS[key] as FieldCodec<unknown>;
    const raw = codec.encode(state[key]);
    if (raw !== null) params.set(codec.param, raw);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface Known {
  /** Event ids in manifest order (the first is the default). */
  events: readonly string[];
  /** Claim ids of the current comparison, or null while it is not known yet. */
  claims: ReadonlySet<string> | null;
}

export interface Resolved {
  state: ViewState;
  /** A message for the reader when the link asked for something that is not there. */
  notice: string | null;
}

/**
 * Checks a parsed state against what exists. Unknown event → the default
 * event (with a notice); a claim that is not in the comparison → no selection.
 */
export function resolveView(state: ViewState, known: Known): Resolved {
  let notice: string | null = null;
  let { event, claim } = state;
  const fallback = known.events[0] ?? null;
  if (event === null || !known.events.includes(event)) {
    if (event !== null) {
      notice = fallback
        ? `The link asked for an event that is not available (“${event}”), so the default event is shown.`
        : `The link asked for an event that is not available (“${event}”).`;
      claim = null;
    }
    event = fallback;
  }
  if (claim !== null && known.claims !== null && !known.claims.has(claim)) {
    notice ??= `The link asked for a claim that does not exist in this comparison (“${claim}”), so nothing is selected.`;
    claim = null;
  }
  return { state: { ...state, event, claim }, notice };
}
