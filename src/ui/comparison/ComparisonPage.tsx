/**
 * The comparison view: header, summary strip, report columns and the claim
 * panel, for any list of reports — a bundled event or the user's own — with
 * the view (selected claim, sensitivity, removed text) owned by the caller,
 * which keeps it in the address (query string or fragment).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ClaimKind, Comparison, ReportInput } from '../../core/index';
import type { ManifestReport } from '../data';
import { indexClaims, reportsInClaim } from './layout';
import { useComparison } from './useComparison';
import { useMediaQuery, WIDE } from '../useMediaQuery';
import { ClaimPanel } from './ClaimPanel';
import { InfoIcon } from '../components/icons';
import { buttonClass, PageHeader } from '../components/PageHeader';
import { KindDescriptions, ReportColumn, type ActiveSentence } from './ReportColumn';
import { ColumnsSkeleton, EmptyState, ErrorState } from '../components/States';
import { SensitivityControl } from './Sensitivity';
import { Summary } from './Summary';
import { coverageSegments } from '../lens/coverage';
import { FRAMING_PANEL_ID, FramingSummary } from '../lens/FramingSummary';
import { DEFAULT_LENS, type Lens } from '../lens/registry';
import { LensBar } from '../lens/LensBar';
import { reportLens } from '../lens/marks';
import type { Panel } from '../view/urlState';
import { scrollIntoColumn } from './scrollInColumn';

export interface ComparisonView {
  claim: string | null;
  removed: boolean;
  sensitivity: number;
  /** The lens over the columns (default: claims). */
  lens?: Lens;
  /** An open panel over the columns: 'framing' = the framing summary. */
  panel?: Panel;
}

export type SetComparisonView = (
  update: Partial<ComparisonView> | ((prev: ComparisonView) => ComparisonView),
  options?: { push?: boolean },
) => void;

/** Where the reports stand before the analysis can start. */
export type ComparisonInput =
  | { status: 'loading'; label: string; names?: string[]; count: number }
  | { status: 'error'; title: string; message: string; onRetry?: () => void }
  | { status: 'empty'; title: string; message: string }
  | { status: 'ready'; reports: ReportInput[]; metas?: readonly (ManifestReport | undefined)[] };

interface Props {
  input: ComparisonInput;
  view: ComparisonView;
  setView: SetComparisonView;
  /** The header's title block. */
  heading: ReactNode;
  /** Header controls before "Show removed text". */
  controls?: ReactNode;
  /** A strip under the header (sharing). */
  banner?: ReactNode;
  notice: string | null;
  onNotice: (message: string | null) => void;
  /** The latest comparison shown, for the caller (e.g. to share it). */
  onComparison?: (data: Comparison | undefined) => void;
}

