/**
 * The command line's readable summary of a Comparison. Pure: data in, a
 * string out; the caller decides the width and whether to use colour.
 */
import type { Claim, ClaimKind, Comparison, RemovalReason, ReportResult } from '../core/types';
import { anonymise, escapeControlsDeep } from '../export/text';

export interface RenderOptions {
  /** Terminal width in columns; lines are wrapped to it. */
  width?: number;
  /** ANSI colours (only for a terminal, never with NO_COLOR). */
  color?: boolean;
  /** A sentence longer than this many characters is cut with "…". */
  maxSentence?: number;
  /** Name the outlets "Outlet A", "Outlet B", … */
  hideOutletNames?: boolean;
}

const KINDS: readonly ClaimKind[] = ['shared', 'partial', 'unique'];

const KIND_TITLE: Record<ClaimKind, [string, string]> = {
  shared: ['Shared claims', 'every report'],
  partial: ['Partial claims', 'some reports, not all'],
  unique: ['Unique claims', 'one report only'],
};

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  kind(kind: ClaimKind, s: string): string;
  outlet(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, kind: (_k, s) => s, outlet: (s) => s };

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const colored: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  kind: (kind, s) => (kind === 'shared' ? ansi(32, 39)(s) : kind === 'partial' ? ansi(33, 39)(s) : ansi(35, 39)(s)),
  outlet: ansi(36, 39),
};

/** Collapses white space (line breaks included) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters (code points), ending with "…". */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

/**
 * Wraps text to `width` columns: the first line starts after `firstIndent`
 * characters already printed, continuation lines get `indent` spaces. Words
 * longer than a line are broken.
 */
export function wrap(text: string, width: number, indent: number, firstIndent = indent): string[] {
  const room = (first: boolean) => Math.max(10, width - (first ? firstIndent : indent));
  const lines: string[] = [];
  let line = '';
  let lineLen = 0;
  const flush = () => {
    lines.push(line);
    line = '';
    lineLen = 0;
  };
  for (const word of text.split(' ').filter(Boolean)) {
    let chars = Array.from(word);
    const limit = () => room(lines.length === 0);
    if (lineLen > 0 && lineLen + 1 + chars.length > limit()) flush();
    while (chars.length > limit() - lineLen - (lineLen > 0 ? 1 : 0)) {
      const space = limit() - lineLen - (lineLen > 0 ? 1 : 0);
      if (space <= 0) {
        flush();
        continue;
      }
      line += (lineLen > 0 ? ' ' : '') + chars.slice(0, space).join('');
      chars = chars.slice(space);
      flush();
    }
    if (chars.length > 0) {
      line += (lineLen > 0 ? ' ' : '') + chars.join('');
      lineLen += (lineLen > 0 ? 1 : 0) + chars.length;
    }
  }
  if (lineLen > 0 || lines.length === 0) flush();
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Labels for reports: the outlet, disambiguated by id when two reports share one. */
export function reportLabels(reports: readonly ReportResult[]): string[] {
  const count = new Map<string, number>();
  for (const r of reports) count.set(r.outlet, (count.get(r.outlet) ?? 0) + 1);
  return reports.map((r) => ((count.get(r.outlet) ?? 0) > 1 ? `${r.outlet} (${r.id})` : r.outlet));
}

function removedBreakdown(report: ReportResult): string {
  if (report.removed.length === 0) return '';
  const byReason = new Map<RemovalReason, number>();
  for (const r of report.removed) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  return [...byReason].map(([reason, n]) => `${n} ${reason}`).join(', ');
}

/** Pads to a width, right-aligned for numbers. */
const padL = (s: string, n: number) => s.padStart(n);
const padR = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - Array.from(s).length));

