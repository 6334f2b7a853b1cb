/** The Facts lens's legend, framing-summary section and marks (a chunk loaded when the lens is first shown: views.ts). */
import type { Comparison } from '../../../core/index';
import { H4, Item, Sample } from '../legend';
import { lensText } from '../LensText';
import type { LensView } from '../types';
import { DISCREPANCY_CLASS, FACT_MARKS, factStyle, figuresFor, lensMarks } from './marks';

function Legend() {
  return (
    <>
      {FACT_MARKS.map((k) => (
        <Item key={k} sample={<Sample className={factStyle(k).className} children={k === 'money' ? '$10' : k === 'date' ? '1997' : '32'} />} label={factStyle(k).label} cue={factStyle(k).cue} />
      ))}
      <Item sample={<Sample className={`${factStyle('date').className} ${DISCREPANCY_CLASS}`} children="1999 ≠" />} label="Outlets disagree" cue="outlined, ≠" />
    </>
  );
}

function Summary({ comparison, index: reportIndex }: { comparison: Comparison; index: number }) {
  const rows = figuresFor(comparison);
  const index = comparison.facts.reports.indexOf(comparison.reports[reportIndex]!.id);
  const mine = rows.filter((r) => (r.row.cells[index]?.length ?? 0) > 0);
  return (
    <>
      <H4>Figures it gives</H4>
      {mine.length === 0 ? (
        <p className="text-sm text-stone-500 italic">No numbers, sums or dates.</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {mine.map((r) => (
            <li
              key={r.row.key}
              className={`rounded px-1.5 py-px tabular-nums ${r.disputed[index] ? 'bg-red-50 text-red-900 ring-1 ring-red-400' : 'bg-stone-100 text-stone-800'}`}
            >
              {r.disputed[index] && <span aria-hidden="true">≠ </span>}
              {r.row.cells[index]![0] ? r.text : r.row.label}
              {r.disputed[index] && <span className="sr-only"> (other outlets disagree)</span>}
              {r.row.reports > 1 && <span className="text-xs text-stone-600"> · {r.row.reports} outlets</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const view = { Legend, SummarySection: Summary, marks: lensMarks, text: lensText } satisfies LensView;
