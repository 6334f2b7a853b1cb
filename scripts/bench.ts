/**
 * `npm run bench`: how long compareReports takes. Prints figures, asserts
 * nothing.
 *
 *   npm run -s bench [-- --runs N --sentences N]
 *   npm run -s bench -- --sample     (print the start of a synthetic report and stop)
 *   npm run -s bench -- --dump FILE  (write the synthetic texts as a JSON array, for profiling)
 *
 * Cases: the seed event (its three reports, read through data/manifest.json)
 * and three synthetic reports of 1,000 sentences each, generated
 * deterministically (seeded PRNG) from a vocabulary: facts shared by all three,
 * facts shared by two, facts of one only; shared facts are sometimes repeated
 * nearly word for word and sometimes paraphrased (other verb, order,
 * attribution, number format). Each case is warmed up, then timed over N runs;
 * a slow case gets fewer runs (the output says so).
 *
 * Then the evaluation's throughput: the scoring of `npm run eval` (default
 * options) over ../shared/eval/ecbplus-dev.jsonl and superpal-dev.jsonl, when
 * present (one pass each), with the F1 it got. `--no-eval` skips it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compareReports } from '../src/core/index';
import type { Comparison, ReportInput } from '../src/core/types';
import { parseCases } from '../src/eval/cases';
import { addCounts, countCase, scores, ZERO } from '../src/eval/score';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- arguments

function argValue(name: string): number | undefined {
  const argv = process.argv.slice(2);
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

const RUNS = argValue('--runs') ?? 20;
const SENTENCES = argValue('--sentences') ?? 1000;
/** A case whose runs would take longer than this gets fewer runs (3, or 1 when one run is very slow). */
const BUDGET_MS = 20_000;

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

// ---------------------------------------------------------------- synthetic reports

/** mulberry32: small, fast, good enough for test data, and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Pavel', 'Maria', 'Jonas', 'Elena', 'Tomas', 'Sofia', 'Viktor', 'Ingrid', 'Omar', 'Leila', 'Marek', 'Yuki', 'Carlos', 'Nadia', 'Henrik', 'Amara', 'Dmitri', 'Clara', 'Rafael', 'Zofia', 'Kwame', 'Irina', 'Lucas'];
const LAST = ['Kowalski', 'Muraveiko', 'Lindqvist', 'Haddad', 'Novak', 'Petrova', 'Okafor', 'Brennan', 'Tanaka', 'Ferreira', 'Horvath', 'Castellano', 'Ivanenko', 'Moreau', 'Schulz', 'Adeyemi', 'Kaur', 'Vasquez', 'Larsen', 'Dubois', 'Nakamura', 'Rossi', 'Sokolov', 'Whitfield'];
const ROLES = ['Defence Minister', 'Foreign Minister', 'the deputy prime minister', 'the army chief of staff', 'a senior diplomat', 'the finance minister', 'the regional governor', 'the opposition leader', 'a government spokesman', 'the energy minister', 'the central bank governor', 'the interior minister'];
const PLACES = ['Minsk', 'Warsaw', 'Kyiv', 'Vilnius', 'Riga', 'Tallinn', 'Helsinki', 'Bucharest', 'Chisinau', 'Tbilisi', 'Budapest', 'Prague', 'Bratislava', 'Sofia', 'Belgrade', 'Ankara', 'Berlin', 'Brussels', 'Geneva', 'Vienna', 'Oslo', 'Stockholm', 'Copenhagen', 'Athens', 'Rome', 'Madrid', 'Lisbon', 'Dublin', 'London', 'Paris'];
const ORGS = ['NATO', 'the European Union', 'the United Nations', 'the OSCE', 'the CSTO', 'the IMF', 'the World Bank', 'the Red Cross', 'the Pentagon', 'the Kremlin', 'the State Department', 'the European Commission', 'the African Union', 'the G7'];
/** Verb groups: each is a set of paraphrases of one action. */
const VERBS: string[][] = [
  ['approved', 'authorised', 'signed off on', 'gave the green light to'],
  ['criticised', 'condemned', 'denounced', 'sharply rebuked'],
  ['announced', 'unveiled', 'publicised', 'declared'],
  ['rejected', 'vetoed', 'refused', 'dismissed'],
  ['proposed', 'floated', 'suggested', 'tabled'],
  ['delayed', 'postponed', 'deferred', 'shelved'],
  ['expanded', 'widened', 'extended', 'broadened'],
  ['suspended', 'halted', 'froze', 'paused'],
  ['funded', 'financed', 'underwrote', 'bankrolled'],
  ['investigated', 'scrutinised', 'probed', 'examined'],
  ['supported', 'backed', 'endorsed', 'championed'],
  ['warned about', 'cautioned against', 'raised alarm over', 'voiced concern about'],
];
const OBJECTS = [
  'the supply of anti-personnel mines', 'a new package of military aid', 'sanctions on energy exports', 'the delivery of air defence systems',
  'a ceasefire proposal', 'the reconstruction fund', 'a plan to rebuild the power grid', 'the grain export corridor', 'new border controls',
  'the training mission', 'a loan guarantee', 'the prisoner exchange', 'a joint naval exercise', 'the deployment of peacekeepers',
  'long-range missile strikes', 'the nuclear safety inspection', 'a humanitarian convoy', 'the evacuation of civilians', 'tariffs on steel imports',
  'the pipeline project', 'a cyber defence agreement', 'the refugee resettlement scheme', 'emergency gas purchases', 'the arms control treaty',
  'a visa ban on officials', 'the investigation into the explosion', 'new rules on drone exports', 'the withdrawal of troops', 'a fuel subsidy',
  'the mine clearance programme', 'a bilateral security pact', 'the purchase of artillery shells',
];
const TIMES = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'at the weekend', 'last week', 'earlier this month', 'late on Sunday', 'this morning'];
const SOURCES = ['officials said', 'according to a statement', 'two sources familiar with the matter said', 'state media reported', 'the ministry said in a statement', 'according to local media', 'a spokesperson confirmed', 'diplomats told reporters'];
const CONTEXTS = [
  'amid rising tension along the border', 'after weeks of closed-door negotiations', 'despite objections from several member states', 'as winter approaches',
  'in a move critics called escalatory', 'following a series of drone attacks', 'ahead of a summit next month', 'while talks on a wider settlement stall',
  'in response to pressure from parliament', 'as the outgoing administration prepares to leave office', 'amid concern over civilian casualties', 'after a tense phone call between the two leaders',
];
const UNITS = ['million dollars', 'million euros', 'troops', 'tonnes', 'kilometres', 'people', 'vehicles', 'shells'];

