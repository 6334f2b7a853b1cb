/**
 * The claims list: one row per claim (kind, the outlets that state it, the
 * claim in brief, how strong its links are), sortable, filtered by kind, by
 * outlet or combination of outlets and by text. The filters are view fields
 * (kind, outlets, only, q: in the address); the sort is this page's only.
 * Choosing a row selects the claim (the columns scroll to it, its panel opens).
 */
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClaimKind, Comparison } from '../../core/index';
import { CloseIcon } from '../components/icons';
import { KindBadge } from '../components/KindBadge';
import { KINDS, kindStyle } from '../kinds';
import { claimRows, filterRows, outletField, outletList, sortRows, type ClaimRow, type SortDir, type SortKey } from './claimsList';

import { CLAIMS_LIST_ID, CLAIMS_TABLE_ID, type ListFilter } from './listIds';
export { CLAIMS_LIST_ID, CLAIMS_TABLE_ID, listFilterOf, type ListFilter } from './listIds';

interface Props {
  comparison: Comparison;
  filter: ListFilter;
  onFilter: (update: Partial<ListFilter>) => void;
  selected: string | null;
  onOpen: (claim: string) => void;
  onClose: () => void;
  /** Narrow screens: a sheet over the page (a modal dialog); wide: a panel over the columns. */
  sheet: boolean;
}

/**
 * Columns of the table. Edit and note marks (a later feature) get a column
 * here once claims carry them; until then nothing is shown, rather than an empty mark.
 */
type Column = { key: SortKey; label: string; className: string };
const COLUMNS: Column[] = [
  { key: 'order', label: '#', className: 'w-10 text-right' },
  { key: 'kind', label: 'Kind', className: 'w-24' },
  { key: 'outlets', label: 'Outlets', className: 'w-28' },
  { key: 'text', label: 'Claim (shortest wording)', className: '' },
  { key: 'strength', label: 'Match', className: 'w-28' },
];

export function ClaimsList({ comparison, filter, onFilter, selected, onOpen, onClose, sheet }: Props) {
  const titleId = useId();
  const countId = useId();
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'order', dir: 'ascending' });
  const rows = useMemo(() => claimRows(comparison), [comparison]);
  const outlets = outletList(filter.outlets);
  const shown = useMemo(
    () => sortRows(filterRows(rows, { kind: filter.kind, outlets, only: filter.only, q: filter.q }), sort.key, sort.dir),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, filter.kind, filter.outlets, filter.only, filter.q, sort],
  );
  const names = comparison.reports.map((r) => r.outlet);
  const filtered = filter.kind !== null || outlets !== null || filter.q.trim() !== '';
  const closeRef = useRef<HTMLButtonElement>(null);

  const toggleOutlet = (i: number) => {
    const cur = outlets ?? [];
    const next = cur.includes(i) ? cur.filter((o) => o !== i) : [...cur, i];
    onFilter({ outlets: outletField(next), only: next.length === 0 ? false : filter.only });
  };

  const body = (
    <section
      id={CLAIMS_LIST_ID}
      data-panel="claims"
      role={sheet ? 'dialog' : 'region'}
      aria-modal={sheet ? true : undefined}
      aria-labelledby={titleId}
      tabIndex={-1}
      className={
        sheet
          ? 'fixed inset-x-0 top-[12vh] bottom-0 z-40 flex flex-col rounded-t-2xl bg-white shadow-2xl'
          : 'absolute inset-y-0 left-0 z-20 flex w-[min(40rem,62vw)] flex-col border-r border-stone-300 bg-white shadow-2xl'
      }
    >
      <div className="flex items-start justify-between gap-3 border-b border-stone-200 px-4 py-3">
        <div>
          <h2 id={titleId} className="text-sm font-semibold text-stone-900">
            Claims list
          </h2>
          <p id={countId} className="text-xs text-stone-600 tabular-nums" role="status" aria-live="polite">
            {filtered ? `${shown.length} of ${rows.length} claims` : `All ${rows.length} claims`}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {filtered && (
            <button
              type="button"
              onClick={() => onFilter({ kind: null, outlets: null, only: false, q: '' })}
              className="rounded px-1.5 py-1 text-xs text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
            >
              Clear filters
            </button>
          )}
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            aria-label="Close claims list"
            title="Close (Esc)"
            className="rounded-md p-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            <CloseIcon className="size-4" />
          </button>
        </div>
      </div>

      <div className="space-y-2 border-b border-stone-200 px-4 py-2.5 text-sm">
        <fieldset className="flex flex-wrap items-center gap-x-1 gap-y-1">
          <legend className="float-left mr-2 text-xs font-semibold text-stone-600">Kind</legend>
          <Choice name={`${titleId}-kind`} checked={filter.kind === null} onChange={() => onFilter({ kind: null })}>
            All kinds
          </Choice>
          {KINDS.map((k) => (
            <Choice key={k} name={`${titleId}-kind`} checked={filter.kind === k} onChange={() => onFilter({ kind: k })} kind={k}>
              {kindStyle(k).label}
            </Choice>
          ))}
        </fieldset>
        <div role="group" aria-label="Outlets" className="flex flex-wrap items-center gap-1">
          <span aria-hidden="true" className="mr-2 text-xs font-semibold text-stone-600">
            Stated by
          </span>
          {names.map((name, i) => (
            <button
              key={i}
              type="button"
              aria-pressed={outlets?.includes(i) ?? false}
              onClick={() => toggleOutlet(i)}
              className="rounded-full border border-stone-300 px-2.5 py-0.5 text-xs text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700 aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white"
            >
              {name}
            </button>
          ))}
          {outlets && (
            <label className="ml-2 flex items-center gap-1.5 text-xs text-stone-700">
              <input
                type="checkbox"
                checked={filter.only}
                onChange={(e) => onFilter({ only: e.target.checked })}
                className="size-3.5 accent-stone-800 focus-visible:outline-2 focus-visible:outline-sky-700"
              />
              only {outlets.length === 1 ? 'this outlet' : 'these outlets'}
            </label>
          )}
        </div>
        <label className="flex items-center gap-2">
          <span className="text-xs font-semibold text-stone-600">Search</span>
          <input
            type="search"
            value={filter.q}
            onChange={(e) => onFilter({ q: e.target.value })}
            placeholder="words in any outlet’s sentence"
            aria-label="Search claims"
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900 placeholder:text-stone-500 focus-visible:outline-2 focus-visible:outline-sky-700"
          />
        </label>
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto">
        <table id={CLAIMS_TABLE_ID} aria-label="Claims" aria-describedby={countId} className="w-full table-fixed text-sm" tabIndex={-1}>
          <thead className="sticky top-0 z-10 bg-stone-50 text-xs text-stone-600 shadow-[0_1px_0_var(--color-stone-200)]">
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? sort.dir : undefined} className={`px-2 py-1.5 text-left font-medium ${c.className}`}>
                    <button
                      type="button"
                      onClick={() =>
                        setSort(active ? { key: c.key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key: c.key, dir: 'ascending' })
                      }
                      className="inline-flex items-center gap-1 rounded hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700"
                    >
                      {c.key === 'order' ? <span aria-label="Reading order">#</span> : c.label}
                      <span aria-hidden="true" className={active ? 'text-stone-900' : 'text-stone-400'}>
                        {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <Row key={r.id} row={r} names={names} selected={selected === r.id} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="px-4 py-6 text-sm text-stone-600">No claim matches these filters.</p>}
      </div>
    </section>
  );
  if (!sheet) return body;
  return (
    <>
      <div className="fixed inset-0 z-30 bg-stone-900/30" aria-hidden="true" onClick={onClose} />
      {body}
    </>
  );
}

