/**
 * The user's own reports, carried whole in the address fragment (`#r=v1.…`).
 * The view (claim, sensitivity, removed text) is re-encoded into the fragment
 * as it changes (replaceState), so the address is always a complete link.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ReportInput } from '../../core/index';
// The link formats only, not the barrel: the barrel brings the HTML import (Readability), which the editor loads.
import { describeShareError, formatFragment, type DecodeResult, type ShareState } from '../../share/shareState';
import { hideNamesIn, joinLabels } from '../classroom/outletLabels';
import { ComparisonPage, type ComparisonInput, type ComparisonView, type SetComparisonView } from '../comparison/ComparisonPage';
import { AlertIcon } from '../components/icons';
import { buttonClass, HeaderTitle, PageHeader } from '../components/PageHeader';
import { ShareBar } from './ShareBar';
import { formatDate } from '../kinds';
import { onLinkClick } from '../navigation';
import { joinOutlets } from './recent';
import { addToRecent, decodeCached, editReports, encodeCached, encodedByThisTab, takeAddedByOpen } from './sharedState';
import { DEFAULT_LINK_VIEW, linkViewKey, toLinkView, type LinkView } from '../view/fields';

type Decoded = { payload: string; result: DecodeResult };

/**
 * Decoding a link through TanStack Query: keyed by the payload, answered at once
 * for payloads this tab has seen (decodeCached), and while another link is being
 * read the last one stays on screen (keepPreviousData).
 */
function useDecodedLink(payload: string) {
  return useQuery({
    queryKey: ['shared-link', payload],
    queryFn: async (): Promise<Decoded> => ({ payload, result: await decodeCached(payload) }),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
    structuralSharing: false,
    placeholderData: keepPreviousData,
  });
}

export function SharedPage({ payload }: { payload: string }) {
  /** The payload this page last wrote into the address itself (re-encoding the view): not read again. */
  const written = useRef<string | null>(null);
  const [target, setTarget] = useState(payload);
  useEffect(() => {
    if (payload !== written.current) setTarget(payload);
  }, [payload]);

  const query = useDecodedLink(target);
  const decoded = query.isPlaceholderData ? undefined : query.data;
  const shown = query.data;
  useEffect(() => {
    if (!decoded) return;
    written.current = null;
    // Opened by "Compare", the link is on the recent list already (re-reading and rewriting the stored links is not free).
    if (decoded.result.ok && !takeAddedByOpen(decoded.payload)) addToRecent(decoded.payload, decoded.result.state.reports, decoded.result.state.view);
  }, [decoded]);

  if (!shown) {
    return (
      <ComparisonPage
        input={{ status: 'loading', count: 3, label: 'Reading the link…' }}
        view={DEFAULT_LINK_VIEW}
        setView={noop}
        heading={<h1 className="font-serif text-lg text-stone-500">Opening a shared comparison…</h1>}
        notice={null}
        onNotice={noop}
      />
    );
  }
  if (!shown.result.ok) return <LinkProblem result={shown.result} />;
  return <SharedComparison key={shown.payload} payload={shown.payload} state={shown.result.state} warnings={shown.result.warnings} written={written} />;
}

const noop = () => {};

