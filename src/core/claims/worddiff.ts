/**
 * Word differences inside one claim, as data: for each member sentence, tokens
 * tiling its text and marked `common` (a content word the claim's other
 * reports also use, in the same order), `differing` (wording only this report
 * uses) or `neutral` (punctuation, spaces, function words).
 *
 * Diffing runs with jsdiff's `diffArrays` over CONTENT terms only (stems and
 * alias ids, so "Kyiv" and "Kiev" are the same term): if function words took
 * part, "the … of the … to" would line up and pass for shared wording. Diffing
 * only inside aligned sentences keeps Myers' O(N·D) cost tiny; whole documents
 * take seconds to minutes.
 */
import { diffArrays } from 'diff';
import type { DiffToken, MemberDiff, Span } from '../types';
import type { Token } from '../text/tokenize';

export interface DiffMember {
  report: number;
  sentence: number;
  span: Span;
  tokens: Token[];
}

/** Mark, for every member, which of its content words another report's members share in order. */
export function diffClaim(members: DiffMember[]): MemberDiff[] {
  const byReport = new Map<number, DiffMember[]>();
  for (const m of members) {
    const list = byReport.get(m.report) ?? [];
    list.push(m);
    byReport.set(m.report, list);
  }
  // One sequence per report: a report's two sentences in one claim are read as one text.
  const sequences = new Map<number, Token[]>();
  for (const [report, list] of byReport) sequences.set(report, list.flatMap((m) => m.tokens.filter((t) => !t.stop)));

  const common = new Set<Token>();
  for (const [report, seq] of sequences) {
    for (const [other, otherSeq] of sequences) {
      if (other === report) continue;
      let i = 0;
      for (const change of diffArrays(seq.map((t) => t.term), otherSeq.map((t) => t.term))) {
        if (change.added) continue;
        if (!change.removed) for (let k = 0; k < change.count; k++) common.add(seq[i + k]!);
        i += change.count;
      }
    }
  }

  return members.map((m) => ({ report: m.report, sentence: m.sentence, tokens: tile(m, common) }));
}

/** Tokens covering the whole sentence, gaps (spaces, punctuation) as neutral. */
function tile(m: DiffMember, common: Set<Token>): DiffToken[] {
  const out: DiffToken[] = [];
  let pos = m.span.start;
  const push = (start: number, end: number, kind: DiffToken['kind']) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else out.push({ start, end, kind });
  };
  for (const t of m.tokens) {
    push(pos, t.start, 'neutral');
    push(t.start, t.end, t.stop ? 'neutral' : common.has(t) ? 'common' : 'differing');
    pos = t.end;
  }
  push(pos, m.span.end, 'neutral');
  return out;
}
