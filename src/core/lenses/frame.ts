/**
 * The framing lens of one report: every registered lens (registry.ts) in
 * order — who speaks (voices), how actors are named (actors), loaded and
 * hedging words (loaded: it takes the voices, so a word inside a quotation is
 * charged to its speaker rather than to the outlet), facts and figures (facts).
 */
import { DEFAULT_PROFILE } from '../language/bundled';
import type { LanguageProfile } from '../language/profile';
import type { ReportFraming, Span } from '../types';
import type { Lens } from './lens';
import { LENSES } from './registry';

export function frameReport(text: string, sentences: Span[], profile: LanguageProfile = DEFAULT_PROFILE, lenses: readonly Lens[] = LENSES): ReportFraming {
  const framing: Record<string, unknown> = {};
  for (const lens of lenses) framing[lens.id] = lens.detect({ text, sentences, profile, earlier: framing });
  // With the default registry this is exactly ReportFraming; a custom list yields its own keys.
  return framing as unknown as ReportFraming;
}

/** A report with nothing detected: a neutral value for tests and for building results by hand. */
export function emptyFraming(): ReportFraming {
  return frameReport('', []);
}
