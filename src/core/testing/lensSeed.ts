/**
 * The seed reports as the framing-lens detectors see them: text plus kept
 * sentences (clean → segment → dedupe, exactly as compareReports prepares a
 * report). Node only (it reads files).
 */
import { cleanText } from '../clean';
import { dedupeSentences } from '../dedupe';
import { segmentBlocks } from '../segment';
import type { Span } from '../types';
import { seedReports } from './seeds';

export interface LensReport {
  id: string;
  outlet: string;
  text: string;
  sentences: Span[];
}

export function sentencesOf(text: string): Span[] {
  return dedupeSentences(text, segmentBlocks(text, cleanText(text).blocks)).kept;
}

export function lensSeed(): LensReport[] {
  return seedReports().map((r) => ({ id: r.id, outlet: r.outlet, text: r.text!, sentences: sentencesOf(r.text!) }));
}
