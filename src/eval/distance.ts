/**
 * The edit distance to gold: how much a reader has to correct an output's
 * claims before they say what the gold links say — the product measure of
 * issue #11 (the page's corrections, core/edits/format.ts).
 *
 * Three figures per case:
 * - links to add: gold pairs (two sentences of different reports) that no
 *   output claim holds together (the scorer's false negatives);
 * - links to remove: cross-report pairs in one output claim that gold does
 *   not link (the scorer's false positives);
 * - moves: the fewest of the page's one-sentence edits — `detach` (the
 *   sentence leaves its claim and stands alone) and `link` (it leaves its
 *   claim and joins another sentence's) — that turn the output grouping into
 *   the GOLD GROUPING. Claims are a partition, so the gold grouping is the
 *   partition the page can show that is nearest the links: the connected
 *   components of the gold links (every sentence without a gold link alone).
 *   Where gold is not transitive (a long sentence stating X and Y links to a
 *   short X and a short Y) a component links pairs gold does not: `chained`
 *   counts them, the pairs even a perfectly corrected grouping keeps.
 *
 * `moves` is exact: each edit moves one sentence, and the fewest moves from
 * partition P to partition Q is the transfer distance, n − the largest total
 * overlap of a one-to-one matching of P's claims to Q's groups (Day 1981;
 * Charon et al. 2006). The sentences in the matched overlaps stay; every
 * other sentence moves once, straight to its gold group. The matching is
 * solved exactly (Hungarian method) on each connected piece of the overlap
 * graph, which keeps it small. `merge` and `split` (one edit for several
 * sentences) are not counted: with them a reader may need fewer edits.
 */
import { keyOf, type Edit } from '../core/edits/format';
import type { Comparison } from '../core/types';
import type { EvalCase } from './cases';

export interface EditDistance {
  /** Sentences in the case (all reports). */
  sentences: number;
  /** Gold pairs not in one output claim. */
  linksToAdd: number;
  /** Cross-report pairs in one output claim that gold does not link. */
  linksToRemove: number;
  /** The fewest detach/link edits from the output grouping to the gold grouping (detach + link). */
  moves: number;
  detach: number;
  link: number;
  /** Cross-report pairs the gold grouping itself holds that gold does not link (chaining). */
  chained: number;
  /** The edits from an output that links nothing (every sentence alone): one link per sentence beyond the first of each gold group. */
  fromScratch: number;
}

type Labels = readonly (readonly (string | number)[])[];

