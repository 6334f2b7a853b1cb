/**
 * The seed reports as the framing-lens detectors see them: text plus kept
 * sentences (clean → segment → dedupe: compareReports' own preparation). Node only (it reads files).
 */
import { prepareReport } from '../analyzer';
import type { Span } from '../types';
import { seedReports } from './seeds';

export interface LensReport {
  id: string;
  outlet: string;
  text: string;
  sentences: Span[];
}

export function sentencesOf(text: string): Span[] {
  return prepareReport({ id: 'x', outlet: 'x', text }).spans;
}

export function lensSeed(): LensReport[] {
  return seedReports().map((r) => ({ id: r.id, outlet: r.outlet, text: r.text!, sentences: sentencesOf(r.text!) }));
}
