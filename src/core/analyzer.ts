/**
 * The one entry point: raw reports in, a serialisable Comparison out.
 *
 * clean → segment → dedupe (per report) → tokenize → align → classify → word diff,
 * and, per report, the framing lens: voices → loaded words, actors, facts.
 */
import { alignSentences } from './claims/group';
import { classifyClaim } from './claims/classify';
import { cleanText } from './preparation/clean';
import { dedupeSentences } from './preparation/dedupe';
import { resolveOptions } from './options';
import { segmentBlocks } from './preparation/segment';
import { tokenize, type Token } from './text/tokenize';
import { COMPARISON_SCHEMA } from './types';
import type { Claim, CompareOptions, Comparison, KindCounts, Removal, ReportInput, ReportResult, Span } from './types';
import { diffClaim } from './claims/worddiff';
import { factMatrix } from './lenses/facts/detect';
import { frameReport } from './lenses/frame';

export interface PreparedReport {
  text: string;
  spans: Span[];
  removed: Removal[];
}

/**
 * Pre-split sentences are used exactly as given (the evaluation sets score by
 * their indices): joined by "\n" so offsets still point into one text.
 */
export function prepareReport(report: ReportInput): PreparedReport {
  if (report.sentences) {
    const spans: Span[] = [];
    let pos = 0;
    for (const s of report.sentences) {
      spans.push({ start: pos, end: pos + s.length });
      pos += s.length + 1;
    }
    return { text: report.sentences.join('\n'), spans, removed: [] };
  }
  const text = report.text ?? '';
  const cleaned = cleanText(text);
  const deduped = dedupeSentences(text, segmentBlocks(text, cleaned.blocks));
  const removed = [...cleaned.removed, ...deduped.removed].sort((a, b) => a.start - b.start);
  return { text, spans: deduped.kept, removed };
}

function emptyCounts(): KindCounts {
  return { shared: 0, partial: 0, unique: 0 };
}

export function compareReports(reports: ReportInput[], options?: CompareOptions): Comparison {
  const resolved = resolveOptions(options);
  const prepared = reports.map(prepareReport);
  const tokens: Token[][][] = prepared.map((p) => p.spans.map((span) => tokenize(p.text, span)));
  const groups = alignSentences(tokens, { threshold: resolved.threshold });

  // Reading order: by the first report that states the claim, then its position there.
  groups.sort((a, b) => a[0]!.report - b[0]!.report || a[0]!.sentence - b[0]!.sentence);

  const claimOf = prepared.map((p) => new Array<string>(p.spans.length).fill(''));
  const perReport = reports.map(emptyCounts);
  const totals = emptyCounts();
  const claims: Claim[] = groups.map((members, i) => {
    const id = `c${i + 1}`;
    const reportsIn = new Set(members.map((m) => m.report));
    const kind = classifyClaim(reportsIn.size, reports.length);
    totals[kind]++;
    for (const r of reportsIn) perReport[r]![kind]++;
    for (const m of members) claimOf[m.report]![m.sentence] = id;
    const claim: Claim = { id, kind, members };
    if (reportsIn.size > 1) {
      claim.diff = diffClaim(
        members.map((m) => ({ report: m.report, sentence: m.sentence, span: prepared[m.report]!.spans[m.sentence]!, tokens: tokens[m.report]![m.sentence]! })),
      );
    }
    return claim;
  });

  const results: ReportResult[] = reports.map((r, ri) => {
    const p = prepared[ri]!;
    const result: ReportResult = {
      id: r.id,
      outlet: r.outlet,
      text: p.text,
      sentences: p.spans.map((s, si) => ({ text: p.text.slice(s.start, s.end), start: s.start, end: s.end, claim: claimOf[ri]![si]! })),
      removed: p.removed,
      framing: frameReport(p.text, p.spans),
    };
    if (r.language !== undefined) result.language = r.language;
    if (r.date !== undefined) result.date = r.date;
    if (r.machineTranslated !== undefined) result.machineTranslated = r.machineTranslated;
    if (r.url !== undefined) result.url = r.url;
    return result;
  });

  return {
    schema: COMPARISON_SCHEMA,
    options: resolved,
    reports: results,
    claims,
    summary: { claims: totals, perReport },
    facts: factMatrix(results.map((r) => ({ report: r.id, facts: r.framing.facts }))),
  };
}
