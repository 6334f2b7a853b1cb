#!/usr/bin/env node
/**
 * `npm test`: the project's one test command.
 *
 * Runs the unit tests (Vitest) and then the end-to-end tests (Playwright),
 * streaming their output, always both even if the first fails. Each writes a
 * JSON report under test-results/; this script reads them and ends with one
 * plain line, "N passed, N failed" (", N skipped" appended when some were
 * skipped), the sums over both runners. It exits non-zero when a test failed,
 * a runner crashed or wrote no usable report, a test file failed to load, or
 * a runner ran no tests at all.
 *
 * Playwright empties its output folder (test-results/ by default) when it
 * starts, which would delete Vitest's report: unit.json is therefore read
 * before Playwright runs and written back afterwards if it is gone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const unitJson = path.join(resultsDir, 'unit.json');
const e2eJson = path.join(resultsDir, 'e2e.json');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command with inherited stdio; resolves with its exit code (or a crash description). */
function run(args) {
  console.log(`\n> npx ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(npx, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (err) => resolve({ code: null, error: `could not start: ${err.message}` }));
    child.on('exit', (code, signal) => resolve(signal ? { code: null, error: `killed by ${signal}` } : { code }));
  });
}

function readJson(file) {
  try {
    return { raw: readFileSync(file, 'utf8'), data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (err) {
    return { error: err.code === 'ENOENT' ? 'no report was written' : `unreadable report (${err.message.split('\n')[0]})` };
  }
}

const num = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** Vitest's JSON report (Jest-compatible). A file that failed to load counts as one failure. */
function vitestCounts(data) {
  const passed = num(data?.numPassedTests);
  let failed = num(data?.numFailedTests);
  const skipped = num(data?.numPendingTests) + num(data?.numTodoTests);
  let loadFailures = 0;
  for (const file of Array.isArray(data?.testResults) ? data.testResults : []) {
    const results = Array.isArray(file?.assertionResults) ? file.assertionResults : [];
    if (file?.status === 'failed' && !results.some((r) => r?.status === 'failed')) loadFailures++;
  }
  failed += loadFailures;
  const notes = loadFailures ? [`${loadFailures} test file(s) failed to load or errored outside a test`] : [];
  return { passed, failed, skipped, notes };
}

/** Playwright's JSON report. Flaky tests (passed on retry) count as passed; top-level errors as failures. */
function playwrightCounts(data) {
  const stats = data?.stats ?? {};
  const flaky = num(stats.flaky);
  const passed = num(stats.expected) + flaky;
  const errors = Array.isArray(data?.errors) ? data.errors.length : 0;
  const failed = num(stats.unexpected) + errors;
  const skipped = num(stats.skipped);
  const notes = [];
  if (flaky) notes.push(`${flaky} flaky (passed on retry)`);
  if (errors) notes.push(`${errors} error(s) outside tests (config, web server or a spec that failed to load)`);
  return { passed, failed, skipped, notes };
}

async function suite(name, args, reportFile, count) {
  rmSync(reportFile, { force: true }); // never read a stale report
  const { code, error } = await run(args);
  const report = readJson(reportFile);
  const problems = [];
  let counts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  if (error) problems.push(`runner ${error}`);
  if (report.error) {
    problems.push(code ? `exited with code ${code}, ${report.error}` : report.error);
  } else {
    counts = count(report.data);
    const total = counts.passed + counts.failed + counts.skipped;
    if (total === 0) problems.push('ran no tests');
    else if (counts.passed + counts.failed === 0) problems.push('every test was skipped');
    if (code && counts.failed === 0) problems.push(`exited with code ${code} though no test failed`);
  }
  return { name, ...counts, problems, raw: report.raw };
}

mkdirSync(resultsDir, { recursive: true });

const unit = await suite(
  'unit',
  ['--no', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${path.relative(root, unitJson)}`],
  unitJson,
  vitestCounts,
);
const e2e = await suite('e2e', ['--no', '--', 'playwright', 'test'], e2eJson, playwrightCounts);

// Put Vitest's report back if Playwright's output cleaning removed it.
if (unit.raw !== undefined && !existsSync(unitJson)) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(unitJson, unit.raw);
}

console.log('');
for (const s of [unit, e2e]) {
  const extra = [...s.notes, ...s.problems.map((p) => `PROBLEM: ${p}`)];
  console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped${extra.length ? ` (${extra.join('; ')})` : ''}`);
}
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

process.exitCode = failed > 0 || unit.problems.length > 0 || e2e.problems.length > 0 ? 1 : 0;
