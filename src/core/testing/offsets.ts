/**
 * The offset invariant of the Comparison JSON (issue 15, "exact offsets
 * everywhere"), as ONE checker shared by the property test, the long-run
 * script (scripts/fuzz-offsets.ts) and table tests.
 *
 * The rule (README, "The Comparison JSON"): every `start`/`end` is a UTF-16
 * code-unit index into its report's ORIGINAL `text`, half-open
 * (`text.slice(start, end)`), with 0 ≤ start ≤ end ≤ text.length, never
 * between the two halves of a surrogate pair. A span that belongs to a
 * sentence lies inside that sentence. Where the JSON also states the words,
 * the slice reads exactly so:
 *
 * - `sentences[].text`, `removed[].text`: the slice, verbatim (a pre-split
 *   sentence is used as given, so it may be empty; one cut from `text` never is);
 * - `removed[].keptAt`: the span of a kept sentence;
 * - word-diff tokens: non-empty, in order, tiling their sentence exactly;
 * - facts of a name kind (person, organization, place): `value` is the slice
 *   with each run of white space written as one space; other kinds'
 *   values are normalised (digits, ISO dates), so only their surface is checked
 *   (a percentage's slice starts with its number; a date slice holds its year);
 * - loaded words: an AFINN word's `term` is the slice in lower case, a scare
 *   quote's `term` is the slice in lower case between straight quotes, a
 *   lexicon term matches the slice as the phrase matcher reads it (case,
 *   white space, apostrophes and hyphens folded; a trailing `*` or `(s)`);
 * - actor mentions (and places): `label` matches the slice the same way;
 *   `actors[].labels[].spans` are exactly that label's mentions.
 * - voices: quotation spans, the cue and the speaker's mention (and its
 *   source's, `via`) are non-empty, start and end on no white space, and lie
 *   in the attribution's sentence.
 *
 * Returns one line per violation, each starting with its field's name (the
 * text before the first ":"), so a script can count violations by field.
 */
import type { Comparison, ReportResult, Span, Speaker } from '../types';

const NAME_KINDS = new Set(['person', 'organization', 'place']);

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Does index `i` fall between the halves of a surrogate pair of `text`? */
export function splitsSurrogate(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * How the phrase matcher (text/phrases.ts) reads a phrase and the words it
 * matched: case-insensitive, any white space one space, either apostrophe,
 * hyphens optional.
 */
function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/[-‐‑]/g, '');
}

/** Does `slice` read as the phrase `phrase` (a lexicon term or actor label)? */
function readsAs(slice: string, phrase: string): boolean {
  const s = fold(slice);
  if (phrase.endsWith('*')) return s.startsWith(fold(phrase.slice(0, -1)));
  if (phrase.endsWith('(s)')) {
    const p = fold(phrase.slice(0, -3));
    return s === p || s === `${p}s`;
  }
  return s === fold(phrase);
}

const trimmed = (s: string) => s.length > 0 && !/^\s|\s$/u.test(s);

export function offsetViolations(comparison: Comparison): string[] {
  const out: string[] = [];
  comparison.reports.forEach((r, ri) => checkReport(r, ri, out));
  checkClaims(comparison, out);
  checkMatrix(comparison, out);
  return out;
}

