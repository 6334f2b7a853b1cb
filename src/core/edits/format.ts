/**
 * Corrections: the reader's edits to the machine's claims, and their notes,
 * as plain data — the shape the page keeps in its view state, links and
 * files, the command line reads with `--edits`, and the analyzer replays
 * (edits/apply.ts).
 *
 * An edit names SENTENCES, never claim ids: claim ids are positions in a
 * result ("c12") and change whenever the analysis changes (another matcher, a
 * sensitivity change, a new release of the model). A sentence is named by its
 * report, its index there and a fingerprint of its text, so a replay can tell
 * an edit that still applies from one whose sentence is gone (the report's
 * text changed) — see apply.ts for what happens when the grouping under an
 * edit changes.
 *
 * This module is pure and dependency-free: the page's main thread imports it
 * (the boundary test allows it beside core/defaults) to build and encode
 * edits without carrying the analysis.
 */

export const EDITS_SCHEMA = 'parallax.edits/1' as const;

/** A sentence of a comparison: report index, sentence index, fingerprint of its text. */
export interface SentenceKey {
  report: number;
  sentence: number;
  /** fingerprint(sentence text): 1–7 base-36 characters. */
  hash: string;
}

/**
 * One correction. Exhaustive: switch over `op`.
 * - `detach`: "Not the same fact" — the sentence leaves its claim and stands alone.
 * - `link`: the sentence leaves its claim and joins the claim of `to`.
 * - `merge`: the claims of `a` and `b` become one.
 * - `split`: these sentences (all of one claim) leave it together, as a claim of their own.
 */
export type Edit =
  | { op: 'detach'; s: SentenceKey }
  | { op: 'link'; s: SentenceKey; to: SentenceKey }
  | { op: 'merge'; a: SentenceKey; b: SentenceKey }
  | { op: 'split'; s: SentenceKey[] };

export type EditOp = Edit['op'];

/** A note on the claim that holds `s` (the claim's first sentence when the note was written). */
export interface ClaimNote {
  s: SentenceKey;
  text: string;
}

export interface Corrections {
  edits: Edit[];
  notes: ClaimNote[];
}

export const NO_CORRECTIONS: Corrections = Object.freeze({ edits: [], notes: [] }) as unknown as Corrections;

/** Bounds that keep a hostile link or file small: more is dropped (and counted). */
export const MAX_EDITS = 1000;
export const MAX_NOTES = 500;
export const MAX_NOTE_CHARS = 2000;
/** Report and sentence indices a key may hold (the page's limits are 6 reports and 6,000 sentences). */
const MAX_REPORT = 99;
const MAX_SENTENCE = 999_999;

/**
 * FNV-1a (32 bit) of the sentence with white space collapsed, in base 36.
 * Not cryptographic: it only has to tell "this is still that sentence" from
 * "the text under this index changed" (a 1 in 4·10⁹ collision is harmless:
 * the edit then applies to a sentence the reader did not pick, and the page
 * shows it as edited).
 */
