import type { Comparison } from '../../core/index';
import { SENTENCE_AT } from '../view/fields';

/** A sentence of a comparison, 0-based (report index, sentence index). */
export interface SentenceAt {
  report: number;
  sentence: number;
}

/** The view's `at` ("3.15", counted from 1) → 0-based; null when absent or malformed. */
export function parseAnchor(at: string | null | undefined): SentenceAt | null {
  if (typeof at !== 'string' || !SENTENCE_AT.test(at)) return null;
  const [r, s] = at.split('.').map(Number) as [number, number];
  return { report: r - 1, sentence: s - 1 };
}

/** 0-based → the view's `at` ("3.15"). */
export function formatAnchor(at: SentenceAt): string {
  return `${at.report + 1}.${at.sentence + 1}`;
}

/**
 * The claim that holds the anchored sentence in `data`, or undefined when the
 * anchor names no sentence of it (no anchor, another set of reports, a stale
 * link): the caller then falls back to the claim id.
 */
export function anchoredClaim(data: Comparison | undefined, at: string | null | undefined): string | undefined {
  const a = parseAnchor(at);
  if (!a || !data) return undefined;
  const claim = data.reports[a.report]?.sentences[a.sentence]?.claim;
  return claim ? claim : undefined;
}

/** Whether the anchor names a sentence of `claim` (so the view's `at` may stay as it is). */
export function anchorIn(claim: { members: readonly SentenceAt[] }, at: string | null | undefined): boolean {
  const a = parseAnchor(at);
  return a !== null && claim.members.some((m) => m.report === a.report && m.sentence === a.sentence);
}