interface Fact {
  who: string;
  role: string;
  verb: number;
  object: string;
  place: string;
  time: string;
  amount: number;
  unit: string;
  context: string;
  source: string;
  org: string;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function makeFact(rand: () => number): Fact {
  return {
    who: `${pick(rand, FIRST)} ${pick(rand, LAST)}`,
    role: pick(rand, ROLES),
    verb: Math.floor(rand() * VERBS.length),
    object: pick(rand, OBJECTS),
    place: pick(rand, PLACES),
    time: pick(rand, TIMES),
    amount: (1 + Math.floor(rand() * 900)) * (rand() < 0.5 ? 10 : 1),
    unit: pick(rand, UNITS),
    context: pick(rand, CONTEXTS),
    source: pick(rand, SOURCES),
    org: pick(rand, ORGS),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const formatAmount = (n: number, alt: boolean) => (alt ? n.toLocaleString('en-US') : String(n));

/**
 * One sentence stating a fact. `variant` 0 is the plain wording; other
 * variants paraphrase (synonym verb, another order, other attribution,
 * number format) and add or drop a clause, so sentence lengths vary from
 * about 12 to 40 words.
 */
function sentence(f: Fact, variant: number, rand: () => number): string {
  const verbs = VERBS[f.verb]!;
  const verb = verbs[variant % verbs.length]!;
  const amount = `${formatAmount(f.amount, variant % 2 === 1)} ${f.unit}`;
  const extra = rand() < 0.5 ? `, ${f.context}` : '';
  switch (variant % 4) {
    case 0:
      return `${capitalise(f.role)} ${f.who} ${verb} ${f.object} worth ${amount} in ${f.place} ${f.time}${extra}, ${f.source}.`;
    case 1:
      return `${capitalise(f.time)}, ${f.who}, ${f.role}, ${verb} ${f.object} in ${f.place}, a measure involving ${amount}${extra}.`;
    case 2:
      return `In ${f.place}, ${f.role} ${f.who} ${verb} ${f.object} (${amount}) ${f.time}, a step ${f.org} is watching closely${extra}.`;
    default:
      return `${capitalise(f.object)}, covering ${amount}, came up in ${f.place} ${f.time}, where ${f.who} ${verb} it${extra}, ${f.source}.`;
  }
}

/**
 * Three reports of `n` sentences: 20% of each report's sentences state facts
 * all three share, 20% facts shared with one other report, the rest facts of
 * its own. A shared fact is worded almost identically in half the reports that
 * state it and paraphrased in the others. Sentences come in roughly the same
 * order across reports (news tends to), locally shuffled, in paragraphs of 2-6.
 */
function syntheticReports(n: number, seed = 20241120): ReportInput[] {
  const rand = prng(seed);
  const shared = Math.round(n * 0.2);
  const pairEach = Math.round(n * 0.1); // each report is in two pairs: 2 × 10% = 20%
  const own = n - shared - 2 * pairEach;
  type Item = { key: number; text: string };
  const items: Item[][] = [[], [], []];
  /** Each fact gets a place in the story; a report tells it there, give or take a little. */
  const state = (reports: number[], fact: Fact) => {
    const position = rand();
    const base = Math.floor(rand() * 4);
    for (const r of reports) {
      const variant = rand() < 0.5 ? base : base + 1 + Math.floor(rand() * 3);
      items[r]!.push({ key: position + rand() * 0.02, text: sentence(fact, variant, rand) });
    }
  };
  for (let i = 0; i < shared; i++) state([0, 1, 2], makeFact(rand));
  for (const pair of [[0, 1], [1, 2], [0, 2]]) for (let i = 0; i < pairEach; i++) state(pair, makeFact(rand));
  for (let r = 0; r < 3; r++) for (let i = 0; i < own; i++) state([r], makeFact(rand));
  return items.map((list, r) => {
    list.sort((a, b) => a.key - b.key);
    const paragraphs: string[] = [];
    for (let i = 0; i < list.length; ) {
      const size = 2 + Math.floor(rand() * 5);
      paragraphs.push(list.slice(i, i + size).map((it) => it.text).join(' '));
      i += size;
    }
    return { id: `synthetic-${r + 1}`, outlet: `Synthetic ${r + 1}`, language: 'en', text: paragraphs.join('\n') };
  });
}

// ---------------------------------------------------------------- timing

interface Row {
  name: string;
  reports: number;
  chars: number;
  words: number;
  kept: number;
  claims: string;
  runs: number;
  min: number;
  median: number;
  p90: number;
  note: string;
}

function quantile(sorted: number[], q: number): number {
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function bench(name: string, reports: ReportInput[]): Row {
  process.stderr.write(`bench: ${name}: warming up…\n`);
  const t0 = performance.now();
  let result: Comparison = compareReports(reports);
  const first = performance.now() - t0;
  let runs = RUNS;
  let note = '';
  // Warm up: a few runs for a fast case, the first run alone for a slow one.
  const warmups = first < 200 ? 3 : first < 2000 ? 1 : 0;
  for (let i = 0; i < warmups; i++) result = compareReports(reports);
  if (first * RUNS > BUDGET_MS) {
    // At least 3 runs for a median, unless that alone would take well over half a minute.
    const minRuns = first * 3 <= 36_000 ? 3 : 1;
    runs = Math.max(minRuns, Math.min(RUNS, Math.floor(BUDGET_MS / first)));
    if (runs < RUNS) note = `${runs} runs, not ${RUNS}: one run takes ~${format(first)} ms`;
  }
  process.stderr.write(`bench: ${name}: ${runs} timed runs…\n`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = compareReports(reports);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const text = reports.map((r) => r.text ?? '').join('\n');
  const s = result.summary.claims;
  return {
    name,
    reports: reports.length,
    chars: text.length,
    words: text.split(/\s+/).filter(Boolean).length,
    kept: result.reports.reduce((sum, r) => sum + r.sentences.length, 0),
    claims: `${result.claims.length} (${s.shared}/${s.partial}/${s.unique})`,
    runs,
    min: times[0]!,
    median: quantile(times, 0.5),
    p90: quantile(times, 0.9),
    note: warmups === 0 ? [note, 'first run counted as warm-up'].filter(Boolean).join('; ') : note,
  };
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function table(rows: Row[]): string {
  const head = ['case', 'reports', 'chars', 'words', 'kept sentences', 'claims (s/p/u)', 'runs', 'min ms', 'median ms', 'p90 ms'];
  const body = rows.map((r) => [r.name, String(r.reports), r.chars.toLocaleString('en-US'), r.words.toLocaleString('en-US'), String(r.kept), r.claims, String(r.runs), format(r.min), format(r.median), format(r.p90)]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const dumpAt = process.argv.indexOf('--dump');
if (dumpAt > 0) {
  // For profiling the core outside the bench: the synthetic texts as a JSON array.
  writeFileSync(process.argv[dumpAt + 1] ?? 'synthetic.json', JSON.stringify(syntheticReports(SENTENCES).map((r) => r.text)));
  process.exit(0);
}
if (process.argv.includes('--sample')) {
  for (const r of syntheticReports(SENTENCES)) console.log(`--- ${r.outlet}\n${r.text!.slice(0, 1500)}…\n`);
  process.exit(0);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Parallax bench: compareReports, default options; node ${process.version}, ${os.cpus().length} × ${cpu.trim()}`);
console.log(`Each case: warm-up, then up to ${RUNS} timed runs (fewer when one run is slow). Times are wall-clock per compareReports call.`);
console.log('');

const rows: Row[] = [];
rows.push(bench('seed event (3 reports)', seedReports()));
const synthetic = syntheticReports(SENTENCES);
rows.push(bench(`synthetic 3 × ${SENTENCES} sentences`, synthetic));

console.log(table(rows));
const notes = rows.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
if (notes.length) console.log(['', 'Notes:', ...notes].join('\n'));
console.log('');
console.log(
  `Synthetic input: ${synthetic.length} reports × ${SENTENCES} generated sentences (seeded, deterministic): 20% of each report's sentences state facts all three share, ` +
    `20% facts shared with one other report, 60% its own; shared facts are paraphrased in about half the reports.`,
);

// ---------------------------------------------------------------- evaluation throughput

const EVAL_FILES = ['ecbplus-dev.jsonl', 'superpal-dev.jsonl'];

interface EvalRow {
  file: string;
  cases: number;
  sentences: number;
  seconds: number;
  f1: number;
}

/** One pass of `npm run eval`'s scoring over a file (parsing excluded from the time). */
function evalThroughput(file: string): EvalRow {
  process.stderr.write(`bench: eval ${file}…\n`);
  const cases = parseCases(readFileSync(path.join(root, '../shared/eval', file), 'utf8'));
  const start = performance.now();
  let total = ZERO;
  let sentences = 0; // as analysed (cases given as text are segmented first)
  for (const c of cases) {
    const comparison = compareReports(c.reports);
    total = addCounts(total, countCase(c, comparison));
    sentences += comparison.reports.reduce((n, r) => n + r.sentences.length, 0);
  }
  const seconds = (performance.now() - start) / 1000;
  return { file, cases: cases.length, sentences, seconds, f1: scores(total).f1 };
}

if (!process.argv.includes('--no-eval')) {
  const present = EVAL_FILES.filter((f) => existsSync(path.join(root, '../shared/eval', f)));
  const missing = EVAL_FILES.filter((f) => !present.includes(f));
  console.log('');
  console.log('Evaluation throughput (the scoring of `npm run eval`, default options, one pass per file):');
  if (present.length > 0) {
    const head = ['file', 'cases', 'sentences', 'seconds', 'cases/s', 'sentences/s', 'F1'];
    const body = present.map(evalThroughput).map((r) => [
      r.file,
      String(r.cases),
      r.sentences.toLocaleString('en-US'),
      r.seconds.toFixed(2),
      (r.cases / r.seconds).toFixed(1),
      Math.round(r.sentences / r.seconds).toLocaleString('en-US'),
      r.f1.toFixed(3),
    ]);
    const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
    const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n'));
  }
  for (const f of missing) console.log(`  ${f}: not found in ../shared/eval/, skipped`);
}
