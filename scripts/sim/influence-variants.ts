/**
 * Why the linearized score interval uses a symmetric (leave-one-out / add-one) influence: reruns the
 * coverage cells of one metric with the influences computed three ways and prints coverage, mean width and
 * the root-mean-square standard error next to the actual spread of the point deltas (docs/bootstrap.md).
 *
 *   npx tsx scripts/sim/influence-variants.ts [task] [metric] [sizes] [sets]
 *   npx tsx scripts/sim/influence-variants.ts classification macro_f1 20,30,50,100,500 4000
 *
 * - delete-one: the jackknife alone, L_u = (n − 1)(θ̄₋ − θ₋u) (the method before);
 * - infinitesimal: the derivative at the observed weights, by a forward difference of 1e-6 of an example;
 * - symmetric: the product's, ½[(n − 1)(θ̄₋ − θ₋u) + (n + 1)(θ₊u − θ̄₊)] (linearized-score.ts itself).
 */
import { readFileSync } from 'node:fs';
import { jackknife } from '../../src/stats/bca.js';
import { linearizedScore } from '../../src/stats/linearized-score.js';
import { TASK_METRICS, trialProblem, type SimTask } from './coverage-sim.js';

const [task = 'classification', metric = 'macro_f1', sizes = '50,100', sets = '2000'] = process.argv.slice(2);
const simTask = task as SimTask;
const truth = (
  JSON.parse(
    readFileSync(new URL('../../__tests__/fixtures/stats/coverage.json', import.meta.url), 'utf8'),
  ) as {
    truth: Record<string, number>;
  }
).truth[metric];
const metrics = TASK_METRICS[simTask];
const j = metrics.indexOf(metric);
if (j < 0) throw new Error(`${task} has the metrics ${metrics.join(', ')}`);

/** Influences by one-sided differences of `h` examples, in the form linearizedScore takes (without, withOne). */
function oneSided(
  units: Float64Array,
  stat: (w: Float64Array) => number,
  point: number,
  n: number,
  h: number,
) {
  const w = Float64Array.from(units);
  const without = new Float64Array(units.length);
  for (let u = 0; u < units.length; u++) {
    w[u] -= h;
    // the leave-h-out difference rescaled to a leave-one-out value: L_u = (n − 1)(θ̂ − value)
    without[u] = point - ((n - h) / h / (n - 1)) * (point - stat(w));
    w[u] += h;
  }
  return without;
}

for (const n of sizes.split(',').map(Number)) {
  const kinds = ['delete-one', 'infinitesimal', 'symmetric'] as const;
  const acc = kinds.map(() => ({ covered: 0, bounded: 0, width: 0, se2: 0 }));
  let sum = 0;
  let sum2 = 0;
  const trials = Number(sets);
  for (let r = 0; r < trials; r++) {
    const p = trialProblem(simTask, n, r);
    const M = metrics.length;
    const stat = (w: Float64Array) => {
      const v = p.evaluate(w);
      return v[M + j] - v[j];
    };
    const statArray = (w: Float64Array) => [stat(w)];
    const point = stat(p.units);
    sum += point;
    sum2 += point * point;
    const minus = jackknife(p.units, statArray, 1);
    const plus = jackknife(p.units, statArray, 1, undefined, 1);
    // a one-sided influence is the symmetric formula with both halves equal: pass it as both
    const asBoth = (without: Float64Array) => {
      const mirrored = Float64Array.from(without, (v) => point + ((n - 1) / (n + 1)) * (point - v));
      return linearizedScore(point, n, minus.weight, without, mirrored);
    };
    const results = [
      asBoth(minus.values[0]),
      asBoth(oneSided(p.units, stat, point, n, 1e-6)),
      linearizedScore(point, n, minus.weight, minus.values[0], plus.values[0]),
    ];
    results.forEach((s, k) => {
      if (!s) return;
      const a = acc[k];
      a.bounded++;
      a.width += s.high - s.low;
      a.se2 += s.se * s.se;
      if (s.low <= truth && truth <= s.high) a.covered++;
    });
  }
  const mean = sum / trials;
  const spread = Math.sqrt(sum2 / trials - mean * mean);
  console.log(
    `${task} ${metric} n = ${n}, ${trials} sets: sd of the point deltas ${(100 * spread).toFixed(2)} pts`,
  );
  kinds.forEach((kind, k) => {
    const a = acc[k];
    console.log(
      `  ${kind.padEnd(13)} ${a.covered}/${a.bounded} = ${((100 * a.covered) / a.bounded).toFixed(1)}%, mean width ${((100 * a.width) / a.bounded).toFixed(2)} pts, rms se ${(100 * Math.sqrt(a.se2 / a.bounded)).toFixed(2)} pts`,
    );
  });
}
