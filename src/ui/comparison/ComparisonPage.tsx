/**
 * The comparison view: header, summary strip, report columns and the claim
 * panel, for any list of reports — a bundled event or the user's own — with
 * the view (selected claim, sensitivity, removed text) owned by the caller,
 * which keeps it in the address (query string or fragment). The layout only:
 * the state and behaviour are useComparisonPage's.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Comparison } from '../../core/index';
import { Notice } from '../components/Notice';
import { buttonClass, PageHeader } from '../components/PageHeader';
import { ColumnsSkeleton, EmptyState, ErrorState } from '../components/States';
import { FRAMING_PANEL_ID, FramingSummary } from '../lens/FramingSummary';
import { LensBar } from '../lens/LensBar';
import { ClaimPanel } from './ClaimPanel';
import { KindDescriptions, ReportColumn } from './ReportColumn';
import { SensitivityControl } from './Sensitivity';
import { Summary } from './Summary';
import type { ComparisonInput, ComparisonView, SetComparisonView } from './types';
import { useComparisonPage } from './useComparisonPage';

export { Notice } from '../components/Notice';
export type { ComparisonInput, ComparisonView, SetComparisonView } from './types';

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
  const {
    data,
    comparison,
    reanalysing,
    wide,
    kindOf,
    spreadOf,
    selectedClaim,
    active,
    onActivate,
    onDeactivate,
    onSelect,
    closePanel,
    stepClaim,
    lens,
    lensContext,
    lensMarks,
    coverage,
    setLens,
    framingOpen,
    setFramingOpen,
    summaryOpen,
    setSummaryOpen,
    setRemoved,
    setSensitivity,
    removedCount,
  } = useComparisonPage({ input, view, setView, onNotice, onComparison });

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

