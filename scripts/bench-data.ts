/**
 * Synthetic long reports made of REAL news sentences: the development sets'
 * sentences (../shared/eval/*-dev.jsonl, data/eval/*.jsonl), dealt case by case
 * into R report slots, so sentences that state the same fact (the gold links)
 * land in different reports, and the vocabulary is the one real news uses
 * (not a template's). Used by scripts/bench.ts and for candidate recall.
 *
 * Each slot takes one report of a case at a time (case reports rotate over the
 * slots), never the same sentence twice (dedupe would drop it); the deal goes
 * round the cases again until every slot holds `perReport` sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportInput } from '../src/core/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface DevCase {
  id: string;
  reports: { id: string; sentences: string[] }[];
  links: [number, number, number, number][];
}

export const DEV_FILES = [
  '../shared/eval/ecbplus-dev.jsonl',
  '../shared/eval/superpal-dev.jsonl',
  '../shared/eval/ecbplus-facts-dev.jsonl',
  'data/eval/ecbplus-facts-own.jsonl',
  'data/eval/seed-facts.jsonl',
];

export function devCases(files: readonly string[] = DEV_FILES): DevCase[] {
  const out: DevCase[] = [];
  for (const f of files) {
    const file = path.join(root, f);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as DevCase;
      if (Array.isArray(c.reports) && c.reports.every((r) => Array.isArray(r.sentences))) out.push(c);
    }
  }
  return out;
}

export interface SyntheticSet {
  reports: ReportInput[];
  /** Sentences of each report, in order (as given; segmentation may split or join a few). */
  sentences: string[][];
  /** Gold links mapped into the synthetic reports: [r1, s1, r2, s2], r1 < r2. */
  links: [number, number, number, number][];
}

/** `count` reports of `perReport` real sentences each. Deterministic. */
export function realSentenceReports(count: number, perReport: number, cases: DevCase[] = devCases()): SyntheticSet {
  if (cases.length === 0) throw new Error('bench-data: no development cases found (../shared/eval, data/eval)');
  const slots: string[][] = Array.from({ length: count }, () => []);
  const used = slots.map(() => new Set<string>());
  const links: [number, number, number, number][] = [];
  const full = () => slots.every((s) => s.length >= perReport);
  for (let pass = 0; !full(); pass++) {
    let progress = false;
    cases.forEach((c, ci) => {
      const base = (ci + pass * 5) % count;
      const where: (number | undefined)[][] = c.reports.map(() => []);
      const slotOf: number[] = [];
      c.reports.forEach((r, k) => {
        const slot = (base + k) % count;
        slotOf.push(slot);
        // Two reports of one case in one slot (more reports than slots) would link a report to itself: skip.
        if (k >= count) return;
        for (let s = 0; s < r.sentences.length; s++) {
          const text = r.sentences[s]!.replace(/\s+/g, ' ').trim();
          if (!text || slots[slot]!.length >= perReport || used[slot]!.has(text)) continue;
          used[slot]!.add(text);
          where[k]![s] = slots[slot]!.length;
          slots[slot]!.push(text);
          progress = true;
        }
      });
      for (const [r1, s1, r2, s2] of c.links) {
        const a = where[r1]?.[s1];
        const b = where[r2]?.[s2];
        if (a === undefined || b === undefined || slotOf[r1] === slotOf[r2]) continue;
        const x = slotOf[r1]!;
        const y = slotOf[r2]!;
        links.push(x < y ? [x, a, y, b] : [y, b, x, a]);
      }
    });
    if (!progress) throw new Error(`bench-data: not enough distinct sentences for ${count} × ${perReport}`);
  }
  const reports = slots.map((sentences, r): ReportInput => {
    // Paragraphs of 4 sentences; the text is what the analysis sees.
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    return { id: `real-${r + 1}`, outlet: `Outlet ${r + 1}`, language: 'en', text: paragraphs.join('\n\n') };
  });
  return { reports, sentences: slots, links };
}
