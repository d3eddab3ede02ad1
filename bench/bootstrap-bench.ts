/**
 * Micro-benchmark of the paired bootstrap engine.
 *
 *   npx tsx bench/bootstrap-bench.ts [--slices 60] [--units 2000] [--resamples 1000] [--rows-per-slice 16667] [--with-rows]
 *
 * Each slice has U distinct (true, base, head) units over 20 labels with Zipf-like multiplicities summing to
 * rows-per-slice (default 1,000,000 / 60). Timed, all slices:
 *   1. multinomial weights only (the engine's own cost, O(U) per resample);
 *   2. pairedBootstrap('multinomial') with the classification Δ macro-F1 / Δ accuracy statistic;
 *   3. with --with-rows: pairedBootstrap('hash32-rows') on the same slices (O(n) per resample).
 */
import { classificationDeltaStatistic, type ClassificationUnits } from '../src/stats/confusion.js';
import { multinomialWeights, pairedBootstrap, unitOrderLargestFirst } from '../src/stats/resample.js';
import { createUniform, resampleUniform } from '../src/stats/rng.js';

const LABELS = 20;

function option(argv: string[], flag: string, fallback: number): number {
  const i = argv.indexOf(flag);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

/** U distinct triples with multiplicities ~ 1/rank, at least 1 each, summing to n. */
function syntheticSlice(unitCount: number, n: number, seed: number): ClassificationUnits {
  const uniform = createUniform(seed, 0xbe4c);
  const seen = new Set<number>();
  const trueLabel = new Uint32Array(unitCount);
  const basePrediction = new Uint32Array(unitCount);
  const headPrediction = new Uint32Array(unitCount);
  for (let u = 0; u < unitCount;) {
    const t = Math.floor(uniform() * LABELS);
    const b = uniform() < 0.3 ? t : Math.floor(uniform() * LABELS);
    const h = uniform() < 0.35 ? t : Math.floor(uniform() * LABELS);
    const key = (t * LABELS + b) * LABELS + h;
    if (seen.has(key)) continue;
    seen.add(key);
    trueLabel[u] = t;
    basePrediction[u] = b;
    headPrediction[u] = h;
    u++;
  }
  const raw = Array.from({ length: unitCount }, (_, u) => 1 / (u + 1));
  const scale = (n - unitCount) / raw.reduce((a, x) => a + x, 0);
  const multiplicity = Float64Array.from(raw, (x) => 1 + Math.floor(x * scale));
  multiplicity[0] += n - multiplicity.reduce((a, x) => a + x, 0);
  const rowUnit = new Uint32Array(n);
  let row = 0;
  multiplicity.forEach((count, u) => rowUnit.fill(u, row, (row += count)));
  return {
    multiplicity,
    rowUnit,
    unitKey: Float64Array.from({ length: unitCount }, (_, u) => u),
    trueLabel,
    basePrediction,
    headPrediction,
  };
}

function timed(label: string, work: () => number): void {
  const started = performance.now();
  const checksum = work();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(58)} ${seconds.toFixed(3)} s   (checksum ${checksum.toPrecision(8)})`);
}

function main(argv: string[]): void {
  const slices = option(argv, '--slices', 60);
  const unitCount = option(argv, '--units', 2000);
  const resamples = option(argv, '--resamples', 1000);
  const rowsPerSlice = option(argv, '--rows-per-slice', 16667);
  const data = Array.from({ length: slices }, (_, s) => syntheticSlice(unitCount, rowsPerSlice, s + 1));
  console.log(
    `${slices} slices x ${resamples} resamples, U = ${unitCount} units, n = ${rowsPerSlice} rows per slice, ` +
      `${LABELS} labels; node ${process.version}`,
  );

  timed('multinomial weights only', () => {
    let checksum = 0;
    data.forEach((units, s) => {
      const order = unitOrderLargestFirst(units.multiplicity);
      for (let b = 0; b < resamples; b++) {
        const w = multinomialWeights(
          units.multiplicity,
          rowsPerSlice,
          resampleUniform(12345, `s${s}`, b),
          order,
        );
        checksum += w[0];
      }
    });
    return checksum;
  });

  const runAll = (method: 'multinomial' | 'hash32-rows') => () => {
    let checksum = 0;
    data.forEach((units, s) => {
      const { samples } = pairedBootstrap({
        units: units.multiplicity,
        evaluate: classificationDeltaStatistic(units, LABELS),
        resamples,
        sliceName: `s${s}`,
        method,
        rowUnit: units.rowUnit,
      });
      checksum += samples[0][0] + samples[1][resamples - 1];
    });
    return checksum;
  };
  timed('pairedBootstrap multinomial + classification statistic', runAll('multinomial'));
  if (argv.includes('--with-rows'))
    timed('pairedBootstrap hash32-rows + classification statistic', runAll('hash32-rows'));
}

main(process.argv.slice(2));
