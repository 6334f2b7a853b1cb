/**
 * Long run of the offset invariant (issue 15): `npm run fuzz:offsets -- --runs 10000 --seed 42`.
 * Draws random reports (src/core/testing/randomReports.ts), compares them,
 * checks every span of the Comparison JSON (src/core/testing/offsets.ts) and
 * prints the violations by field, with the first few examples. Exits 1 on any.
 * The property test (src/core/offsets.property.test.ts) runs the same check,
 * bounded, in CI; this is for the long runs a CI budget cannot afford.
 */
import fc from 'fast-check';
import { compareReports } from '../src/core/index';
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
let failedInputs = 0;
let done = 0;
const started = Date.now();
// In batches, so 10,000 inputs never sit in memory at once; each batch has its own seed derived from --seed.
const BATCH = 250;
for (let b = 0; done < runs; b++) {
  const n = Math.min(BATCH, runs - done);
  for (const reports of fc.sample(reportsArb, { seed: seed + b * 7919, numRuns: n })) {
    const violations = offsetViolations(compareReports(reports));
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
process.exit(total > 0 ? 1 : 0);
