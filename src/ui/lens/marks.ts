/**
 * What each lens marks in a report's sentences, with the explanation a reader
 * gets on hover or focus. Pure: Comparison in, plain data out.
 */
import { PAGE_ACTORS as DEFAULT_ACTORS } from './actors';
import type { ActorLexicon, Comparison, Fact, FactDiscrepancy, ReportResult, Speaker } from '../../core/index';
import {
  actorTag,
  actorTint,
  DISCREPANCY_CLASS,
  factStyle,
  LABEL_LOADED_CLASS,
  LABEL_NEUTRAL_CLASS,
  loadedStyle,
  UNATTRIBUTED_CLASS,
  voiceStyle,
  type FactMark,
  type Lens,
} from './lens';
import type { MarkSpan } from './runs';

export interface LensMark extends MarkSpan {
  /** The mark's category, for tests and styling hooks ("quote", "loaded", "money", an actor id…). */
  kind: string;
  /** Extra attribute: "loaded" / "neutral" for labels, "discrepancy" for contested facts. */
  flag?: string;
  className: string;
  /** A short tag shown after the mark (the actor of a label: "UA"). */
  tag?: string;
  /** One or more lines: what the mark is and why. The first line names the marked words. */
  explain: string[];
}

export interface SentenceLens {
  /** Classes on the whole sentence (an unattributed assertion in the Voices lens). */
  className?: string;
  /** Lines about the sentence as a whole ("Quoted: Vladislav Shurygin, military expert"). */
  notes: string[];
  marks: LensMark[];
}

/** Per sentence of the report (same indices): its lens marks and notes. Empty for the claims lens. */
export function reportLens(
  comparison: Comparison,
  reportIndex: number,
  lens: Lens,
  actors: ActorLexicon = DEFAULT_ACTORS,
): SentenceLens[] {
  const report = comparison.reports[reportIndex];
  if (!report) return [];
  const out: SentenceLens[] = report.sentences.map(() => ({ notes: [], marks: [] }));
  switch (lens) {
    case 'claims':
      return [];
    case 'voices':
      voiceMarks(report, out);
      break;
    case 'labels':
      labelMarks(report, out, actors);
      break;
    case 'loaded':
      loadedMarks(report, out);
      break;
    case 'facts':
      factMarks(comparison, reportIndex, out);
      break;
  }
  // A mark belongs to its sentence only where it overlaps it (a speaker named in the sentence that closes a
  // long quotation is not marked in the sentences before); the renderer clips what crosses the boundary.
  out.forEach((s, i) => {
    const { start, end } = report.sentences[i]!;
    s.marks = s.marks.filter((m) => m.end > start && m.start < end).sort((a, b) => a.start - b.start || b.end - a.end);
  });
  return out;
}

const quoted = (s: string) => `“${s}”`;

/** "Vladislav Shurygin, military expert"; "Mark Hiznay of the UN Institute…". */
export function describeSpeaker(speaker: Speaker | undefined): string {
  if (!speaker) return 'an unnamed source';
  const role = speaker.role?.trim();
  let s = speaker.name;
  if (role) s += /^(of|from|at|in)\b/i.test(role) ? ` ${role}` : `, ${role}`;
  if (speaker.via) s += `, citing ${describeSpeaker(speaker.via)}`;
  return s;
}

function voiceMarks(report: ReportResult, out: SentenceLens[]) {
  for (const a of report.framing.voices.attributions) {
    const s = out[a.sentence];
    if (!s) continue;
    const who = describeSpeaker(a.speaker);
    switch (a.kind) {
      case 'quote':
        s.notes.push(`Quoted: ${who}`);
        break;
      case 'reported':
        s.notes.push(`Reported: ${who}`);
        break;
      case 'unattributed':
        s.notes.push('Unattributed: the outlet says this in its own voice, citing no one');
        s.className = UNATTRIBUTED_CLASS;
        break;
    }
    for (const q of a.quoteSpans) {
      s.marks.push({ ...span(q), kind: 'quote', className: voiceStyle('quote').className, explain: [`Direct quotation: the words of ${who}`] });
    }
    if (a.cue) {
      const cue = report.text.slice(a.cue.start, a.cue.end);
      s.marks.push({
        ...span(a.cue),
        kind: 'cue',
        className: voiceStyle('cue').className,
        explain: [`${quoted(cue)}: attribution word (${a.kind === 'quote' ? 'introduces a quotation' : 'reported speech'}) for ${who}`],
      });
    }
    const mention = a.speaker?.mention;
    if (mention && a.speaker) {
      const as = report.text.slice(mention.start, mention.end);
      s.marks.push({
        ...span(mention),
        kind: 'speaker',
        className: voiceStyle('speaker').className,
        explain: [
          a.speaker.resolved ? `${quoted(as)} refers to ${describeSpeaker(a.speaker)}` : `Speaker: ${describeSpeaker(a.speaker)}`,
        ],
      });
    }
  }
}

