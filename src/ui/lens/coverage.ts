/**
 * The coverage overview: where each kind of claim lies along a report, and how
 * many claims each combination of outlets shares. Pure.
 */
import type { ClaimKind, Comparison } from '../../core/index';

export interface CoverageSegment {
  /** Index into the report's sentences. */
  sentence: number;
  claim: string;
  kind: ClaimKind;
  /** Position and width along the report's kept text, as fractions of 1. */
  left: number;
  width: number;
}

/**
 * One segment per kept sentence, laid along the stretch of text the kept
 * sentences span (from the first's start to the last's end), in proportion to
 * where each sentence lies and how long it is.
 */
export function coverageSegments(comparison: Comparison, reportIndex: number): CoverageSegment[] {
  const report = comparison.reports[reportIndex];
  if (!report || report.sentences.length === 0) return [];
  const kindOf = new Map(comparison.claims.map((c) => [c.id, c.kind]));
  const from = report.sentences[0]!.start;
  const to = report.sentences[report.sentences.length - 1]!.end;
  const total = Math.max(1, to - from);
  return report.sentences.map((s, sentence) => ({
    sentence,
    claim: s.claim,
    kind: kindOf.get(s.claim) ?? 'unique',
    left: (s.start - from) / total,
    width: Math.max(0, s.end - s.start) / total,
  }));
}

export interface Combination {
  /** Report indices, ascending. */
  reports: number[];
  /** "Sputnik + Izvestia", "All three outlets", "Izvestia alone". */
  label: string;
  claims: number;
}

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Claims counted by the exact set of outlets that state them: every outlet
 * first, then the combinations of two or more (most claims first), then each
 * outlet alone (in report order, including outlets with none).
 */
export function combinations(comparison: Comparison): Combination[] {
  const n = comparison.reports.length;
  const counts = new Map<string, { reports: number[]; claims: number }>();
  for (const claim of comparison.claims) {
    const reports = [...new Set(claim.members.map((m) => m.report))].sort((a, b) => a - b);
    const key = reports.join(',');
    const entry = counts.get(key) ?? { reports, claims: 0 };
    entry.claims += 1;
    counts.set(key, entry);
  }
  const name = (i: number) => comparison.reports[i]?.outlet ?? `Report ${i + 1}`;
  const labelOf = (reports: number[]) => {
    if (reports.length === n && n > 1) return n === 2 ? 'Both outlets' : `All ${NUMBER_WORDS[n] ?? n} outlets`;
    if (reports.length === 1) return `${name(reports[0]!)} alone`;
    return reports.map(name).join(' + ');
  };
  const all: Combination[] = [];
  const groups: Combination[] = [];
  for (const { reports, claims } of counts.values()) {
    if (reports.length === 1) continue;
    (reports.length === n ? all : groups).push({ reports, label: labelOf(reports), claims });
  }
  if (n > 1 && all.length === 0) {
    const reports = Array.from({ length: n }, (_, i) => i);
    all.push({ reports, label: labelOf(reports), claims: 0 });
  }
  groups.sort((a, b) => b.claims - a.claims || b.reports.length - a.reports.length || a.reports.join().localeCompare(b.reports.join()));
  const alone: Combination[] = comparison.reports.map((_, i) => ({
    reports: [i],
    label: labelOf([i]),
    claims: counts.get(String(i))?.claims ?? 0,
  }));
  return [...all, ...groups, ...alone];
}

/**
 * The segment under a point of the strip, `at` a fraction of its width (0 = left edge): the one whose span
 * holds it, else the nearest (a click in a gap between two sentences, or past either end). -1 for none.
 * Segments are in text order, so their `left`s ascend: a binary search.
 */
export function segmentAt(segments: readonly CoverageSegment[], at: number): number {
  const n = segments.length;
  if (n === 0) return -1;
  // The last segment starting at or before `at`.
  let lo = 0;
  let hi = n - 1;
  if (at < segments[0]!.left) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.left <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo]!;
  if (at < s.left + s.width || lo === n - 1) return lo;
  // In the gap after `s`: whichever edge is closer.
  const next = segments[lo + 1]!;
  return at - (s.left + s.width) <= next.left - at ? lo : lo + 1;
}

/** How many sentences PageUp/PageDown move along a strip. */
export const STRIP_PAGE = 10;

/**
 * Where a key moves the strip's current sentence (the keys of an ARIA slider: → and ↑ forward, ← and ↓ back,
 * Home, End, PageUp/PageDown by ten), or null for a key the strip leaves alone.
 */
export function stripStep(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageUp':
      return clamp(current + STRIP_PAGE);
    case 'PageDown':
      return clamp(current - STRIP_PAGE);
    default:
      return null;
  }
}
