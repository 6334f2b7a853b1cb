/**
 * Classroom mode's outlet labels: "Outlet A", "Outlet B", … in place of the
 * outlets' names, everywhere the page shows a comparison. Pure.
 *
 * `hideOutletNames(comparison)` returns the comparison as the page shows it in
 * classroom mode: every report's `outlet` is its label, its `url` (addresses
 * name the outlet) is gone, and every place a text names one of the outlets
 * ("MINSK (Sputnik) -", "told Izvestia") is masked **in place, at the same
 * length**, so every offset into the text (sentences, removed text, word
 * diffs, lens marks) stays valid and no re-analysis is needed. Names of
 * sources an outlet cites that are not among the compared outlets stay.
 */
import type { Comparison } from '../../core/index';
import { outletLetter } from '../../export/letters';

export { outletLetter };

export function outletLabel(index: number): string {
  return `Outlet ${outletLetter(index)}`;
}

/** Zero-width space: pads a mask to the length of the name it replaces, and shows nothing. */
const PAD = '\u200B';

/**
 * The mask for a name of `length` UTF-16 units: "Outlet A" when that fits,
 * else "[A]", else the letter; padded with zero-width spaces to exactly
 * `length`, so offsets after it do not move.
 */
export function maskFor(index: number, length: number): string {
  const letter = outletLetter(index);
  const long = `Outlet ${letter}`;
  const short = `[${letter}]`;
  const mask = length >= long.length ? long : length >= short.length ? short : length >= letter.length ? letter : '';
  return mask + PAD.repeat(length - mask.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names worth masking: trimmed, two characters or more (a one-letter outlet would mask every "A"). */
function maskable(names: readonly string[]): { name: string; index: number }[] {
  const seen = new Set<string>();
  const out: { name: string; index: number }[] = [];
  names.forEach((raw, index) => {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = name.toLocaleLowerCase();
    if (name.length < 2 || seen.has(key)) return;
    seen.add(key);
    out.push({ name, index });
  });
  // Longest first, so "Sputnik Globe" is masked whole before "Sputnik".
  return out.sort((a, b) => b.name.length - a.name.length);
}

/**
 * A function that masks every whole-word, case-insensitive occurrence of the
 * outlets' names in a text, each with its own outlet's mask, keeping the
 * text's length. White space inside a name matches any white space.
 */
export function nameMasker(names: readonly string[]): (text: string) => string {
  const list = maskable(names);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${list.map((n) => `(${n.name.split(' ').map(escapeRegExp).join('\\s+')})`).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (match: string, ...groups: unknown[]) => {
      const which = groups.slice(0, list.length).findIndex((g) => typeof g === 'string');
      return maskFor(list[which]!.index, match.length);
    });
}

/** Keys whose values are identifiers or fixed words (ids, kinds, categories), never a text to mask. */
const IDENTIFIER_KEYS = new Set(['id', 'claim', 'kind', 'report', 'reports', 'actor', 'key', 'voice', 'category', 'tone', 'schema', 'matcher', 'language', 'originalLanguage', 'type']);

/** Every string in a JSON-like value passed through `mask` (a copy), except under IDENTIFIER_KEYS. */
function maskDeep<T>(value: T, mask: (s: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = IDENTIFIER_KEYS.has(k) ? v : maskDeep(v, mask);
    return out as T;
  }
  return value;
}

/**
 * The comparison with the outlets hidden (see the file comment). Report ids
 * and claim ids are kept (the page keys on them); the framing, facts and any
 * notes are masked like the texts.
 */
export function hideOutletNames(comparison: Comparison): Comparison {
  const mask = nameMasker(comparison.reports.map((r) => r.outlet));
  const { reports, claims, schema, options, ...rest } = comparison;
  return {
    ...maskDeep(rest, mask),
    schema,
    options,
    claims: maskDeep(claims, mask),
    reports: reports.map((r, i) => {
      const { url: _url, id, outlet: _outlet, ...body } = r;
      return { ...maskDeep(body, mask), id, outlet: outletLabel(i) };
    }),
  } as Comparison;
}

/** A page text (a title, a summary, a note) with the outlets' names replaced by their labels (lengths may change). */
export function hideNamesIn(text: string, names: readonly string[]): string {
  return nameMasker(names)(text).replace(/\u200B/g, '');
}

/** "Outlet A and Outlet B", "Outlet A, Outlet B and Outlet C". */
export function joinLabels(count: number): string {
  const labels = Array.from({ length: count }, (_, i) => outletLabel(i));
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
