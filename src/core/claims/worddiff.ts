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
 * Scratch reused by every call (the core is single-threaded and nothing here
 * escapes a call): the claim's content terms, report by report, and their
 * marks. A fresh Map, Set, flatMap and Int32Array per claim were most of
 * diffClaim's own time and of its garbage (3 × 1,000: 539 diffed claims,
 * 39,000 tokens). The terms are compared as strings: numbering them first
 * (a Map lookup per token, per claim or across claims) cost more than it
 * saved (20.7 vs 27.1 ms for the diffs at 3 × 1,000, same process). Every
 * term tokenize makes is an internalized string (intern.ts' internString),
 * so V8 compares two of them by address, inline: the diffs of 3 × 1,000
 * took 9.7 → 7.5 ms (fastest of 60 interleaved runs) against terms that
 * were one string per distinct surface, compared by V8's string comparison.
 */
const terms: string[] = [];
let marks = new Uint8Array(256);

// Per-member scratch of diffClaim (report slot, first content term), grown on demand.
let slotOf = new Int32Array(64);
let memberAt = new Int32Array(64);

/** False only inside diffClaimUnpacked. */
let packPairs = true;

/** diffClaim as it was before diffPairsPacked: every pair's search over all its terms (worddiff.test.ts compares the two). */
export function diffClaimUnpacked(members: DiffMember[]): MemberDiff[] {
  packPairs = false;
  try {
    return diffClaim(members);
  } finally {
    packPairs = true;
  }
}

/** Mark, for every member, which of its content words another report's members share in order. */
export function diffClaim(members: DiffMember[]): MemberDiff[] {
  // Reports in order of first appearance, and members in report order (the
  // analyzer's already are: members are sorted by node, nodes report by report).
  const count = members.length;
  if (slotOf.length < count) {
    slotOf = new Int32Array(2 * count);
    memberAt = new Int32Array(2 * count);
  }
  const slots = slotOf;
  const at = memberAt;
  const reports: number[] = [];
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const report = members[i]!.report;
    let r = reports.indexOf(report);
    if (r < 0) r = reports.push(report) - 1;
    slots[i] = r;
    if (i > 0 && r < slots[i - 1]!) sorted = false;
  }
  const R = reports.length;
  let order: number[] | null = null;
  if (!sorted) order = members.map((_, i) => i).sort((x, y) => slots[x]! - slots[y]! || x - y);

  // One sequence per report (a report's sentences in one claim are read as
  // one text): sequence r is terms[from[r] .. from[r + 1]), its content terms.
  const from = new Int32Array(R + 1);
  let n = 0;
  for (let o = 0; o < count; o++) {
    const i = order === null ? o : order[o]!;
    const tokens = members[i]!.tokens;
    at[i] = n;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.stop) terms[n++] = t.term;
    }
    from[slots[i]! + 1] = n;
  }
  for (let r = 1; r <= R; r++) if (from[r]! < from[r - 1]!) from[r] = from[r - 1]!;
  if (marks.length < n) marks = new Uint8Array(2 * n);
  marks.fill(0, 0, n);
  // Each pair of reports once: one search gives both directions (diffBoth);
  // a token is common when a diff with any other report keeps it.
  if (packPairs) diffPairsPacked(from, R);
  else diffPairsUnpacked(from, R);
  const out: MemberDiff[] = new Array<MemberDiff>(count);
  for (let i = 0; i < count; i++) {
    const m = members[i]!;
    out[i] = { report: m.report, sentence: m.sentence, tokens: tile(m.tokens, m.span, marks, at[i]!) };
  }
  return out;
}

/**
 * Widest pair (terms × terms, after the common prefix) whose terms are packed: membership is a linear
 * scan, quadratic in the sides; a Map of the claim's terms cost as much as the Myers steps it saved.
 */
const SCAN_LIMIT = 1600;
// Scratch of diffPairsPacked: a pair's terms that both sides use, their positions in `terms`, their marks.
const packed: string[] = [];
let packedAt = new Int32Array(256);
let packedMarks = new Uint8Array(256);

/** Whether `terms[from … end)` holds `t` (by address: terms are internalized). */
function holds(t: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (terms[k] === t) return true;
  return false;
}

/** Whether `packed[0 … end)` holds `t`. */
function packedHolds(t: string, end: number): boolean {
  for (let k = 0; k < end; k++) if (packed[k] === t) return true;
  return false;
}

