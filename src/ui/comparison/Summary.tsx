import { useId } from 'react';
import type { Comparison } from '../../core/index';
import { KINDS, kindStyle } from '../kinds';
import { Combinations } from '../lens/Combinations';
import type { ListFilter } from './listIds';

/**
 * The summary strip's claim counts: totals, a per-outlet table and the
 * combinations chart, side by side. A disclosure folds it to the totals alone
 * (one line, the default), giving the columns more room. Every count opens
 * the claims list filtered to what it counts.
 */
export function Summary({
  comparison,
  open,
  onOpen,
  onPick,
}: {
  comparison: Comparison;
  open: boolean;
  onOpen: (open: boolean) => void;
  /** Opens the claims list with this filter (the counts and the combinations are links into it). */
  onPick: (filter: ListFilter) => void;
}) {
  const { claims, perReport } = comparison.summary;
  const total = claims.shared + claims.partial + claims.unique;
  const detailsId = useId();
  return (
    <section
      aria-labelledby="summary-title"
      className={`flex max-w-full min-w-0 flex-wrap gap-x-8 gap-y-3 lg:shrink-0 ${open ? 'items-start lg:flex-nowrap' : 'items-center'}`}
    >
      <div className={`flex shrink-0 gap-x-4 gap-y-1.5 ${open ? 'flex-col' : 'flex-row items-center'}`}>
        <h2 id="summary-title" className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => onOpen(!open)}
            className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3 transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}>
              <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Summary
          </button>
        </h2>
        <dl
          className={`text-sm text-stone-600 tabular-nums ${open ? 'grid grid-cols-[auto_auto] gap-x-3 leading-5' : 'flex flex-wrap gap-x-3'}`}
          aria-label="Claims overall"
        >
          <div className={open ? 'contents' : 'flex gap-1'}>
            <dt className="font-medium text-stone-800">Claims</dt>
            <dd className={`font-semibold text-stone-900 ${open ? 'text-right' : ''}`}>
              <CountLink label={`All ${total} claims: open the claims list`} onClick={() => onPick({ kind: null, outlets: null, only: false, q: '' })}>
                {total}
              </CountLink>
            </dd>
          </div>
          {KINDS.map((k) => (
            <div key={k} className={open ? 'contents' : 'flex gap-1'}>
              <dt className="flex items-center gap-1.5">
                <span aria-hidden="true" className={`inline-block size-2 rounded-full ${kindStyle(k).bar}`} />
                {kindStyle(k).label}
              </dt>
              <dd className={`font-semibold text-stone-900 ${open ? 'text-right' : ''}`}>
                <CountLink
                  label={`${claims[k]} ${kindStyle(k).label.toLowerCase()} claims: list them`}
                  onClick={() => onPick({ kind: k, outlets: null, only: false, q: '' })}
                >
                  {claims[k]}
                </CountLink>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {open && (
        <div id={detailsId} className="flex min-w-0 flex-wrap items-start gap-x-8 gap-y-3 lg:flex-nowrap">
          <table className="max-w-full text-xs leading-5">
            <caption className="sr-only">Claims per outlet, by kind</caption>
            <thead>
              <tr className="text-stone-500">
                <th scope="col" className="pr-4 text-left font-medium">
                  Outlet
                </th>
                {KINDS.map((k) => (
                  <th key={k} scope="col" className="px-1.5 text-right font-medium">
                    {kindStyle(k).label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {comparison.reports.map((r, i) => {
                const c = perReport[i];
                return (
                  <tr key={r.id}>
                    <th scope="row" className="pr-4 text-left font-medium text-stone-800">
                      {r.outlet}
                    </th>
                    {KINDS.map((k) => (
                      <td key={k} className="px-1.5 text-right text-stone-700">
                        {c?.[k] ?? 0}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Combinations
            comparison={comparison}
            onPick={(reports) => onPick({ kind: null, outlets: reports.join('.'), only: true, q: '' })}
          />
        </div>
      )}
    </section>
  );
}

function CountLink({ label, onClick, children }: { label: string; onClick: () => void; children: number }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="rounded px-0.5 text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800 focus-visible:outline-2 focus-visible:outline-sky-700"
    >
      {children}
    </button>
  );
}
