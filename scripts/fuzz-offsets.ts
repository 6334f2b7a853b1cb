/**
 * Long run of the offset invariant (issue 15): `npm run fuzz:offsets -- --runs 10000 --seed 42`.
 * Draws random reports (src/core/testing/randomReports.ts), compares them,
 * checks every span of the Comparison JSON (src/core/testing/offsets.ts) and
 * prints the violations by field, with the first few examples. Exits 1 on any.
 * The property test (src/core/offsets.property.test.ts) runs the same check,
 * bounded, in CI; this is for the long runs a CI budget cannot afford.
 */
import fc from 'fast-check';
import { compareReports, type Comparison } from '../src/core/index';
import { offsetViolations } from '../src/core/testing/offsets';
import { reportsArb } from '../src/core/testing/randomReports';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} takes a whole number`);
  return v;
}

const runs = arg('runs', 10000);
const seed = arg('seed', 42);
const examples = arg('examples', 3);
const byField = new Map<string, { count: number; inputs: number; examples: string[] }>();

/**
 * Not a violation, but counted: spans that begin on a combining mark or end
 * before one, so a highlight would part an accent from its letter
 * ("Jose\u0301" read as "Jose"). The lenses' word patterns are built of \p{L}
 * and stop at marks; the slices still equal what the JSON says.
 */
const MARK = /^\p{M}/u;
const markNotes = new Map<string, number>();
function markSplits(c: Comparison): void {
  for (const r of c.reports) {
    const t = r.text;
    const note = (field: string, s: { start: number; end: number }) => {
      if (s.end > s.start && (MARK.test(t.slice(s.start, s.start + 1)) || MARK.test(t.slice(s.end, s.end + 1)))) markNotes.set(field, (markNotes.get(field) ?? 0) + 1);
    };
    for (const s of r.sentences) note('sentence', s);
    for (const f of r.framing.facts) note(`facts.${f.kind}`, f);
    for (const h of r.framing.loaded.hits) note('loaded.hits', h);
    for (const m of r.framing.actors.mentions) note('actors.mentions', m);
    for (const a of r.framing.voices.attributions) if (a.speaker?.mention) note('voices.speaker.mention', a.speaker.mention);
  }
}
let failedInputs = 0;
let done = 0;
const started = Date.now();
// In batches, so 10,000 inputs never sit in memory at once; each batch has its own seed derived from --seed.
const BATCH = 250;
for (let b = 0; done < runs; b++) {
  const n = Math.min(BATCH, runs - done);
  for (const reports of fc.sample(reportsArb, { seed: seed + b * 7919, numRuns: n })) {
    const comparison = compareReports(reports);
    markSplits(comparison);
    const violations = offsetViolations(comparison);
    if (violations.length > 0) failedInputs++;
    const seen = new Set<string>();
    for (const v of violations) {
      const field = v.slice(0, v.indexOf(':'));
      let e = byField.get(field);
      if (!e) byField.set(field, (e = { count: 0, inputs: 0, examples: [] }));
      e.count++;
      if (!seen.has(field)) e.inputs++;
      seen.add(field);
      if (e.examples.length < examples) e.examples.push(`${v}\n      input: ${JSON.stringify(reports).slice(0, 600)}`);
    }
  }
  done += n;
}
const total = [...byField.values()].reduce((s, e) => s + e.count, 0);
console.log(`${runs} inputs (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${total} violations in ${failedInputs} inputs`);
for (const [field, e] of [...byField].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${field}: ${e.count} (in ${e.inputs} inputs)`);
  for (const x of e.examples) console.log(`    ${x}`);
}
if (markNotes.size > 0) {
  console.log(`not violations — spans beside a combining mark: ${[...markNotes].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ')}`);
}
process.exit(total > 0 ? 1 : 0);
