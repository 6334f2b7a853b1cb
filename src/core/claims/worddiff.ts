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

/**
 * Claim-wide scratch, reused by every call (the core is single-threaded and
 * nothing here escapes a call): term ids, per-report presence of each term,
 * the marks. A fresh Map, Set, flatMap and Int32Array per claim was most of
 * diffClaim's own time and of its garbage (3 × 1,000: 539 diffed claims).
 */
const termIds = new Map<string, number>();
let codes = new Int32Array(256);
let marks = new Uint8Array(256);
let present = new Uint8Array(1024);

/** Mark, for every member, which of its content words another report's members share in order. */
export function diffClaim(members: DiffMember[]): MemberDiff[] {
  // Reports in order of first appearance; one sequence per report (a report's
  // sentences in one claim are read as one text): its content tokens, in member order.
  const reports: number[] = [];
  const slot = new Map<number, number>();
  let total = 0;
  for (const m of members) {
    if (!slot.has(m.report)) {
      slot.set(m.report, reports.length);
      reports.push(m.report);
    }
    for (const t of m.tokens) if (!t.stop) total++;
  }
  const R = reports.length;
  // Sequence r is codes[from[r] .. from[r + 1]), its tokens' terms as small integers.
  const from = new Int32Array(R + 1);
  for (const m of members) for (const t of m.tokens) if (!t.stop) from[slot.get(m.report)! + 1]!++;
  for (let r = 0; r < R; r++) from[r + 1]! += from[r]!;
  if (codes.length < total) {
    codes = new Int32Array(2 * total);
    marks = new Uint8Array(2 * total);
  }
  marks.fill(0, 0, total);
  termIds.clear();
  const cursor = from.slice(0, R);
  for (const m of members) {
    const r = slot.get(m.report)!;
    for (const t of m.tokens) {
      if (t.stop) continue;
      let id = termIds.get(t.term);
      if (id === undefined) termIds.set(t.term, (id = termIds.size));
      codes[cursor[r]!++] = id;
    }
  }
  const V = termIds.size;
  if (present.length < R * V) present = new Uint8Array(2 * R * V);
  present.fill(0, 0, R * V);
  for (let r = 0; r < R; r++) for (let k = from[r]!; k < from[r + 1]!; k++) present[r * V + codes[k]!] = 1;

  for (let r = 0; r < R; r++) {
    const a = from[r]!;
    const oldLen = from[r + 1]! - a;
    for (let o = 0; o < R; o++) {
      if (o === r) continue;
      // The marks are a union over the other reports, and a diff with report o
      // can only mark a token whose term o uses: when every such token is
      // marked already (or there is none: o shares no content word), the diff
      // cannot change anything and is skipped. Exact, and it skips most of the
      // diffs of claims of three or more reports.
      let open = false;
      for (let k = a; k < a + oldLen && !open; k++) open = marks[k] === 0 && present[o * V + codes[k]!] === 1;
      if (!open) continue;
      commonMarks(codes, a, oldLen, from[o]!, from[o + 1]! - from[o]!, marks);
    }
  }

  const next = from.slice(0, R);
  return members.map((m) => {
    const r = slot.get(m.report)!;
    const at = next[r]!;
    let k = at;
    for (const t of m.tokens) if (!t.stop) k++;
    next[r] = k;
    return { report: m.report, sentence: m.sentence, tokens: tile(m, at) };
  });
}

/** Tokens covering the whole sentence, gaps (spaces, punctuation) as neutral; `at`: the member's first content token in `marks`. */
function tile(m: DiffMember, at: number): DiffToken[] {
  const out: DiffToken[] = [];
  let pos = m.span.start;
  let k = at;
  for (const t of m.tokens) {
    push(out, pos, t.start, 'neutral');
    push(out, t.start, t.end, t.stop ? 'neutral' : marks[k++] === 1 ? 'common' : 'differing');
    pos = t.end;
  }
  push(out, pos, m.span.end, 'neutral');
  return out;
}

/** Append a tile, extending the last one when it is of the same kind and adjacent. */
function push(out: DiffToken[], start: number, end: number, kind: DiffToken['kind']): void {
  if (end <= start) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind && last.end === start) last.end = end;
  else out.push({ start, end, kind });
}

/**
 * The positions of `old` that `diffArrays(old, next)` (jsdiff 9) reports as
 * unchanged, passed to `mark` in order. worddiff.test.ts checks it against
 * `diffArrays` on random inputs; diffClaim calls commonMarks directly.
 */
