/**
 * `npm run bench`: how fast the analysis is, as ratios to a regex word pass
 * over the same text (one process, so the machine's speed cancels out).
 * Prints figures, asserts nothing.
 *
 *   npm run -s bench [-- --runs N] [--no-big] [--no-model] [--no-eval] [--no-bundle-map]
 *
 * Timed path: compareReports(reports, { matcher: 'lexical' }). Cases:
 *  - the seed event (its three reports, read through data/manifest.json);
 *  - real-sentence reports (scripts/bench-data.ts: the development sets'
 *    sentences dealt into R reports): 3 × 250, 500, 1,000, 2,000 (growth per
 *    doubling = ratio at 2n / ratio at n), and 6 × 5,000 in a child process
 *    (its max RSS is the peak memory);
 *  - a sensitivity change at 3 × 1,000 (the analyzer keeps the last input's
 *    work, so it only re-groups): its time and ratio;
 *  - the semantic model's sentences per second in Node (loadNodeEncoder,
 *    and in the page: scripts/bench-page.ts, the built worker in Chromium;
 *    300 dev sentences in batches of 16);
 *  - the page's bundles from dist/ when built, gzip -9: the JS loaded before the first screen
 *    (index.html's script and modulepreloads) per file and in all, the worker, the lazy chunks, and
 *    what the entry holds (scripts/bundles.ts; a source-mapped build in memory, --no-bundle-map skips it);
 *  - the evaluation's throughput (default options) on ../shared/eval/*-dev.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { forgetDefaultAnalyzer } from '../src/core/analyzer';
import { compareReports } from '../src/core/index';
import type { Comparison, ReportInput } from '../src/core/types';
import { parseCases } from '../src/eval/cases';
import { addCounts, countCase, scores, ZERO } from '../src/eval/score';
import { devCases, realSentenceReports } from './bench-data';
import { gzip9, gzipShares, startupScripts } from './bundles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);

function argValue(name: string): number | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: ${name} needs a positive whole number`);
    process.exit(2);
  }
  return n;
}

const RUNS = argValue('--runs') ?? 7;
/** A case whose runs would take longer than this gets fewer runs. */
const BUDGET_MS = 15_000;

// ---------------------------------------------------------------- seed event

interface ManifestReport {
  id: string;
  outlet: string;
  language?: string;
  date?: string;
  machineTranslated?: boolean;
  file: string;
}

function seedReports(): ReportInput[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'data/manifest.json'), 'utf8')) as {
    events: { id: string; reports: ManifestReport[] }[];
  };
  const event = manifest.events.find((e) => e.id === 'us-mines-ukraine-2024-11');
  if (!event) throw new Error('the seed event is not in data/manifest.json');
  return event.reports.map((r) => {
    const input: ReportInput = { id: r.id, outlet: r.outlet, text: readFileSync(path.join(root, 'data', r.file), 'utf8') };
    if (r.language !== undefined) input.language = r.language;
    if (r.date !== undefined) input.date = r.date;
    if (r.machineTranslated !== undefined) input.machineTranslated = r.machineTranslated;
    return input;
  });
}


// ---------------------------------------------------------------- timing

