/**
 * The sentences of the events that ship with the app (data/manifest.json),
 * as the page's analysis sees them, and the vector pack that holds their
 * vectors (data/embeddings/bundled.json; core/matching/semantic/pack.ts says
 * why). `npm run embed:bundled` (scripts/embed-bundled.ts) writes the pack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareReports, type ReportInput } from '../core/index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLED_PACK = path.join(ROOT, 'data/embeddings/bundled.json');

interface ManifestReport {
  id: string;
  outlet: string;
  language?: string;
  file: string;
}

/** Every bundled event's reports, read as the page reads them (text and language: what segmentation depends on). */
export function bundledEvents(): { id: string; reports: ReportInput[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'data/manifest.json'), 'utf8')) as { events: { id: string; reports: ManifestReport[] }[] };
  return manifest.events.map((e) => ({
    id: e.id,
    reports: e.reports.map((r) => ({ id: r.id, outlet: r.outlet, text: readFileSync(path.join(ROOT, 'data', r.file), 'utf8'), ...(r.language ? { language: r.language } : {}) })),
  }));
}

/** The distinct sentence texts the sentence model would be asked to encode for the bundled events, in first-seen order. */
export function bundledSentences(): string[] {
  const out = new Set<string>();
  for (const e of bundledEvents()) {
    for (const r of compareReports(e.reports, { matcher: 'lexical' }).reports) for (const s of r.sentences) out.add(s.text);
  }
  return [...out];
}