export function ComparisonPage({ input, view, setView, heading, controls, banner, notice, onNotice, onComparison }: Props) {
  const reports = input.status === 'ready' ? input.reports : undefined;
  // The slider writes the address at once; the worker re-runs once it rests for a moment.
  const sensitivity = useDebounced(view.sensitivity, 150);
  const comparison = useComparison(reports, { sensitivity });
  // While re-analysing, the previous result stays on screen (dimmed).
  const data = comparison.data;
  const reanalysing = !!data && (comparison.stale || sensitivity !== view.sensitivity);
  useEffect(() => onComparison?.(data), [data, onComparison]);

  // A re-analysis renumbers claims: the selection follows the sentence it was made on.
  const selectionRef = useRef<{ data: Comparison; claim: string } | null>(null);
  const carriedClaim = carrySelection(selectionRef.current, data, view.claim);
  const viewNow = carriedClaim === view.claim ? view : { ...view, claim: carriedClaim };

  const claimIds = useMemo(() => (data ? new Set(data.claims.map((c) => c.id)) : null), [data]);
  const unknownClaim = claimIds !== null && viewNow.claim !== null && !claimIds.has(viewNow.claim) ? viewNow.claim : null;
  const resolvedClaim = unknownClaim ? null : viewNow.claim;

  // Write the resolved selection back (a claim the comparison lacks is dropped, with a notice).
  useEffect(() => {
    if (!claimIds) return;
    if (unknownClaim) onNotice(`The link asked for a claim that does not exist in this comparison (“${unknownClaim}”), so nothing is selected.`);
    if (resolvedClaim !== view.claim) setView({ claim: resolvedClaim });
  }, [claimIds, unknownClaim, resolvedClaim, view.claim, setView, onNotice]);

  const wide = useMediaQuery(WIDE);
  const claimsById = useMemo(() => (data ? indexClaims(data) : new Map()), [data]);
  const kindOf = useMemo(() => new Map<string, ClaimKind>(data?.claims.map((c) => [c.id, c.kind]) ?? []), [data]);
  const spreadOf = useMemo(() => new Map<string, number>(data?.claims.map((c) => [c.id, reportsInClaim(c)]) ?? []), [data]);
  const selectedClaim = data && resolvedClaim && claimsById.has(resolvedClaim) ? claimsById.get(resolvedClaim)! : null;
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

  const lens: Lens = view.lens ?? DEFAULT_LENS;
  const framingOpen = view.panel === 'framing';
  const actorIds = useMemo(() => [...new Set(data?.reports.flatMap((r) => r.framing.actors.actors.map((a) => a.actor)) ?? [])], [data]);
  const lensContext = useMemo(() => ({ actors: comparison.actors, present: actorIds }), [comparison.actors, actorIds]);
  const lensMarks = useMemo(
    () => (data && lens !== DEFAULT_LENS ? data.reports.map((_, i) => reportLens(data, i, lens, lensContext)) : null),
    [data, lens, lensContext],
  );
  const coverage = useMemo(() => data?.reports.map((_, i) => coverageSegments(data, i)) ?? [], [data]);
  const setLens = useCallback((next: Lens) => setView({ lens: next }), [setView]);
  const setFramingOpen = useCallback((open: boolean) => setView({ panel: open ? 'framing' : null }, { push: true }), [setView]);

  // The summary strip folds to one line of totals; open by default (kept for this page only).
  const [summaryOpen, setSummaryOpen] = useState(true);

  const setRemoved = (removed: boolean) => setView({ removed });
  const setSensitivity = useCallback((value: number) => setView({ sensitivity: value }), [setView]);
  const removedCount = data?.reports.reduce((n, r) => n + r.removed.length, 0) ?? 0;

  // --- states ---
  let main: ReactNode;
  if (input.status === 'loading') {
    main = <ColumnsSkeleton count={input.count} names={input.names} label={input.label} />;
  } else if (input.status === 'error') {
    main = <ErrorState title={input.title} message={input.message} onRetry={input.onRetry} />;
  } else if (input.status === 'empty') {
    main = <EmptyState title={input.title} message={input.message} />;
  } else if (comparison.error) {
    main = <ErrorState title="The comparison failed" message={comparison.error.message} onRetry={comparison.retry} />;
  } else if (!data) {
    main = <ColumnsSkeleton count={input.reports.length} names={input.reports.map((r) => r.outlet)} label="Comparing the reports…" />;
  } else {
    const metas = input.metas;
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
              meta={metas?.find((m) => m?.id === r.id)}
              counts={data.summary.perReport[i]}
              kindOf={kindOf}
              spreadOf={spreadOf}
              reportCount={data.reports.length}
              active={active}
              selectedClaim={selectedClaim?.id ?? null}
              showRemoved={view.removed}
              lens={lensMarks?.[i] ?? null}
              coverage={coverage[i]}
              onActivate={onActivate}
              onDeactivate={onDeactivate}
              onSelect={onSelect}
            />
          ))}
        </div>
        {selectedClaim &&
          (wide ? (
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
          ))}
      </div>
    );
  }

  const busy =
    reanalysing || (!data && input.status !== 'error' && input.status !== 'empty' && !comparison.error);

  // Wide screens: the page is exactly the window and only the columns and panels scroll inside it. `relative`
  // holds absolutely positioned screen-reader text inside, `overflow-clip` (not a scroll container, unlike
  // `hidden`) means nothing, not even a browser's scroll-into-view, can scroll the page away.
  return (
    <div className="relative flex min-h-screen flex-col bg-stone-100 text-stone-900 lg:h-screen lg:min-h-0 lg:overflow-clip">
      <PageHeader heading={heading}>
        {controls}
        {data && (
          <button
            type="button"
            id="framing-toggle"
            aria-expanded={framingOpen}
            aria-controls={framingOpen ? FRAMING_PANEL_ID : undefined}
            onClick={() => setFramingOpen(!framingOpen)}
            className={`${buttonClass.secondary} aria-expanded:border-stone-900 aria-expanded:bg-stone-100`}
          >
            Framing summary
          </button>
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
      </PageHeader>

      {notice && <Notice message={notice} onDismiss={() => onNotice(null)} />}
      {banner}

      {data && (
        <div className="flex flex-wrap items-start justify-between gap-x-8 gap-y-3 border-b border-stone-200 bg-stone-50 px-5 py-2 lg:px-6">
          <div className={`min-w-0 transition-opacity ${reanalysing ? 'opacity-55' : ''}`}>
            <Summary comparison={data} open={summaryOpen} onOpen={setSummaryOpen} />
          </div>
          <SensitivityControl value={view.sensitivity} onChange={setSensitivity} busy={reanalysing} compact={!summaryOpen} />
        </div>
      )}

      {data && <LensBar lens={lens} onLens={setLens} ctx={lensContext} />}

      <KindDescriptions />
      <main className="flex min-h-0 flex-1 flex-col" aria-busy={busy}>
        {data && framingOpen && (
          <FramingSummary
            comparison={data}
            onClose={() => {
              setFramingOpen(false);
              document.getElementById('framing-toggle')?.focus();
            }}
          />
        )}
        {main}
      </main>
    </div>
  );
}

export function Notice({ message, onDismiss, children }: { message: string; onDismiss?: () => void; children?: ReactNode }) {
  return (
    <div role="status" className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-6 py-2.5 text-sm text-amber-950">
      <InfoIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
      <p className="flex-1">{message}</p>
      {children}
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="rounded px-2 text-amber-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}

/** `value`, once it has stayed the same for `ms` (the first value at once). */
export function useDebounced<T>(value: T, ms: number): T {
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

/** Brings the claim's sentences in the other columns into view, each inside its own column only. */
function scrollCounterparts(claim: string, fromReport: number) {
  for (const scroller of document.querySelectorAll<HTMLElement>('[data-column-scroller]')) {
    if (Number(scroller.dataset.columnScroller) === fromReport) continue;
    if (scroller.scrollHeight <= scroller.clientHeight) continue;
    const target = scroller.querySelector<HTMLElement>(`[data-claim="${CSS.escape(claim)}"]`);
    if (!target) continue;
    const box = scroller.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    if (t.top >= box.top + 8 && t.bottom <= box.bottom - 8) continue; // already visible
    scrollIntoColumn(target, 'third');
  }
}
