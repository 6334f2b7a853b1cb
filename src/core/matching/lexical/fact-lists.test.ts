import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSentenceReports } from '../../../../scripts/bench-data';
import { tokenize, type Token } from '../../text/tokenize';
import { factLists, factListsReference, type FactLists } from './features';
import { buildVectorIndex, indexVectors, sentenceNodes, buildVectors, type TokenizedReports } from './similarity';

/** What the features read of the lists: each node's content length, its distinct name and number counts, and every pair's shared counts. */
function readings(l: FactLists, n: number): { lengths: number[]; counts: number[][]; shared: number[][] } {
  const size = (start: Int32Array, i: number) => start[i + 1]! - start[i]!;
  const shared = (start: Int32Array, ids: Int32Array, i: number, j: number) => {
    const b = new Set(ids.subarray(start[j]!, start[j + 1]!));
    let s = 0;
    for (const id of ids.subarray(start[i]!, start[i + 1]!)) if (b.has(id)) s++;
    return s;
  };
  const sorted = (start: Int32Array, ids: Int32Array, i: number) => {
    for (let a = start[i]! + 1; a < start[i + 1]!; a++) if (!(ids[a - 1]! < ids[a]!)) return false;
    return true;
  };
  const pairs: number[][] = [];
  for (let i = 0; i < n; i++) {
    expect(sorted(l.nameStart, l.nameIds, i) && sorted(l.numberStart, l.numberIds, i)).toBe(true);
    for (let j = 0; j < n; j++) pairs.push([shared(l.nameStart, l.nameIds, i, j), shared(l.numberStart, l.numberIds, i, j)]);
  }
  return { lengths: Array.from(l.lengthOf), counts: Array.from({ length: n }, (_, i) => [size(l.nameStart, i), size(l.numberStart, i)]), shared: pairs };
}

function same(reports: TokenizedReports): void {
  const { nodes, ix } = buildVectorIndex(reports);
  expect(readings(factLists(reports, nodes, ix), nodes.length)).toEqual(readings(factListsReference(reports, nodes), nodes.length));
}

const token = (term: string, kind: Token['kind'], stop = false): Token => ({ start: 0, end: term.length, surface: term, term, kind, stop });

describe('factLists (token flags) against factListsReference (token objects)', () => {
  it('on a table: stop names and numbers, a stop term that is a content term elsewhere, repeats', () => {
    const reports: TokenizedReports = [
      [
        [token('kyiv', 'name'), token('kyiv', 'name'), token('said', 'word', true), token('2005', 'number')],
        [token('may', 'name', true), token('10', 'number', true), token('mines', 'word')],
      ],
      [
        [token('may', 'name'), token('kyiv', 'name', true), token('2005', 'number'), token('10', 'number')],
        [token('ghost', 'name', true), token('ghost', 'name', true), token('2005', 'number', true)],
      ],
    ];
    same(reports);
    const { nodes, ix } = buildVectorIndex(reports);
    const l = factLists(reports, nodes, ix);
    // Literal readings: node 0 has one distinct name and one number; node 2 shares "kyiv" (stop there) and "2005" with node 0.
    expect(Array.from(l.lengthOf)).toEqual([3, 1, 3, 0]);
    const r = readings(l, 4);
    expect(r.counts).toEqual([[1, 1], [1, 1], [2, 2], [1, 1]]);
    expect(r.shared[0 * 4 + 2]).toEqual([1, 1]);
    expect(r.shared[1 * 4 + 2]).toEqual([1, 1]);
    expect(r.shared[0 * 4 + 3]).toEqual([0, 1]);
  });

  it('on real news sentences', () => {
    const set = realSentenceReports(3, 40);
    same(set.sentences.map((ss) => ss.map((s) => tokenize(s, { start: 0, end: s.length }))));
  });

  it('on random token lists of a small vocabulary (fast-check)', () => {
    const tok = fc.record({ term: fc.constantFrom('a', 'b', 'c', '1', '2', '@x'), kind: fc.constantFrom<Token['kind']>('word', 'name', 'number'), stop: fc.boolean() }).map((t) => token(t.term, t.kind, t.stop));
    fc.assert(fc.property(fc.array(fc.array(fc.array(tok, { maxLength: 6 }), { maxLength: 4 }), { minLength: 1, maxLength: 3 }), (reports) => same(reports)));
  });

  it('an index without token flags takes the reference', () => {
    const reports: TokenizedReports = [[[token('kyiv', 'name'), token('2005', 'number')]], [[token('kyiv', 'name')]]];
    const nodes = sentenceNodes(reports);
    const ix = indexVectors(nodes, buildVectors(reports));
    expect(readings(factLists(reports, nodes, ix), 2)).toEqual(readings(factListsReference(reports, nodes), 2));
  });
});