/**
 * Every pair of reports' diffBoth, over only the terms that both of the pair use. A term only one side
 * uses is on no snake: it is an edit in every script, and dropping it leaves the kept positions of both
 * directions as they were (worddiff.test.ts checks the packed diffs against `diffArrays` on the whole
 * sequences, with many one-sided terms). At 3 × 1,000 packing cuts the Myers search (O((N + M) · D)) from
 * 379,000 diagonal steps for the 677 claims to 32,000. Membership is a linear scan (a pair's sides are
 * ~20 terms, compared by address): a Map of the claim's terms cost as much as the steps it saved.
 */
function diffPairsPacked(from: Int32Array, R: number): void {
  for (let r = 0; r < R; r++) {
    const r1 = from[r + 1]!;
    for (let o = r + 1; o < R; o++) {
      const o1 = from[o + 1]!;
      // The common prefix is the search's own first snake, and the search from its end is the search of
      // the rest (jsdiff's diagonals and pruning are relative): kept as is. Half the pairs of 6 × 5,000
      // (19,600 of 39,600) are identical, and scanning those for packing made the diffs 40 % slower.
      let r0 = from[r]!;
      let o0 = from[o]!;
      while (r0 < r1 && o0 < o1 && terms[r0] === terms[o0]) {
        marks[r0++] = 1;
        marks[o0++] = 1;
      }
      if (r0 === r1 || o0 === o1) continue;
      if ((r1 - r0) * (o1 - o0) > SCAN_LIMIT) {
        diffBoth(terms, r0, r1 - r0, o0, o1 - o0, marks, marks);
        continue;
      }
      const need = r1 - r0 + o1 - o0;
      if (packedAt.length < need) {
        packedAt = new Int32Array(2 * need);
        packedMarks = new Uint8Array(2 * need);
      }
      const at = packedAt;
      const pm = packedMarks;
      let p = 0;
      for (let k = r0; k < r1; k++) {
        const t = terms[k]!;
        if (holds(t, o0, o1)) {
          packed[p] = t;
          at[p++] = k;
        }
      }
      const oldLen = p;
      if (oldLen === 0) continue;
      // A term of o's that r's side uses is one of r's packed terms: scanning those (a miss scans the whole
      // list) took the scans of 3 × 1,000 from 697,000 comparisons to 493,000; diffClaim paired 0.966, 0.967.
      // (Both sides from one terms × terms pass, flagging o's hits, was no faster: a miss still scans o whole.)
      for (let k = o0; k < o1; k++) {
        const t = terms[k]!;
        if (packedHolds(t, oldLen)) {
          packed[p] = t;
          at[p++] = k;
        }
      }
      pm.fill(0, 0, p);
      diffBoth(packed, 0, oldLen, oldLen, p - oldLen, pm, pm);
      for (let k = 0; k < p; k++) if (pm[k] === 1) marks[at[k]!] = 1;
    }
  }
}

/** Every pair's search over all its terms (diffClaimUnpacked). */
function diffPairsUnpacked(from: Int32Array, R: number): void {
  for (let r = 0; r < R; r++) {
    for (let o = r + 1; o < R; o++) diffBoth(terms, from[r]!, from[r + 1]! - from[r]!, from[o]!, from[o + 1]! - from[o]!, marks, marks);
  }
}

/**
 * A member's tiles as they are made, reused by every call; the result is its exact-length copy. Pushed
 * onto a fresh array (~26 tiles a member at 3 × 1,000) they grew it 0 → 17 → 41, two stores per member,
 * the second kept, half empty, as long as the comparison.
 */
const tileScratch: DiffToken[] = [];

/**
 * Tokens covering the whole sentence (`span`), gaps (spaces, punctuation) as neutral, a content token
 * common when `marks[at + its index among the content tokens]` is 1. A tile extends the last one when it
 * is of the same kind and adjacent. The last tile is kept in a local (tileReference, in worddiff.test.ts,
 * read it back from the array through a helper per tile).
 */
export function tile(tokens: readonly Token[], span: Span, marks: Uint8Array, at: number): DiffToken[] {
  const out = tileScratch;
  let n = 0;
  let last: DiffToken | null = null;
  let pos = span.start;
  let k = at;
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x]!;
    if (t.start > pos) {
      if (last !== null && last.kind === 'neutral' && last.end === pos) last.end = t.start;
      else out[n++] = last = { start: pos, end: t.start, kind: 'neutral' };
    }
    if (t.end > t.start) {
      const kind: DiffToken['kind'] = t.stop ? 'neutral' : marks[k] === 1 ? 'common' : 'differing';
      if (last !== null && last.kind === kind && last.end === t.start) last.end = t.end;
      else out[n++] = last = { start: t.start, end: t.end, kind };
    }
    if (!t.stop) k++;
    pos = t.end;
  }
  if (span.end > pos) {
    if (last !== null && last.kind === 'neutral' && last.end === pos) last.end = span.end;
    else out[n++] = { start: pos, end: span.end, kind: 'neutral' };
  }
  return out.slice(0, n);
}