function SharedComparison({
  payload,
  state,
  warnings,
  written,
}: {
  payload: string;
  state: ShareState;
  warnings: string[];
  written: RefObject<string | null>;
}) {
  const [view, setViewState] = useState<ComparisonView>(() => ({ ...state.view }));
  const [notice, setNotice] = useState<string | null>(warnings.length > 0 ? warnings.join(' ') : null);
  const [current, setCurrent] = useState(payload);

  const reports = useMemo(
    () =>
      state.reports.map(
        (r, i): ReportInput => ({ id: `r${i + 1}`, outlet: r.outlet, text: r.text, date: r.date, url: r.url, language: r.language }),
      ),
    [state],
  );
  const input: ComparisonInput = useMemo(() => ({ status: 'ready', reports }), [reports]);

  const setView = useCallback<SetComparisonView>((update) => {
    setViewState((prev) => ({ ...prev, ...(typeof update === 'function' ? update(prev) : update) }));
  }, []);

  // Keep the fragment in step with the view (replaceState: the link is always complete), but not on every
  // view change: encoding deflates every report (a 3 × 1,000-sentence comparison spent its main thread
  // re-encoding on each click, #16). The link is written when the page is idle after a change, and "Copy
  // link" encodes at once when the view changed since (linkNow).
  const viewKey = linkViewKey(view);
  // A payload this tab encoded is the link of its state's view already: nothing to re-encode until the view changes.
  const encodedKey = useRef<string | null>(encodedByThisTab(payload) ? linkViewKey(state.view) : null);
  const encodeNow = useCallback(
    async (key: string) => {
      const next = await encodeCached({ reports: state.reports, view: toLinkView(JSON.parse(key) as Partial<LinkView>) });
      encodedKey.current = key;
      written.current = next;
      setCurrent(next);
      const hash = formatFragment(next);
      if (window.location.hash !== hash) window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
      return next;
    },
    [state, written],
  );
  useEffect(() => {
    let live = true;
    let idle: number | undefined;
    const run = () => {
      if (live && encodedKey.current !== viewKey) void encodeNow(viewKey);
    };
    const t = window.setTimeout(() => {
      idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 0);
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(t);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [viewKey, encodeNow]);
  const linkNow = useCallback(async () => {
    const payload = encodedKey.current === viewKey ? current : await encodeNow(viewKey);
    return `${window.location.origin}${window.location.pathname}${formatFragment(payload)}`;
  }, [viewKey, current, encodeNow]);

  // The maker's title, else the outlets joined; in classroom mode no outlet is named in it.
  const outlets = state.reports.map((r) => r.outlet);
  const hidden = view.hideOutlets ?? false;
  const ownTitle = view.title ?? '';
  const title = ownTitle !== '' ? (hidden ? hideNamesIn(ownTitle, outlets) : ownTitle) : hidden ? joinLabels(outlets.length) : joinOutlets(outlets);
  const note = view.note ? (hidden ? hideNamesIn(view.note, outlets) : view.note) : undefined;
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
  const dates = [...new Set(state.reports.map((r) => r.date).filter((d): d is string => !!d))];

  const url = `${window.location.origin}${window.location.pathname}${formatFragment(current)}`;
  const shareState = useMemo(() => ({ reports: state.reports, view: toLinkView(view) }), [state, view]);

  return (
    <ComparisonPage
      input={input}
      view={view}
      setView={setView}
      doc={{ title, note, date: dates.join(', ') || undefined }}
      heading={
        <HeaderTitle
          title={title}
          sub={
            <>
              {ownTitle !== '' && !hidden && <>{joinOutlets(outlets)} · </>}
              Your own reports · {state.reports.length} reports
              {dates.length > 0 && (
                <>
                  <span aria-hidden="true"> · </span>
                  {dates.map((d) => formatDate(d)).join(', ')}
                </>
              )}
            </>
          }
        />
      }
      banner={<ShareBar url={url} linkNow={linkNow} state={shareState} onEdit={() => editReports(state.reports, { title: ownTitle, note: view.note ?? '' })} />}
      notice={notice}
      onNotice={setNotice}
    />
  );
}

/** A link that cannot be opened: what is wrong, what could be read, and ways on. Never a blank page. */
function LinkProblem({ result }: { result: Extract<DecodeResult, { ok: false }> }) {
  useEffect(() => {
    document.title = 'Link cannot be opened · Parallax';
  }, []);
  const partial = result.partial?.reports ?? [];
  return (
    <div className="flex min-h-screen flex-col bg-stone-100 text-stone-900">
      <PageHeader heading={<h1 className="font-serif text-lg leading-tight font-semibold text-stone-900 sm:text-xl">This link cannot be opened</h1>} />
      <main className="flex flex-1 items-start justify-center p-6 sm:p-10">
        <div role="alert" className="w-full max-w-xl rounded-xl border border-rose-200 bg-white p-6 shadow-sm">
          <div className="flex items-start gap-3">
            <AlertIcon className="mt-0.5 size-5 shrink-0 text-rose-600" />
            <div className="min-w-0">
              <h2 className="font-semibold text-stone-900">{problemTitle(result.error)}</h2>
              <p className="mt-1 text-sm text-stone-700">{describeShareError(result.error, 'link')}</p>
              {result.detail && <p className="mt-2 text-sm text-stone-600">{result.detail}</p>}
            </div>
          </div>
          {partial.length > 0 && (
            <div className="mt-5 rounded-lg border border-stone-200 bg-stone-50 p-4">
              <h3 className="text-sm font-semibold text-stone-800">
                {partial.length === 1 ? 'One report could be read' : `${partial.length} reports could be read`}
              </h3>
              <ul className="mt-2 space-y-1 text-sm text-stone-700">
                {partial.map((r, i) => (
                  <li key={i} className="flex gap-2">
                    <span className="font-medium">{r.outlet}</span>
                    <span className="text-stone-500 tabular-nums">{r.text.length.toLocaleString('en-US')} characters</span>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => editReports(partial)} className={`${buttonClass.primary} mt-3`}>
                Open {partial.length === 1 ? 'it' : 'them'} in the editor
              </button>
            </div>
          )}
          <div className="mt-5 flex flex-wrap gap-3 text-sm">
            <a href="?new" onClick={onLinkClick('?new')} className={buttonClass.secondary}>
              Start a new comparison
            </a>
            <a href={import.meta.env.BASE_URL} onClick={onLinkClick(import.meta.env.BASE_URL)} className={buttonClass.secondary}>
              Open the bundled event
            </a>
          </div>
        </div>
      </main>
    </div>
  );
}

function problemTitle(error: string): string {
  switch (error) {
    case 'truncated':
      return 'The link is incomplete';
    case 'corrupted':
      return 'The link is damaged';
    case 'unknown-version':
      return 'The link comes from a newer version of Parallax';
    case 'empty':
      return 'The link is empty';
    case 'too-many-reports':
      return 'Too many reports';
    case 'too-few-reports':
      return 'Too few reports';
    case 'too-large':
      return 'The link is too large';
    default:
      return 'The link is not a valid comparison';
  }
}
