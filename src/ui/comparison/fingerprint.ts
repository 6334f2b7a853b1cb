/**
 * Short, stable keys for big inputs, so TanStack Query keys stay small (a key
 * is hashed on every render; a report can be 1 MB). Two 32-bit string hashes
 * plus the length: collisions are not a practical concern for a page's cache.
 */
import type { ReportInput } from '../../core/index';

/**
 * FNV-1a and djb2 of `s`, in one pass over it: the shared page's first render fingerprints every report's
 * text (~370 k characters at 3 × 1,000), and two passes were ~33 ms of that render on the loaded machine.
 */
function hashes(s: string): [number, number] {
  let f = 0x811c9dc5;
  let d = 5381;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    f = Math.imul(f ^ c, 0x01000193);
    d = (Math.imul(d, 33) + c) | 0;
  }
  return [f >>> 0, d >>> 0];
}

export function fingerprint(s: string): string {
  const [f, d] = hashes(s);
  return `${s.length.toString(36)}-${f.toString(36)}-${d.toString(36)}`;
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