export function renderComparison(input: Comparison, options: RenderOptions = {}): string {
  // Nothing a report supplies (text, outlet, id, date, speaker names) reaches
  // the terminal with a raw control character: ESC, CSI, OSC, BEL, bidi overrides
  // are shown as \x1B, \u202E, … so they cannot recolour, retitle or rewrite it.
  const comparison = escapeControlsDeep(options.hideOutletNames ? anonymise(input) : input);
  const width = Math.max(40, Math.min(options.width ?? 100, 160));
  const maxSentence = options.maxSentence ?? 600;
  const st = options.color ? colored : plain;
  const { reports, claims, summary } = comparison;
  const labels = reportLabels(reports);
  const out: string[] = [];

  out.push(st.bold(`Parallax: ${plural(reports.length, 'report')}, ${plural(claims.length, 'claim')}`));
  out.push(st.dim(`sensitivity ${comparison.options.sensitivity} (link threshold ${comparison.options.threshold})`));
  const corrections = correctionsLine(comparison);
  if (corrections) out.push(st.dim(corrections));
  out.push('');

  // Reports table.
  const head = ['#', 'Outlet', 'Sentences', 'Removed', 'Shared', 'Partial', 'Unique'];
  const rows = reports.map((r, i) => {
    const counts = summary.perReport[i] ?? { shared: 0, partial: 0, unique: 0 };
    return [String(i + 1), labels[i]!, String(r.sentences.length), String(r.removed.length), String(counts.shared), String(counts.partial), String(counts.unique)];
  });
  const colW = head.map((h, c) => Math.max(Array.from(h).length, ...rows.map((row) => Array.from(row[c]!).length)));
  const outletMax = Math.max(6, Math.min(colW[1]!, 40));
  colW[1] = outletMax;
  const fmtRow = (row: string[]) =>
    '  ' + row.map((cell, c) => (c === 1 ? padR(truncate(cell, outletMax), outletMax) : padL(cell, colW[c]!))).join('  ');
  out.push(st.bold('Reports'));
  out.push(st.dim(fmtRow(head)));
  rows.forEach((row, i) => {
    out.push(fmtRow(row));
    const r = reports[i]!;
    const notes = [r.id !== r.outlet ? `id ${r.id}` : '', r.language ? `language ${r.language}` : '', r.date ?? '', r.machineTranslated ? 'machine-translated' : '']
      .filter(Boolean)
      .join(', ');
    const removed = removedBreakdown(r);
    const detail = [notes, removed ? `removed: ${removed}` : ''].filter(Boolean).join('; ');
    if (detail) wrap(detail, width, 7, 7).forEach((l, j) => out.push(st.dim(j === 0 ? `       ${l}` : l)));
  });
  out.push('');

  // Claim counts.
  const totals = summary.claims;
  out.push(
    st.bold('Claims: ') +
      [st.kind('shared', `${totals.shared} shared`), st.kind('partial', `${totals.partial} partial`), st.kind('unique', `${totals.unique} unique`)].join(', '),
  );
  reports.forEach((_r, i) => {
    const c = summary.perReport[i] ?? { shared: 0, partial: 0, unique: 0 };
    out.push(`  ${padR(truncate(labels[i]!, outletMax), outletMax)}  ${c.shared} shared, ${c.partial} partial, ${c.unique} unique`);
  });

  out.push(...renderFraming(comparison, labels, width, st));

  // Claims, grouped by kind, shared first.
  for (const kind of KINDS) {
    const ofKind = claims.filter((c) => c.kind === kind);
    out.push('');
    const [title, meaning] = KIND_TITLE[kind];
    out.push(st.kind(kind, st.bold(`${title}: ${ofKind.length}`)) + st.dim(` (${meaning})`));
    if (ofKind.length === 0) {
      out.push(st.dim('  (none)'));
      continue;
    }
    const idWidth = Math.max(...ofKind.map((c) => c.id.length));
    for (const claim of ofKind) out.push(...renderClaim(claim, comparison, labels, { width, maxSentence, st, idWidth }));
  }
  return out.join('\n') + '\n';
}

