/**
 * The comparison view: header, summary strip, report columns and the claim
 * panel, for any list of reports — a bundled event or the user's own — with
 * the view (selected claim, sensitivity, removed text) owned by the caller,
 * which keeps it in the address (query string or fragment). The layout only:
 * the state and behaviour are useComparisonPage's.
 */
import { lazy, memo, Suspense, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Comparison } from '../../core/index';
import { HideOutletsSwitch, NoteToReaders, PrintButton, usePrintHandout } from '../classroom/ClassroomTools';
import { outletLabel } from '../classroom/outletLabels';
import type { PageDocument } from '../export/exportFile';
import { Notice } from '../components/Notice';
import { buttonClass, PageHeader } from '../components/PageHeader';
import { ColumnsSkeleton, EmptyState, ErrorState } from '../components/States';
import { FRAMING_PANEL_ID } from '../lens/panelIds';
import { LensBar } from '../lens/LensBar';
import { CorrectionsBar } from './CorrectionsBar';
import { CLAIMS_LIST_ID } from './listIds';

// The claims list and the framing summary load when first opened: they are not needed to read the
// columns, and they kept the main bundle over its 120 KB gzip budget (#16).
const ClaimsList = lazy(() => import('./ClaimsList').then((m) => ({ default: m.ClaimsList })));
// The claim panel (and its corrections) loads with the first claim opened: the columns are read before
// any claim is (the JS loaded at start: 121.6 → 117.8 KB gzip with the classroom and corrections tools in).
const ClaimPanel = lazy(() => import('./ClaimPanel').then((m) => ({ default: m.ClaimPanel })));
// The framing summary draws every lens's section: it waits for their views (lens/views.ts) too.
const FramingSummary = lazy(() =>
  Promise.all([import('../lens/FramingSummary'), loadAllLensViews()]).then(([m]) => ({ default: m.FramingSummary })),
);
import { OutletTabs, columnId } from './OutletTabs';
import { focusInColumn } from './scrollInColumn';
import { KindDescriptions, ReportColumn, type ColumnProps } from './ReportColumn';
import { reportLens } from '../lens/marks';
import { DEFAULT_LENS, type Lens } from '../lens/registry';
import type { LensContext } from '../lens/types';
import { lensView, loadAllLensViews } from '../lens/views';
import { RefineNotice } from './RefineNotice';
import { SensitivityControl } from './Sensitivity';
import { Summary } from './Summary';
import type { ComparisonInput, ComparisonView, SetComparisonView } from './types';
import { useComparisonPage } from './useComparisonPage';

// Classroom mode's strip and the Export menu are chunks of their own (the main bundle stays small):
// the strip loads when names are first hidden, the menu with the first comparison (a plain button until then).
const ClassroomBanner = lazy(() => import('../classroom/ClassroomBanner'));
const ExportMenu = lazy(() => import('../export/ExportMenu'));

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
  /** Title, date and note for the exports and the handout (the heading's words). */
  doc?: PageDocument;
}

