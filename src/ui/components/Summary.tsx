import type { Comparison } from '../../core/index';
import { KINDS, kindStyle } from '../kinds';
import { KindBadge, KindSample } from './KindBadge';
import { Combinations } from '../lens/Combinations';

export function Summary({ comparison }: { comparison: Comparison }) {
  const { claims, perReport } = comparison.summary;
  const total = claims.shared + claims.partial + claims.unique;
  return (
    <section aria-labelledby="summary-title" className="max-w-full min-w-0 lg:shrink-0">
      <h2 id="summary-title" className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
        Summary
      </h2>
      <div className="mt-2 flex flex-wrap items-start gap-x-10 gap-y-3 lg:flex-nowrap">
        <dl className="flex gap-5" aria-label="Claims overall">
          <div>
            <dt className="text-xs text-stone-500">Claims</dt>
            <dd className="text-2xl font-semibold text-stone-900 tabular-nums">{total}</dd>
          </div>
          {KINDS.map((k) => (
            <div key={k}>
              <dt className="flex items-center gap-1 text-xs text-stone-500">
                <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${kindStyle(k).bar}`} />
                {kindStyle(k).label}
              </dt>
              <dd className="text-2xl font-semibold text-stone-900 tabular-nums">{claims[k]}</dd>
            </div>
          ))}
        </dl>
        <table className="max-w-full text-sm">
          <caption className="sr-only">Claims per outlet, by kind</caption>
          <thead>
            <tr className="text-xs text-stone-500">
              <th scope="col" className="pr-4 text-left font-medium">
                Outlet
              </th>
              {KINDS.map((k) => (
                <th key={k} scope="col" className="px-2 text-right font-medium">
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
                    <td key={k} className="px-2 text-right text-stone-700">
                      {c?.[k] ?? 0}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <Combinations comparison={comparison} />
      </div>
    </section>
  );
}

export function Legend() {
  return (
    <section aria-labelledby="legend-title" className="min-w-72 flex-1">
      <h2 id="legend-title" className="text-xs font-semibold tracking-[0.14em] text-stone-500 uppercase">
        Legend
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm text-stone-700">
        {KINDS.map((k) => (
          <li key={k} className="flex items-center gap-2">
            <KindSample kind={k} />
            <KindBadge kind={k} />
            <span className="text-stone-600">{kindStyle(k).description}</span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="rounded-sm bg-sky-100 px-1 font-serif text-sm shadow-[0_0_0_2px_var(--color-sky-500)]">
            Text
          </span>
          <span className="text-stone-600">same claim as the sentence under the pointer</span>
        </li>
      </ul>
      <p className="mt-2.5 text-xs text-stone-500">
        Hover or focus a sentence to find the same claim in the other reports; click it or press Enter to compare the
        wording. ↑ ↓ move between sentences, ← → jump to the next report.
      </p>
    </section>
  );
}