function labelMarks(report: ReportResult, out: SentenceLens[], lexicon: ActorLexicon) {
  const order = new Map(lexicon.actors.map((a, i) => [a.id, i]));
  const names = new Map(report.framing.actors.actors.map((a) => [a.actor, a.name]));
  for (const m of report.framing.actors.mentions) {
    const s = out[m.sentence];
    if (!s) continue;
    const group = lexicon.actors.find((a) => a.id === m.actor);
    const name = group?.name ?? names.get(m.actor) ?? m.actor;
    const entry = group?.labels.find((l) => l.text.toLowerCase() === m.label.toLowerCase());
    const i = order.get(m.actor) ?? hash(m.actor);
    const loaded = m.tone === 'loaded';
    const words = report.text.slice(m.start, m.end);
    s.marks.push({
      ...span(m),
      kind: m.actor,
      flag: m.tone,
      className: `${actorTint(i)} ${loaded ? LABEL_LOADED_CLASS : LABEL_NEUTRAL_CLASS}`,
      tag: actorTag(m.actor, name),
      explain: [
        `${quoted(words)}: label for ${name} — ${loaded ? `loaded${entry?.note ? `: ${entry.note}` : ''}` : 'neutral'}`,
      ],
    });
  }
}

function loadedMarks(report: ReportResult, out: SentenceLens[]) {
  const explainOf = new Map(report.framing.loaded.terms.map((t) => [t.term, t.explain]));
  for (const h of report.framing.loaded.hits) {
    const s = out[h.sentence];
    if (!s) continue;
    const style = loadedStyle(h.category);
    const words = report.text.slice(h.start, h.end);
    const whose = h.inQuote
      ? `Inside a quotation: the words of ${h.speaker ?? 'an unnamed speaker'}, not the outlet’s.`
      : h.speaker
        ? `In a sentence reporting ${h.speaker}, in the outlet’s wording.`
        : 'In the outlet’s own voice.';
    s.marks.push({
      ...span(h),
      kind: h.category,
      flag: h.inQuote ? 'quoted' : undefined,
      className: style.className,
      explain: [`${quoted(words)}: ${style.label.toLowerCase()} — ${explainOf.get(h.term) ?? ''}`.trim(), whose],
    });
  }
}

export function factMarkOf(fact: Fact): FactMark | null {
  switch (fact.kind) {
    case 'count':
    case 'percent':
      return 'number';
    case 'money':
      return 'money';
    case 'date':
      return 'date';
    case 'person':
    case 'organization':
    case 'place':
      return null;
  }
}

/** The discrepancy a fact takes part in, if any (same kind, same counted noun or dated event, this report among them). */
export function discrepancyOf(fact: Fact, reportId: string, discrepancies: readonly FactDiscrepancy[]): FactDiscrepancy | undefined {
  if (!fact.what) return undefined;
  const what = fact.what.toLowerCase();
  return discrepancies.find(
    (d) =>
      d.kind === fact.kind &&
      (what === d.what.toLowerCase() || what.endsWith(` ${d.what.toLowerCase()}`)) &&
      d.values.some((v) => v.report === reportId),
  );
}

export function describeDiscrepancy(d: FactDiscrepancy, outletOf: (id: string) => string): string {
  const values = d.values.map((v) => `${outletOf(v.report)} ${v.values.join(', ')}`).join('; ');
  return `Outlets disagree on “${d.what}”: ${values}.`;
}

/** "Number: 32, counts “artillery piece”." and the like. */
export function describeFact(fact: Fact, words: string): string {
  const q = fact.qualifier ? ` (${fact.qualifier.replace(/-/g, ' ')})` : '';
  switch (fact.kind) {
    case 'count':
      return `${quoted(words)}: number ${Number(fact.value).toLocaleString('en-US')}${q}${fact.what ? `, counts “${fact.what}”` : ''}`;
    case 'percent':
      return `${quoted(words)}: ${fact.value}%${q}${fact.what ? ` of “${fact.what}”` : ''}`;
    case 'money':
      return `${quoted(words)}: money, ${Number(fact.value).toLocaleString('en-US')} ${(fact.what ?? '').toUpperCase()}${q}`.trim();
    case 'date':
      return `${quoted(words)}: date ${fact.value}${fact.what ? `, dates “${fact.what}”` : ''}`;
    case 'person':
    case 'organization':
    case 'place':
      return `${quoted(words)}: ${fact.kind} ${fact.value}`;
  }
}

function factMarks(comparison: Comparison, reportIndex: number, out: SentenceLens[]) {
  const report = comparison.reports[reportIndex]!;
  const outletOf = outletNamer(comparison);
  const rowOf = new Map(comparison.facts.rows.map((r) => [r.key, r]));
  const col = comparison.facts.reports.indexOf(report.id);
  for (const f of report.framing.facts) {
    const kind = factMarkOf(f);
    const s = out[f.sentence];
    if (!kind || !s) continue;
    const words = report.text.slice(f.start, f.end);
    const row = rowOf.get(f.key);
    const others = row
      ? row.cells.flatMap((cell, i) => (i !== col && cell.length > 0 ? [outletOf(comparison.facts.reports[i]!)] : []))
      : [];
    const lines = [
      describeFact(f, words),
      others.length > 0 ? `Also given by ${others.join(', ')}.` : 'No other outlet gives this figure.',
    ];
    const d = discrepancyOf(f, report.id, comparison.facts.discrepancies);
    if (d) lines.push(`⚠ ${describeDiscrepancy(d, outletOf)}`);
    s.marks.push({
      ...span(f),
      kind,
      flag: d ? 'discrepancy' : undefined,
      className: `${factStyle(kind).className} ${d ? DISCREPANCY_CLASS : ''}`.trim(),
      tag: d ? '≠' : undefined,
      explain: lines,
    });
  }
}

export function outletNamer(comparison: Comparison): (id: string) => string {
  const names = new Map(comparison.reports.map((r) => [r.id, r.outlet]));
  return (id) => names.get(id) ?? id;
}

function span(s: MarkSpan): MarkSpan {
  return { start: s.start, end: s.end };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}
