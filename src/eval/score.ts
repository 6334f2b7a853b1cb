/**
 * Score a Comparison against a case's gold links, as ../shared/eval/README.md
 * defines it: a predicted link is any two sentences of different reports in
 * the same claim; counts are over all cross-report sentence pairs.
 */
import { nearVerbatim } from '../core/matching/rules';
import type { Comparison } from '../core/types';
import type { EvalCase } from './cases';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Sentences left alone in a claim. */
  alone: number;
  /** …of which truly have no gold counterpart. */
  aloneCorrect: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  uniquePrecision: number;
}

const key = (r: number, s: number) => `${r}:${s}`;

/** Pair-level counts over every cross-report pair: `claimOf[r][s]` is sentence s of report r's claim. */
export function countPairs(links: EvalCase['links'], claimOf: readonly (readonly unknown[])[]): Pick<Counts, 'tp' | 'fp' | 'fn' | 'tn'> {
  const gold = new Set(links.map(([r1, s1, r2, s2]) => `${key(r1, s1)}|${key(r2, s2)}`));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let r1 = 0; r1 < claimOf.length; r1++) {
    for (let r2 = r1 + 1; r2 < claimOf.length; r2++) {
      for (let s1 = 0; s1 < claimOf[r1]!.length; s1++) {
        for (let s2 = 0; s2 < claimOf[r2]!.length; s2++) {
          const predicted = claimOf[r1]![s1] === claimOf[r2]![s2];
          const actual = gold.has(`${key(r1, s1)}|${key(r2, s2)}`);
          if (predicted && actual) tp++;
          else if (predicted) fp++;
          else if (actual) fn++;
          else tn++;
        }
      }
    }
  }
  return { tp, fp, fn, tn };
}

export function countCase(c: EvalCase, comparison: Comparison): Counts {
  const linkedSentences = new Set(c.links.flatMap(([r1, s1, r2, s2]) => [key(r1, s1), key(r2, s2)]));
  const pairs = countPairs(
    c.links,
    comparison.reports.map((r) => r.sentences.map((s) => s.claim)),
  );
  let alone = 0;
  let aloneCorrect = 0;
  for (const claim of comparison.claims) {
    if (claim.members.length !== 1) continue;
    const m = claim.members[0]!;
    alone++;
    if (!linkedSentences.has(key(m.report, m.sentence))) aloneCorrect++;
  }
  return { ...pairs, alone, aloneCorrect };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    tn: a.tn + b.tn,
    alone: a.alone + b.alone,
    aloneCorrect: a.aloneCorrect + b.aloneCorrect,
  };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, alone: 0, aloneCorrect: 0 };

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function scores(c: Counts): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
    uniquePrecision: ratio(c.aloneCorrect, c.alone),
  };
}

/**
 * Sentences of different reports printed (nearly) word for word
 * (matching/rules.ts `nearVerbatim`), and how many of those pairs share a
 * claim: the product promises all of them do (the trusted-claims bar: ≥ 98 %).
 */
export function verbatimLinked(comparison: Comparison, polarity: ReadonlySet<string>): { pairs: number; linked: number } {
  let pairs = 0;
  let linked = 0;
  const reports = comparison.reports;
  for (let r1 = 0; r1 < reports.length; r1++) {
    for (let r2 = r1 + 1; r2 < reports.length; r2++) {
      for (const a of reports[r1]!.sentences) {
        for (const b of reports[r2]!.sentences) {
          if (!nearVerbatim(a.text, b.text, polarity)) continue;
          pairs++;
          if (a.claim === b.claim) linked++;
        }
      }
    }
  }
  return { pairs, linked };
}
