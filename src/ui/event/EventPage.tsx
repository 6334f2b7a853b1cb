/** A bundled event from data/manifest.json; its view lives in the query string (`?event=…&claim=…`). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportInput } from '../../core/index';
import { hideNamesIn } from '../classroom/outletLabels';
import { ComparisonPage, type ComparisonInput, type SetComparisonView } from '../comparison/ComparisonPage';
import { HeaderTitle } from '../components/PageHeader';
import { manifestQueryOptions, reportTextsQueryOptions, type ManifestEvent } from '../data';
import { formatDate } from '../kinds';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { NO_CORRECTIONS } from '../../core/edits/format';
import { resolveView } from '../view/urlState';
import { useUrlState } from '../view/useUrlState';

export function EventPage() {
  const manifest = useQuery(manifestQueryOptions());
  const [view, setView] = useUrlState();
  // A link that asked for something missing leaves a notice (kept after the address is corrected).
  const [notice, setNotice] = useState<string | null>(null);

  const eventIds = useMemo(() => manifest.data?.events.map((e) => e.id) ?? [], [manifest.data]);
  const resolution = resolveView(view, { events: eventIds, claims: null });
  const event: ManifestEvent | undefined = manifest.data?.events.find((e) => e.id === resolution.state.event);

  const client = useQueryClient();
  const files = useMemo(() => event?.reports.map((r) => r.file) ?? [], [event]);
  const texts = useQuery(reportTextsQueryOptions(client, files));
  const reports = useStableReports(event, texts.data ?? []);

  // Write the resolved event back (a copied address then names the event explicitly).
  const resolvedEvent = resolution.state.event;
  const eventNotice = manifest.data ? resolution.notice : null;
  useEffect(() => {
    if (!manifest.data) return;
    if (eventNotice) setNotice(eventNotice);
    if (resolvedEvent !== view.event) setView({ event: resolvedEvent, claim: eventNotice ? null : view.claim });
  }, [manifest.data, resolvedEvent, eventNotice, view.event, view.claim, setView]);

  // Classroom mode: an outlet named in the event's title or summary is hidden there too.
  const outletNames = useMemo(() => event?.reports.map((r) => r.outlet) ?? [], [event]);
  const shown = (text: string) => (view.hideOutlets ? hideNamesIn(text, outletNames) : text);
  const title = event ? shown(event.title) : undefined;
  const summary = event?.summary ? shown(event.summary) : undefined;
  useEffect(() => {
    document.title = title ? `${title} · Parallax` : 'Parallax';
  }, [title]);

  const setComparisonView = useCallback<SetComparisonView>(
    (update, options) => setView((prev) => ({ ...prev, ...(typeof update === 'function' ? update(prev) : update) }), options),
    [setView],
  );

  const textsError = texts.isError ? texts.error : null;
  let input: ComparisonInput;
  if (manifest.isPending) input = { status: 'loading', count: 3, label: 'Loading the event list…' };
  else if (manifest.isError)
    input = {
      status: 'error',
      title: 'The event list could not be loaded',
      message: manifest.error.message,
      onRetry: () => void manifest.refetch(),
    };
  else if (!event) input = { status: 'empty', title: 'No events yet', message: 'The manifest lists no events to compare.' };
  else if (event.reports.length === 0) input = { status: 'empty', title: 'No reports', message: 'This event has no reports to compare yet.' };
  else if (textsError)
    input = {
      status: 'error',
      title: 'A report could not be loaded',
      message: textsError.message,
      onRetry: () => void texts.refetch(),
    };
  else if (!reports)
    input = { status: 'loading', count: event.reports.length, names: event.reports.map((r) => r.outlet), label: 'Loading the reports…' };
  else input = { status: 'ready', reports, metas: event.reports };

  const heading = event ? (
    <HeaderTitle
      title={title!}
      subTitle={summary}
      sub={
        <>
          {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
          {event.date && <span aria-hidden="true"> · </span>}
          {summary ?? `${event.reports.length} reports`}
        </>
      }
    />
  ) : (
    <h1 className="font-serif text-lg text-stone-500">{manifest.isPending ? 'Loading…' : 'Parallax'}</h1>
  );

  const eventSelect =
    manifest.data && manifest.data.events.length > 1 ? (
      <label className="flex items-center gap-2 text-sm text-stone-700">
        Event
        <select
          value={event?.id ?? ''}
          onChange={(e) => setView({ event: e.target.value, claim: null, corrections: NO_CORRECTIONS }, { push: true })}
          className="max-w-64 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
        >
          {manifest.data.events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  const controls = (
    <>
      {eventSelect}
      {event && <CopyLinkButton />}
    </>
  );

  return (
    <ComparisonPage
      input={input}
      view={view}
      setView={setComparisonView}
      heading={heading}
      doc={title ? { title, date: event?.date } : undefined}
      controls={controls}
      notice={notice}
      onNotice={setNotice}
    />
  );
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
