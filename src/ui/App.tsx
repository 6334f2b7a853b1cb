import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ClaimKind, Comparison, ReportInput } from '../core/index';
import { manifestQueryOptions, reportTextQueryOptions, type ManifestEvent } from './data';
import { formatDate } from './kinds';
import { indexClaims, reportsInClaim } from './layout';
import { resolveView } from './urlState';
import { useComparison } from './useComparison';
import { useMediaQuery, WIDE } from './useMediaQuery';
import { useUrlState } from './useUrlState';
import { ClaimPanel } from './components/ClaimPanel';
import { InfoIcon, LogoMark } from './components/icons';
import { KindDescriptions, ReportColumn, type ActiveSentence } from './components/ReportColumn';
import { ColumnsSkeleton, EmptyState, ErrorState } from './components/States';
import { SensitivityControl } from './components/Sensitivity';
import { Legend, Summary } from './components/Summary';

export function App() {
  const manifest = useQuery(manifestQueryOptions());
  const [view, setView] = useUrlState();
  // A link that asked for something missing leaves a notice (kept after the address is corrected).
  const [notice, setNotice] = useState<string | null>(null);

  const eventIds = useMemo(() => manifest.data?.events.map((e) => e.id) ?? [], [manifest.data]);
  const eventResolution = resolveView(view, { events: eventIds, claims: null });
  const event: ManifestEvent | undefined = manifest.data?.events.find((e) => e.id === eventResolution.state.event);

  const texts = useQueries({
    queries: (event?.reports ?? []).map((r) => reportTextQueryOptions(r.file)),
  });
  const reports = useStableReports(event, texts.map((t) => t.data));
  // The slider writes the address at once; the worker re-runs once it rests for a moment.
  const sensitivity = useDebounced(view.sensitivity, 150);
  const comparison = useComparison(reports, { sensitivity });
  // While re-analysing, the previous result stays on screen (dimmed).
  const data = comparison.data ?? (comparison.status === 'pending' ? comparison.stale : undefined);
  const reanalysing = !!data && (comparison.status === 'pending' || sensitivity !== view.sensitivity);

  // A re-analysis renumbers claims: the selection follows the sentence it was made on.
  const selectionRef = useRef<{ data: Comparison; claim: string } | null>(null);
  const carriedClaim = carrySelection(selectionRef.current, data, view.claim);
  const viewNow = carriedClaim === view.claim ? view : { ...view, claim: carriedClaim };

  const claimIds = useMemo(() => (data ? new Set(data.claims.map((c) => c.id)) : null), [data]);
  const resolved = manifest.data ? resolveView(viewNow, { events: eventIds, claims: claimIds }) : null;
  const resolvedNotice = resolved?.notice ?? null;

  // Write the resolved view back (a copied address then names the event explicitly).
  const resolvedEvent = resolved?.state.event ?? null;
  const resolvedClaim = resolved?.state.claim ?? null;
  useEffect(() => {
    if (!manifest.data) return;
    if (resolvedNotice) setNotice(resolvedNotice);
    const patch: { event?: string | null; claim?: string | null } = {};
    if (resolvedEvent !== view.event) patch.event = resolvedEvent;
    if (claimIds && resolvedClaim !== view.claim) patch.claim = resolvedClaim;
    if (Object.keys(patch).length > 0) setView(patch);
  }, [manifest.data, claimIds, resolvedEvent, resolvedClaim, resolvedNotice, view.event, view.claim, setView]);

  useEffect(() => {
    document.title = event ? `${event.title} · Parallax` : 'Parallax';
  }, [event]);

  const wide = useMediaQuery(WIDE);
  const claimsById = useMemo(() => (data ? indexClaims(data) : new Map()), [data]);
  const kindOf = useMemo(() => new Map<string, ClaimKind>(data?.claims.map((c) => [c.id, c.kind]) ?? []), [data]);
  const spreadOf = useMemo(() => new Map<string, number>(data?.claims.map((c) => [c.id, reportsInClaim(c)]) ?? []), [data]);
  const selectedClaim = data && viewNow.claim && claimsById.has(viewNow.claim) ? claimsById.get(viewNow.claim)! : null;
  useEffect(() => {
    if (data && selectedClaim) selectionRef.current = { data, claim: selectedClaim.id };
  }, [data, selectedClaim]);

  // Hover / focus: which sentence is active, its counterparts are highlighted.
  const [active, setActive] = useState<ActiveSentence | null>(null);
  const onActivate = useCallback((a: ActiveSentence) => setActive(a), []);
  const onDeactivate = useCallback(
    (a: ActiveSentence) => setActive((cur) => (cur && cur.report === a.report && cur.sentence === a.sentence ? null : cur)),
    [],
  );
  const lastSelectedFrom = useRef<HTMLElement | null>(null);
  const onSelect = useCallback(
    (claim: string) => {
      lastSelectedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setView((prev) => ({ ...prev, claim: prev.claim === claim ? null : claim }), { push: true });
    },
    [setView],
  );
  const closePanel = useCallback(() => {
    setView({ claim: null }, { push: true });
    const back = lastSelectedFrom.current;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }, [setView]);
  const stepClaim = useCallback(
    (delta: 1 | -1) => {
      if (!data || !selectedClaim) return;
      const i = data.claims.indexOf(selectedClaim);
      const next = data.claims[i + delta];
      if (next) setView({ claim: next.id }, { push: false });
    },
    [data, selectedClaim, setView],
  );

  useEffect(() => {
    if (!selectedClaim) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closePanel();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedClaim, closePanel]);

  // Bring counterparts into view inside their own column (wide screens only: columns scroll there).
  useEffect(() => {
    if (!active || !wide) return;
    const t = window.setTimeout(() => scrollCounterparts(active.claim, active.report), 120);
    return () => window.clearTimeout(t);
  }, [active, wide]);
  useEffect(() => {
    if (!selectedClaim || !wide) return;
    const t = window.setTimeout(() => scrollCounterparts(selectedClaim.id, -1), 50);
    return () => window.clearTimeout(t);
  }, [selectedClaim, wide]);

  const setRemoved = (removed: boolean) => setView({ removed });
  const setSensitivity = useCallback((value: number) => setView({ sensitivity: value }), [setView]);
  const removedCount = data?.reports.reduce((n, r) => n + r.removed.length, 0) ?? 0;

  // --- states ---
  let main: ReactNode;
  const textsError = texts.find((t) => t.isError)?.error;
  if (manifest.isPending) {
    main = <ColumnsSkeleton count={3} label="Loading the event list…" />;
  } else if (manifest.isError) {
    main = (
      <ErrorState title="The event list could not be loaded" message={manifest.error.message} onRetry={() => void manifest.refetch()} />
    );
  } else if (!event) {
    main = <EmptyState title="No events yet" message="The manifest lists no events to compare." />;
  } else if (event.reports.length === 0) {
    main = <EmptyState title="No reports" message="This event has no reports to compare yet." />;
  } else if (textsError) {
    main = (
      <ErrorState
        title="A report could not be loaded"
        message={textsError.message}
        onRetry={() => texts.filter((t) => t.isError).forEach((t) => void t.refetch())}
      />
    );
  } else if (comparison.status === 'error') {
    main = <ErrorState title="The comparison failed" message={comparison.error.message} onRetry={comparison.retry} />;
  } else if (!data) {
    main = (
      <ColumnsSkeleton
        count={event.reports.length}
        names={event.reports.map((r) => r.outlet)}
        label={reports ? 'Comparing the reports…' : 'Loading the reports…'}
      />
    );
  } else {
    main = (
      <div className={`flex min-h-0 flex-1 transition-opacity ${reanalysing ? 'opacity-55' : ''}`}>
        <div
          className="grid min-h-0 flex-1 grid-cols-1 divide-y divide-stone-200 bg-white lg:grid-cols-[repeat(var(--cols),minmax(0,1fr))] lg:grid-rows-[auto_minmax(0,1fr)] lg:divide-y-0"
          style={{ '--cols': data.reports.length } as CSSProperties}
        >
          {data.reports.map((r, i) => (
            <ReportColumn
              key={r.id}
              report={r}
              reportIndex={i}
              meta={event.reports.find((m) => m.id === r.id)}
              counts={data.summary.perReport[i]}
              kindOf={kindOf}
              spreadOf={spreadOf}
              reportCount={data.reports.length}
              active={active}
              selectedClaim={selectedClaim?.id ?? null}
              showRemoved={view.removed}
              onActivate={onActivate}
              onDeactivate={onDeactivate}
              onSelect={onSelect}
            />
          ))}
        </div>
        {selectedClaim && (
          wide ? (
            <div className="w-[26rem] shrink-0 border-l border-stone-200 bg-white xl:w-[30rem]">
              <ClaimPanel
                comparison={data}
                claim={selectedClaim}
                modal={false}
                onClose={closePanel}
                onStep={stepClaim}
                position={{ index: data.claims.indexOf(selectedClaim), total: data.claims.length }}
              />
            </div>
          ) : (
            <ClaimPanel
              comparison={data}
              claim={selectedClaim}
              modal
              onClose={closePanel}
              onStep={stepClaim}
              position={{ index: data.claims.indexOf(selectedClaim), total: data.claims.length }}
            />
          )
        )}
      </div>
    );
  }

  return (
    <div className="flex min-h-screen flex-col bg-stone-100 text-stone-900 lg:h-screen lg:min-h-0">
      <header className="border-b border-stone-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-x-8 gap-y-3 px-5 py-3 lg:px-6">
          <div className="flex min-w-0 flex-1 basis-full flex-col items-start gap-x-4 gap-y-1 sm:basis-0 sm:flex-row sm:items-center">
            <a href={import.meta.env.BASE_URL} className="flex shrink-0 items-center gap-2 rounded text-stone-900 focus-visible:outline-2 focus-visible:outline-sky-700">
              <LogoMark className="size-6 text-stone-800" />
              <span className="font-serif text-lg font-semibold tracking-tight">Parallax</span>
            </a>
            <span aria-hidden="true" className="hidden h-8 w-px bg-stone-200 sm:block" />
            <div className="min-w-0">
              {event ? (
                <>
                  <h1 className="font-serif text-lg leading-tight font-semibold text-stone-900 sm:truncate sm:text-xl">{event.title}</h1>
                  <p className="line-clamp-2 text-sm text-stone-500 sm:truncate" title={event.summary}>
                    {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
                    {event.date && <span aria-hidden="true"> · </span>}
                    {event.summary ?? `${event.reports.length} reports`}
                  </p>
                </>
              ) : (
                <h1 className="font-serif text-lg text-stone-500">{manifest.isPending ? 'Loading…' : 'Parallax'}</h1>
              )}
            </div>
          </div>
          <div className="flex items-center gap-4">
            {manifest.data && manifest.data.events.length > 1 && (
              <label className="flex items-center gap-2 text-sm text-stone-700">
                Event
                <select
                  value={event?.id ?? ''}
                  onChange={(e) => setView({ event: e.target.value, claim: null }, { push: true })}
                  className="max-w-64 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
                >
                  {manifest.data.events.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.title}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="flex cursor-pointer items-center gap-2.5 text-sm text-stone-700 select-none">
              <input
                type="checkbox"
                role="switch"
                checked={view.removed}
                onChange={(e) => setRemoved(e.target.checked)}
                className="relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-stone-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-stone-800 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
              />
              <span>
                Show removed text
                {data && <span className="text-stone-500 tabular-nums"> ({removedCount})</span>}
              </span>
            </label>
          </div>
        </div>
      </header>

      {notice && (
        <div role="status" className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-6 py-2.5 text-sm text-amber-950">
          <InfoIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
          <p className="flex-1">{notice}</p>
          <button
            type="button"
            onClick={() => setNotice(null)}
            className="rounded px-2 text-amber-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            Dismiss
          </button>
        </div>
      )}

      {data && (
        <div className="flex flex-wrap items-start gap-x-14 gap-y-4 border-b border-stone-200 bg-stone-50 px-5 py-3 lg:px-6">
          <div className={`min-w-0 transition-opacity lg:shrink-0 ${reanalysing ? 'opacity-55' : ''}`}>
            <Summary comparison={data} />
          </div>
          <SensitivityControl value={view.sensitivity} onChange={setSensitivity} busy={reanalysing} />
          <Legend />
        </div>
      )}

      <KindDescriptions />
      <main
        className="flex min-h-0 flex-1 flex-col"
        aria-busy={reanalysing || (!data && !manifest.isError && !textsError && comparison.status !== 'error')}
      >
        {main}
      </main>
    </div>
  );
}

/** `value`, once it has stayed the same for `ms` (the first value at once). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const t = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(t);
  }, [value, settled, ms]);
  return settled;
}

/**
 * The claim to select in `data`, given the selection last made in an earlier
 * comparison of the same reports: the claim that now holds that claim's first
 * sentence (null if it is gone). Otherwise `claim` unchanged.
 */
function carrySelection(
  last: { data: Comparison; claim: string } | null,
  data: Comparison | undefined,
  claim: string | null,
): string | null {
  if (!last || !data || last.data === data || claim !== last.claim) return claim;
  const same =
    last.data.reports.length === data.reports.length &&
    last.data.reports.every((r, i) => r.id === data.reports[i]!.id && r.text === data.reports[i]!.text);
  if (!same) return claim;
  const anchor = last.data.claims.find((c) => c.id === last.claim)?.members[0];
  if (!anchor) return null;
  return data.reports[anchor.report]?.sentences[anchor.sentence]?.claim ?? null;
}

/** Reports for the worker: a new array only when the event or a text changes. */
function useStableReports(event: ManifestEvent | undefined, texts: (string | undefined)[]): ReportInput[] | undefined {
  const cache = useRef<{ event: ManifestEvent; texts: string[]; reports: ReportInput[] } | null>(null);
  if (!event || texts.length !== event.reports.length || texts.some((t) => t === undefined)) return undefined;
  const ready = texts as string[];
  const c = cache.current;
  if (c && c.event === event && c.texts.every((t, i) => t === ready[i])) return c.reports;
  const reports = event.reports.map(
    (r, i): ReportInput => ({
      id: r.id,
      outlet: r.outlet,
      text: ready[i]!,
      language: r.language,
      date: r.date,
      machineTranslated: r.machineTranslated,
      url: r.url,
    }),
  );
  cache.current = { event, texts: ready, reports };
  return reports;
}

function scrollCounterparts(claim: string, fromReport: number) {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (const scroller of document.querySelectorAll<HTMLElement>('[data-column-scroller]')) {
    if (Number(scroller.dataset.columnScroller) === fromReport) continue;
    if (scroller.scrollHeight <= scroller.clientHeight) continue;
    const target = scroller.querySelector<HTMLElement>(`[data-claim="${CSS.escape(claim)}"]`);
    if (!target) continue;
    const box = scroller.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    if (t.top >= box.top + 8 && t.bottom <= box.bottom - 8) continue; // already visible
    const top = scroller.scrollTop + (t.top - box.top) - scroller.clientHeight / 3;
    scroller.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
  }
}
