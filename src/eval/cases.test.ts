import { describe, expect, it } from 'vitest';
import { CaseError, checkLinks, parseCase, parseCases } from './cases';

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
      line: 1,
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

describe('checkLinks (against the sentences the core made)', () => {
  const c = parseCase('{"reports":[{"text":"One. Two."},{"text":"Three."}],"links":[[0,1,1,0],[0,0,1,2]]}', 4);
  it.each([
    ['every link inside', [2, 3], undefined],
    ['a link past report 1', [2, 1], 'line 4: link 1 names sentence 2 of report 1, which has 1 (after cleaning and segmentation)'],
    ['a link past report 0', [1, 3], 'line 4: link 0 names sentence 1 of report 0, which has 1 (after cleaning and segmentation)'],
    ['a report with no sentences', [2, 0], 'line 4: link 0 names sentence 0 of report 1, which has 0 (after cleaning and segmentation)'],
  ])('%s', (_name, counts, message) => {
    if (message === undefined) expect(() => checkLinks(c, counts)).not.toThrow();
    else expect(() => checkLinks(c, counts)).toThrow(new CaseError(4, message.replace(/^line 4: /, '')));
  });

  it('a BOM before the first line is not part of it', () => {
    const ok = '{"reports":[{"sentences":["A."]},{"sentences":["B."]}]}';
    expect(parseCases(`\uFEFF${ok}\n`)).toHaveLength(1);
    expect(() => parseCases(`\uFEFF${ok}\n\uFEFF${ok}`)).toThrow('line 2: not valid JSON');
  });
});
