/**
 * The large-slice interval on real data (issue #15): for every gated slice of a comparison, the macro-F1
 * delta's linearized score interval (what the product now uses on slices of ≥ 2,000 examples whose classes
 * all have ≥ 20 true examples) next to the 1,000-draw BCa interval it replaced, at `--seeds` random streams,
 * and the BCa interval's own Monte-Carlo error: the order-statistic error of a 2.5% / 97.5% percentile of
 * B draws, √(α(1 − α)/B)/φ(z_α) = 0.084 bootstrap standard errors, combined with that of its bias
 * correction z0 (2·√(¼/B)/φ(0) = 0.079), and the spread of its endpoints over the seeds. The last column is
 * the correction BCa makes over the normal interval θ̂ ± z·se (bias and skewness).
 *
 *   npx tsx bench/large-intervals.ts DIR [--seeds 6] [--metric macro_f1]
 *
 * DIR holds base.json, head.json (evalgate evaluate of the refbench baseline and candidate) and
 * evalgate.baseline.yml. At 1M rows the BCa runs take about 0.3 s of CPU per slice and seed.
 */
import { join } from 'node:path';
import { compareResults } from '../src/compare/compare.js';
import { hasBounds, pairedIntervals, type Interval } from '../src/compare/intervals.js';
import { loadConfig } from '../src/config/load.js';
import { readResult } from '../src/result/result-file.js';
import { normalQuantile } from '../src/stats/normal-quantile.js';
import { normalPdf } from '../src/stats/normal.js';
import type { WeightedProblem } from '../src/tasks/task-family.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dir = args[0];
if (!dir || dir.startsWith('--')) throw new Error('usage: npx tsx bench/large-intervals.ts DIR [--seeds 6]');
const seeds = Number(option('--seeds', '6'));
const metric = option('--metric', 'macro_f1');

const config = await loadConfig(join(dir, 'evalgate.baseline.yml'));
const base = await readResult(join(dir, 'base.json'));
const head = await readResult(join(dir, 'head.json'));
const slices: { key: string; metrics: readonly string[]; problem: WeightedProblem; sliceN: number }[] = [];
compareResults(base, head, config, {
  intervals: {
    paired(_suite, key, metrics, problem, sliceN) {
      if (metrics.includes(metric) && !slices.some((s) => s.key === key))
        slices.push({ key, metrics, problem, sliceN });
      return new Map();
    },
  },
});

const B = config.comparison.resamples;
const tail = (1 - config.comparison.confidence) / 2;
const z = normalQuantile(1 - tail);
// a BCa endpoint is about the draws' quantile at z + 2·z0: the percentile's own order-statistic error,
// and that of z0 = Φ⁻¹(fraction of draws below θ̂), which moves both endpoints by 2·δz0·se
const percentileError = Math.sqrt((tail * (1 - tail)) / B) / normalPdf(z);
const biasError = (2 * Math.sqrt(0.25 / B)) / normalPdf(0);
const mcPerSe = Math.hypot(percentileError, biasError);
const pts = (x: number) => (100 * x).toFixed(3);
const bounds = (low: number, high: number) => `[${pts(low)}, ${pts(high)}]`;
const meanOf = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sdOf = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + (b - meanOf(v)) ** 2, 0) / (v.length - 1));

console.log(
  `${metric} deltas in points. BCa: ${B} draws at seeds ${config.comparison.seed}…${config.comparison.seed + seeds - 1}; its Monte-Carlo sd per endpoint ≈ ${mcPerSe.toFixed(3)}·se (percentile ${percentileError.toFixed(3)}, bias correction ${biasError.toFixed(3)}), and as measured over the seeds`,
);
console.log(
  `| slice | n | units | rarest class | linearized score | BCa, seed ${config.comparison.seed} | BCa, mean of ${seeds} seeds | analytic − BCa mean (low, high) | BCa MC sd: ${mcPerSe.toFixed(3)}·se / over seeds (low, high) | BCa − normal θ̂ ± z·se (low, high) |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let worstSingle = 0;
let worstMean = 0;
for (const { key, metrics, problem, sliceN } of slices) {
  const U = problem.units.length;
  const analytic = pairedIntervals(key, metrics, problem, sliceN, config.comparison).get(metric)!;
  const draws = Array.from({ length: seeds }, (_, s) => {
    const settings = { ...config.comparison, seed: config.comparison.seed + s };
    return pairedIntervals(key, metrics, { ...problem, influence: undefined }, sliceN, settings).get(metric)!;
  });
  if (!hasBounds(analytic) || !draws.every(hasBounds)) {
    console.log(`| ${key} | ${sliceN} | ${U} | – | ${analytic.method} | ${draws[0].method} | | | | |`);
    continue;
  }
  const bca = draws as Interval[];
  const lows = bca.map((i) => i.low);
  const highs = bca.map((i) => i.high);
  const v = problem.evaluate(problem.units);
  const j = metrics.indexOf(metric);
  const point = v[metrics.length + j] - v[j];
  const mc = mcPerSe * bca[0].se;
  worstSingle = Math.max(
    worstSingle,
    Math.abs(analytic.low - bca[0].low) / mc,
    Math.abs(analytic.high - bca[0].high) / mc,
  );
  worstMean = Math.max(
    worstMean,
    Math.abs(analytic.low - meanOf(lows)) / (mc / Math.sqrt(seeds)),
    Math.abs(analytic.high - meanOf(highs)) / (mc / Math.sqrt(seeds)),
  );
  console.log(
    `| ${key} | ${sliceN} | ${U} | ${problem.influence?.smallestSupport ?? '–'} | ${bounds(analytic.low, analytic.high)} | ${bounds(bca[0].low, bca[0].high)} | ${bounds(meanOf(lows), meanOf(highs))} | ${pts(analytic.low - meanOf(lows))}, ${pts(analytic.high - meanOf(highs))} | ${pts(mc)} / ${pts(sdOf(lows))}, ${pts(sdOf(highs))} | ${pts(bca[0].low - (point - z * bca[0].se))}, ${pts(bca[0].high - (point + z * bca[0].se))} |`,
  );
}
console.log(
  `largest |analytic − BCa| endpoint difference: ${worstSingle.toFixed(2)} MC sd of one BCa run (seed ${config.comparison.seed}); ${worstMean.toFixed(2)} MC sd of the mean of ${seeds} runs`,
);
