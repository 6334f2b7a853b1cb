/**
 * `npm run eval -- CASES.jsonl [--out PREDICTIONS.jsonl] [--sensitivity X] [--matcher semantic|lexical] [--gold-edits EDITS.json]`
 *
 * Runs exactly the page's `compareReports` on every case and prints
 * micro-averaged precision, recall, F1, accuracy and unique precision, the
 * spread of per-case F1, and the edit distance to gold (distance.ts: the
 * reader's detach/link edits that turn the output into the gold grouping).
 * `--out` writes one Comparison per line, each with an `eval` key holding its
 * case id and edit distance; `--gold-edits` writes the edits file
 * (core/edits/format.ts) that turns the FIRST case's output into gold. Progress goes to stderr; every problem is one
 * line "parallax eval: …" on stderr (PARALLAX_DEBUG=1 for a stack trace).
 */
import type { MatcherChoice } from '../node/model';
import { parseMatcher } from '../node/model';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSensitivity } from '../cli/args';
import { OutputError, resolveTarget, sameFile, writeFileAtomic } from '../cli/write';
import { escapeControls } from '../export/text';
import { CaseError, checkLinks, parseCases } from './cases';
import { describeDistance, editDistance, editsToGold, summarise, type EditDistance } from './distance';
import { addCounts, countCase, scores, verbatimLinked, ZERO } from './score';
import { toEditsFile } from '../core/edits/format';

const USAGE =
  'usage: npm run eval -- CASES.jsonl [--out PREDICTIONS.jsonl] [--sensitivity 0..1] [--matcher semantic|lexical (default semantic)] [--gold-edits EDITS.json (the first case)]';

function fail(message: string, code = 1): never {
  process.stderr.write(`parallax eval: ${escapeControls(message, 'line')}\n`);
  process.exit(code);
}

