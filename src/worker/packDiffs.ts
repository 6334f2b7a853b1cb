/**
 * The claims' word diffs on their way from the worker to the page, as three typed arrays (#16 item 4).
 *
 * At 3 × 1,000 real sentences the word diffs are ~3.0 of the comparison's ~6.0 MB of JSON: ~66 k token
 * objects `{ start, end, kind }` that the page's main thread had to deserialise (and then carry through
 * every minor GC) when the result arrived, although it reads one claim's diff only when that claim is
 * opened. Packed, they cross as three transferred buffers (no copy, no objects); the page puts a lazy `diff`
 * on each claim that builds that claim's tokens on first read and then keeps them as a plain property.
 * JSON, `structuredClone` and every reader see the same value as before, in the same key order.
 */
import type { Claim, Comparison, DiffTokenKind, MemberDiff } from '../core/index';

export interface PackedDiffs {
  /** Per claim, in order: the end (exclusive, in member diffs) of its diffs in `entries`, or -1 for a claim without a `diff`. */
  claimEnds: Int32Array;
  /** Per member diff, 3 ints: report, sentence, and the end (exclusive, in tokens) of its tokens in `tokens`. */
  entries: Int32Array;
  /** Per token, 3 ints: start, end, kind (an index into KINDS). */
  tokens: Int32Array;
}

const KINDS: readonly DiffTokenKind[] = ['common', 'differing', 'neutral'];
const KIND_CODE: Record<DiffTokenKind, number> = { common: 0, differing: 1, neutral: 2 };

/**
 * The comparison with every claim's `diff` replaced by `null` (in copies of those claims, so the key keeps its
 * place; `comparison` is not changed), and the diffs packed.
 */
export function packDiffs(comparison: Comparison): { comparison: Comparison; packed: PackedDiffs } {
  let entryCount = 0;
  let tokenCount = 0;
  for (const claim of comparison.claims) {
    if (!claim.diff) continue;
    entryCount += claim.diff.length;
    for (const d of claim.diff) tokenCount += d.tokens.length;
  }
  const claimEnds = new Int32Array(comparison.claims.length);
  const entries = new Int32Array(entryCount * 3);
  const tokens = new Int32Array(tokenCount * 3);
  let e = 0;
  let t = 0;
  const claims = comparison.claims.map((claim, ci): Claim => {
    if (claim.diff === undefined) {
      claimEnds[ci] = -1;
      return claim;
    }
    for (const d of claim.diff) {
      for (const tok of d.tokens) {
        tokens[t * 3] = tok.start;
        tokens[t * 3 + 1] = tok.end;
        tokens[t * 3 + 2] = KIND_CODE[tok.kind];
        t++;
      }
      entries[e * 3] = d.report;
      entries[e * 3 + 1] = d.sentence;
      entries[e * 3 + 2] = t;
      e++;
    }
    claimEnds[ci] = e;
    return { ...claim, diff: null as unknown as MemberDiff[] };
  });
  return { comparison: { ...comparison, claims }, packed: { claimEnds, entries, tokens } };
}

/** The buffers to transfer with the message that carries `packed`. */
export function packedBuffers(packed: PackedDiffs): ArrayBuffer[] {
  return [packed.claimEnds.buffer, packed.entries.buffer, packed.tokens.buffer] as ArrayBuffer[];
}

/** Claim `ci`'s member diffs, read from the packed arrays. */
function unpackClaim(packed: PackedDiffs, ci: number): MemberDiff[] {
  const { claimEnds, entries, tokens } = packed;
  let from = 0;
  for (let k = ci - 1; k >= 0; k--) {
    if (claimEnds[k]! >= 0) {
      from = claimEnds[k]!;
      break;
    }
  }
  const out: MemberDiff[] = [];
  for (let e = from; e < claimEnds[ci]!; e++) {
    const tokenFrom = e === 0 ? 0 : entries[(e - 1) * 3 + 2]!;
    const tokenTo = entries[e * 3 + 2]!;
    const list = [];
    for (let t = tokenFrom; t < tokenTo; t++) list.push({ start: tokens[t * 3]!, end: tokens[t * 3 + 1]!, kind: KINDS[tokens[t * 3 + 2]!]! });
    out.push({ report: entries[e * 3]!, sentence: entries[e * 3 + 1]!, tokens: list });
  }
  return out;
}

/**
 * Puts the diffs back on the claims of `comparison` (changed in place and returned): each claim packed with
 * one gets a `diff` that is built on its first read and from then on is a plain, writable property.
 */
export function unpackDiffs(comparison: Comparison, packed: PackedDiffs): Comparison {
  if (packed.claimEnds.length !== comparison.claims.length) {
    throw new Error(`unpackDiffs: ${packed.claimEnds.length} packed claims for ${comparison.claims.length} claims`);
  }
  comparison.claims.forEach((claim, ci) => {
    if (packed.claimEnds[ci]! < 0) return;
    const settle = (target: Claim, value: MemberDiff[] | undefined) => {
      Object.defineProperty(target, 'diff', { value, writable: true, enumerable: true, configurable: true });
      return value;
    };
    Object.defineProperty(claim, 'diff', {
      enumerable: true,
      configurable: true,
      get(this: Claim) {
        return settle(this, unpackClaim(packed, ci));
      },
      set(this: Claim, value: MemberDiff[] | undefined) {
        settle(this, value);
      },
    });
  });
  return comparison;
}
