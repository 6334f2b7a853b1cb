/**
 * Fetching the event manifest and the report texts from `data/` over HTTP.
 * Every request goes through TanStack Query via the option factories below;
 * cache defaults live in `queryClient.ts`.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';

export interface ManifestReport {
  id: string;
  outlet: string;
  outletEvidence?: string;
  date?: string;
  language?: string;
  originalLanguage?: string;
  machineTranslated?: boolean;
  url?: string;
  /** Relative to `data/`. */
  file: string;
}

export interface ManifestEvent {
  id: string;
  title: string;
  date?: string;
  summary?: string;
  reports: ManifestReport[];
}

export interface Manifest {
  schema: string;
  events: ManifestEvent[];
}

/** Where `data/` is served: next to the app, honouring Vite's `base`. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path.split('/').map(encodeURIComponent).join('/')}`;
}

async function fetchOk(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new Error(`Could not load ${what}: the network request failed.`, { cause: err });
  }
  if (!res.ok) {
    throw new Error(`Could not load ${what} (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}).`);
  }
  return res;
}

export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  const res = await fetchOk(dataUrl(path), path, signal);
  return res.text();
}

export async function fetchManifest(signal?: AbortSignal): Promise<Manifest> {
  const res = await fetchOk(dataUrl('manifest.json'), 'the event list (manifest.json)', signal);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error('The event list (manifest.json) is not valid JSON.');
  }
  return parseManifest(json);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Checks the shape we rely on; throws a readable error rather than crashing later. */
export function parseManifest(json: unknown): Manifest {
  if (!isRecord(json) || !Array.isArray(json.events)) {
    throw new Error('The event list (manifest.json) has no "events" array.');
  }
  const events = json.events.map((e, i): ManifestEvent => {
    if (!isRecord(e) || typeof e.id !== 'string' || !Array.isArray(e.reports)) {
      throw new Error(`Event #${i + 1} in manifest.json lacks an id or a reports list.`);
    }
    const reports = e.reports.map((r, j): ManifestReport => {
      if (!isRecord(r) || typeof r.id !== 'string' || typeof r.file !== 'string') {
        throw new Error(`Report #${j + 1} of event "${e.id}" lacks an id or a file.`);
      }
      return {
        id: r.id,
        outlet: optString(r.outlet) ?? r.id,
        outletEvidence: optString(r.outletEvidence),
        date: optString(r.date),
        language: optString(r.language),
        originalLanguage: optString(r.originalLanguage),
        machineTranslated: r.machineTranslated === true,
        url: optString(r.url),
        file: r.file,
      };
    });
    return {
      id: e.id,
      title: optString(e.title) ?? e.id,
      date: optString(e.date),
      summary: optString(e.summary),
      reports,
    };
  });
  return { schema: typeof json.schema === 'string' ? json.schema : '', events };
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['manifest'] as const,
    queryFn: ({ signal }) => fetchManifest(signal),
  });
}

export function reportTextQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['report-text', file] as const,
    queryFn: ({ signal }) => fetchText(file, signal),
  });
}

/**
 * All of an event's report texts as one query, each file still its own cached query
 * (`ensureQueryData`: a retry after one file failed fetches only the files not loaded yet).
 * One `useQuery` instead of `useQueries`: the page needs the texts only all together, and
 * `useQueries` with its observer was ~1.1 KiB gzip of the startup bundle (#16).
 */
export function reportTextsQueryOptions(client: QueryClient, files: readonly string[]) {
  return queryOptions({
    queryKey: ['report-texts', ...files] as const,
    queryFn: () => Promise.all(files.map((file) => client.ensureQueryData(reportTextQueryOptions(file)))),
    enabled: files.length > 0,
  });
}
