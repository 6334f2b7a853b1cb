/**
 * A scored set's candidate pairs as columns (struct of arrays), beside the
 * `ScoredPairs.pairs` objects of the Matcher contract.
 *
 * The lexical matcher scores ~485,000 candidates at 6 × 5,000 sentences, and
 * the analyzer's path (rules, then grouping) reads only each pair's i, j and
 * probability. A `{ i, j, probability, features }` object and a 13-number
 * features array per candidate, and a second array of pairs from the rules,
 * were ~100 MB of young objects that all survive (GC was 9 % of an analysis),
 * besides their building. So the lexical matcher and the rules keep typed
 * columns, registered here, and build the pair objects only when someone
 * reads `pairs` (training, tests, eval): the same objects, in the same order.
 *
 * The columns are found by the ScoredPairs object itself (a WeakMap), not as
 * a field: a copy made by spreading (`{ ...scored, pairs: other }`, as
 * training re-scores pairs) is another object and reads its own `pairs`, so
 * columns can never disagree with the pairs they stand for.
 */
import type { CandidatePair, ScoredPairs } from './matcher';

export interface PairColumns {
  /** Pair m is (i[m], j[m]) with probability[m], the m-th of `ScoredPairs.pairs`. */
  i: Int32Array;
  j: Int32Array;
  probability: Float64Array;
}

const registry = new WeakMap<ScoredPairs, PairColumns>();

/** The columns of `scored`'s pairs, when its maker kept them (else read `scored.pairs`). */
export function pairColumns(scored: ScoredPairs): PairColumns | undefined {
  return registry.get(scored);
}

/** The lazy `pairs` of each scored set made by `withColumns`: its materializer, and the pairs once built or assigned. */
interface LazyPairs {
  materialize: () => CandidatePair[];
  pairs: CandidatePair[] | undefined;
}
const lazyPairs = new WeakMap<ScoredPairs, LazyPairs>();

// The accessor's two functions are module-level, the same for every scored set: V8 keeps an accessor pair
// in the object's hidden class, so with closures made per call every analysis's scored set had a hidden
// class of its own (%HaveSameMap of two: false; now true), and the property reads of every reader
// (clusterNodes, edgesAbove, applyRules, …) saw a new class each analysis. No time change measurable alone.
function readPairs(this: ScoredPairs): CandidatePair[] {
  const lazy = lazyPairs.get(this);
  if (!lazy) throw new Error('withColumns: pairs read through a copied accessor');
  return (lazy.pairs ??= lazy.materialize());
}
function writePairs(this: ScoredPairs, value: CandidatePair[]): void {
  const lazy = lazyPairs.get(this);
  if (!lazy) throw new Error('withColumns: pairs written through a copied accessor');
  lazy.pairs = value;
  registry.delete(this);
}

/**
 * `base`'s fields (their property descriptors: a lazy `pairs` of base is not
 * read) with `pairs` built by `materialize` on first read, and `columns`
 * registered for the result. Assigning `pairs` replaces them and drops the columns.
 */
export function withColumns(base: Omit<ScoredPairs, 'pairs'>, columns: PairColumns, materialize: () => CandidatePair[]): ScoredPairs {
  const descriptors = Object.getOwnPropertyDescriptors(base) as PropertyDescriptorMap;
  delete descriptors.pairs;
  const scored = Object.defineProperties({}, descriptors) as ScoredPairs;
  Object.defineProperty(scored, 'pairs', { enumerable: true, configurable: true, get: readPairs, set: writePairs });
  lazyPairs.set(scored, { materialize, pairs: undefined });
  registry.set(scored, columns);
  return scored;
}
