/** Helpers on lists of small integer ids kept in typed arrays (features' and rules' per-sentence sets). */

/**
 * Sort `list[from, to)` in place (a sentence's few ids: insertion sort) and drop repeats, keeping the
 * distinct ids from `from` on; returns where they end. Module-level, on one array type: it stays optimised.
 */
export function sortedDistinctIn(list: Int32Array, from: number, to: number): number {
  for (let a = from + 1; a < to; a++) {
    const x = list[a]!;
    let b = a - 1;
    while (b >= from && list[b]! > x) {
      list[b + 1] = list[b]!;
      b--;
    }
    list[b + 1] = x;
  }
  let size = from;
  for (let a = from; a < to; a++) if (a === from || list[a] !== list[a - 1]) list[size++] = list[a]!;
  return size;
}

/**
 * Drop repeats from `list[from, to)` in place, keeping first occurrences in their order; returns where
 * the distinct ids end. `seen` (by id, longer than every id) is stamped with `stamp`, which must differ
 * from every value it holds for these ids (a per-call counter): no sort, one pass.
 */
export function distinctIn(list: Int32Array, from: number, to: number, seen: Int32Array, stamp: number): number {
  let size = from;
  for (let a = from; a < to; a++) {
    const x = list[a]!;
    if (seen[x] === stamp) continue;
    seen[x] = stamp;
    list[size++] = x;
  }
  return size;
}
