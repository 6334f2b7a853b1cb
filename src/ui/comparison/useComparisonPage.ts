/**
 * The comparison view's container: the analysis (through useComparison), the
 * selection (carried across re-analyses, written back when a link asked for a
 * claim that is not there), hover/focus, keyboard, scrolling counterparts into
 * view, and the lens and panels. ComparisonPage only lays out what this returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimKind, Comparison } from '../../core/index';
import { coverageSegments } from '../lens/coverage';
import { reportLens } from '../lens/marks';
import { DEFAULT_LENS, type Lens } from '../lens/registry';
import type { LensContext } from '../lens/types';
import { useMediaQuery, WIDE } from '../useMediaQuery';
import { carrySelection, type LastSelection } from './carrySelection';
import { indexClaims, reportsInClaim } from './layout';
import type { ActiveSentence } from './ReportColumn';
import { scrollIntoColumn } from './scrollInColumn';
import type { ComparisonInput, ComparisonView, SetComparisonView } from './types';
import { useComparison } from './useComparison';
import { useDebounced } from './useDebounced';

interface Args {
  input: ComparisonInput;
  view: ComparisonView;
  setView: SetComparisonView;
  onNotice: (message: string | null) => void;
  onComparison?: (data: Comparison | undefined) => void;
}

export function useComparisonPage({ input, view, setView, onNotice, onComparison }: Args) {
  const reports = input.status === 'ready' ? input.reports : undefined;
  // The slider writes the address at once; the worker re-runs once it rests for a moment.
  const sensitivity = useDebounced(view.sensitivity, 150);
  const comparison = useComparison(reports, { sensitivity });
  // While re-analysing, the previous result stays on screen (dimmed).
  const data = comparison.data;
  const reanalysing = !!data && (comparison.stale || sensitivity !== view.sensitivity);
  useEffect(() => onComparison?.(data), [data, onComparison]);

  // A re-analysis renumbers claims: the selection follows the sentence it was made on.
  const selectionRef = useRef<LastSelection>(null);
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

  return {
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
    lensContext: lensContext as LensContext,
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
  };
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
