/**
 * Defaults of the analysis, in one place.
 */
import type { CompareOptions, ResolvedOptions } from './types';

/** The tuned sensitivity: the page's default and the command line's. */
export const DEFAULT_SENSITIVITY = 0.5;

/**
 * Similarity a pair needs at sensitivity 0 (strict) and 1 (loose); the
 * threshold moves linearly between them, so the default sits midway.
 */
const STRICT_THRESHOLD = 0.6;
const LOOSE_THRESHOLD = 0.1;

export function resolveOptions(options: CompareOptions = {}): ResolvedOptions {
  const raw = options.sensitivity;
  const sensitivity = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : DEFAULT_SENSITIVITY;
  const threshold = Math.round((STRICT_THRESHOLD + (LOOSE_THRESHOLD - STRICT_THRESHOLD) * sensitivity) * 1000) / 1000;
  return { sensitivity, threshold };
}
