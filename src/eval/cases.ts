/**
 * Evaluation cases (../shared/eval/README.md): one JSON object per line, each
 * an event with its reports and the gold links between their sentences.
 */
import type { ReportInput } from '../core/types';

export interface EvalCase {
  id: string;
  reports: ReportInput[];
  /** Gold pairs `[r1, s1, r2, s2]`, r1 < r2. */
  links: [number, number, number, number][];
  /** The 1-based line of the file the case came from (for messages). */
  line?: number;
}

/** A malformed line: the message names the line, so a user can fix the file. */
export class CaseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** Parse one line; `line` is 1-based and only used in messages. */
export function parseCase(json: string, line: number): EvalCase {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new CaseError(line, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CaseError(line, 'expected a JSON object');
  const obj = raw as Record<string, unknown>;
  const id = typeof obj.id === 'string' ? obj.id : `case-${line}`;
  if (!Array.isArray(obj.reports) || obj.reports.length < 2) throw new CaseError(line, '"reports" must be an array of at least 2 reports');
  const reports = obj.reports.map((r: unknown, i): ReportInput => {
    if (typeof r !== 'object' || r === null) throw new CaseError(line, `report ${i} is not an object`);
    const rep = r as Record<string, unknown>;
    const rid = typeof rep.id === 'string' ? rep.id : `report-${i}`;
    const outlet = typeof rep.outlet === 'string' ? rep.outlet : rid;
    if (isStringArray(rep.sentences)) return { id: rid, outlet, sentences: rep.sentences };
    if (typeof rep.text === 'string') return { id: rid, outlet, text: rep.text };
    throw new CaseError(line, `report ${i} needs "sentences" (an array of strings) or "text" (a string)`);
  });
  const links = obj.links ?? [];
  if (!Array.isArray(links)) throw new CaseError(line, '"links" must be an array');
  const checked = links.map((l: unknown, k): [number, number, number, number] => {
    if (!Array.isArray(l) || l.length !== 4 || !l.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new CaseError(line, `link ${k} must be [r1, s1, r2, s2] of non-negative integers`);
    }
    const [r1, s1, r2, s2] = l as [number, number, number, number];
    for (const [r, s] of [[r1, s1], [r2, s2]] as const) {
      const rep = reports[r];
      if (!rep) throw new CaseError(line, `link ${k} names report ${r}, which does not exist`);
      if (rep.sentences && s >= rep.sentences.length) throw new CaseError(line, `link ${k} names sentence ${s} of report ${r}, which has ${rep.sentences.length}`);
    }
    if (r1 === r2) throw new CaseError(line, `link ${k} joins two sentences of the same report`);
    return r1 < r2 ? [r1, s1, r2, s2] : [r2, s2, r1, s1];
  });
  return { id, reports, links: checked, line };
}

/**
 * Checks the gold links against the sentences the core actually made: a
 * report given as raw `text` is only split into sentences by the comparison,
 * so a link to a sentence past its end can only be caught then. Throws a
 * CaseError naming the line rather than letting the scorer ignore the link.
 */
export function checkLinks(c: EvalCase, sentenceCounts: readonly number[]): void {
  c.links.forEach(([r1, s1, r2, s2], k) => {
    for (const [r, s] of [[r1, s1], [r2, s2]] as const) {
      const count = sentenceCounts[r] ?? 0;
      if (s >= count) {
        throw new CaseError(c.line ?? 0, `link ${k} names sentence ${s} of report ${r}, which has ${count} (after cleaning and segmentation)`);
      }
    }
  });
}

/** Parse a whole JSONL text; blank lines are skipped. */
export function parseCases(text: string): EvalCase[] {
  const out: EvalCase[] = [];
  // A UTF-8 byte order mark (Windows editors write one) is not part of the first line.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split('\n').forEach((line, i) => {
    if (line.trim()) out.push(parseCase(line, i + 1));
  });
  return out;
}