/** The gold grouping: group id (a number) of every sentence, connected components of the gold links. */
export function goldGrouping(links: EvalCase['links'], counts: readonly number[]): number[][] {
  const offset: number[] = [];
  let n = 0;
  for (const c of counts) {
    offset.push(n);
    n += c;
  }
  const parent = Array.from({ length: n }, (_v, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [r1, s1, r2, s2] of links) {
    if (s1 >= (counts[r1] ?? 0) || s2 >= (counts[r2] ?? 0)) continue;
    const a = find(offset[r1]! + s1);
    const b = find(offset[r2]! + s2);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return counts.map((c, r) => Array.from({ length: c }, (_v, s) => find(offset[r]! + s)));
}

/** Cross-report pairs: [linked in `labels` and in gold, linked in `labels` only, linked in gold only]. */
function pairCounts(links: EvalCase['links'], labels: Labels): { both: number; only: number; missing: number } {
  const gold = new Set(links.map(([r1, s1, r2, s2]) => `${r1}:${s1}|${r2}:${s2}`));
  let together = 0;
  let both = 0;
  for (let r1 = 0; r1 < labels.length; r1++) {
    for (let r2 = r1 + 1; r2 < labels.length; r2++) {
      const byLabel = new Map<string | number, number[]>();
      labels[r2]!.forEach((l, s2) => {
        const list = byLabel.get(l);
        if (list) list.push(s2);
        else byLabel.set(l, [s2]);
      });
      labels[r1]!.forEach((l, s1) => {
        for (const s2 of byLabel.get(l) ?? []) {
          together++;
          if (gold.has(`${r1}:${s1}|${r2}:${s2}`)) both++;
        }
      });
    }
  }
  return { both, only: together - both, missing: gold.size - both };
}

/**
 * Largest total weight of a one-to-one matching of rows to columns
 * (`weight[i][j]` ≥ 0). Hungarian method (shortest augmenting paths with
 * potentials), O(r²·c) for r ≤ c; returns, for each row, its column or -1.
 */
export function maxMatching(weight: readonly (readonly number[])[]): number[] {
  const rows = weight.length;
  const cols = rows === 0 ? 0 : weight[0]!.length;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    // Transpose, so that every row can be matched.
    const t = Array.from({ length: cols }, (_v, j) => weight.map((row) => row[j]!));
    const colOf = maxMatching(t);
    const out = new Array<number>(rows).fill(-1);
    colOf.forEach((i, j) => {
      if (i >= 0) out[i] = j;
    });
    return out;
  }
  // Minimise cost = max − weight (1-based arrays, as in the classic formulation).
  let max = 0;
  for (const row of weight) for (const w of row) if (w > max) max = w;
  const cost = (i: number, j: number) => max - weight[i - 1]![j - 1]!;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const p = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(Infinity);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}

export interface Plan {
  /** For each sentence [report][sentence]: true when it stays where the output put it. */
  stays: boolean[][];
  /** The edits, as (report, sentence) pairs: detach s, or link s → to. Detaches first, so every link's target is in place. */
  steps: ({ op: 'detach'; s: [number, number] } | { op: 'link'; s: [number, number]; to: [number, number] })[];
}

/**
 * The fewest detach/link edits that turn grouping `output` into grouping
 * `gold` (both: a label per sentence, [report][sentence]; equal labels = one
 * claim).
 */
export function planMoves(output: Labels, gold: Labels): Plan {
  // Sentences in reading order; clusters of each side numbered.
  const where: [number, number][] = [];
  const outIds = new Map<string | number, number>();
  const goldIds = new Map<string | number, number>();
  const outOf: number[] = [];
  const goldOf: number[] = [];
  output.forEach((labels, r) =>
    labels.forEach((l, s) => {
      where.push([r, s]);
      if (!outIds.has(l)) outIds.set(l, outIds.size);
      outOf.push(outIds.get(l)!);
      const g = gold[r]?.[s] ?? `alone:${r}:${s}`;
      if (!goldIds.has(g)) goldIds.set(g, goldIds.size);
      goldOf.push(goldIds.get(g)!);
    }),
  );
  const n = where.length;
  // Overlaps (output cluster, gold group) → count, and the overlap graph's pieces.
  const overlap = new Map<number, number>();
  const O = outIds.size;
  const cell = (o: number, g: number) => o * (goldIds.size + 1) + g;
  for (let x = 0; x < n; x++) overlap.set(cell(outOf[x]!, goldOf[x]!), (overlap.get(cell(outOf[x]!, goldOf[x]!)) ?? 0) + 1);
  // Union-find over output clusters [0, O) and gold groups [O, O + G).
  const parent = Array.from({ length: O + goldIds.size }, (_v, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let x = 0; x < n; x++) {
    const a = find(outOf[x]!);
    const b = find(O + goldOf[x]!);
    if (a !== b) parent[a] = b;
  }
  const pieces = new Map<number, { outs: number[]; golds: number[] }>();
  for (let o = 0; o < O; o++) {
    const root = find(o);
    const piece = pieces.get(root) ?? { outs: [], golds: [] };
    piece.outs.push(o);
    pieces.set(root, piece);
  }
  for (let g = 0; g < goldIds.size; g++) pieces.get(find(O + g))?.golds.push(g);
  // matchOf[output cluster] = the gold group it keeps (-1: none).
  const matchOf = new Array<number>(O).fill(-1);
  for (const { outs, golds } of pieces.values()) {
    if (outs.length === 1 && golds.length === 1) {
      matchOf[outs[0]!] = golds[0]!;
      continue;
    }
    const weight = outs.map((o) => golds.map((g) => overlap.get(cell(o, g)) ?? 0));
    maxMatching(weight).forEach((j, i) => {
      if (j >= 0 && weight[i]![j]! > 0) matchOf[outs[i]!] = golds[j]!;
    });
  }
  const stays = output.map((labels) => labels.map(() => false));
  const anchor = new Map<number, [number, number]>(); // gold group → a sentence of it that stays (or was detached first)
  for (let x = 0; x < n; x++) {
    if (matchOf[outOf[x]!] !== goldOf[x]) continue;
    const [r, s] = where[x]!;
    stays[r]![s] = true;
    if (!anchor.has(goldOf[x]!)) anchor.set(goldOf[x]!, [r, s]);
  }
  const detaches: Plan['steps'] = [];
  const links: Plan['steps'] = [];
  for (let x = 0; x < n; x++) {
    const [r, s] = where[x]!;
    if (stays[r]![s]) continue;
    const to = anchor.get(goldOf[x]!);
    if (to) links.push({ op: 'link', s: [r, s], to });
    else {
      // The first sentence of a gold group no output claim keeps: it stands alone, the others join it.
      detaches.push({ op: 'detach', s: [r, s] });
      anchor.set(goldOf[x]!, [r, s]);
    }
  }
  return { stays, steps: [...detaches, ...links] };
}

/** The edit distance of one case's output to its gold links. */
export function editDistance(c: Pick<EvalCase, 'links'>, comparison: Pick<Comparison, 'reports'>): EditDistance {
  const output = comparison.reports.map((r) => r.sentences.map((s) => s.claim));
  const gold = goldGrouping(
    c.links,
    output.map((l) => l.length),
  );
  const pairs = pairCounts(c.links, output);
  const chained = pairCounts(c.links, gold).only;
  const { steps } = planMoves(output, gold);
  const detach = steps.filter((st) => st.op === 'detach').length;
  const groups = new Set(gold.flat()).size;
  return {
    sentences: output.reduce((a, l) => a + l.length, 0),
    linksToAdd: pairs.missing,
    linksToRemove: pairs.only,
    moves: steps.length,
    detach,
    link: steps.length - detach,
    chained,
    fromScratch: gold.flat().length - groups,
  };
}

/** The edits (core/edits/format.ts) that turn this output into the gold grouping, named by the output's sentences. */
export function editsToGold(c: Pick<EvalCase, 'links'>, comparison: Pick<Comparison, 'reports'>): Edit[] {
  const output = comparison.reports.map((r) => r.sentences.map((s) => s.claim));
  const gold = goldGrouping(
    c.links,
    output.map((l) => l.length),
  );
  const key = ([r, s]: [number, number]) => keyOf(r, s, comparison.reports[r]!.sentences[s]!.text);
  return planMoves(output, gold).steps.map((st) => (st.op === 'detach' ? { op: 'detach', s: key(st.s) } : { op: 'link', s: key(st.s), to: key(st.to) }));
}

export interface DistanceSummary {
  cases: number;
  sentences: number;
  linksToAdd: number;
  linksToRemove: number;
  moves: number;
  detach: number;
  link: number;
  chained: number;
  fromScratch: number;
  /** Moves per 100 sentences over all cases. */
  movesPer100: number;
  /** The per-case median of moves, and of moves per 100 sentences. */
  medianMoves: number;
  medianMovesPer100: number;
}

const median = (xs: readonly number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function summarise(perCase: readonly EditDistance[]): DistanceSummary {
  const sum = (k: keyof EditDistance) => perCase.reduce((a, d) => a + d[k], 0);
  const sentences = sum('sentences');
  const moves = sum('moves');
  return {
    cases: perCase.length,
    sentences,
    linksToAdd: sum('linksToAdd'),
    linksToRemove: sum('linksToRemove'),
    moves,
    detach: sum('detach'),
    link: sum('link'),
    chained: sum('chained'),
    fromScratch: sum('fromScratch'),
    movesPer100: sentences === 0 ? 0 : (100 * moves) / sentences,
    medianMoves: median(perCase.map((d) => d.moves)),
    medianMovesPer100: median(perCase.map((d) => (d.sentences === 0 ? 0 : (100 * d.moves) / d.sentences))),
  };
}

/** One line for the eval summary. */
export function describeDistance(s: DistanceSummary): string {
  const f1 = (x: number) => x.toFixed(1);
  return (
    `edits to gold: ${s.moves} (${s.detach} detach, ${s.link} link) = ${f1(s.movesPer100)} per 100 sentences; per case median ${f1(s.medianMoves)} (${f1(s.medianMovesPer100)} per 100); from nothing linked: ${s.fromScratch}` +
    `; pairs: ${s.linksToAdd} links to add, ${s.linksToRemove} to remove (the gold grouping itself chains ${s.chained} pairs gold does not link)`
  );
}
