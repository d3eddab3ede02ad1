/**
 * Why large classification slices take the linearized score interval (issue #15): on the 20-class
 * population of coverage-population.ts (refbench's Zipf priors, rarest class 1.2%), the same golden sets as
 * the coverage cells get the product's interval (the linearized score interval: these sets have fewer than
 * 1,024 units, and the per-cell influence is bit-identical to the per-unit jackknife) and a forced 1,000-draw
 * BCa interval of the macro-F1 delta. Coverage is split by whether every class of the set has at least
 * LARGE_SLICE_MIN_SUPPORT true examples, the condition a large slice must meet to skip the bootstrap.
 *
 *   npx tsx scripts/sim/large-slices.ts [sizes] [sets]
 *   npx tsx scripts/sim/large-slices.ts 500,1000,2000,5000 400
 */
import { readFileSync } from 'node:fs';
import { hasBounds, pairedIntervals } from '../../src/compare/intervals.js';
import {
  ACCELERATION_GROUPS,
  LARGE_SLICE_MIN_SUPPORT,
  accelerationOf,
  bcaSummary,
  jackknife,
  pairedBootstrap,
} from '../../src/stats/index.js';
import { classification20Truth } from './coverage-population.js';
import { SIM_SETTINGS, TASK_METRICS, trialProblem, truthKey } from './coverage-sim.js';

const [sizes = '500,1000,2000,5000', sets = '400'] = process.argv.slice(2);
const task = 'classification-20' as const;
const metric = 'macro_f1';
const fixture = new URL('../../__tests__/fixtures/stats/coverage.json', import.meta.url);
const committed = (JSON.parse(readFileSync(fixture, 'utf8')) as { truth: Record<string, number> }).truth;
const truth = committed[truthKey(task, metric)] ?? classification20Truth()[truthKey(task, metric)];
const metrics = TASK_METRICS[task];
const M = metrics.length;
const j = metrics.indexOf(metric);

interface Tally {
  covered: number;
  bounded: number;
  width: number;
}
const tally = (): Tally => ({ covered: 0, bounded: 0, width: 0 });
const add = (t: Tally, low: number, high: number) => {
  t.bounded++;
  t.width += high - low;
  if (low <= truth && truth <= high) t.covered++;
};
const show = (t: Tally) =>
  t.bounded
    ? `${t.covered}/${t.bounded} ${((100 * t.covered) / t.bounded).toFixed(1)}% (${((100 * t.width) / t.bounded).toFixed(2)})`
    : '–';

console.log(
  `macro-F1 delta, 20 classes, true Δ = ${(100 * truth).toFixed(3)} pts; coverage (mean width, pts)`,
);
console.log(
  `| n | sets with every class ≥ ${LARGE_SLICE_MIN_SUPPORT} | sd of Δ̂ | linearized score | BCa, 1000 draws | linearized, every class ≥ ${LARGE_SLICE_MIN_SUPPORT} | linearized, some class < ${LARGE_SLICE_MIN_SUPPORT} |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of sizes.split(',').map(Number)) {
  const [score, bca, supported, small] = [tally(), tally(), tally(), tally()];
  let sum = 0;
  let sum2 = 0;
  const trials = Number(sets);
  for (let r = 0; r < trials; r++) {
    const p = trialProblem(task, n, r);
    const found = pairedIntervals(`trial ${r}`, metrics, p, n, SIM_SETTINGS).get(metric)!;
    const stat = (w: Float64Array) => {
      const v = p.evaluate(w);
      return Float64Array.of(v[M + j] - v[j]);
    };
    const point = stat(p.units)[0];
    sum += point;
    sum2 += point * point;
    const enough = (p.influence?.smallestSupport ?? 0) >= LARGE_SLICE_MIN_SUPPORT;
    if (hasBounds(found)) {
      add(score, found.low, found.high);
      add(enough ? supported : small, found.low, found.high);
    }
    const draws = pairedBootstrap({
      units: p.units,
      evaluate: stat,
      resamples: SIM_SETTINGS.resamples,
      seed: SIM_SETTINGS.seed,
      sliceName: `trial ${r}`,
      method: 'multinomial',
    });
    const jack = jackknife(p.units, stat, 1, ACCELERATION_GROUPS);
    const s = bcaSummary(draws.samples[0], draws.point[0], accelerationOf(jack.weight, jack.values[0]));
    if (s) add(bca, s.low, s.high);
  }
  const mean = sum / trials;
  const sd = Math.sqrt(sum2 / trials - mean * mean);
  console.log(
    `| ${n} | ${supported.bounded}/${trials} | ${(100 * sd).toFixed(2)} | ${show(score)} | ${show(bca)} | ${show(supported)} | ${show(small)} |`,
  );
}
