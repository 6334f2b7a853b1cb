/**
 * The claim panel's wording comparison: a sentence cut into runs. Apart from
 * layout.ts so that it loads with the panel (a chunk), not with the page.
 */
import type { DiffToken, Sentence } from '../../core/index';

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
