import { describe, expect, it } from 'vitest';
import { CaseError, parseCase, parseCases } from './cases';

describe('parseCase', () => {
  it('reads pre-split sentences and orders each link as r1 < r2', () => {
    const c = parseCase('{"id":"x","reports":[{"id":"a","sentences":["A."]},{"id":"b","sentences":["B.","C."]}],"links":[[1,1,0,0]]}', 1);
    expect(c).toEqual({
      id: 'x',
      reports: [
        { id: 'a', outlet: 'a', sentences: ['A.'] },
        { id: 'b', outlet: 'b', sentences: ['B.', 'C.'] },
      ],
      links: [[0, 0, 1, 1]],
    });
  });

  it('reads raw text reports', () => {
    expect(parseCase('{"reports":[{"text":"One."},{"text":"Two."}]}', 7).reports).toEqual([
      { id: 'report-0', outlet: 'report-0', text: 'One.' },
      { id: 'report-1', outlet: 'report-1', text: 'Two.' },
    ]);
  });

  it.each([
    ['{"id":1', 'line 3: not valid JSON'],
    ['[]', 'line 3: expected a JSON object'],
    ['{"reports":[{"sentences":["A."]}]}', 'line 3: "reports" must be an array of at least 2 reports'],
    ['{"reports":[{"sentences":["A."]},{"sentences":[1]}]}', 'line 3: report 1 needs "sentences"'],
    ['{"reports":[{"sentences":["A."]},{"sentences":["B."]}],"links":[[0,0,1,5]]}', 'line 3: link 0 names sentence 5 of report 1, which has 1'],
    ['{"reports":[{"sentences":["A."]},{"sentences":["B."]}],"links":[[0,0,0,0]]}', 'line 3: link 0 joins two sentences of the same report'],
    ['{"reports":[{"sentences":["A."]},{"sentences":["B."]}],"links":[[0,0,-1,0]]}', 'line 3: link 0 must be [r1, s1, r2, s2]'],
  ])('names the line and the problem: %s', (json, message) => {
    expect(() => parseCase(json, 3)).toThrow(CaseError);
    expect(() => parseCase(json, 3)).toThrow(message);
  });
});

describe('parseCases', () => {
  it('skips blank lines and counts lines from 1', () => {
    const ok = '{"reports":[{"sentences":["A."]},{"sentences":["B."]}]}';
    expect(parseCases(`${ok}\n\n${ok}\n`)).toHaveLength(2);
    expect(() => parseCases(`${ok}\n\nnope`)).toThrow('line 3:');
  });
});
