import type { Claim, ClaimKind, ClaimMember, Comparison } from '../core/types';
import { framingLines } from './framing';
import { DEFAULT_TITLE, type ExportMeta } from './meta';
import { anonymise, claimEdited, claimNote, escapeControls, memberPieces, outletLabels, plural, safeUrl } from './text';

/** Text as HTML text or attribute value: & < > " ' escaped, control characters made visible. */
export function escapeHtml(text: string): string {
  return escapeControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const KIND_TITLE: Record<ClaimKind, string> = {
  shared: 'Shared claims (every outlet)',
  partial: 'Partial claims (some outlets, not all)',
  unique: 'Unique claims (one outlet only)',
};

/** Black-and-white safe: the only marks are bold + underline (differing words) and borders. */
const CSS = `
body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#111;background:#fff;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.2}
h3{font-size:1rem;margin:1.5rem 0 .25rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #555;padding:.2rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}
ul.members{list-style:none;padding-left:0;margin:.25rem 0}
ul.members li{border-left:3px solid #555;padding-left:.6rem;margin:.4rem 0}
.outlet{font-family:system-ui,sans-serif;font-weight:600}
.score,.meta{color:#444;font-size:.9em}
b.only{font-weight:700;text-decoration:underline}
blockquote{border-left:3px double #555;margin:.5rem 0;padding-left:.6rem}
@media print{body{margin:0;max-width:none}a{color:inherit}}
`.trim();

/**
 * A self-contained HTML report: inline CSS, no script, no external resource
 * (a Content-Security-Policy forbids both), every piece of text escaped. In a
 * claim's sentences, the words only that outlet uses are bold and underlined,
 * which survives black-and-white printing.
 */
export function toHtml(input: Comparison, meta: ExportMeta = {}): string {
  const comparison = meta.hideOutletNames ? anonymise(input) : input;
  const labels = outletLabels(comparison.reports, meta.hideOutletNames).map(escapeHtml);
  const title = escapeHtml(meta.title ?? DEFAULT_TITLE);
  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="referrer" content="no-referrer">');
  h.push(`<title>${title}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  h.push(`<h1>${title}</h1>`);
  if (meta.date) h.push(`<p class="meta">${escapeHtml(meta.date)}</p>`);
  if (meta.note) h.push(`<blockquote>${escapeHtml(meta.note)}</blockquote>`);

  h.push('<h2>Outlets</h2>', '<ol>');
  comparison.reports.forEach((r, i) => {
    const url = safeUrl(r.url);
    const name = url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${labels[i]}</a>` : labels[i];
    const details = [r.date ? escapeHtml(r.date) : '', r.language ? `language ${escapeHtml(r.language)}` : '', r.machineTranslated ? 'machine-translated' : '', plural(r.sentences.length, 'sentence')]
      .filter(Boolean)
      .join(', ');
    h.push(`<li><span class="outlet">${name}</span> <span class="meta">${details}</span></li>`);
  });
  h.push('</ol>');

  const s = comparison.summary.claims;
  h.push('<h2>Counts</h2>', `<p>${comparison.claims.length} claims: ${s.shared} shared, ${s.partial} partial, ${s.unique} unique</p>`);
  h.push('<table><thead><tr><th>Outlet</th><th>Shared</th><th>Partial</th><th>Unique</th></tr></thead><tbody>');
  comparison.reports.forEach((_r, i) => {
    const c = comparison.summary.perReport[i] ?? { shared: 0, partial: 0, unique: 0 };
    h.push(`<tr><td>${labels[i]}</td><td class="n">${c.shared}</td><td class="n">${c.partial}</td><td class="n">${c.unique}</td></tr>`);
  });
  h.push('</tbody></table>');
  h.push('<p class="meta">In a claim, <b class="only">bold underlined</b> words are wording only that outlet uses.</p>');

  for (const kind of ['shared', 'partial', 'unique'] as const) {
    const ofKind = comparison.claims.filter((c) => c.kind === kind);
    h.push(`<h2>${KIND_TITLE[kind]}: ${ofKind.length}</h2>`);
    if (ofKind.length === 0) h.push('<p>None.</p>');
    for (const claim of ofKind) h.push(claimHtml(claim, comparison, labels, meta));
  }

  h.push('<h2>Framing summary</h2>');
  comparison.reports.forEach((r, i) => {
    const f = framingLines(r);
    h.push(`<h3>${labels[i]}</h3>`, '<ul>');
    h.push(`<li>Quoted or cited: ${f.voices.length ? f.voices.map(escapeHtml).join(', ') : 'nobody detected'}</li>`);
    h.push(`<li>Quotation: ${escapeHtml(f.quoteShare)}</li>`);
    for (const a of f.actors) h.push(`<li>Names for ${escapeHtml(a.name)}: ${a.labels.map(escapeHtml).join(', ')}</li>`);
    h.push(`<li>Loaded and hedging words: ${escapeHtml(f.loadedCounts)}${f.loadedTerms.length ? ` (${f.loadedTerms.map(escapeHtml).join(', ')})` : ''}</li>`);
    h.push('</ul>');
  });
  h.push('</body>', '</html>');
  return h.join('\n') + '\n';
}

function claimHtml(claim: Claim, comparison: Comparison, labels: string[], meta: ExportMeta): string {
  const inClaim = new Set(claim.members.map((m) => m.report));
  const missing = comparison.reports.map((_r, i) => i).filter((i) => !inClaim.has(i)).map((i) => labels[i]!);
  const edited = claimEdited(claim, meta);
  const parts = [
    `<section id="${escapeHtml(claim.id)}">`,
    `<h3>${escapeHtml(claim.id)}${claim.kind === 'partial' && missing.length ? ` <span class="meta">not in ${missing.join(', ')}</span>` : ''}${edited ? ' <span class="meta">edited</span>' : ''}</h3>`,
    '<ul class="members">',
  ];
  for (const m of claim.members) {
    const score = m.match ? ` <span class="score">(match ${m.match.score.toFixed(2)})</span>` : '';
    parts.push(`<li><span class="outlet">${labels[m.report] ?? `report ${m.report + 1}`}:</span> ${memberHtml(claim, m, comparison)}${score}</li>`);
  }
  parts.push('</ul>');
  const note = claimNote(claim, meta);
  if (note) parts.push(`<blockquote>Note: ${escapeHtml(note)}</blockquote>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** The sentence, with its differing words in <b class="only"> when the claim has a word diff. */
export function memberHtml(claim: Claim, member: ClaimMember, comparison: Comparison): string {
  const pieces = memberPieces(claim, member, comparison);
  if (!pieces) return '(missing sentence)';
  return pieces.map((p) => (p.differing ? `<b class="only">${escapeHtml(p.text)}</b>` : escapeHtml(p.text))).join('');
}
