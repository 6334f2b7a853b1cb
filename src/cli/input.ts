/**
 * Reading report files for the command line: validation with one-line
 * messages, ids from file names, and metadata from a data/manifest.json that
 * lists the file.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReportInput } from '../core/types';
import { MAX_REPORT_BYTES } from '../share/limits';

/** A problem with one of the inputs; its message is one line, fit for stderr. */
export class InputError extends Error {
  override name = 'InputError';
}

interface ManifestReport {
  id?: unknown;
  outlet?: unknown;
  language?: unknown;
  date?: unknown;
  machineTranslated?: unknown;
  url?: unknown;
  file?: unknown;
}

/** The metadata a manifest may give a report. */
export type ReportMeta = Pick<ReportInput, 'outlet' | 'language' | 'date' | 'machineTranslated' | 'url'>;

export function describeErrno(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

export const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads one report file as UTF-8 text, refusing what cannot be a report. */
export function readReportText(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`cannot read "${file}": it is a directory`);
    if (!stat.isFile()) throw new InputError(`cannot read "${file}": not a regular file`);
    if (stat.size > MAX_REPORT_BYTES) throw new InputError(`"${file}" is ${stat.size} bytes; a report may be at most ${MAX_REPORT_BYTES} bytes (1 MB, as on the page)`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read "${file}": ${describeErrno(err)}`);
  }
  if (bytes.includes(0)) throw new InputError(`"${file}" looks like a binary file (it contains NUL bytes), not a text report`);
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a leading BOM
  } catch {
    throw new InputError(`"${file}" is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`"${file}" is empty: a report needs some text`);
  return text;
}

/** The report id a file gets: its base name without the last extension. */
export function idFromPath(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** Makes ids unique within a comparison: a repeated id gets "-2", "-3", … */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}

function readManifestEntries(manifestPath: string): { dir: string; reports: ManifestReport[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return undefined; // absent or not JSON: not a manifest we can use
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const events = (parsed as { events?: unknown }).events;
  if (!Array.isArray(events)) return undefined;
  const reports: ManifestReport[] = [];
  for (const event of events) {
    const list = (event as { reports?: unknown } | null)?.reports;
    if (Array.isArray(list)) for (const r of list) if (typeof r === 'object' && r !== null) reports.push(r as ManifestReport);
  }
  return { dir: path.dirname(manifestPath), reports };
}

/**
 * Looks for the file in a manifest: walking up from the file's folder, the
 * first `manifest.json` inside a folder named `data` (the repository's
 * `data/manifest.json`, whose `file` paths are relative to `data/`) that lists
 * this exact file. `cache` avoids re-reading the manifest for every file.
 */
export function findManifestMeta(file: string, cache = new Map<string, ReturnType<typeof readManifestEntries>>()): ReportMeta | undefined {
  const abs = path.resolve(file);
  let dir = path.dirname(abs);
  for (;;) {
    if (path.basename(dir) === 'data') {
      const manifestPath = path.join(dir, 'manifest.json');
      if (!cache.has(manifestPath)) cache.set(manifestPath, readManifestEntries(manifestPath));
      const manifest = cache.get(manifestPath);
      if (manifest) {
        const rel = path.relative(manifest.dir, abs).split(path.sep).join('/');
        const entry = manifest.reports.find((r) => typeof r.file === 'string' && path.posix.normalize(r.file) === rel);
        if (entry) return metaFromEntry(entry);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function metaFromEntry(entry: ManifestReport): ReportMeta | undefined {
  if (typeof entry.outlet !== 'string' || entry.outlet.trim() === '') return undefined;
  const meta: ReportMeta = { outlet: entry.outlet };
  if (typeof entry.language === 'string') meta.language = entry.language;
  if (typeof entry.date === 'string') meta.date = entry.date;
  if (typeof entry.machineTranslated === 'boolean') meta.machineTranslated = entry.machineTranslated;
  if (typeof entry.url === 'string') meta.url = entry.url;
  return meta;
}

/** Reads all files into ReportInputs, in the order given. Throws InputError on the first bad file. */
export function loadReports(files: readonly string[]): ReportInput[] {
  const ids = uniqueIds(files.map(idFromPath));
  const cache = new Map<string, ReturnType<typeof readManifestEntries>>();
  return files.map((file, i) => {
    const text = readReportText(file);
    const meta = findManifestMeta(file, cache) ?? { outlet: idFromPath(file) };
    return { id: ids[i]!, ...meta, text };
  });
}

