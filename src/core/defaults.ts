/**
 * Defaults of the analysis that the page's main thread needs (the sensitivity
 * slider, the URL codecs). This module imports no matcher, model code or lens
 * detector — only data — so the main bundle can use it without carrying the
 * analysis, which runs in the worker (architecture issue: "keep the core off
 * the main thread's bundle").
 */
import trained from '../../data/matcher-model.json' with { type: 'json' };
import semantic from '../../data/matcher-semantic.json' with { type: 'json' };
import type { CompareOptions, ResolvedOptions } from './types';

/** The tuned sensitivity: the page's default and the command line's. */
export const DEFAULT_SENSITIVITY = 0.5;

/** The link probability the default sensitivity maps to, chosen on the development sets (the lexical matcher's). */
export const DEFAULT_THRESHOLD: number = (trained as { defaultThreshold: number }).defaultThreshold;

/** Each bundled matcher's tuned threshold and the probability from which a link is "strong" (data/matcher-*.json). */
export const MATCHER_SETTINGS: Readonly<Record<string, { defaultThreshold: number; strongProbability: number }>> = {
  lexical: trained as { defaultThreshold: number; strongProbability: number },
  semantic: semantic as { defaultThreshold: number; strongProbability: number },
};

/**
 * The link probability needed at sensitivity 0 (strict) and 1 (loose). The
 * default sensitivity maps to the model's cross-validated threshold, and the
 * threshold moves linearly from there towards each end.
 */
const STRICT_THRESHOLD = 0.9;
const LOOSE_THRESHOLD = 0.05;

/** `tuned`: the threshold of the matcher in use at the default sensitivity (the lexical one's by default). */
export function resolveOptions(options: CompareOptions = {}, tuned: number = DEFAULT_THRESHOLD): ResolvedOptions {
  const raw = options.sensitivity;
  const sensitivity = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : DEFAULT_SENSITIVITY;
  const threshold =
    sensitivity <= DEFAULT_SENSITIVITY
      ? tuned + (STRICT_THRESHOLD - tuned) * ((DEFAULT_SENSITIVITY - sensitivity) / DEFAULT_SENSITIVITY)
      : tuned - (tuned - LOOSE_THRESHOLD) * ((sensitivity - DEFAULT_SENSITIVITY) / (1 - DEFAULT_SENSITIVITY));
  return { sensitivity, threshold: Math.round(threshold * 1000) / 1000 };
}