/**
 * The positions of `old` that `diffArrays(old, next)` (jsdiff 9) reports as
 * unchanged, passed to `mark` in order. worddiff.test.ts checks it against
 * `diffArrays` on random inputs; diffClaim calls diffBoth directly.
 */
export function commonInOld(old: ArrayLike<number>, next: ArrayLike<number>, mark: (oldIndex: number) => void): void {
  const [inOld] = commonInBoth(old, next);
  inOld.forEach((m, k) => m && mark(k));
}

/**
 * Both directions at once: [the positions of `a` that `diffArrays(a, b)`
 * keeps, the positions of `b` that `diffArrays(b, a)` keeps], as 0/1 per
 * position (numbers compared as diffClaim compares terms: as strings). The
 * test compares it with two `diffArrays` calls.
 */
export function commonInBoth(a: ArrayLike<number>, b: ArrayLike<number>): [Uint8Array, Uint8Array] {
  const seq: string[] = [];
  for (let k = 0; k < a.length; k++) seq.push(String(a[k]!));
  for (let k = 0; k < b.length; k++) seq.push(String(b[k]!));
  const out = new Uint8Array(seq.length);
  diffBoth(seq, 0, a.length, a.length, b.length, out, out);
  return [out.slice(0, a.length), out.slice(a.length)];
}

// The search's scratch, grown on demand and reused by every call (one
// allocation per diff of three typed arrays and three component lists was a
// good part of the word diff's garbage). The search reads them through
// locals: module-level `let` bindings in a hot loop are re-read at every use.
// Snakes (runs of common terms), immutable once made: start in old, start in
// next, length, previous snake on the path (-1: none).
let snakeOld = new Int32Array(1024);
let snakeNew = new Int32Array(1024);
let snakeLen = new Int32Array(1024);
let snakePrev = new Int32Array(1024);
// A diagonal's furthest position in old, NONE while it has no path (a flag array beside it was one more read and write per step).
let pathOld = new Int32Array(256).fill(-2);
let pathA = new Int32Array(256);
let pathB = new Int32Array(256);

/** No path on a diagonal (a path's position in old is at least −1). */
const NONE = -2;

/** Room for `need` snakes, keeping the first `used`. */
function growSnakes(used: number, need: number): void {
  const size = Math.max(need, 2 * snakeOld.length);
  const grow = (x: Int32Array) => {
    const y = new Int32Array(size);
    y.set(x.subarray(0, used));
    return y;
  };
  [snakeOld, snakeNew, snakeLen, snakePrev] = [grow(snakeOld), grow(snakeNew), grow(snakeLen), grow(snakePrev)];
}

/** Set `out[start + k] = 1` for every position k on a snake of the path ending at snake `last` (`starts`: the snakes' starts in that sequence). */
function markPath(last: number, starts: Int32Array, out: Uint8Array, start: number): void {
  for (let c = last; c >= 0; c = snakePrev[c]!) for (let k = start + starts[c]!, end = k + snakeLen[c]!; k < end; k++) out[k] = 1;
}

/**
 * Mark the two paths' snakes (A into `outOld` from `at`, B into `outNew` from `nextAt`). A function of the
 * module, not a closure made by every diffBoth call (a closure per diff, and under tsx a `__name` call
 * that defines its name: 23 ms of a 6 × 5,000 profile).
 */
function finishPaths(a: number, b: number, outOld: Uint8Array | null, at: number, outNew: Uint8Array | null, nextAt: number): void {
  if (outOld) markPath(a, snakeOld, outOld, at);
  if (outNew) markPath(b, snakeNew, outNew, nextAt);
}

