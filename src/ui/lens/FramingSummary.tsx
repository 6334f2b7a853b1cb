/**
 * The Framing summary: per outlet, side by side, who speaks, how it names the
 * actors, its loaded and hedging words and the figures it gives; then the
 * facts matrix (figure × outlet) as a table. Reads on its own.
 */
import { useId, useMemo, type CSSProperties } from 'react';
import type { Comparison } from '../../core/index';
import { CloseIcon } from '../components/icons';
import { figureRows, figuresFor, type FigureRow } from './facts/marks';
import { LENSES } from './registry';
import { outletNamer } from './shared';
import { summarySections } from './views';

import { FRAMING_PANEL_ID } from './panelIds';
export { FRAMING_PANEL_ID } from './panelIds';

function Matrix({ comparison, rows, caption }: { comparison: Comparison; rows: FigureRow[]; caption: string }) {
  const outletOf = outletNamer(comparison);
  const ids = comparison.facts.reports;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="mb-1.5 text-left text-xs text-stone-500">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-xs text-stone-500">
            <th scope="col" className="py-1 pr-4 text-left font-medium">
              Figure
            </th>
            {ids.map((id) => (
              <th key={id} scope="col" className="px-3 py-1 text-center font-medium">
                {outletOf(id)}
              </th>
            ))}
            <th scope="col" className="px-3 py-1 text-left font-medium">
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row.key} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="py-1 pr-4 text-left font-normal text-stone-800">
                {r.text}{' '}
                <span className="ml-1 text-xs text-stone-500">{r.row.kind}</span>
              </th>
              {r.row.cells.map((cell, i) => (
                <td key={i} className={`px-3 py-1 text-center ${r.disputed[i] ? 'font-semibold text-red-800' : cell.length ? 'text-emerald-800' : 'text-stone-300'}`}>
                  {cell.length === 0 ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">not given</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">{r.disputed[i] ? '≠' : '✓'}</span>
                      <span className="sr-only">{r.disputed[i] ? 'given, contradicted by another outlet' : 'given'}</span>
                    </>
                  )}
                </td>
              ))}
              <td className="px-3 py-1 text-xs text-red-800">
                {r.dispute &&
                  `⚠ Outlets disagree on “${r.dispute.what}”: ${r.dispute.values.map((v) => `${outletOf(v.report)} ${v.values.join(', ')}`).join('; ')}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FramingSummary({ comparison, onClose, sheet = false }: { comparison: Comparison; onClose: () => void; sheet?: boolean }) {
  const titleId = useId();
  const figures = useMemo(() => figuresFor(comparison), [comparison]);
  const names = useMemo(() => figureRows(comparison, 'names'), [comparison]);
  return (
    <section
      id={FRAMING_PANEL_ID}
      aria-labelledby={titleId}
      data-panel="framing"
      tabIndex={-1}
      className={
        sheet
          ? 'fixed inset-x-0 top-[10vh] bottom-0 z-40 overflow-y-auto overscroll-contain rounded-t-2xl bg-white shadow-2xl'
          : 'max-h-[40%] shrink-0 overflow-y-auto border-b-2 border-stone-300 bg-white'
      }
    >
      <div className="sticky top-0 z-20 flex items-center justify-between gap-4 border-b border-stone-200 bg-white/95 px-5 py-2.5 backdrop-blur lg:px-6">
        <div>
          <h2 id={titleId} className="font-serif text-lg font-semibold text-stone-900">
            Framing summary
          </h2>
          <p className="text-xs text-stone-500">
            How each outlet tells it: who speaks, how it names the actors, which loaded words and which figures it uses. Rule-based
            counts: tone is a property of the word, not a verdict on the report.
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          <CloseIcon className="size-4" />
          Close<span className="sr-only"> the framing summary</span>
        </button>
      </div>
      <div
        className="grid grid-cols-1 divide-y divide-stone-200 lg:grid-cols-[repeat(var(--cols),minmax(0,1fr))] lg:divide-x lg:divide-y-0"
        style={{ '--cols': comparison.reports.length } as CSSProperties}
      >
        {comparison.reports.map((r, i) => (
          <article key={r.id} aria-label={`Framing: ${r.outlet}`} className="px-5 py-4">
            <h3 className="mb-3 font-serif text-base font-semibold text-stone-900">{r.outlet}</h3>
            {summarySections(LENSES).map(({ id, Section }) => (
              <Section key={id} comparison={comparison} index={i} />
            ))}
          </article>
        ))}
      </div>
      <div className="border-t border-stone-200 px-5 py-4 lg:px-6">
        <h3 className="font-serif text-base font-semibold text-stone-900">Figures across outlets</h3>
        {comparison.facts.discrepancies.length > 0 && (
          <p className="mt-1 text-sm text-red-800">
            ⚠ {comparison.facts.discrepancies.length === 1 ? 'One place where' : `${comparison.facts.discrepancies.length} places where`} the
            outlets give values that never agree (marked ≠). A flag asks for a check; it is not always an error.
          </p>
        )}
        <div className="mt-2">
          {figures.length === 0 ? (
            <p className="text-sm text-stone-500 italic">No numbers, sums or dates in these reports.</p>
          ) : (
            <Matrix comparison={comparison} rows={figures} caption="Which outlet gives which figure (✓ given, — not given, ≠ contradicted)" />
          )}
        </div>
        {names.length > 0 && (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-stone-700 hover:text-stone-900">
              People, organisations and places named ({names.length})
            </summary>
            <div className="mt-2">
              <Matrix comparison={comparison} rows={names} caption="Which outlet names whom" />
            </div>
          </details>
        )}
      </div>
    </section>
  );
}
