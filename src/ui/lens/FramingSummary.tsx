/**
 * The Framing summary: per outlet, side by side, who speaks, how it names the
 * actors, its loaded and hedging words and the figures it gives; then the
 * facts matrix (figure × outlet) as a table. Reads on its own.
 */
import { useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Comparison, ReportResult, VoiceKind } from '../../core/index';
import { CloseIcon } from '../components/icons';
import { LOADED_CATEGORIES, loadedStyle } from './lens';
import { outletNamer } from './marks';
import { figureRows, wordUses, type FigureRow } from './framingSummary';

export const FRAMING_PANEL_ID = 'framing-summary';

const percent = (x: number) => `${Math.round(x * 100)}%`;

function H4({ children }: { children: ReactNode }) {
  return <h4 className="mt-4 mb-1.5 text-xs font-semibold tracking-[0.1em] text-stone-500 uppercase first:mt-0">{children}</h4>;
}

const KIND_WORDS: Record<VoiceKind, string> = { quote: 'with quotation', reported: 'reported speech', unattributed: 'in its own voice' };

function Voices({ report }: { report: ReportResult }) {
  const v = report.framing.voices.summary;
  const total = v.kinds.quote + v.kinds.reported + v.kinds.unattributed;
  return (
    <>
      <H4>Who speaks</H4>
      <p className="text-sm text-stone-700">
        <span className="font-semibold text-stone-900 tabular-nums">{percent(v.quoteShare)}</span> of the text is direct quotation.
      </p>
      <div className="mt-1.5 flex h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
        <div className="bg-violet-500" style={{ width: percent(total ? v.kinds.quote / total : 0) }} />
        <div className="bg-violet-300" style={{ width: percent(total ? v.kinds.reported / total : 0) }} />
        <div className="bg-orange-300" style={{ width: percent(total ? v.kinds.unattributed / total : 0) }} />
      </div>
      <p className="mt-1 text-xs text-stone-600 tabular-nums">
        Sentences:{' '}
        {(['quote', 'reported', 'unattributed'] as const).map((k, i) => (
          <span key={k}>
            {i > 0 && ', '}
            {v.kinds[k]} {KIND_WORDS[k]}
          </span>
        ))}
      </p>
      {v.speakers.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500 italic">No one is quoted or cited.</p>
      ) : (
        <ol className="mt-2 space-y-1 text-sm" aria-label={`Quoted or cited by ${report.outlet}`}>
          {v.speakers.map((s) => (
            <li key={s.name} className="flex items-baseline justify-between gap-3">
              <span className="min-w-0">
                <span className="font-medium text-stone-900">{s.name}</span>
                {s.role && <span className="text-stone-500">{/^(of|from|at|in)\b/i.test(s.role) ? ' ' : ', '}{s.role}</span>}
                {s.type !== 'person' && <span className="text-stone-500"> ({s.type})</span>}
              </span>
              <span className="shrink-0 text-xs text-stone-600 tabular-nums">
                {s.sentences}× {s.quoted > 0 && <span>({s.quoted} quoted)</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Labels({ report }: { report: ReportResult }) {
  const actors = report.framing.actors.actors;
  return (
    <>
      <H4>How it names the actors</H4>
      {actors.length === 0 ? (
        <p className="text-sm text-stone-500 italic">No actor labels found.</p>
      ) : (
        <dl className="space-y-1.5 text-sm">
          {actors.map((a) => (
            <div key={a.actor}>
              <dt className="text-xs text-stone-500">{a.name}</dt>
              <dd className="flex flex-wrap gap-x-2 gap-y-0.5 text-stone-800">
                {a.labels.map((l, i) => (
                  <span key={l.label} data-tone={l.tone}>
                    <span className={l.tone === 'loaded' ? 'font-semibold text-rose-900 underline decoration-rose-600 decoration-wavy underline-offset-[3px]' : ''}>
                      {l.label}
                    </span>
                    <span className="text-stone-500 tabular-nums"> ×{l.count}</span>
                    {l.tone === 'loaded' && <span className="ml-1 rounded bg-rose-50 px-1 text-[0.65rem] font-semibold text-rose-800 uppercase ring-1 ring-rose-200">loaded</span>}
                    {i < a.labels.length - 1 && <span aria-hidden="true" className="text-stone-300">,</span>}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function Words({ comparison, index }: { comparison: Comparison; index: number }) {
  const uses = wordUses(comparison, index);
  return (
    <>
      <H4>Loaded and hedging words</H4>
      {uses.length === 0 ? (
        <p className="text-sm text-stone-500 italic">None from the lexicon.</p>
      ) : (
        <div className="space-y-1.5 text-sm">
          {LOADED_CATEGORIES.filter((c) => uses.some((u) => u.category === c)).map((c) => (
            <div key={c}>
              <p className="text-xs text-stone-500">{loadedStyle(c).label}</p>
              <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-stone-800">
                {uses
                  .filter((u) => u.category === c)
                  .map((u) => (
                    <li key={u.term} title={u.explain}>
                      {u.words}
                      <span className="text-stone-500 tabular-nums">
                        {' '}
                        ×{u.count}
                        {u.quoted > 0 && `, ${u.quoted} quoted`}
                      </span>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

function Figures({ rows, index }: { rows: FigureRow[]; index: number }) {
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

export function FramingSummary({ comparison, onClose }: { comparison: Comparison; onClose: () => void }) {
  const titleId = useId();
  const figures = useMemo(() => figureRows(comparison, 'figures'), [comparison]);
  const names = useMemo(() => figureRows(comparison, 'names'), [comparison]);
  const col = (id: string) => comparison.facts.reports.indexOf(id);
  return (
    <section
      id={FRAMING_PANEL_ID}
      aria-labelledby={titleId}
      className="border-b-2 border-stone-300 bg-white lg:max-h-[50%] lg:shrink-0 lg:overflow-y-auto"
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
            <Voices report={r} />
            <Labels report={r} />
            <Words comparison={comparison} index={i} />
            <Figures rows={figures} index={col(r.id)} />
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
