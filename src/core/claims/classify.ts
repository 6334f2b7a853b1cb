/**
 * Classify a claim by how many of the compared reports state it.
 */
import type { ClaimKind } from '../types';

/** `shared` when every report states it, `partial` for two or more, `unique` for one. */
export function classifyClaim(reportsInClaim: number, reportCount: number): ClaimKind {
  if (reportsInClaim <= 1) return 'unique';
  return reportsInClaim >= reportCount ? 'shared' : 'partial';
}

/** A short, human label for a kind: the page's legend and the command line use it. */
export function describeKind(kind: ClaimKind): string {
  switch (kind) {
    case 'shared':
      return 'stated by every report';
    case 'partial':
      return 'stated by some reports';
    case 'unique':
      return 'stated by one report only';
    default: {
      const never: never = kind;
      return never;
    }
  }
}
