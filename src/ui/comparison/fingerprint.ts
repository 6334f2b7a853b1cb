/**
 * Short, stable keys for big inputs, so TanStack Query keys stay small (a key
 * is hashed on every render; a report can be 1 MB). Two 32-bit string hashes
 * plus the length: collisions are not a practical concern for a page's cache.
 */
import type { ReportInput } from '../../core/index';

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function djb2(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 33) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

export function fingerprint(s: string): string {
  return `${s.length.toString(36)}-${fnv1a(s).toString(36)}-${djb2(s).toString(36)}`;
}

const byReports = new WeakMap<readonly ReportInput[], string>();

/** One key for a list of reports: every field the analysis reads, the texts by fingerprint. Cached per array. */
export function reportsFingerprint(reports: readonly ReportInput[]): string {
  let key = byReports.get(reports);
  if (key === undefined) {
    key = fingerprint(JSON.stringify(reports.map(({ text, ...rest }) => [rest, fingerprint(text ?? '')])));
    byReports.set(reports, key);
  }
  return key;
}