/** The yardstick: one regex word pass over the same text (every word matched once). */
function regexPass(reports: ReportInput[]): number {
  let n = 0;
  for (const r of reports) {
    const re = /[\p{L}\p{N}]+/gu;
    const text = r.text ?? '';
    while (re.exec(text)) n++;
  }
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

interface Timing {
  name: string;
  sentences: number;
  chars: number;
  claims: string;
  runs: number;
  ms: number;
  regexMs: number;
  ratio: number;
}

/**
 * The analyzer keeps the last input's sensitivity-free work and caches each
 * report's (analyzer.ts), so a repeated compareReports would only re-group:
 * every timed full analysis first makes the default analyzer forget, untimed.
 */
const forget = () => forgetDefaultAnalyzer();
const lexical = (reports: ReportInput[]): Comparison => {
  forget();
  const t = performance.now();
  const result = compareReports(reports, { matcher: 'lexical' });
  lastMs = performance.now() - t;
  return result;
};
let lastMs = 0;

function timeRegex(reports: ReportInput[]): number {
  for (let i = 0; i < 3; i++) regexPass(reports);
  const times: number[] = [];
  // At least 10 passes and 100 ms: the yardstick is short, so it needs many runs.
  const start = performance.now();
  while (times.length < 10 || performance.now() - start < 100) {
    const t = performance.now();
    regexPass(reports);
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Each timed compareReports run is followed by its own regex-pass timing, and
 * the ratio is the median of the per-run ratios: on a busy machine both halves
 * of a ratio see about the same load.
 */
function timeCase(name: string, reports: ReportInput[], runs = RUNS, minWarmups = 0, allRuns = false): Timing & { firstMs: number; firstRatio: number } {
  process.stderr.write(`bench: ${name}…\n`);
  let result = lexical(reports);
  const first = lastMs;
  const firstRatio = first / timeRegex(reports);
  const warmups = Math.max(minWarmups, first < 200 ? 3 : first < 2000 ? 1 : 0);
  for (let i = 0; i < warmups; i++) result = lexical(reports);
  const n = !allRuns && first * runs > BUDGET_MS ? Math.max(1, Math.floor(BUDGET_MS / first)) : runs;
  const times: number[] = [];
  const regexTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    let ms = first;
    if (warmups > 0 || i > 0) {
      result = lexical(reports);
      ms = lastMs;
    }
    const r = timeRegex(reports);
    times.push(ms);
    regexTimes.push(r);
    ratios.push(ms / r);
  }
  const s = result.summary.claims;
  return {
    name,
    sentences: result.reports.reduce((k, r) => k + r.sentences.length, 0),
    chars: reports.reduce((k, r) => k + (r.text ?? '').length, 0),
    claims: `${result.claims.length} (${s.shared}/${s.partial}/${s.unique})`,
    runs: times.length,
    ms: median(times),
    regexMs: median(regexTimes),
    ratio: median(ratios),
    firstMs: first,
    firstRatio,
  };
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const timingRow = (t: Timing) => [t.name, t.sentences.toLocaleString('en-US'), t.chars.toLocaleString('en-US'), t.claims, String(t.runs), format(t.ms), format(t.regexMs), `${t.ratio.toFixed(1)}×`];
const TIMING_HEAD = ['case', 'sentences', 'chars', 'claims (s/p/u)', 'runs', 'median ms', 'regex ms', 'ratio'];

/**
 * A sensitivity change on an input just compared (the page's slider): the
 * analyzer re-groups the kept scores and rebuilds the claims only. Every run
 * is a sensitivity not used before (0.30, 0.70, 0.35, 0.65, …); claims that a
 * change leaves as they were keep their word diffs, so the first change
 * (`firstMs`) is the slowest.
 */
function timeRegroup(name: string, reports: ReportInput[], runs = RUNS): Timing & { firstMs: number } {
  process.stderr.write(`bench: ${name}…\n`);
  compareReports(reports, { matcher: 'lexical' });
  const times: number[] = [];
  const regexTimes: number[] = [];
  const ratios: number[] = [];
  let result: Comparison | undefined;
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const step = 0.05 * Math.floor(i / 2);
    const sensitivity = i % 2 === 0 ? 0.3 + step : 0.7 - step;
    const t = performance.now();
    result = compareReports(reports, { matcher: 'lexical', sensitivity });
    const ms = performance.now() - t;
    const r = timeRegex(reports);
    times.push(ms);
    regexTimes.push(r);
    ratios.push(ms / r);
  }
  const s = result!.summary.claims;
  return {
    name,
    sentences: result!.reports.reduce((k, r) => k + r.sentences.length, 0),
    chars: reports.reduce((k, r) => k + (r.text ?? '').length, 0),
    claims: `${result!.claims.length} (${s.shared}/${s.partial}/${s.unique})`,
    runs: times.length,
    ms: median(times),
    regexMs: median(regexTimes),
    ratio: median(ratios),
    firstMs: times[0]!,
  };
}

// ---------------------------------------------------------------- child: one big case, its peak memory

const childAt = argv.indexOf('--child');
if (childAt >= 0) {
  const [count, per] = argv[childAt + 1]!.split('x').map(Number) as [number, number];
  const set = realSentenceReports(count, per);
  // One warm-up like the smaller cases (they get 1–3): the first analysis of a fresh process also pays the JIT's
  // warm-up (~15–20 % at 6 × 5,000); it is printed apart. Four timed runs, not the budget's two: on this
  // shared 2-core machine one warm run varies ±30 % from the next (session 13: 1.8–3.0 s), and the median of
  // two per-run ratios is just their mean.
  const t = timeCase(`real sentences ${count} × ${per.toLocaleString('en-US')}`, set.reports, 4, 1, true);
  process.stdout.write(`${JSON.stringify({ ...t, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  process.exit(0);
}

/** The child's case: its timing, the fresh process's first analysis, and its max RSS. */
type BigTiming = Timing & { maxRssKb: number; firstMs: number; firstRatio: number };

function child(spec: string): BigTiming | string {
  const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', spec], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as BigTiming;
  } catch {
    return `child failed (status ${out.status}${out.signal ? `, ${out.signal}` : ''})`;
  }
}

// ---------------------------------------------------------------- main

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Parallax bench: compareReports(reports, { matcher: 'lexical' }); node ${process.version}, ${os.cpus().length} × ${cpu.trim()}`);
console.log('Ratio = median over runs of (compareReports time / time of a regex word pass (/[\\p{L}\\p{N}]+/gu) over the same text, timed right after it), one process.');
console.log('Real-sentence reports: the development sets\' sentences dealt into R reports (scripts/bench-data.ts).');
console.log('');

const rows: Timing[] = [timeCase('seed event (3 reports)', seedReports())];
const cases = devCases();
const growth: Timing[] = [];
for (const n of [250, 500, 1000, 2000]) growth.push(timeCase(`real sentences 3 × ${n.toLocaleString('en-US')}`, realSentenceReports(3, n, cases).reports));
rows.push(...growth);
const regroup = timeRegroup('  sensitivity change, 3 × 1,000', realSentenceReports(3, 1000, cases).reports);
rows.push(regroup);
let big: BigTiming | string | undefined;
if (!argv.includes('--no-big')) {
  big = child('6x5000');
  if (typeof big !== 'string') rows.push(big);
}
console.log(table(TIMING_HEAD, rows.map(timingRow)));
console.log('');
const steps = growth.slice(1).map((t, k) => t.ratio / growth[k]!.ratio);
console.log(`Growth per doubling (ratio at 2n / ratio at n, 3 reports): ${steps.map((g) => g.toFixed(2)).join(', ')}; geometric mean ${Math.pow(steps.reduce((p, g) => p * g, 1), 1 / steps.length).toFixed(2)}`);
console.log(
  `Sensitivity change at 3 × 1,000 (re-group only: the analyzer keeps the last input's work): median ${format(regroup.ms)} ms (first change ${format(regroup.firstMs)} ms), ${regroup.ratio.toFixed(1)}× the regex pass (bar: ≤ 150 ms)`,
);
if (big === undefined) console.log('6 × 5,000: skipped (--no-big)');
else if (typeof big === 'string') console.log(`6 × 5,000: ${big}`);
else {
  console.log(`6 × 5,000, the fresh process's first analysis (JIT warm-up included, not in the median above): ${format(big.firstMs)} ms, ${big.firstRatio.toFixed(1)}× the regex pass`);
  console.log(`Peak memory, 6 × 5,000 (child process max RSS): ${Math.round(big.maxRssKb / 1024)} MB`);
}

// ---------------------------------------------------------------- semantic model

console.log('');
if (argv.includes('--no-model')) console.log('Semantic model: skipped (--no-model)');
else {
  try {
    const { loadNodeEncoder } = await import('../src/node/model');
    const encoder = await loadNodeEncoder();
    const texts = [...new Set(cases.flatMap((c) => c.reports.flatMap((r) => r.sentences)))].slice(0, 300);
    await encoder.encode(texts.slice(0, 16)); // warm-up
    const start = performance.now();
    for (let i = 0; i < texts.length; i += 16) await encoder.encode(texts.slice(i, i + 16));
    const seconds = (performance.now() - start) / 1000;
    console.log(`Semantic model (${encoder.id}, Node, batches of 16): ${texts.length} dev sentences in ${seconds.toFixed(2)} s = ${Math.round(texts.length / seconds)} sentences/s`);
  } catch (e) {
    console.log(`Semantic model: not measured (${(e as Error).message})`);
  }
  try {
    const { pageModelThroughput } = await import('./bench-page');
    const texts = [...new Set(cases.flatMap((c) => c.reports.flatMap((r) => r.sentences)))].slice(0, 300);
    process.stderr.write('bench: the sentence model in the page…\n');
    console.log(`Semantic model (page, built dist/): ${await pageModelThroughput(root, texts)}`);
  } catch (e) {
    console.log(`Semantic model (page): not measured (${(e as Error).message})`);
  }
}

// ---------------------------------------------------------------- bundles

const dist = path.join(root, 'dist');
const assets = path.join(dist, 'assets');
if (!existsSync(assets) || !existsSync(path.join(dist, 'index.html'))) console.log('Bundles: dist/ not found: run npm run build first');
else {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = new Map(files.map((f) => {
    const buf = readFileSync(path.join(assets, f));
    return [f, { raw: buf.length, gz: gzip9(buf) }] as const;
  }));
  const row = (f: string) => `${f}: ${kib(sizes.get(f)!.raw)}, ${kib(sizes.get(f)!.gz)} gzip`;
  // What the page loads before its first screen: index.html's module script and every modulepreload.
  const startup = startupScripts(readFileSync(path.join(dist, 'index.html'), 'utf8')).map((p) => path.basename(p)).filter((f) => sizes.has(f));
  const worker = files.filter((f) => /worker/.test(f));
  const lazy = files.filter((f) => !startup.includes(f) && !worker.includes(f)).sort((a, b) => sizes.get(b)!.gz - sizes.get(a)!.gz);
  const total = startup.reduce((n, f) => n + sizes.get(f)!.gz, 0);
  console.log(`Bundles (dist/assets, built ${statSync(assets).mtime.toISOString()}), gzip -9, KiB = 1,024 B:`);
  console.log(`  startup JS (index.html's script + modulepreloads): ${kib(total)} gzip in ${startup.length} file(s)`);
  for (const f of startup) console.log(`    ${row(f)}`);
  console.log(`  worker: ${worker.map(row).join('; ') || 'none'}`);
  console.log(`  lazy chunks (${lazy.length}): ${lazy.map((f) => `${f.replace(/-[\w-]{8}\.js$/, '')} ${kib(sizes.get(f)!.gz)}`).join(', ')}`);
  // What the entry holds: a source-mapped build of the same tree in memory (dist/ has no maps), each
  // source's share of its gzip -9 size, summed by package or folder.
  if (!argv.includes('--no-bundle-map') && startup[0]) {
    process.stderr.write('bench: a source-mapped build for the entry\'s contents…\n');
    try {
      const { build } = await import('vite');
      const out = await build({
        root,
        configFile: path.join(root, 'vite.config.ts'),
        logLevel: 'silent',
        build: { sourcemap: true, write: false, outDir: path.join(os.tmpdir(), `parallax-bench-${process.pid}`), emptyOutDir: true },
      });
      const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
      const entry = outputs.find((c) => c.type === 'chunk' && c.isEntry && /^index-/.test(path.basename(c.fileName)));
      if (!entry || entry.type !== 'chunk' || !entry.map) throw new Error('no entry chunk with a source map');
      const shares = [...(await gzipShares(entry.code, entry.map))].sort((a, b) => b[1] - a[1]);
      const same = path.basename(entry.fileName) === startup[0] ? '' : ` (this tree's entry is ${path.basename(entry.fileName)}, not dist's: rebuild)`;
      const top = shares.filter(([g]) => !g.startsWith('src/core/')).slice(0, 10);
      const core = shares.filter(([g]) => g.startsWith('src/core/'));
      console.log(`  entry holds${same}: ${top.map(([g, n]) => `${g} ${kib(n)}`).join(', ')}, …`);
      // src/ui/boundary.test.ts allows these data modules on the main thread; the analysis stays in the worker.
      console.log(`  entry's src/core: ${core.map(([g, n]) => `${g.slice('src/core/'.length)} ${kib(n)}`).join(', ') || 'none'} (boundary.test.ts allows defaults, edits/format, edits/notes)`);
      rmSync(path.join(os.tmpdir(), `parallax-bench-${process.pid}`), { recursive: true, force: true });
    } catch (e) {
      console.log(`  entry holds: not measured (${(e as Error).message})`);
    }
  }
}

// ---------------------------------------------------------------- evaluation throughput

const EVAL_FILES = ['ecbplus-dev.jsonl', 'superpal-dev.jsonl'];

function evalThroughput(file: string): string[] {
  process.stderr.write(`bench: eval ${file}…\n`);
  const list = parseCases(readFileSync(path.join(root, '../shared/eval', file), 'utf8'));
  const start = performance.now();
  let total = ZERO;
  let sentences = 0;
  for (const c of list) {
    const comparison = compareReports(c.reports);
    total = addCounts(total, countCase(c, comparison));
    sentences += comparison.reports.reduce((n, r) => n + r.sentences.length, 0);
  }
  const seconds = (performance.now() - start) / 1000;
  return [file, String(list.length), sentences.toLocaleString('en-US'), seconds.toFixed(2), Math.round(sentences / seconds).toLocaleString('en-US'), scores(total).f1.toFixed(3)];
}

if (!argv.includes('--no-eval')) {
  const present = EVAL_FILES.filter((f) => existsSync(path.join(root, '../shared/eval', f)));
  console.log('');
  console.log('Evaluation throughput (the scoring of `npm run eval`, default options, one pass per file):');
  if (present.length) console.log(table(['file', 'cases', 'sentences', 'seconds', 'sentences/s', 'F1'], present.map(evalThroughput)));
  for (const f of EVAL_FILES.filter((f) => !present.includes(f))) console.log(`  ${f}: not found in ../shared/eval/, skipped`);
}