export function fingerprint(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function keyOf(report: number, sentence: number, text: string): SentenceKey {
  return { report, sentence, hash: fingerprint(text) };
}

export const sameKey = (a: SentenceKey, b: SentenceKey) => a.report === b.report && a.sentence === b.sentence && a.hash === b.hash;

export function isEmpty(c: Corrections | null | undefined): boolean {
  return !c || (c.edits.length === 0 && c.notes.length === 0);
}

// --- the JSON form (files, links' headers, --edits, the Comparison JSON) ---

const HASH = /^[0-9a-z]{1,7}$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

export function parseKey(raw: unknown): SentenceKey | null {
  if (!isRecord(raw)) return null;
  const { report, sentence, hash } = raw;
  if (!isIndex(report, MAX_REPORT) || !isIndex(sentence, MAX_SENTENCE) || typeof hash !== 'string' || !HASH.test(hash)) return null;
  return { report, sentence, hash };
}

export function parseEdit(raw: unknown): Edit | null {
  if (!isRecord(raw)) return null;
  switch (raw.op) {
    case 'detach': {
      const s = parseKey(raw.s);
      return s && { op: 'detach', s };
    }
    case 'link': {
      const s = parseKey(raw.s);
      const to = parseKey(raw.to);
      return s && to && !sameKey(s, to) ? { op: 'link', s, to } : null;
    }
    case 'merge': {
      const a = parseKey(raw.a);
      const b = parseKey(raw.b);
      return a && b && !sameKey(a, b) ? { op: 'merge', a, b } : null;
    }
    case 'split': {
      if (!Array.isArray(raw.s) || raw.s.length === 0 || raw.s.length > 50) return null;
      const keys = raw.s.map(parseKey);
      return keys.every((k): k is SentenceKey => k !== null) ? { op: 'split', s: keys } : null;
    }
    default:
      return null;
  }
}

/** Plain text of a note: control characters other than line breaks and tabs removed, at most MAX_NOTE_CHARS. */
export function cleanNote(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').slice(0, MAX_NOTE_CHARS);
}

export function parseNote(raw: unknown): ClaimNote | null {
  if (!isRecord(raw) || typeof raw.text !== 'string') return null;
  const s = parseKey(raw.s);
  const text = cleanNote(raw.text);
  return s && text.trim() !== '' ? { s, text } : null;
}

export interface ParsedCorrections {
  value: Corrections;
  /** Entries that were unreadable (or over the bounds) and so left out. */
  dropped: number;
}

/**
 * Reads corrections from JSON: `{ edits, notes }` (an edits file, with or
 * without `schema`, or a whole Comparison JSON that carries them). Tolerant:
 * an unreadable entry is dropped and counted, never thrown.
 */
export function parseCorrections(raw: unknown): ParsedCorrections {
  if (!isRecord(raw)) return { value: { edits: [], notes: [] }, dropped: raw === undefined || raw === null ? 0 : 1 };
  let dropped = 0;
  const edits: Edit[] = [];
  const notes: ClaimNote[] = [];
  if (Array.isArray(raw.edits)) {
    for (const e of raw.edits) {
      const edit = edits.length < MAX_EDITS ? parseEdit(e) : null;
      if (edit) edits.push(edit);
      else dropped++;
    }
  } else if (raw.edits !== undefined) dropped++;
  if (Array.isArray(raw.notes)) {
    for (const n of raw.notes) {
      const note = notes.length < MAX_NOTES ? parseNote(n) : null;
      if (note) notes.push(note);
      else dropped++;
    }
  } else if (raw.notes !== undefined) dropped++;
  return { value: { edits, notes }, dropped };
}

/** The edits file the page exports and `--edits` reads. */
export function toEditsFile(c: Corrections): { schema: typeof EDITS_SCHEMA; edits: Edit[]; notes: ClaimNote[] } {
  return { schema: EDITS_SCHEMA, edits: c.edits, notes: c.notes };
}

// --- the compact form (the address of a bundled event: ?edits=…) ---
//
//   1_d-0.3.k2x9_l-1.4.ab12-0.2.ef01_m-0.1.aa-2.5.bb_s-0.4.cc-1.2.dd_n-0.3.k2x9-check%20this
//
// "1" is the version. Entries are joined by "_", an entry's parts by "-", a
// key's by "."; URLSearchParams leaves all three (and letters and digits)
// as they are, so the address stays readable. A note's text is
// percent-encoded with "-", "_", "." and the other marks escaped too, so it
// holds none of the separators.

const COMPACT_VERSION = '1';

const keyText = (k: SentenceKey) => `${k.report}.${k.sentence}.${k.hash}`;
function readKey(text: string): SentenceKey | null {
  const m = /^(\d{1,2})\.(\d{1,6})\.([0-9a-z]{1,7})$/.exec(text);
  return m ? { report: Number(m[1]), sentence: Number(m[2]), hash: m[3]! } : null;
}
const escapeNote = (text: string) => encodeURIComponent(text).replace(/[-_.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Corrections → the compact form; null when there are none. */
export function encodeCorrections(c: Corrections): string | null {
  if (isEmpty(c)) return null;
  const parts = [COMPACT_VERSION];
  for (const e of c.edits) {
    switch (e.op) {
      case 'detach':
        parts.push(`d-${keyText(e.s)}`);
        break;
      case 'link':
        parts.push(`l-${keyText(e.s)}-${keyText(e.to)}`);
        break;
      case 'merge':
        parts.push(`m-${keyText(e.a)}-${keyText(e.b)}`);
        break;
      case 'split':
        parts.push(`s-${e.s.map(keyText).join('-')}`);
        break;
    }
  }
  for (const n of c.notes) parts.push(`n-${keyText(n.s)}-${escapeNote(n.text)}`);
  return parts.join('_');
}

/** The compact form → corrections; tolerant (unreadable entries dropped and counted; another version drops all). */
export function decodeCorrections(raw: string | null): ParsedCorrections {
  const empty = (dropped: number): ParsedCorrections => ({ value: { edits: [], notes: [] }, dropped });
  if (raw === null || raw.trim() === '') return empty(0);
  const [version, ...entries] = raw.trim().split('_');
  if (version !== COMPACT_VERSION) return empty(Math.max(1, entries.length));
  const edits: Edit[] = [];
  const notes: ClaimNote[] = [];
  let dropped = 0;
  for (const entry of entries) {
    const [letter, ...rest] = entry.split('-');
    let edit: Edit | null = null;
    if (letter === 'n' && rest.length === 2 && notes.length < MAX_NOTES) {
      const s = readKey(rest[0]!);
      let text: string | null = null;
      try {
        text = cleanNote(decodeURIComponent(rest[1]!));
      } catch {
        text = null;
      }
      if (s && text && text.trim() !== '') {
        notes.push({ s, text });
        continue;
      }
    } else if (edits.length < MAX_EDITS) {
      const keys = rest.map(readKey);
      if (keys.every((k): k is SentenceKey => k !== null)) {
        if (letter === 'd' && keys.length === 1) edit = { op: 'detach', s: keys[0]! };
        else if (letter === 'l' && keys.length === 2) edit = parseEdit({ op: 'link', s: keys[0], to: keys[1] });
        else if (letter === 'm' && keys.length === 2) edit = parseEdit({ op: 'merge', a: keys[0], b: keys[1] });
        else if (letter === 's' && keys.length >= 1) edit = parseEdit({ op: 'split', s: keys });
      }
    }
    if (edit) edits.push(edit);
    else dropped++;
  }
  return { value: { edits, notes }, dropped };
}
