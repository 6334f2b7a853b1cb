/**
 * The comparison view's container: the analysis (through useComparison), the
 * selection (carried across re-analyses, written back when a link asked for a
 * claim that is not there), hover/focus, keyboard, scrolling counterparts into
 * view, and the lens and panels. ComparisonPage only lays out what this returns.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, ClaimKind, Comparison } from '../../core/index';
import { hideOutletNames } from '../classroom/outletLabels';
import { coverageSegments } from '../lens/coverage';
import { DEFAULT_LENS, type Lens } from '../lens/registry';
import type { LensContext } from '../lens/types';
import { preloadLensViews, useShownLens } from '../lens/views';
import { useMediaQuery, WIDE } from '../useMediaQuery';
import { anchoredClaim, anchorIn, formatAnchor } from './anchor';
import { carrySelection, type LastSelection } from './carrySelection';
import { listFilterOf, type ListFilter } from './listIds';
import { claimStrength, nextInOutlet } from './claimNav';
import { indexClaims, reportsInClaim } from './layout';
import type { ActiveSentence } from './ReportColumn';
import { scrollIntoColumn } from './scrollInColumn';
import type { ComparisonInput, ComparisonView, SetComparisonView } from './types';
import { useComparison } from './useComparison';
import { useCorrections } from './useCorrections';
import { useDebounced } from './useDebounced';

interface Args {
  input: ComparisonInput;
  view: ComparisonView;
  setView: SetComparisonView;
  onNotice: (message: string | null) => void;
  onComparison?: (data: Comparison | undefined) => void;
}

export function useComparisonPage({ input, view, setView: setViewAsIs, onNotice, onComparison }: Args) {
  // A new claim without a sentence of its own drops the old one (`at` named the previous claim's sentence);
  // the write-back below then anchors the new claim on its first sentence.
  const setView = useCallback<SetComparisonView>(
    (update, options) =>
      setViewAsIs((prev) => {
        const next = typeof update === 'function' ? update(prev) : { ...prev, ...update };
        const keepsAt = typeof update === 'function' ? (next.at ?? null) !== (prev.at ?? null) : 'at' in update;
        return next.claim !== prev.claim && !keepsAt ? { ...next, at: null } : next;
      }, options),
    [setViewAsIs],
  );
  const reports = input.status === 'ready' ? input.reports : undefined;
  // The slider writes the address at once; the worker re-runs once it rests for a moment.
  const sensitivity = useDebounced(view.sensitivity, 150);
  const edits = view.corrections?.edits;
  const comparison = useComparison(reports, { sensitivity, ...(edits ? { edits } : {}) });
  // The reader's corrections: the worker replays the edits; the notes are attached here. Edits are built on
  // the comparison as analysed (`corrections.source`): their fingerprints are of the real sentences.
  // The result is rendered as a transition: the query's store update renders synchronously, and a
  // 3 × 1,000 comparison's first render (columns, lists, coverage) was one 35–60 ms main-thread task in a
  // Chromium trace (#16). Deferred, React renders it in slices and keeps the previous screen meanwhile.
  const analysed = useDeferredValue(comparison.data);
  const corrections = useCorrections({ view, setView, raw: analysed, onNotice });
  // While re-analysing, the previous result stays on screen (dimmed). Classroom mode shows every outlet as
  // "Outlet A", … everywhere below (columns, lists, panels, lenses, exports, handout): one masked comparison.
  const hidden = view.hideOutlets ?? false;
  const data = useMemo(() => (corrections.data && hidden ? hideOutletNames(corrections.data) : corrections.data), [corrections.data, hidden]);
  const reanalysing = !!data && (comparison.stale || sensitivity !== view.sensitivity);
  useEffect(() => onComparison?.(data), [data, onComparison]);

  // A re-analysis renumbers claims (the lexical result, then the model's; a sensitivity change; an edit): the
  // selection follows the sentence it was made on, `at`, which a link carries too. A link without one (made
  // before `at` existed) is read by its claim id, then follows that claim's first sentence (carrySelection).
  const selectionRef = useRef<LastSelection>(null);
  const anchored = view.claim !== null ? anchoredClaim(data, view.at) : undefined;
  const carriedClaim = anchored ?? carrySelection(selectionRef.current, data, view.claim);
  const viewNow = carriedClaim === view.claim ? view : { ...view, claim: carriedClaim };

  const claimIds = useMemo(() => (data ? new Set(data.claims.map((c) => c.id)) : null), [data]);
  const unknownClaim = claimIds !== null && viewNow.claim !== null && !claimIds.has(viewNow.claim) ? viewNow.claim : null;
  const resolvedClaim = unknownClaim ? null : viewNow.claim;

  const wide = useMediaQuery(WIDE);
  const claimsById = useMemo(() => (data ? indexClaims(data) : new Map<string, Claim>()), [data]);
  const kindOf = useMemo(() => new Map<string, ClaimKind>(data?.claims.map((c) => [c.id, c.kind]) ?? []), [data]);
  const spreadOf = useMemo(() => new Map<string, number>(data?.claims.map((c) => [c.id, reportsInClaim(c)]) ?? []), [data]);
  const selectedClaim = data && resolvedClaim && claimsById.has(resolvedClaim) ? claimsById.get(resolvedClaim)! : null;
  // Write the resolved selection back (a claim the comparison lacks is dropped, with a notice), with the
  // sentence it is anchored on: the one it was made on while that is still in the claim, else its first.
  const at = selectedClaim ? (anchorIn(selectedClaim, view.at) ? view.at! : formatAnchor(selectedClaim.members[0]!)) : null;
  useEffect(() => {
    if (!claimIds) return;
    if (unknownClaim) onNotice(`The link asked for a claim that does not exist in this comparison (“${unknownClaim}”), so nothing is selected.`);
    if (resolvedClaim !== view.claim || at !== (view.at ?? null)) setViewAsIs({ claim: resolvedClaim, at });
  }, [claimIds, unknownClaim, resolvedClaim, at, view.claim, view.at, setViewAsIs, onNotice]);
  useEffect(() => {
    if (data && selectedClaim) selectionRef.current = { data, claim: selectedClaim.id };
  }, [data, selectedClaim]);

  // Hover / focus: which sentence is active, its counterparts are highlighted.
  const [active, setActive] = useState<ActiveSentence | null>(null);
  // "This outlet" for "next unique in this outlet": the one last pointed at or focused (or the tab on show).
  const [outletNow, setOutletNow] = useState(0);
  const onActivate = useCallback((a: ActiveSentence) => {
    setActive(a);
    setOutletNow(a.report);
  }, []);
  const onDeactivate = useCallback(
    (a: ActiveSentence) => setActive((cur) => (cur && cur.report === a.report && cur.sentence === a.sentence ? null : cur)),
    [],
  );
  const lastSelectedFrom = useRef<HTMLElement | null>(null);
  const { picking, pick } = corrections;
  // What a click reads at the moment it happens, kept in a ref so that `onSelect` keeps one identity: every
  // sentence holds it, and a new one on each selection re-rendered every drawn block and made React rewrite
  // the handlers of all 2,794 sentences at 3 × 1,000 (#16: a commit of ~100 ms per selection).
  const selectContext = useRef({ picking, pick, selectedClaim });
  useEffect(() => {
    selectContext.current = { picking, pick, selectedClaim };
  }, [picking, pick, selectedClaim]);
  const onSelect = useCallback(
    (claim: string, at?: { report: number; sentence: number }) => {
      const { picking, pick, selectedClaim } = selectContext.current;
      // Picking a sentence for "Link a sentence" / "Merge with another claim": the click corrects, it does not select.
      if (picking && at && selectedClaim) {
        pick(selectedClaim, at.report, at.sentence);
        return;
      }
      lastSelectedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Anchored on the sentence clicked: a link to it opens on the claim that holds that sentence.
      setView(
        (prev) => (prev.claim === claim ? { ...prev, claim: null, at: null } : { ...prev, claim, at: at ? formatAnchor(at) : null }),
        { push: true },
      );
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

  // An edit renumbers claims: the selection follows the sentence named (or the claim's first).
  const rawEdit = corrections.edit;
  const editAndFollow = useCallback<typeof rawEdit>(
    (edit, message, follow) => {
      if (follow && data && selectedClaim) {
        selectionRef.current = { data, claim: selectedClaim.id, anchor: follow };
        // Before the edit: the edit's re-analysis resolves the selection by this sentence.
        setViewAsIs({ at: formatAnchor(follow) });
      }
      rawEdit(edit, message);
    },
    [rawEdit, data, selectedClaim, setViewAsIs],
  );
  const panelCorrections = useMemo(() => ({ ...corrections, edit: editAndFollow }), [corrections, editAndFollow]);

  const possible = useMemo(() => new Set(data?.claims.filter((c) => claimStrength(c) === 'possible').map((c) => c.id) ?? []), [data]);

  // "Next shared" / "next unique in this outlet", in that outlet's reading order.
  const jumpOutlet = selectedClaim && !selectedClaim.members.some((m) => m.report === outletNow) ? (selectedClaim.members[0]?.report ?? 0) : outletNow;
  const jumps = useMemo(() => {
    if (!data) return null;
    const from = selectedClaim?.id ?? null;
    const pair = (kind: ClaimKind) => ({
      prev: nextInOutlet(data, jumpOutlet, from, kind, -1),
      next: nextInOutlet(data, jumpOutlet, from, kind, 1),
    });
    return { report: jumpOutlet, outlet: data.reports[jumpOutlet]?.outlet ?? '', shared: pair('shared'), unique: pair('unique') };
  }, [data, selectedClaim, jumpOutlet]);
  const jumpTo = useCallback((claim: string) => setView({ claim }, { push: false }), [setView]);

  // The lens and panels.
  const lens: Lens = view.lens ?? DEFAULT_LENS;
  const framingOpen = view.panel === 'framing';
  const listOpen = view.panel === 'claims';
  const listFilter = listFilterOf(view);
  const setFramingOpen = useCallback((open: boolean) => setView({ panel: open ? 'framing' : null }, { push: true }), [setView]);
  const listReturn = useRef<HTMLElement | null>(null);
  const setListOpen = useCallback(
    (open: boolean) => {
      if (open) listReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setView({ panel: open ? 'claims' : null }, { push: true });
      if (open) focusWhenMounted('claims-list');
      else {
        const back = listReturn.current;
        window.setTimeout(() => (back?.isConnected ? back : document.getElementById('claims-toggle'))?.focus({ preventScroll: true }), 0);
      }
    },
    [setView],
  );
  const setListFilter = useCallback((update: Partial<ListFilter>) => setView(update), [setView]);
  /** A count or combination in the summary: the list, filtered to it. */
  const openListWith = useCallback(
    (filter: ListFilter) => {
      listReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setView({ ...filter, panel: 'claims' }, { push: true });
      focusWhenMounted('claims-list');
    },
    [setView],
  );
  /** A row of the list: select its claim (narrow screens: the list sheet gives way to the claim's). */
  const openFromList = useCallback(
    (claim: string) => {
      lastSelectedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setView(wide ? { claim } : { claim, panel: null }, { push: true });
    },
    [setView, wide],
  );

  // Escape closes the panel it is pressed in, else the topmost open one (claim, list, framing summary).
  // S / Shift+S: next / previous shared claim; U / Shift+U: next / previous unique claim in this outlet.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (e.key === 'Escape' && picking) {
        e.preventDefault();
        corrections.cancelPicking();
        return;
      }
      if (e.key === 'Escape') {
        const inPanel = target?.closest<HTMLElement>('[data-panel]')?.dataset.panel;
        const which = inPanel ?? (selectedClaim ? 'claim' : listOpen ? 'claims' : framingOpen ? 'framing' : null);
        if (!which) return;
        e.preventDefault();
        if (which === 'claim' && selectedClaim) closePanel();
        else if (which === 'claims' && listOpen) setListOpen(false);
        else if (which === 'framing' && framingOpen) {
          setFramingOpen(false);
          window.setTimeout(() => document.getElementById('framing-toggle')?.focus({ preventScroll: true }), 0);
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || !jumps) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (key !== 's' && key !== 'u') return;
      const pair = key === 's' ? jumps.shared : jumps.unique;
      const to = e.shiftKey ? pair.prev : pair.next;
      e.preventDefault();
      if (to) jumpTo(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedClaim, closePanel, listOpen, setListOpen, framingOpen, setFramingOpen, jumps, jumpTo, picking, corrections]);

  // Picking ends when the claim being corrected is no longer the one on show.
  const { cancelPicking } = corrections;
  useEffect(() => {
    if (picking && picking.claim !== selectedClaim?.id) cancelPicking();
  }, [picking, selectedClaim, cancelPicking]);

  // Bring counterparts into view inside their own column (wide screens only: columns scroll there).
  useEffect(() => {
    if (!active || !wide) return;
    const t = window.setTimeout(() => scrollCounterparts(active.claim, active.report), 120);
    return () => window.clearTimeout(t);
  }, [active, wide]);
  // The columns follow the selection one render late, as they follow the lens (below): the click or key
  // answers with the claim panel at once, and the columns' re-tint is React's time-sliced background render
  // (#16: a selection, then S, were synchronous renders of 110–130 ms at 3 × 1,000 on the quiet machine).
  // The counterparts are scrolled to once the columns show the selection.
  const columnsSelected = useDeferredValue(selectedClaim?.id ?? null);
  useEffect(() => {
    if (!columnsSelected || !wide) return;
    const t = window.setTimeout(() => scrollCounterparts(columnsSelected, -1), 50);
    return () => window.clearTimeout(t);
  }, [columnsSelected, wide]);

  const actorIds = useMemo(() => [...new Set(data?.reports.flatMap((r) => r.framing.actors.actors.map((a) => a.actor)) ?? [])], [data]);
  const lensContext = useMemo(() => ({ actors: comparison.actors, present: actorIds }), [comparison.actors, actorIds]);
  // The columns follow the lens one render late: the lens bar answers at once, and each column computes its
  // own marks (LensedColumn) in React's time-sliced background render, which yields between components,
  // instead of one main-thread task marking every report (#16: 468–3,107 ms at 3 × 1,000 before).
  // `shownLens` is `lens` once its view (a chunk: lens/views.ts) is loaded; the columns follow it.
  const shownLens = useShownLens(lens);
  const columnsLens = useDeferredValue(shownLens);
  // The other lenses' views are fetched once the comparison is on screen and the browser idle.
  const hasData = !!data;
  useEffect(() => (hasData ? preloadLensViews() : undefined), [hasData]);
  const coverage = useMemo(() => data?.reports.map((_, i) => coverageSegments(data, i)) ?? [], [data]);
  const setLens = useCallback((next: Lens) => setView({ lens: next }), [setView]);

  // The summary strip folds to one line of totals; folded by default, for the text's room (kept for this page only).
  const [summaryOpen, setSummaryOpen] = useState(false);

  const setRemoved = (removed: boolean) => setView({ removed });
  const setSensitivity = useCallback((value: number) => setView({ sensitivity: value }), [setView]);
  const removedCount = data?.reports.reduce((n, r) => n + r.removed.length, 0) ?? 0;

  return {
    data,
    comparison,
    corrections: panelCorrections,
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
    outletNow,
    setOutletNow,
    listOpen,
    listFilter,
    setListOpen,
    setListFilter,
    openListWith,
    openFromList,
    lens,
    shownLens,
    lensContext: lensContext as LensContext,
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

/**
 * Focus an element as soon as it is in the page: the claims list is a lazily loaded chunk, so on its first
 * opening it mounts a few frames after the click (tries for up to two seconds).
 */
function focusWhenMounted(id: string, tries = 120) {
  const el = document.getElementById(id);
  if (el) el.focus({ preventScroll: true });
  else if (tries > 0) window.requestAnimationFrame(() => focusWhenMounted(id, tries - 1));
}
