/**
 * `npm run eval -- CASES.jsonl [--out PREDICTIONS.jsonl] [--sensitivity X]`
 *
 * Runs exactly the page's `compareReports` on every case and prints
 * micro-averaged precision, recall, F1, accuracy and unique precision, plus
 * the spread of per-case F1. Progress goes to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compareReports } from '../core/index';
import { CaseError, parseCases } from './cases';
import { addCounts, countCase, scores, ZERO } from './score';

function fail(message: string, code = 1): never {
  process.stderr.write(`parallax eval: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
let file: string | undefined;
let out: string | undefined;
let sensitivity: number | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') out = args[++i] ?? fail('--out needs a path', 2);
  else if (a === '--sensitivity') {
    sensitivity = Number(args[++i]);
    if (!Number.isFinite(sensitivity) || sensitivity < 0 || sensitivity > 1) fail('--sensitivity takes a number from 0 to 1', 2);
  } else if (a === '--help' || a === '-h') {
    process.stdout.write('usage: npm run eval -- CASES.jsonl [--out PREDICTIONS.jsonl] [--sensitivity 0..1]\n');
    process.exit(0);
  } else if (a.startsWith('-')) fail(`unknown option ${a}`, 2);
  else if (file) fail('give one CASES.jsonl file', 2);
  else file = a;
}
if (!file) fail('usage: npm run eval -- CASES.jsonl [--out PREDICTIONS.jsonl]', 2);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read "${file}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
}
let cases;
try {
  cases = parseCases(text);
} catch (e) {
  if (e instanceof CaseError) fail(`${file} ${e.message}`);
  throw e;
}
if (cases.length === 0) fail(`${file} holds no cases`);

const started = performance.now();
let total = ZERO;
const perCaseF1: number[] = [];
const predictions: string[] = [];
cases.forEach((c, i) => {
  const comparison = compareReports(c.reports, sensitivity === undefined ? {} : { sensitivity });
  const counts = countCase(c, comparison);
  total = addCounts(total, counts);
  if (counts.tp + counts.fn > 0) perCaseF1.push(scores(counts).f1);
  if (out) predictions.push(JSON.stringify(comparison));
  if (process.stderr.isTTY && (i % 10 === 9 || i === cases.length - 1)) process.stderr.write(`\r${i + 1}/${cases.length} cases`);
});
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
if (out) writeFileSync(out, predictions.join('\n') + '\n');

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
    `per-case F1 (cases with gold links: ${sorted.length}): mean ${f(mean)}  sd ${f(sd)}  min ${f(sorted[0] ?? 0)}  q1 ${f(q(0.25))}  median ${f(q(0.5))}  q3 ${f(q(0.75))}  max ${f(sorted[sorted.length - 1] ?? 0)}`,
    `time ${seconds.toFixed(2)} s (${(cases.length / seconds).toFixed(1)} cases/s)${out ? `; predictions written to ${out}` : ''}`,
  ].join('\n') + '\n',
);