/**
 * jsdiff's `diffArrays` search (Myers, with its diagonal pruning), step for
 * step, on a flat array of terms, for old = `seq[at …]` (length `oldLen`) and next =
 * `seq[nextAt …]` (length `newLen`), kept as offsets so a diff makes no
 * typed-array views. It marks in `outOld` the positions of old that
 * `diffArrays(old, next)` keeps, and in `outNew` those of next that
 * `diffArrays(next, old)` keeps (either may be null: not wanted).
 *
 * Why one search serves both: the search from `next` to `old` is this one
 * mirrored (old ↔ next, diagonal d ↔ −d, add ↔ remove, its pruning too), and
 * the furthest point each diagonal reaches after e edits is the same in both;
 * they differ only in which of two equally far predecessors a path takes:
 * jsdiff prefers the add (here from d + 1), its mirror the remove (from
 * d − 1). So each diagonal keeps two paths, A (this search's choice) and B
 * (the mirror's), as chains of snakes; the marks are their snakes. The
 * diagonal loop, its reads and its pruning are shared: one search per pair
 * of reports instead of two (jsdiff's own bookkeeping was 10–12 % of a
 * 3 × 1,000-sentence profile, docs/performance.md). worddiff.test.ts checks
 * both directions against `diffArrays`.
 */
function diffBoth(seq: readonly string[], at: number, oldLen: number, nextAt: number, newLen: number, outOld: Uint8Array | null, outNew: Uint8Array | null): void {
  const maxEditLength = newLen + oldLen;
  // Paths by diagonal (offset so that -maxEditLength - 1 … maxEditLength + 1 fit).
  const off = maxEditLength + 1;
  const size = 2 * off + 1;
  if (pathOld.length < size) {
    pathOld = new Int32Array(2 * size);
    pathA = new Int32Array(2 * size);
    pathB = new Int32Array(2 * size);
  }
  pathOld.fill(NONE, 0, size);
  const oldD = pathOld;
  const lastA = pathA;
  const lastB = pathB;
  let sOld = snakeOld;
  let sNew = snakeNew;
  let sLen = snakeLen;
  let sPrev = snakePrev;
  let snakes = 0;

  // extractCommon along diagonal 0 from the start (jsdiff's first step).
  let baseOld = -1;
  let newPos = -1;
  while (newPos + 1 < newLen && baseOld + 1 < oldLen && seq[at + baseOld + 1] === seq[nextAt + newPos + 1]) {
    newPos++;
    baseOld++;
  }
  let first = -1;
  if (baseOld >= 0) {
    sOld[0] = 0;
    sNew[0] = 0;
    sLen[0] = baseOld + 1;
    sPrev[0] = -1;
    first = snakes++;
  }
  if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return finishPaths(first, first, outOld, at, outNew, nextAt);
  oldD[off] = baseOld;
  lastA[off] = first;
  lastB[off] = first;
  // jsdiff's ±Infinity bounds, as integers (d never leaves ±maxEditLength), so the loop stays on small integers.
  let minDiagonal = -off;
  let maxDiagonal = off;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const x = off + d;
      const removeOld = oldD[x - 1]!;
      const removeSet = removeOld !== NONE;
      if (removeSet) oldD[x - 1] = NONE;
      const addOld = oldD[x + 1]!;
      const canAdd = addOld !== NONE && 0 <= addOld - d && addOld - d < newLen;
      const canRemove = removeSet && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        oldD[x] = NONE;
        continue;
      }
      // Path A takes the add unless the remove reaches further (jsdiff: ties go to the add) …
      let fromA: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        baseOld = addOld;
        fromA = lastA[x + 1]!;
      } else {
        baseOld = removeOld + 1;
        fromA = lastA[x - 1]!;
      }
      // … path B, the mirror's, takes the remove unless the add reaches further (ties go to the remove).
      const fromB = !canAdd || (canRemove && removeOld + 1 >= addOld) ? lastB[x - 1]! : lastB[x + 1]!;
      // extractCommon along diagonal d.
      newPos = baseOld - d;
      const start = baseOld;
      while (newPos + 1 < newLen && baseOld + 1 < oldLen && seq[at + baseOld + 1] === seq[nextAt + newPos + 1]) {
        newPos++;
        baseOld++;
      }
      let a = fromA;
      let b = fromB;
      if (baseOld > start) {
        if (snakes + 2 > sOld.length) {
          growSnakes(snakes, snakes + 2);
          [sOld, sNew, sLen, sPrev] = [snakeOld, snakeNew, snakeLen, snakePrev];
        }
        sOld[snakes] = start + 1;
        sNew[snakes] = start + 1 - d;
        sLen[snakes] = baseOld - start;
        sPrev[snakes] = fromA;
        a = snakes++;
        if (fromB === fromA) b = a;
        else {
          sOld[snakes] = start + 1;
          sNew[snakes] = start + 1 - d;
          sLen[snakes] = baseOld - start;
          sPrev[snakes] = fromB;
          b = snakes++;
        }
      }
      if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) return finishPaths(a, b, outOld, at, outNew, nextAt);
      oldD[x] = baseOld;
      lastA[x] = a;
      lastB[x] = b;
      if (baseOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
}
