/**
 * A big result in several messages (#16). A message's data is deserialised on the page's main thread, in
 * the task that delivers it: the Comparison of 3 × 1,000 real sentences is ~6 MB as JSON, and taking it in
 * one message was a task of 0.5–1 s on the loaded 2-core machine (structuredClone of it: 335–475 ms there).
 * Cut into parts of about `budget` JSON characters, each arrives in a task of its own.
 *
 * `splitForPosting` empties the big arrays of a copy of the value (the head) and lists their items as parts
 * (path to the array, items to append, in order); an array holding an item over the budget stays in the head,
 * that item split inside in its turn; an object over the budget keeps its small fields and its big ones
 * (split inside), and sends its middling ones in parts of their own. `joinParts` puts the parts back. Pure and structure-blind:
 * any JSON-like value (plain objects, arrays, strings, numbers, booleans, null, undefined) comes back equal.
 */

export type Path = readonly (string | number)[];

/** Items to append to the array at `path`, or fields to set on the object at `path` (keys and indices from the top). */
export type Part = { path: Path; items: unknown[] } | { path: Path; fields: Record<string, unknown> };

/**
 * Sets an own enumerable field. A plain `o[k] = v` with k = "__proto__" (a key JSON may hold: JSON.parse and
 * structuredClone make it an own field) sets the prototype instead; fast-check found it in CI (seed 1623432203,
 * `[{"__proto__": null}]` came back as `[{}]`). Object.assign has the same trap.
 */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** About the length of `v` as JSON (exact for ASCII strings without escapes), cached for objects and arrays. */
function sizer() {
  const cache = new WeakMap<object, number>();
  const size = (v: unknown): number => {
    if (typeof v === 'string') return v.length + 2;
    if (typeof v === 'number') return 8;
    if (typeof v === 'boolean') return 5;
    if (v === null || v === undefined || typeof v !== 'object') return 4;
    const hit = cache.get(v);
    if (hit !== undefined) return hit;
    let n = 2;
    if (Array.isArray(v)) for (const x of v) n += size(x) + 1;
    else for (const k in v) n += k.length + 4 + size((v as Record<string, unknown>)[k]);
    cache.set(v, n);
    return n;
  };
  return size;
}

/** The head (the value with its arrays over `budget` emptied, in copies: `value` is not changed) and the parts. */
export function splitForPosting<T>(value: T, budget: number): { head: T; parts: Part[] } {
  const size = sizer();
  const parts: Part[] = [];
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (v === null || typeof v !== 'object' || size(v) <= budget) return v;
    if (Array.isArray(v)) {
      // An item over the budget (a report) is split inside, in place: the array stays in the head.
      if (v.some((x) => size(x) > budget)) return v.map((x, i) => walk(x, [...path, i]));
      let items: unknown[] = [];
      let n = 0;
      for (const x of v) {
        const s = size(x);
        if (items.length > 0 && n + s > budget) {
          parts.push({ path: [...path], items });
          items = [];
          n = 0;
        }
        items.push(x);
        n += s;
      }
      if (items.length > 0) parts.push({ path: [...path], items });
      return [];
    }
    // An object over the budget: its fields over the budget split inside; the others go in parts of their own,
    // packed up to the budget (the head keeps only the skeleton: it arrives in one task too).
    const copy: Record<string, unknown> = {};
    let fields: Record<string, unknown> = {};
    let n = 0;
    const flush = () => {
      if (n > 0) parts.push({ path: [...path], fields });
      fields = {};
      n = 0;
    };
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      const s = size(x);
      if (s > budget) setOwn(copy, k, walk(x, [...path, k]));
      else if (s < 64) setOwn(copy, k, x); // ids, names, numbers: not worth a part
      else {
        if (n > 0 && n + s > budget) flush();
        setOwn(copy, k, null);
        setOwn(fields, k, x);
        n += s;
      }
    }
    flush();
    return copy;
  };
  return { head: walk(value, []) as T, parts };
}

/** Appends the parts to the head's arrays and sets their fields, in order (the head is changed and returned). */
export function joinParts<T>(head: T, parts: readonly Part[]): T {
  for (const part of parts) {
    let at: unknown = head;
    for (const key of part.path) at = (at as Record<string | number, unknown>)[key];
    if ('fields' in part) {
      if (at === null || typeof at !== 'object') throw new Error(`joinParts: no object at ${part.path.join('.')}`);
      const target = at as Record<string, unknown>;
      for (const k in part.fields) setOwn(target, k, part.fields[k]);
      continue;
    }
    if (!Array.isArray(at)) throw new Error(`joinParts: no array at ${part.path.join('.')}`);
    for (const x of part.items) at.push(x);
  }
  return head;
}