function Choice({ name, checked, onChange, kind, children }: { name: string; checked: boolean; onChange: () => void; kind?: ClaimKind; children: ReactNode }) {
  return (
    <label className="relative flex cursor-pointer items-center gap-1 rounded-full border border-stone-300 px-2.5 py-0.5 text-xs text-stone-700 has-checked:border-stone-900 has-checked:bg-stone-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-sky-700">
      <input type="radio" name={name} checked={checked} onChange={onChange} className="absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0" />
      {kind && <span aria-hidden="true" className={`inline-block size-2 rounded-full ${kindStyle(kind).bar}`} />}
      {children}
    </label>
  );
}

function Row({ row, names, selected, onOpen }: { row: ClaimRow; names: string[]; selected: boolean; onOpen: (claim: string) => void }) {
  const stated = row.reports.map((i) => names[i] ?? `Report ${i + 1}`);
  return (
    <tr
      data-claim-row={row.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(row.id)}
      className="cursor-pointer border-b border-stone-100 align-top hover:bg-stone-50 aria-[current=true]:bg-sky-50"
    >
      <td className="px-2 py-1.5 text-right font-mono text-xs text-stone-600">{row.id}</td>
      <td className="px-2 py-1.5">
        <KindBadge kind={row.kind} />
      </td>
      <td className="px-2 py-1.5">
        <span className="flex gap-0.5" title={stated.join(', ')}>
          {names.map((n, i) => {
            const on = row.reports.includes(i);
            return (
              <span
                key={i}
                aria-hidden="true"
                className={`inline-flex size-5 items-center justify-center rounded text-[0.65rem] font-semibold ${on ? 'bg-stone-700 text-white' : 'border border-dashed border-stone-300 text-stone-400'}`}
              >
                {n.slice(0, 1).toUpperCase()}
              </span>
            );
          })}
        </span>
        <span className="sr-only">{stated.join(', ')}</span>
      </td>
      <td className="px-2 py-1.5">
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row.id);
          }}
          className="line-clamp-3 rounded text-left font-serif text-[0.95rem] leading-snug text-stone-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-700"
        >
          {row.text}
        </button>
        {(row.edited || row.note) && (
          <span className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-violet-900">
            {row.edited && (
              <span>
                <span aria-hidden="true">✎ </span>Edited
              </span>
            )}
            {row.note && (
              <span className="line-clamp-2" title={row.note}>
                <span aria-hidden="true">¶ </span>
                <span className="font-medium">Note:</span> {row.note}
              </span>
            )}
          </span>
        )}
      </td>
      <td className="px-2 py-1.5 text-xs">
        {row.strength === 'possible' ? (
          <span className="inline-flex items-center gap-1 rounded bg-white px-1.5 py-0.5 font-medium text-amber-900 ring-1 ring-amber-700/50 ring-inset">
            <span aria-hidden="true">?</span> Possible
          </span>
        ) : row.weakest === null ? (
          <span className="text-stone-500">no link</span>
        ) : (
          <span className="text-stone-700">Strong</span>
        )}
        {row.weakest !== null && <span className="block text-stone-600 tabular-nums">weakest {Math.round(row.weakest * 100)}%</span>}
      </td>
    </tr>
  );
}