function checkReport(r: ReportResult, ri: number, out: string[]): void {
  const T = r.text;
  const at = (s: Span) => `[${s.start},${s.end}) ${JSON.stringify(T.slice(s.start, s.end))}`;
  /** Bounds and surrogate pairs; false when the span cannot be read at all. */
  const span = (field: string, s: Span | undefined): s is Span => {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > T.length) {
      out.push(`${field}: report ${ri}: out of bounds ${JSON.stringify(s)} (text length ${T.length})`);
      return false;
    }
    if (splitsSurrogate(T, s.start) || splitsSurrogate(T, s.end)) out.push(`${field}: report ${ri}: splits a surrogate pair ${at(s)}`);
    return true;
  };
  const sentences = r.sentences;
  /** Inside sentence `si`'s [start, end). */
  const inside = (field: string, s: Span, si: number) => {
    const sent = sentences[si];
    if (!sent) out.push(`${field}: report ${ri}: no sentence ${si}`);
    else if (s.start < sent.start || s.end > sent.end) out.push(`${field}: report ${ri}: ${at(s)} outside sentence ${si} [${sent.start},${sent.end})`);
  };

  let last = -1;
  sentences.forEach((s, si) => {
    if (!span('sentence', s)) return;
    if (T.slice(s.start, s.end) !== s.text) out.push(`sentence: report ${ri}: sentence ${si} ${at(s)} does not slice to its text ${JSON.stringify(s.text)}`);
    if (s.start < last) out.push(`sentence: report ${ri}: sentence ${si} overlaps or precedes the one before`);
    last = s.end;
  });

  const sentenceKeys = new Set(sentences.map((s) => `${s.start}:${s.end}`));
  for (const x of r.removed) {
    if (!span('removed', x)) continue;
    if (T.slice(x.start, x.end) !== x.text) out.push(`removed: report ${ri}: ${at(x)} does not slice to its text ${JSON.stringify(x.text)}`);
    if (sentences.some((s) => s.start < x.end && x.start < s.end)) out.push(`removed: report ${ri}: ${at(x)} overlaps a kept sentence`);
    if (x.keptAt && span('removed.keptAt', x.keptAt) && !sentenceKeys.has(`${x.keptAt.start}:${x.keptAt.end}`)) {
      out.push(`removed.keptAt: report ${ri}: ${at(x.keptAt)} is not a kept sentence`);
    }
  }

  const f = r.framing;
  // Voices.
  f.voices?.attributions.forEach((a, ai) => {
    if (a.sentence !== ai) out.push(`voices.sentence: report ${ri}: attribution ${ai} names sentence ${a.sentence}`);
    const word = (field: string, s: Span) => {
      if (!span(field, s)) return;
      inside(field, s, a.sentence);
      if (!trimmed(T.slice(s.start, s.end))) out.push(`${field}: report ${ri}: ${at(s)} is empty or starts or ends with white space`);
    };
    for (const q of a.quoteSpans) word('voices.quoteSpans', q);
    if (a.cue) word('voices.cue', a.cue);
    const speaker = (field: string, sp: Speaker | undefined) => {
      if (!sp) return;
      if (sp.mention) word(field, sp.mention);
      speaker(`${field.replace(/\.mention$/, '')}.via.mention`, sp.via);
    };
    speaker('voices.speaker.mention', a.speaker);
  });

  // Actors.
  const actors = f.actors;
  if (actors) {
    const byLabel = new Map<string, string[]>();
    for (const m of actors.mentions) {
      if (!span('actors.mentions', m)) continue;
      inside('actors.mentions', m, m.sentence);
      if (!readsAs(T.slice(m.start, m.end), m.label)) out.push(`actors.mentions: report ${ri}: ${at(m)} does not read as its label ${JSON.stringify(m.label)}`);
      const key = `${m.actor}\u0000${m.label}`;
      byLabel.set(key, [...(byLabel.get(key) ?? []), `${m.start}:${m.end}`]);
    }
    for (const a of actors.actors) {
      for (const l of a.labels) {
        for (const s of l.spans) span('actors.labels.spans', s);
        const want = byLabel.get(`${a.actor}\u0000${l.label}`) ?? [];
        const got = l.spans.map((s) => `${s.start}:${s.end}`);
        if (got.join(' ') !== want.join(' ') || l.count !== got.length) out.push(`actors.labels.spans: report ${ri}: ${a.actor} "${l.label}": spans ${got.join(' ')} are not its mentions ${want.join(' ')}`);
      }
    }
    for (const p of actors.places) {
      if (!span('actors.places', p)) continue;
      inside('actors.places', p, p.sentence);
      if (!readsAs(T.slice(p.start, p.end), p.label)) out.push(`actors.places: report ${ri}: ${at(p)} does not read as its label ${JSON.stringify(p.label)}`);
    }
  }

  // Loaded words.
  for (const h of f.loaded?.hits ?? []) {
    if (!span('loaded.hits', h)) continue;
    inside('loaded.hits', h, h.sentence);
    const slice = T.slice(h.start, h.end);
    const ok =
      h.source === 'afinn-165' ? h.term === slice.toLowerCase() : h.source === 'scare-quote' ? h.term === `"${slice.toLowerCase()}"` : readsAs(slice, h.term);
    if (!ok) out.push(`loaded.hits: report ${ri}: ${at(h)} does not read as its term ${JSON.stringify(h.term)} (${h.source})`);
  }

  // Facts.
  for (const x of f.facts ?? []) {
    if (!span('facts', x)) continue;
    inside(`facts.${x.kind}`, x, x.sentence);
    const slice = T.slice(x.start, x.end);
    if (slice.length === 0) out.push(`facts.${x.kind}: report ${ri}: empty span for ${JSON.stringify(x.value)}`);
    if (NAME_KINDS.has(x.kind)) {
      if (slice.replace(/\s+/g, ' ') !== x.value) out.push(`facts.${x.kind}: report ${ri}: ${at(x)} does not slice to its value ${JSON.stringify(x.value)}`);
    } else if (x.kind === 'percent') {
      if (!slice.startsWith(x.value) && !slice.includes(` ${x.value}`)) out.push(`facts.percent: report ${ri}: ${at(x)} does not hold its value ${JSON.stringify(x.value)}`);
    } else if (x.kind === 'date') {
      const year = /^(\d{4})/.exec(x.value)?.[1] ?? /^(\d{3})0s$/.exec(x.value)?.[1];
      if (year && !slice.includes(year)) out.push(`facts.date: report ${ri}: ${at(x)} does not hold the year of ${JSON.stringify(x.value)}`);
    }
  }
}

