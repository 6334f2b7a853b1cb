import { describe, expect, it } from 'vitest';
import { splitRuns, type MarkSpan } from './runs';

interface M extends MarkSpan {
  id: string;
}
const m = (id: string, start: number, end: number): M => ({ id, start, end });
const view = (runs: ReturnType<typeof splitRuns<M>>) => runs.map((r) => [r.text, r.marks.map((x) => x.id).join(',')]);

const TEXT = 'Alpha beta gamma. Delta epsilon zeta.';
//            0    5    10   15 18   23      31   36

describe('splitRuns', () => {
  it('no marks: one plain run over the sentence', () => {
    expect(view(splitRuns(TEXT, 0, 17, []))).toEqual([['Alpha beta gamma.', '']]);
  });

  it('one mark in the middle', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('b', 6, 10)]))).toEqual([
      ['Alpha ', ''],
      ['beta', 'b'],
      [' gamma.', ''],
    ]);
  });

  it('marks at the very start and end', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('a', 0, 5), m('g', 11, 17)]))).toEqual([
      ['Alpha', 'a'],
      [' beta ', ''],
      ['gamma.', 'g'],
    ]);
  });

  it('nested marks: the outer one is listed first', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('inner', 6, 10), m('outer', 0, 16)]))).toEqual([
      ['Alpha ', 'outer'],
      ['beta', 'outer,inner'],
      [' gamma', 'outer'],
      ['.', ''],
    ]);
  });

  it('overlapping marks: cut at every boundary', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('x', 0, 10), m('y', 6, 16)]))).toEqual([
      ['Alpha ', 'x'],
      ['beta', 'x,y'],
      [' gamma', 'y'],
      ['.', ''],
    ]);
  });

  it('same span twice: both listed, in input order', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('p', 6, 10), m('q', 6, 10)]))).toEqual([
      ['Alpha ', ''],
      ['beta', 'p,q'],
      [' gamma.', ''],
    ]);
  });

  it('a mark crossing the sentence start is clipped', () => {
    expect(view(splitRuns(TEXT, 18, 37, [m('c', 11, 23)]))).toEqual([
      ['Delta', 'c'],
      [' epsilon zeta.', ''],
    ]);
  });

  it('a mark crossing the sentence end is clipped', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('c', 11, 23)]))).toEqual([
      ['Alpha beta ', ''],
      ['gamma.', 'c'],
    ]);
  });

  it('a mark covering more than the whole sentence', () => {
    expect(view(splitRuns(TEXT, 18, 37, [m('all', 0, 99)]))).toEqual([['Delta epsilon zeta.', 'all']]);
  });

  it('marks outside, empty or inverted are ignored', () => {
    expect(view(splitRuns(TEXT, 0, 17, [m('out', 20, 25), m('empty', 3, 3), m('inv', 9, 4), m('nan', Number.NaN, 4)]))).toEqual([
      ['Alpha beta gamma.', ''],
    ]);
  });

  it('adjacent marks stay separate runs', () => {
    expect(view(splitRuns(TEXT, 0, 10, [m('a', 0, 5), m('b', 5, 10)]))).toEqual([
      ['Alpha', 'a'],
      [' beta', 'b'],
    ]);
  });

  it('runs tile the sentence exactly, whatever the marks', () => {
    const marks = [m('a', -5, 3), m('b', 2, 30), m('c', 7, 8), m('d', 12, 40), m('e', 15, 15)];
    const runs = splitRuns(TEXT, 0, 37, marks);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
    for (const r of runs) expect(r.text).toBe(TEXT.slice(r.start, r.end));
  });

  it('a range beyond the text is clamped; an empty range gives no runs', () => {
    expect(view(splitRuns('short', 0, 50, []))).toEqual([['short', '']]);
    expect(splitRuns(TEXT, 5, 5, [m('a', 0, 9)])).toEqual([]);
  });
});