/** The framing lens, outlet by outlet, then the figures across outlets. */
function renderFraming(comparison: Comparison, labels: string[], width: number, st: Style): string[] {
  const out: string[] = ['', st.bold('Framing')];
  const item = (title: string, text: string) => wrap(`${title}: ${text}`, width, 6, 4).forEach((l, j) => out.push(j === 0 ? `    ${l}` : l));
  comparison.reports.forEach((r, i) => {
    const f = r.framing;
    out.push(`  ${st.outlet(labels[i]!)}`);
    const speakers = f.voices.summary.speakers.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''} ×${s.sentences}`);
    item('Voices', speakers.length ? speakers.join(', ') : 'none detected');
    item('Quotation', `${Math.round(f.voices.summary.quoteShare * 100)}% of the text`);
    for (const actor of f.actors.actors) {
      item(actor.name, actor.labels.map((l) => `${l.label}${l.tone === 'loaded' ? '*' : ''} ×${l.count}`).join(', '));
    }
    const words = f.loaded.terms.map((t) => `${t.term} (${t.category}${t.quoted ? `, ${t.quoted} quoted` : ''}) ×${t.count}`);
    item('Loaded and hedging words', words.length ? words.join(', ') : 'none');
  });
  out.push(st.dim('  * a loaded label'));
  const figures = comparison.facts.rows.filter((row) => row.kind === 'count' || row.kind === 'money' || row.kind === 'date' || row.kind === 'percent');
  if (figures.length > 0) {
    out.push('', st.bold('Figures') + st.dim(' (which outlet gives which)'));
    for (const row of figures) {
      const who = row.cells.flatMap((cell, k) => (cell.length ? [labels[k]!] : []));
      wrap(`${row.label}: ${who.join(', ')}`, width, 6, 2).forEach((l, j) => out.push(j === 0 ? `  ${l}` : l));
    }
  }
  for (const d of comparison.facts.discrepancies) {
    const values = d.values.map((v) => `${labels[comparison.reports.findIndex((r) => r.id === v.report)] ?? v.report} ${v.values.join('/')}`);
    wrap(`Check: outlets give different values for ${d.what}: ${values.join('; ')}`, width, 6, 2).forEach((l, j) => out.push(st.dim(j === 0 ? `  ${l}` : l)));
  }
  return out;
}

function renderClaim(claim: Claim, comparison: Comparison, labels: string[], o: { width: number; maxSentence: number; st: Style; idWidth: number }): string[] {
  const lines: string[] = [];
  const inClaim = new Set(claim.members.map((m) => m.report));
  // "  c12  [Outlet] sentence…": the id, then the members one under the other.
  const lead = `  ${claim.id.padEnd(o.idWidth)}  `;
  const blank = ' '.repeat(lead.length);
  const marks: string[] = [];
  if (claim.edited) marks.push('edited');
  if (claim.kind === 'partial') {
    const missing = comparison.reports.map((_r, i) => i).filter((i) => !inClaim.has(i)).map((i) => labels[i]!);
    marks.push(`not in: ${missing.join(', ')}`);
  }
  if (marks.length > 0) lines.push(lead + o.st.dim(`(${marks.join('; ')})`));
  for (const member of claim.members) {
    const report = comparison.reports[member.report];
    const sentence = report?.sentences[member.sentence];
    const label = `[${labels[member.report] ?? `report ${member.report + 1}`}]`;
    const text = sentence ? truncate(oneLine(sentence.text), o.maxSentence) : '(missing sentence)';
    const score = member.linkedByUser ? `(${member.match ? `${member.match.score.toFixed(2)}, ` : ''}linked by the reader)` : member.match ? `(${member.match.score.toFixed(2)})` : '';
    const prefix = lines.length === 0 ? lead : blank;
    const wrapped = wrap(score ? `${text} ${score}` : text, o.width, blank.length + 2, prefix.length + Array.from(label).length + 1);
    if (score) {
      const last = wrapped[wrapped.length - 1]!;
      if (last.endsWith(score)) wrapped[wrapped.length - 1] = last.slice(0, last.length - score.length) + o.st.dim(score);
    }
    lines.push(`${prefix}${o.st.outlet(label)} ${wrapped[0] ?? ''}`, ...wrapped.slice(1));
  }
  if (claim.note !== undefined) {
    // The note is already escaped (escapeControlsDeep); its line breaks are kept, each paragraph wrapped.
    claim.note.split('\n').forEach((paragraph, k) => {
      const text = k === 0 ? `Note: ${paragraph}` : paragraph;
      const wrapped = wrap(text.replace(/\t/g, ' '), o.width, blank.length + 2, blank.length);
      lines.push(...wrapped.map((l, j) => (j === 0 ? blank + l : l)));
    });
  }
  return lines;
}

/** "corrections: 3 edits replayed, 1 note; 2 stale (left out)", or '' when the comparison has none. */
export function correctionsLine(comparison: Pick<Comparison, 'edits' | 'notes' | 'stale' | 'claims'>): string {
  const edits = comparison.edits?.length ?? 0;
  const notes = comparison.notes?.length ?? 0;
  const stale = (comparison.stale?.edits.length ?? 0) + (comparison.stale?.notes.length ?? 0) + (comparison.stale?.unreadable ?? 0);
  if (edits + notes + stale === 0) return '';
  const edited = comparison.claims.filter((c) => c.edited).length;
  const parts = [`${plural(edits, 'edit')} replayed (${plural(edited, 'claim')} edited)`, plural(notes, 'note')];
  return `corrections: ${parts.join(', ')}${stale > 0 ? `; ${stale} stale or unreadable (left out)` : ''}`;
}