async function main(args: string[]): Promise<void> {
  let file: string | undefined;
  let out: string | undefined;
  let goldEdits: string | undefined;
  let sensitivity: number | undefined;
  let matcher: MatcherChoice | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    if (name === '--out') {
      if (out !== undefined) fail('--out given twice', 2);
      const v = value();
      if (v === undefined || v === '' || (v.startsWith('--') && eq < 0)) fail('--out needs a path', 2);
      out = v;
    } else if (name === '--gold-edits') {
      if (goldEdits !== undefined) fail('--gold-edits given twice', 2);
      const v = value();
      if (v === undefined || v === '' || (v.startsWith('--') && eq < 0)) fail('--gold-edits needs a path', 2);
      goldEdits = v;
    } else if (name === '--sensitivity') {
      if (sensitivity !== undefined) fail('--sensitivity given twice', 2);
      const v = value();
      if (v === undefined || v.trim() === '') fail('--sensitivity needs a number from 0 to 1', 2);
      const parsed = parseSensitivity(v);
      if (typeof parsed === 'string') fail(parsed, 2);
      sensitivity = parsed;
    } else if (name === '--matcher') {
      if (matcher !== undefined) fail('--matcher given twice', 2);
      const parsed = parseMatcher(value());
      if (parsed !== 'semantic' && parsed !== 'lexical') fail(parsed, 2);
      matcher = parsed;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a}`, 2);
    else if (file) fail('give one CASES.jsonl file', 2);
    else file = a;
  }
  if (!file) fail(USAGE, 2);

  if (out !== undefined && goldEdits !== undefined && path.resolve(out) === path.resolve(goldEdits)) fail('--out and --gold-edits name the same file', 2);
  for (const [flag, target] of [['--out', out], ['--gold-edits', goldEdits]] as const) {
    if (target === undefined) continue;
    if (sameFile(target, [file])) fail(`${flag} "${target}" is the cases file; choose another output path`, 2);
    try {
      resolveTarget(target); // a missing folder or a directory is reported before the (long) run
    } catch (e) {
      if (e instanceof OutputError) fail(e.message);
      throw e;
    }
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read "${file}": ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  let cases;
  try {
    cases = parseCases(text);
  } catch (e) {
    if (e instanceof CaseError) fail(`${file} ${e.message}`);
    throw e;
  }
  if (cases.length === 0) fail(`${file} holds no cases`);

  const { createNodeAnalyzer, compareWithFallback } = await import('../node/model');
  const analyzer = createNodeAnalyzer();
  let warned = false;
  const started = performance.now();
  const verbatim = { pairs: 0, linked: 0 };
  const { bundledProfile, polarityOf } = await import('../core/index');
  const polarity = polarityOf(bundledProfile('en')!);
  let total = ZERO;
  const perCaseF1: number[] = [];
  const predictions: string[] = [];
  const distances: EditDistance[] = [];
  let firstEdits: string | undefined;
  for (const [i, c] of cases.entries()) {
    const comparison = await compareWithFallback(analyzer, c.reports, { ...(sensitivity === undefined ? {} : { sensitivity }), ...(matcher ? { matcher } : {}) }, (m) => {
      if (!warned) process.stderr.write(`parallax eval: ${m}\n`);
      warned = true;
    });
    try {
      checkLinks(
        c,
        comparison.reports.map((r) => r.sentences.length),
      );
    } catch (e) {
      if (e instanceof CaseError) fail(`${file} ${e.message}`);
      throw e;
    }
    const counts = countCase(c, comparison);
    const v = verbatimLinked(comparison, polarity);
    verbatim.pairs += v.pairs;
    verbatim.linked += v.linked;
    total = addCounts(total, counts);
    if (counts.tp + counts.fn > 0) perCaseF1.push(scores(counts).f1);
    const distance = editDistance(c, comparison);
    distances.push(distance);
    if (out) predictions.push(JSON.stringify({ ...comparison, eval: { case: c.id, distance } }));
    if (goldEdits !== undefined && i === 0) firstEdits = JSON.stringify(toEditsFile({ edits: editsToGold(c, comparison), notes: [] }), null, 2) + '\n';
    if (process.stderr.isTTY && (i % 10 === 9 || i === cases.length - 1)) process.stderr.write(`\r${i + 1}/${cases.length} cases`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;
  for (const [target, body] of [
    [out, predictions.join('\n') + '\n'],
    [goldEdits, firstEdits],
  ] as const) {
    if (target === undefined || body === undefined) continue;
    try {
      writeFileAtomic(target, body);
    } catch (e) {
      if (e instanceof OutputError) fail(e.message);
      throw e;
    }
  }
  const distance = summarise(distances);

  const s = scores(total);
  const sorted = [...perCaseF1].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  const sd = Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (sorted.length || 1));
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    [
      `cases ${cases.length}  cross-report pairs ${total.tp + total.fp + total.fn + total.tn}  gold links ${total.tp + total.fn}  predicted links ${total.tp + total.fp}`,
      `precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  accuracy ${f(s.accuracy)}  unique precision ${f(s.uniquePrecision)}`,
      `near-verbatim cross-report sentence pairs: ${verbatim.pairs}, in one claim: ${verbatim.linked}${verbatim.pairs ? ` (${((100 * verbatim.linked) / verbatim.pairs).toFixed(1)}%)` : ''}`,
      `per-case F1 (cases with gold links: ${sorted.length}): mean ${f(mean)}  sd ${f(sd)}  min ${f(sorted[0] ?? 0)}  q1 ${f(q(0.25))}  median ${f(q(0.5))}  q3 ${f(q(0.75))}  max ${f(sorted[sorted.length - 1] ?? 0)}`,
      describeDistance(distance),
      `time ${seconds.toFixed(2)} s (${(cases.length / seconds).toFixed(1)} cases/s)${out ? `; predictions written to ${escapeControls(out, 'line')}` : ''}${
        goldEdits ? `; the edits from case ${escapeControls(cases[0]!.id, 'line')}'s output to its gold written to ${escapeControls(goldEdits, 'line')}` : ''
      }`,
    ].join('\n') + '\n',
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (process.env.PARALLAX_DEBUG) console.error(err);
  fail(`internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (set PARALLAX_DEBUG=1 for details)`);
});
