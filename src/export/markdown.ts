import type { Claim, ClaimKind, ClaimMember, Comparison } from '../core/types';
import { framingLines } from './framing';
import { DEFAULT_TITLE, type ExportMeta } from './meta';
import { anonymise, claimEdited, claimNote, escapeControls, memberPieces, oneLine, outletLabels, plural, safeUrl } from './text';

/**
 * User text as Markdown that shows literally: whitespace collapsed to one line
 * (so user text never starts a line and can never become a heading, list or
 * table row), control characters made visible, and every character with a
 * meaning in CommonMark or GFM (emphasis, links, images, code, HTML, entities,
 * tables, strikethrough, math) backslash-escaped. Line-start markers (- + = 1.)
 * need no escape: user text never starts a line.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(oneLine(text));
}

function escapeInline(text: string): string {
  return escapeControls(text.replace(/\s+/g, ' '), 'line').replace(/[\\`*_{}[\]()<>#!|~&$]/g, '\\$&');
}

/** A claim member's sentence with the words only this outlet uses in **bold**. */
export function memberMarkdown(claim: Claim, member: ClaimMember, comparison: Comparison): string {
  const pieces = memberPieces(claim, member, comparison);
  if (!pieces) return '(missing sentence)';
  const md = pieces
    .map((p) => {
      const word = p.text.trim();
      if (!p.differing || !word) return escapeInline(p.text);
      // Emphasis must touch the word: white space stays outside the **.
      const [lead, tail] = [/^\s*/.exec(p.text)![0], /\s*$/.exec(p.text)![0]];
      return `${lead ? ' ' : ''}**${escapeInline(word)}**${tail ? ' ' : ''}`;
    })
    .join('');
  return md.trim();
}

/** A URL as a Markdown link destination: spaces, parentheses and angle brackets percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

const KIND_TITLE: Record<ClaimKind, string> = {
  shared: 'Shared claims (every outlet)',
  partial: 'Partial claims (some outlets, not all)',
  unique: 'Unique claims (one outlet only)',
};

/**
 * A Markdown report: title, date, note, outlets, counts, the claims by kind
 * with each outlet's wording, and the framing summary per outlet.
 */
export function toMarkdown(input: Comparison, meta: ExportMeta = {}): string {
  const comparison = meta.hideOutletNames ? anonymise(input) : input;
  const labels = outletLabels(comparison.reports, meta.hideOutletNames).map(escapeMarkdown);
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${e(meta.title ?? DEFAULT_TITLE)}`, '');
  if (meta.date) out.push(`Date: ${e(meta.date)}`, '');
  if (meta.note) out.push(`> ${e(meta.note)}`, '');

  out.push('## Outlets', '');
  comparison.reports.forEach((r, i) => {
    const url = safeUrl(r.url);
    const name = url ? `[${labels[i]}](${markdownUrl(url)})` : labels[i];
    const details = [r.date ? e(r.date) : '', r.language ? `language ${e(r.language)}` : '', r.machineTranslated ? 'machine-translated' : '', plural(r.sentences.length, 'sentence')]
      .filter(Boolean)
      .join(', ');
    out.push(`${i + 1}. ${name}: ${details}`);
  });
  out.push('');

  const s = comparison.summary.claims;
  out.push('## Counts', '');
  out.push(`${comparison.claims.length} claims: ${s.shared} shared, ${s.partial} partial, ${s.unique} unique`, '');
  out.push('| Outlet | Shared | Partial | Unique |', '|---|---:|---:|---:|');
  comparison.reports.forEach((_r, i) => {
    const c = comparison.summary.perReport[i] ?? { shared: 0, partial: 0, unique: 0 };
    out.push(`| ${labels[i]} | ${c.shared} | ${c.partial} | ${c.unique} |`);
  });
  out.push('');

  out.push('In a claim, **bold** words are wording only that outlet uses.', '');
  for (const kind of ['shared', 'partial', 'unique'] as const) {
    const ofKind = comparison.claims.filter((c) => c.kind === kind);
    out.push(`## ${KIND_TITLE[kind]}: ${ofKind.length}`, '');
    if (ofKind.length === 0) out.push('None.', '');
    for (const claim of ofKind) out.push(...claimMarkdown(claim, comparison, labels, meta), '');
  }

  out.push('## Framing summary', '');
  comparison.reports.forEach((r, i) => {
    const f = framingLines(r);
    out.push(`### ${labels[i]}`, '');
    out.push(`- Quoted or cited: ${f.voices.length ? f.voices.map(e).join(', ') : 'nobody detected'}`);
    out.push(`- Quotation: ${e(f.quoteShare)}`);
    for (const a of f.actors) out.push(`- Names for ${e(a.name)}: ${a.labels.map(e).join(', ')}`);
    out.push(`- Loaded and hedging words: ${e(f.loadedCounts)}${f.loadedTerms.length ? ` (${f.loadedTerms.map(e).join(', ')})` : ''}`);
    out.push('');
  });
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function claimMarkdown(claim: Claim, comparison: Comparison, labels: string[], meta: ExportMeta): string[] {
  const inClaim = new Set(claim.members.map((m) => m.report));
  const who = [...inClaim].map((r) => labels[r] ?? `report ${r + 1}`);
  const missing = comparison.reports.map((_r, i) => i).filter((i) => !inClaim.has(i)).map((i) => labels[i]!);
  const edited = claimEdited(claim, meta);
  const lines = [`### ${claim.id}: ${who.join(', ')}${missing.length && claim.kind === 'partial' ? `; not in ${missing.join(', ')}` : ''}${edited ? ' (edited)' : ''}`, ''];
  for (const m of claim.members) {
    const score = m.match ? ` (match ${m.match.score.toFixed(2)})` : '';
    lines.push(`- **${labels[m.report] ?? `report ${m.report + 1}`}:** ${memberMarkdown(claim, m, comparison)}${score}`);
  }
  const note = claimNote(claim, meta);
  if (note) lines.push('', `> Note: ${escapeMarkdown(note)}`);
  return lines;
}