function checkClaims(c: Comparison, out: string[]): void {
  for (const claim of c.claims) {
    for (const m of claim.members) {
      const s = c.reports[m.report]?.sentences[m.sentence];
      if (!s) out.push(`claims.members: ${claim.id}: no sentence ${m.report}/${m.sentence}`);
      else if (s.claim !== claim.id) out.push(`claims.members: ${claim.id}: sentence ${m.report}/${m.sentence} says claim ${s.claim}`);
    }
    for (const d of claim.diff ?? []) {
      const r = c.reports[d.report];
      const s = r?.sentences[d.sentence];
      if (!r || !s) {
        out.push(`diff.tokens: ${claim.id}: no sentence ${d.report}/${d.sentence}`);
        continue;
      }
      let pos = s.start;
      for (const t of d.tokens) {
        if (t.start !== pos || t.end <= t.start) {
          out.push(`diff.tokens: ${claim.id}: report ${d.report} sentence ${d.sentence}: token [${t.start},${t.end}) does not follow at ${pos}`);
          break;
        }
        if (splitsSurrogate(r.text, t.end)) out.push(`diff.tokens: ${claim.id}: report ${d.report}: token [${t.start},${t.end}) splits a surrogate pair`);
        pos = t.end;
      }
      if (pos !== s.end && d.tokens.every((t, i, a) => i === 0 || t.start === a[i - 1]!.end)) {
        out.push(`diff.tokens: ${claim.id}: report ${d.report} sentence ${d.sentence}: tokens end at ${pos}, the sentence at ${s.end}`);
      }
    }
  }
}

/** The fact matrix's cells are the reports' own facts (same spans), in report order. */
function checkMatrix(c: Comparison, out: string[]): void {
  const own = c.reports.map((r) => new Set((r.framing.facts ?? []).map((f) => `${f.start}:${f.end}:${f.key}`)));
  for (const row of c.facts.rows) {
    row.cells.forEach((cell, ri) => {
      for (const f of cell) if (!own[ri]?.has(`${f.start}:${f.end}:${f.key}`)) out.push(`facts.matrix: row ${row.key}: report ${ri} cell [${f.start},${f.end}) is not one of its facts`);
    });
  }
}