export function ComparisonPage({ input, view, setView, heading, controls, banner, notice, onNotice, onComparison, doc }: Props) {
  const {
    data,
    comparison,
    corrections,
    reanalysing,
    wide,
    kindOf,
    spreadOf,
    selectedClaim,
    columnsSelected,
    active,
    onActivate,
    onDeactivate,
    onSelect,
    closePanel,
    stepClaim,
    possible,
    jumps,
    jumpTo,
    setOutletNow,
    listOpen,
    listFilter,
    setListOpen,
    setListFilter,
    openListWith,
    openFromList,
    lens,
    shownLens,
    lensContext,
    columnsLens,
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
  const hidden = view.hideOutlets ?? false;
  const names = (list: readonly string[]) => (hidden ? list.map((_n, i) => outletLabel(i)) : [...list]);
  const pageDoc: PageDocument = doc ?? { title: data ? names(data.reports.map((r) => r.outlet)).join(', ') : 'Parallax comparison' };
  const handout = usePrintHandout(!!data);
  const [classroomUsed, setClassroomUsed] = useState(hidden);
  useEffect(() => {
    if (hidden) setClassroomUsed(true);
  }, [hidden]);

  // Narrow screens: one outlet at a time (tabs); the view options fold away; the claim sheet can
  // give way to the text ("Show in text") and come back.
  const [tab, setTab] = useState(0);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [peek, setPeek] = useState(false);
  useEffect(() => setPeek(false), [selectedClaim?.id]);
  const reportCount = data?.reports.length ?? 0;
  const shownTab = Math.min(tab, Math.max(0, reportCount - 1));
  const chooseTab = (i: number) => {
    setTab(i);
    setOutletNow(i);
  };
  const showIn = (report: number, sentence: number) => {
    chooseTab(report);
    setPeek(true);
    window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`section[data-report="${report}"] [data-sentence="${sentence}"]`);
      if (el) focusInColumn(el, 'third');
    }, 30);
  };

  const jumpProps = jumps ? { outlet: jumps.outlet, shared: jumps.shared, unique: jumps.unique, onJump: jumpTo } : undefined;

  // --- states ---
  let main: ReactNode;
  if (input.status === 'loading') {
    main = <ColumnsSkeleton count={input.count} names={input.names && names(input.names)} label={input.label} />;
  } else if (input.status === 'error') {
    main = <ErrorState title={input.title} message={input.message} onRetry={input.onRetry} />;
  } else if (input.status === 'empty') {
    main = <EmptyState title={input.title} message={input.message} />;
  } else if (comparison.error) {
    main = <ErrorState title="The comparison failed" message={comparison.error.message} onRetry={comparison.retry} />;
  } else if (!data) {
    main = <ColumnsSkeleton count={input.reports.length} names={names(input.reports.map((r) => r.outlet))} label="Comparing the reports…" />;
  } else {
    const metas = input.metas;
    const panelProps = {
      comparison: data,
      onClose: closePanel,
      onStep: stepClaim,
      jumps: jumpProps,
      corrections,
    };
    main = (
      <div className={`relative flex min-h-0 flex-1 transition-opacity ${reanalysing ? 'opacity-55' : ''}`}>
        <div
          className={`relative flex min-h-0 min-w-0 flex-1 flex-col ${corrections.picking ? '[&_[data-claim]]:cursor-crosshair' : ''}`}
          data-picking={corrections.picking?.mode}
        >
          {corrections.picking && (
            <p className="border-b border-violet-300 bg-violet-100 px-4 py-1.5 text-sm text-violet-950 lg:px-6">
              {corrections.picking.mode === 'link'
                ? 'Click the sentence to link to this claim (or press Enter on it).'
                : 'Click a sentence of the claim to merge with this one (or press Enter on it).'}{' '}
              <button type="button" className={`${buttonClass.quiet} !text-violet-950 underline`} onClick={corrections.cancelPicking}>
                Cancel (Esc)
              </button>
            </p>
          )}
          {!wide && (
            <OutletTabs
              names={data.reports.map((r) => r.outlet)}
              current={shownTab}
              onChoose={chooseTab}
              marked={selectedClaim ? new Set(selectedClaim.members.map((m) => m.report)) : null}
            />
          )}
          <div
            className="grid min-h-0 flex-1 grid-cols-1 bg-white lg:grid-cols-[repeat(var(--cols),minmax(0,1fr))] lg:grid-rows-[auto_minmax(0,1fr)]"
            style={{ '--cols': data.reports.length } as CSSProperties}
          >
            {data.reports.map((r, i) => (
              <LensedColumn
                key={r.id}
                comparison={data}
                lensId={columnsLens}
                lensContext={lensContext}
                id={columnId(i)}
                report={r}
                reportIndex={i}
                meta={metas?.find((m) => m?.id === r.id)}
                counts={data.summary.perReport[i]}
                kindOf={kindOf}
                spreadOf={spreadOf}
                reportCount={data.reports.length}
                active={active}
                selectedClaim={columnsSelected}
                showRemoved={view.removed}
                coverage={coverage[i]}
                possible={possible}
                edited={corrections.edited}
                noted={corrections.noted}
                hidden={!wide && i !== shownTab}
                onActivate={onActivate}
                onDeactivate={onDeactivate}
                onSelect={onSelect}
              />
            ))}
          </div>
          {listOpen && (
            <Suspense fallback={null}>
            <ClaimsList
              comparison={data}
              filter={listFilter}
              onFilter={setListFilter}
              selected={selectedClaim?.id ?? null}
              onOpen={openFromList}
              onClose={() => setListOpen(false)}
              sheet={!wide}
            />
            </Suspense>
          )}
        </div>
        {selectedClaim &&
          (wide ? (
            <div className="w-[24rem] shrink-0 border-l border-stone-200 bg-white xl:w-[28rem]">
              <Suspense fallback={<p className="px-5 py-4 text-sm text-stone-600">Opening the claim…</p>}>
                <ClaimPanel
                  {...panelProps}
                  claim={selectedClaim}
                  modal={false}
                  position={{ index: data.claims.indexOf(selectedClaim), total: data.claims.length }}
                />
              </Suspense>
            </div>
          ) : peek ? (
            <div className="fixed inset-x-3 bottom-3 z-30 flex justify-center">
              <button type="button" onClick={() => setPeek(false)} className={`${buttonClass.primary} shadow-lg`}>
                Back to the claim ({selectedClaim.id})
              </button>
            </div>
          ) : (
            <Suspense fallback={null}>
              <ClaimPanel
                {...panelProps}
                claim={selectedClaim}
                modal
                onShowIn={showIn}
                position={{ index: data.claims.indexOf(selectedClaim), total: data.claims.length }}
              />
            </Suspense>
          ))}
      </div>
    );
  }

  const busy =
    reanalysing || (!data && input.status !== 'error' && input.status !== 'empty' && !comparison.error);

  const claimsToggle = data && (
    <button
      type="button"
      id="claims-toggle"
      aria-expanded={listOpen}
      aria-controls={listOpen ? CLAIMS_LIST_ID : undefined}
      onClick={() => setListOpen(!listOpen)}
      title="Claims list"
      className={`${buttonClass.secondary} aria-expanded:border-stone-900 aria-expanded:bg-stone-100`}
    >
      <ListIcon />
      <span className="sr-only 2xl:not-sr-only">Claims list</span>
    </button>
  );
  const framingToggle = data && (
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
  );
  const removedSwitch = (
    <label className="flex cursor-pointer items-center gap-2.5 text-sm text-stone-700 select-none">
      <input
        type="checkbox"
        role="switch"
        checked={view.removed}
        onChange={(e) => setRemoved(e.target.checked)}
        className="relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-stone-400 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-stone-800 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
      />
      <span>
        Show removed text
        {data && <span className="text-stone-600 tabular-nums"> ({removedCount})</span>}
      </span>
    </label>
  );

  const showOptions = wide || optionsOpen;

  // Wide screens: the page is exactly the window and only the columns and panels scroll inside it. `relative`
  // holds absolutely positioned screen-reader text inside, `overflow-clip` (not a scroll container, unlike
  // `hidden`) means nothing, not even a browser's scroll-into-view, can scroll the page away.
  return (
    <>
    <div data-screen className="relative flex min-h-screen flex-col bg-stone-100 text-stone-900 lg:h-screen lg:min-h-0 lg:overflow-clip">
      <SkipLinks
        onReports={() => {
          const el =
            document.querySelector<HTMLElement>('section[data-report]:not([hidden]) [data-claim][tabindex="0"]') ??
            document.getElementById('reports');
          el?.focus();
        }}
        onList={data ? () => setListOpen(true) : undefined}
      />
      <PageHeader heading={heading}>
        {controls}
        {data && (
          <>
            <Suspense
              fallback={
                <button type="button" disabled aria-haspopup="menu" className={buttonClass.secondary}>
                  Export
                </button>
              }
            >
              <ExportMenu comparison={data} doc={pageDoc} hidden={hidden} />
            </Suspense>
            <PrintButton onPrint={() => void handout.print()} />
            <HideOutletsSwitch hidden={hidden} onChange={(on) => setView({ hideOutlets: on }, { push: true })} />
          </>
        )}
        {claimsToggle}
        {wide ? (
          <>
            {framingToggle}
            {removedSwitch}
          </>
        ) : (
          data && (
            <button
              type="button"
              aria-expanded={optionsOpen}
              aria-controls="view-options"
              onClick={() => setOptionsOpen(!optionsOpen)}
              className={`${buttonClass.secondary} aria-expanded:border-stone-900 aria-expanded:bg-stone-100`}
            >
              View options
            </button>
          )
        )}
      </PageHeader>

      {notice && <Notice message={notice} onDismiss={() => onNotice(null)} />}
      {banner}
      {data && <CorrectionsBar corrections={corrections} />}
      {classroomUsed && (
        <Suspense fallback={null}>
          <ClassroomBanner
            hidden={hidden}
            names={input.status === 'ready' ? input.reports.map((r) => r.outlet) : []}
            onReveal={() => setView({ hideOutlets: false }, { push: true })}
          />
        </Suspense>
      )}
      {pageDoc.note && <NoteToReaders note={pageDoc.note} />}

      {data && showOptions && (
        <div id="view-options">
          <div className="flex flex-wrap items-center justify-between gap-x-8 gap-y-2 border-b border-stone-200 bg-stone-50 px-4 py-1.5 lg:px-6">
            <div className={`min-w-0 transition-opacity ${reanalysing ? 'opacity-55' : ''}`}>
              <Summary comparison={data} open={summaryOpen} onOpen={setSummaryOpen} onPick={openListWith} />
            </div>
            <SensitivityControl value={view.sensitivity} onChange={setSensitivity} busy={reanalysing} compact={!summaryOpen} />
            <RefineNotice state={comparison.refinement} message={comparison.modelMessage} />
            {!wide && (
              <div className="flex flex-wrap items-center gap-3">
                {framingToggle}
                {removedSwitch}
              </div>
            )}
          </div>
          <LensBar lens={lens} shown={shownLens} onLens={setLens} ctx={lensContext} />
        </div>
      )}

      <KindDescriptions />
      <main id="reports" tabIndex={-1} className="flex min-h-0 flex-1 flex-col focus:outline-none" aria-busy={busy} data-matcher-state={comparison.refinement}>
        {data && framingOpen && (
          <>
            {!wide && <div className="fixed inset-0 z-30 bg-stone-900/30" aria-hidden="true" onClick={() => setFramingOpen(false)} />}
            <Suspense fallback={<p className="px-5 py-3 text-sm text-stone-600">Loading the framing summary…</p>}>
              <FramingSummary
                comparison={data}
                sheet={!wide}
                onClose={() => {
                  setFramingOpen(false);
                  document.getElementById('framing-toggle')?.focus();
                }}
              />
            </Suspense>
          </>
        )}
        {main}
      </main>
    </div>
    {handout.Handout && data && (
      <handout.Handout comparison={data} title={pageDoc.title} date={pageDoc.date} note={pageDoc.note} hidden={hidden} questions={handout.questions} />
    )}
    </>
  );
}

