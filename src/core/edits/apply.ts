/**
 * Replaying the reader's edits (edits/format.ts) on the machine's grouping.
 * Pure: node groups in, node groups out. (Notes do not change the grouping:
 * edits/notes.ts attaches them to the finished comparison.)
 *
 * Each edit is replayed, in the order it was made, on whatever grouping the
 * matcher produced THIS time, through the sentences it names:
 *   detach s     s leaves its claim (if it had company) and stands alone;
 *   link s → t   s leaves its claim and joins t's;
 *   merge a, b   the claims holding a and b become one;
 *   split S      the sentences S (all in one claim) leave it together.
 * So "Not the same fact" keeps meaning that after a re-run with another
 * matcher or sensitivity, and "link these two" still links them — even if the
 * machine now groups their neighbours differently. An edit whose outcome
 * already holds (the matcher now links what the reader linked) is a no-op and
 * is kept. An edit naming a sentence that is not there any more — the index
 * is out of range and no sentence of that report has the same fingerprint, or
 * the fingerprint matches several — is STALE: it is left out and reported,
 * never guessed. A sentence whose index moved (the cleaning now keeps a line
 * it dropped) is found by its fingerprint when exactly one sentence of its
 * report has it.
 */
import { fingerprint, type Edit, type SentenceKey } from './format';

export interface EditNode {
  report: number;
  sentence: number;
}

export interface EditedGroup {
  nodes: number[];
  /** The reader changed this claim's membership. */
  edited: boolean;
}

export interface ReplayResult {
  groups: EditedGroup[];
  /** Nodes placed in their claim by the reader (link, or brought in by a merge). */
  userLinked: Set<number>;
  /** The edits that applied (no-ops included), in order. */
  applied: Edit[];
  /** The edits naming sentences that are not there, or a split of sentences no longer in one claim. */
  stale: Edit[];
}

export function replayCorrections(
  nodes: readonly EditNode[],
  textOf: (node: number) => string,
  machine: readonly (readonly number[])[],
  edits: readonly Edit[],
): ReplayResult {
  // Node index of (report, sentence): nodes are in reading order, report by report.
  const firstOf = new Map<number, number>();
  const countOf = new Map<number, number>();
  nodes.forEach((n, i) => {
    if (!firstOf.has(n.report)) firstOf.set(n.report, i);
    countOf.set(n.report, (countOf.get(n.report) ?? 0) + 1);
  });
  const hashes = new Map<number, string>();
  const hashOf = (node: number) => {
    let h = hashes.get(node);
    if (h === undefined) hashes.set(node, (h = fingerprint(textOf(node))));
    return h;
  };
  const byHash = new Map<number, Map<string, number[]>>();
  const resolve = (k: SentenceKey): number | null => {
    const first = firstOf.get(k.report);
    const count = countOf.get(k.report) ?? 0;
    if (first === undefined) return null;
    if (k.sentence < count && hashOf(first + k.sentence) === k.hash) return first + k.sentence;
    let index = byHash.get(k.report);
    if (!index) {
      index = new Map();
      for (let s = 0; s < count; s++) {
        const list = index.get(hashOf(first + s)) ?? [];
        list.push(first + s);
        index.set(hashOf(first + s), list);
      }
      byHash.set(k.report, index);
    }
    const found = index.get(k.hash);
    return found?.length === 1 ? found[0]! : null;
  };

  // Groups as sets, by a group id; groupOf maps node → group id.
  const groups = new Map<number, { nodes: Set<number>; edited: boolean }>();
  const groupOf = new Int32Array(nodes.length).fill(-1);
  let nextId = 0;
  const newGroup = (members: Iterable<number>, edited: boolean) => {
    const id = nextId++;
    const set = new Set(members);
    groups.set(id, { nodes: set, edited });
    for (const n of set) groupOf[n] = id;
    return id;
  };
  for (const g of machine) newGroup(g, false);
  // A node the machine left out (should not happen) stands alone.
  for (let n = 0; n < nodes.length; n++) if (groupOf[n] === -1) newGroup([n], false);

  const userLinked = new Set<number>();
  const applied: Edit[] = [];
  const stale: Edit[] = [];
  const leave = (n: number) => {
    const g = groups.get(groupOf[n]!)!;
    g.nodes.delete(n);
    if (g.nodes.size === 0) groups.delete(groupOf[n]!);
    else g.edited = true;
  };

  for (const edit of edits) {
    const keys = keysOf(edit);
    const at = keys.map(resolve);
    if (at.some((n) => n === null) || new Set(at).size !== at.length) {
      stale.push(edit);
      continue;
    }
    const ns = at as number[];
    applied.push(edit);
    switch (edit.op) {
      case 'detach': {
        const n = ns[0]!;
        if (groups.get(groupOf[n]!)!.nodes.size === 1) break;
        leave(n);
        userLinked.delete(n);
        newGroup([n], true);
        break;
      }
      case 'link': {
        const [s, to] = ns as [number, number];
        if (groupOf[s] === groupOf[to]) break;
        leave(s);
        const target = groups.get(groupOf[to]!)!;
        target.nodes.add(s);
        target.edited = true;
        groupOf[s] = groupOf[to]!;
        userLinked.add(s);
        break;
      }
      case 'merge': {
        const [a, b] = ns as [number, number];
        const ga = groupOf[a]!;
        const gb = groupOf[b]!;
        if (ga === gb) break;
        const into = groups.get(ga)!;
        const from = groups.get(gb)!;
        for (const n of from.nodes) {
          into.nodes.add(n);
          groupOf[n] = ga;
          userLinked.add(n);
        }
        into.edited = true;
        groups.delete(gb);
        break;
      }
      case 'split': {
        const g = groupOf[ns[0]!]!;
        // All of one claim, and not all of it: otherwise there is nothing to split.
        if (ns.some((n) => groupOf[n] !== g) || groups.get(g)!.nodes.size === ns.length) {
          if (ns.some((n) => groupOf[n] !== g)) {
            applied.pop();
            stale.push(edit);
          }
          break;
        }
        for (const n of ns) leave(n);
        newGroup(ns, true);
        break;
      }
    }
  }

  return {
    groups: [...groups.values()].map((g) => ({ nodes: [...g.nodes].sort((x, y) => x - y), edited: g.edited })),
    userLinked,
    applied,
    stale,
  };
}

function keysOf(edit: Edit): SentenceKey[] {
  switch (edit.op) {
    case 'detach':
      return [edit.s];
    case 'link':
      return [edit.s, edit.to];
    case 'merge':
      return [edit.a, edit.b];
    case 'split':
      return edit.s;
  }
}