export function commonInOld(old: ArrayLike<number>, next: ArrayLike<number>, mark: (oldIndex: number) => void): void {
  const both = new Int32Array(old.length + next.length);
  for (let k = 0; k < old.length; k++) both[k] = old[k]!;
  for (let k = 0; k < next.length; k++) both[old.length + k] = next[k]!;
  const out = new Uint8Array(old.length);
  commonMarks(both, 0, old.length, old.length, next.length, out);
  for (let k = 0; k < out.length; k++) if (out[k]) mark(k);
}

// The search's scratch, grown on demand and reused by every call (one
// allocation per diff of three typed arrays and three component lists was a
// good part of the word diff's garbage). Components (jsdiff's change
// objects), immutable once made: count, kind (0 common, 1 added, 2 removed),
// previous (-1: none).
let compCount = new Int32Array(1024);
let compKind = new Uint8Array(1024);
let compPrev = new Int32Array(1024);
let comps = 0;
let has = new Uint8Array(256);
let pathOld = new Int32Array(256);
let pathLast = new Int32Array(256);

function component(c: number, k: number, p: number): number {
  if (comps === compCount.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    compCount = grow(compCount, new Int32Array(2 * comps));
    compKind = grow(compKind, new Uint8Array(2 * comps));
    compPrev = grow(compPrev, new Int32Array(2 * comps));
  }
  compCount[comps] = c;
  compKind[comps] = k;
  compPrev[comps] = p;
  return comps++;
}

/** Set `out[at + k] = 1` for every position k of `old` kept by the diff whose chain ends at component `last`. */
function markCommon(last: number, oldLen: number, out: Uint8Array, at: number): void {
  // The chain consumes exactly `oldLen` old positions; walk it from the end.
  let oldPos = oldLen;
  for (let c = last; c >= 0; c = compPrev[c]!) {
    const kind = compKind[c]!;
    if (kind === 1) continue;
    oldPos -= compCount[c]!;
    if (kind === 0) out.fill(1, at + oldPos, at + oldPos + compCount[c]!);
  }
}

/**
 * The positions of `old` that `diffArrays(old, next)` (jsdiff 9) reports as
 * unchanged, set to 1 in `out` (at the same index as in `seq`): its Myers search (with
 * jsdiff's diagonal pruning and tie-breaking), step for step, on integer
 * arrays and a pooled component list instead of an object per path step.
 * jsdiff's own bookkeeping was 10–12 % of a 3 × 1,000-sentence profile
 * (docs/performance.md).
 */
function commonMarks(seq: Int32Array, at: number, oldLen: number, nextAt: number, newLen: number, out: Uint8Array): void {
  // old[k] is seq[at + k], next[k] is seq[nextAt + k]; as offsets, so a diff makes no typed-array views.
  const maxEditLength = newLen + oldLen;
  comps = 0;
  // bestPath by diagonal (offset so that -maxEditLength - 1 … maxEditLength + 1 fit).
  const off = maxEditLength + 1;
  const size = 2 * off + 1;
  if (has.length < size) {
    has = new Uint8Array(2 * size);
    pathOld = new Int32Array(2 * size);
    pathLast = new Int32Array(2 * size);
  } else has.fill(0, 0, size);

  // extractCommon along diagonal 0 from the start (jsdiff's first step).
  let baseOld = -1;
  let baseLast = -1;
  let newPos = -1;
  {
    let common = 0;
    while (newPos + 1 < newLen && baseOld + 1 < oldLen && seq[at + baseOld + 1] === seq[nextAt + newPos + 1]) {
      newPos++;
      baseOld++;
      common++;
    }
    if (common) baseLast = component(common, 0, baseLast);
  }
  if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return markCommon(baseLast, oldLen, out, at);
  has[off] = 1;
  pathOld[off] = baseOld;
  pathLast[off] = baseLast;
  // jsdiff's ±Infinity bounds, as integers (d never leaves ±maxEditLength), so the loop stays on small integers.
  let minDiagonal = -off;
  let maxDiagonal = off;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    const dEnd = Math.min(maxDiagonal, editLength);
    for (let d = Math.max(minDiagonal, -editLength); d <= dEnd; d += 2) {
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
      baseLast = from >= 0 && compKind[from] === k ? component(compCount[from]! + 1, k, compPrev[from]!) : component(1, k, from);
      // extractCommon along diagonal d.
      newPos = baseOld - d;
      let common = 0;
      while (newPos + 1 < newLen && baseOld + 1 < oldLen && seq[at + baseOld + 1] === seq[nextAt + newPos + 1]) {
        newPos++;
        baseOld++;
        common++;
      }
      if (common) baseLast = component(common, 0, baseLast);
      if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return markCommon(baseLast, oldLen, out, at);
      has[off + d] = 1;
      pathOld[off + d] = baseOld;
      pathLast[off + d] = baseLast;
      if (baseOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
}