/** The first Tab stops: straight to the reports' text, or to the claims list. */
function SkipLinks({ onReports, onList }: { onReports: () => void; onList?: () => void }) {
  const cls =
    'sr-only rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700';
  // Buttons in the look of links would do as well; anchors with a handler keep a shared page's
  // `#r=` fragment (the default jump would replace it).
  return (
    <>
      <a
        href="#reports"
        className={cls}
        onClick={(e) => {
          e.preventDefault();
          onReports();
        }}
      >
        Skip to the reports
      </a>
      {onList && (
        <a
          href={`#${CLAIMS_LIST_ID}`}
          className={cls}
          onClick={(e) => {
            e.preventDefault();
            onList();
          }}
        >
          Skip to the claims list
        </a>
      )}
    </>
  );
}

function ListIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
      <path d="M2.5 4h1M6 4h7.5M2.5 8h1M6 8h7.5M2.5 12h1M6 12h7.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** A column with its own lens marks: one unit of React's (time-sliced) work per report, not one for all. */
const LensedColumn = memo(function LensedColumn({ comparison, lensId, lensContext, ...props }: Omit<ColumnProps, 'lens'> & { comparison: Comparison; lensId: Lens; lensContext: LensContext }) {
  const view = lensView(lensId);
  const marks = useMemo(
    () => (lensId !== DEFAULT_LENS ? reportLens(comparison, props.reportIndex, view.marks, lensContext) : null),
    [comparison, props.reportIndex, lensId, view, lensContext],
  );
  return <ReportColumn {...props} lens={marks} lensText={view.text} />;
});
