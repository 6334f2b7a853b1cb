/**
 * Pure helpers that turn a Comparison into what the page draws.
 */
import type { Claim, Comparison, DiffToken, Removal, ReportResult, Sentence } from '../../core/index';

export type Piece =
  | { type: 'sentence'; index: number; sentence: Sentence }
  | { type: 'removal'; index: number; removal: Removal };

/**
 * The report's kept sentences and removed pieces in text order, grouped into
 * paragraphs: a newline in the original text between two pieces starts a new
 * paragraph. Removed pieces are left out when `withRemoved` is false (empty
 * paragraphs dropped).
 */
export function paragraphs(report: ReportResult, withRemoved: boolean): Piece[][] {
  const pieces: Piece[] = [
    ...report.sentences.map((sentence, index): Piece => ({ type: 'sentence', index, sentence })),
    ...report.removed.map((removal, index): Piece => ({ type: 'removal', index, removal })),
  ];
  const startOf = (p: Piece) => (p.type === 'sentence' ? p.sentence.start : p.removal.start);
  const endOf = (p: Piece) => (p.type === 'sentence' ? p.sentence.end : p.removal.end);
  pieces.sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b));

  const out: Piece[][] = [];
  let current: Piece[] = [];
  let prevEnd = -1;
  for (const p of pieces) {
    const start = startOf(p);
    const gap = prevEnd >= 0 && start > prevEnd ? report.text.slice(prevEnd, start) : '';
    if (current.length > 0 && gap.includes('\n')) {
      out.push(current);
      current = [];
    }
    current.push(p);
    prevEnd = Math.max(prevEnd, endOf(p));
  }
  if (current.length > 0) out.push(current);
  if (withRemoved) return out;
  return out.map((para) => para.filter((p) => p.type === 'sentence')).filter((para) => para.length > 0);
}

export interface DiffRun {
  text: string;
  kind: 'common' | 'differing' | 'plain';
}

/**
 * A sentence cut into runs for display. Consecutive `differing` tokens are
 * joined into one run across the white space between them; text the tokens do
 * not cover is plain.
 */
export function diffRuns(text: string, sentence: Sentence, tokens: readonly DiffToken[] | undefined): DiffRun[] {
  if (!tokens || tokens.length === 0) return [{ text: sentence.text, kind: 'plain' }];
  const sorted = tokens
    .filter((t) => t.end > t.start && t.start >= sentence.start && t.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  const runs: DiffRun[] = [];
  const push = (s: string, kind: DiffRun['kind']) => {
    if (!s) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += s;
    else runs.push({ text: s, kind });
  };
  let pos = sentence.start;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t.start < pos) continue; // overlapping token: skip
    push(text.slice(pos, t.start), 'plain');
    let kind: DiffRun['kind'] = t.kind === 'neutral' ? 'plain' : t.kind;
    const s = text.slice(t.start, t.end);
    // White space between two differing words stays inside the mark.
    if (kind === 'plain' && /^\s+$/.test(s)) {
      const prev = runs[runs.length - 1];
      const next = sorted[i + 1];
      if (prev?.kind === 'differing' && next?.kind === 'differing' && next.start === t.end) kind = 'differing';
    }
    push(s, kind);
    pos = t.end;
  }
  push(text.slice(pos, sentence.end), 'plain');
  return runs;
}

export function indexClaims(comparison: Comparison): Map<string, Claim> {
  return new Map(comparison.claims.map((c) => [c.id, c]));
}

/** How many distinct reports state a claim. */
export function reportsInClaim(claim: Claim): number {
  return new Set(claim.members.map((m) => m.report)).size;
}
