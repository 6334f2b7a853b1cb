/**
 * The seed event for tests (Node only: it reads files). Not part of the core's
 * surface; the app's tsconfig leaves this folder out.
 */
import { readFileSync } from 'node:fs';
import type { ReportInput } from '../types';

const DATA = new URL('../../../data/', import.meta.url);

/** The text of one seed file, by its name in data/events/us-mines-ukraine-2024-11/. */
export function seedText(name: string): string {
  return readFileSync(new URL(`events/us-mines-ukraine-2024-11/${name}`, DATA), 'utf8');
}

interface ManifestReport {
  id: string;
  outlet: string;
  file: string;
}

/** The seed event's reports as the page loads them: outlet names from data/manifest.json. */
export function seedReports(): ReportInput[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', DATA), 'utf8')) as { events: { reports: ManifestReport[] }[] };
  return manifest.events[0]!.reports.map((r) => ({ id: r.id, outlet: r.outlet, text: readFileSync(new URL(r.file, DATA), 'utf8') }));
}
