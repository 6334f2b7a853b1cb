/**
 * Word differences inside one claim, as data: for each member sentence, tokens
 * tiling its text and marked `common` (a content word the claim's other
 * reports also use, in the same order), `differing` (wording only this report
 * uses) or `neutral` (punctuation, spaces, function words).
 *
 * Diffing runs jsdiff's `diffArrays` algorithm (ported below) over CONTENT terms only (stems and
 * alias ids, so "Kyiv" and "Kiev" are the same term): if function words took
 * part, "the … of the … to" would line up and pass for shared wording. Diffing
 * only inside aligned sentences keeps Myers' O(N·D) cost tiny; whole documents
 * take seconds to minutes.
 */
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

  // Terms as small integers, once per claim (the diffs compare them, not strings).
  const ids = new Map<string, number>();
  const coded = new Map<number, Int32Array>();
  for (const [report, seq] of sequences) {
    coded.set(
      report,
      Int32Array.from(seq, (t) => {
        let id = ids.get(t.term);
        if (id === undefined) ids.set(t.term, (id = ids.size));
        return id;
      }),
    );
  }
  const common = new Set<Token>();
  for (const [report, seq] of sequences) {
    for (const [other] of sequences) {
      if (other === report) continue;
      commonInOld(coded.get(report)!, coded.get(other)!, (k) => common.add(seq[k]!));
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

/**
 * The positions of `old` that `diffArrays(old, next)` (jsdiff 9) reports as
 * unchanged, passed to `mark` in order: its Myers search (with jsdiff's
 * diagonal pruning and tie-breaking), step for step, on integer arrays and a
 * pooled component list instead of an object per path step. jsdiff's own
 * bookkeeping was 10–12 % of a 3 × 1,000-sentence profile (docs/performance.md);
 * worddiff.test.ts checks this port against `diffArrays` on random inputs.
 */
export function commonInOld(old: ArrayLike<number>, next: ArrayLike<number>, mark: (oldIndex: number) => void): void {
  const oldLen = old.length;
  const newLen = next.length;
  const maxEditLength = newLen + oldLen;
  // Components (jsdiff's change objects), immutable once made: count, kind (0 common, 1 added, 2 removed), previous (-1: none).
  const count: number[] = [];
  const kind: number[] = [];
  const prev: number[] = [];
  const component = (c: number, k: number, p: number) => {
    count.push(c);
    kind.push(k);
    prev.push(p);
    return count.length - 1;
  };
  // bestPath by diagonal (offset so that -maxEditLength - 1 … maxEditLength + 1 fit).
  const off = maxEditLength + 1;
  const has = new Uint8Array(2 * off + 1);
  const pathOld = new Int32Array(2 * off + 1);
  const pathLast = new Int32Array(2 * off + 1);
  let baseOld = 0;
  let baseLast = -1;
  /** extractCommon on (baseOld, baseLast) along diagonal d; returns newPos. */
  const extract = (d: number): number => {
    let oldPos = baseOld;
    let newPos = oldPos - d;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && old[oldPos + 1] === next[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common) baseLast = component(common, 0, baseLast);
    baseOld = oldPos;
    return newPos;
  };
  const done = (last: number) => {
    const chain: number[] = [];
    for (let c = last; c >= 0; c = prev[c]!) chain.push(c);
    let oldPos = 0;
    for (let x = chain.length - 1; x >= 0; x--) {
      const c = chain[x]!;
      if (kind[c] === 1) continue;
      if (kind[c] === 0) for (let k = 0; k < count[c]!; k++) mark(oldPos + k);
      oldPos += count[c]!;
    }
  };

  baseOld = -1;
  baseLast = -1;
  let newPos = extract(0);
  if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return done(baseLast);
  has[off] = 1;
  pathOld[off] = baseOld;
  pathLast[off] = baseLast;
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const removeSet = has[off + d - 1] === 1;
      const removeOld = pathOld[off + d - 1]!;
      const removeLast = pathLast[off + d - 1]!;
      if (removeSet) has[off + d - 1] = 0;
      const addSet = has[off + d + 1] === 1;
      const addOld = pathOld[off + d + 1]!;
      let canAdd = false;
      if (addSet) {
        const addNewPos = addOld - d;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = removeSet && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        has[off + d] = 0;
        continue;
      }
      // addToPath: extend the last component when it is of the same kind, else start one.
      let from: number;
      let k: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        baseOld = addOld;
        from = pathLast[off + d + 1]!;
        k = 1;
      } else {
        baseOld = removeOld + 1;
        from = removeLast;
        k = 2;
      }
      baseLast = from >= 0 && kind[from] === k ? component(count[from]! + 1, k, prev[from]!) : component(1, k, from);
      newPos = extract(d);
      if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return done(baseLast);
      has[off + d] = 1;
      pathOld[off + d] = baseOld;
      pathLast[off + d] = baseLast;
      if (baseOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
}
