/**
 * Two-level bootstrap of judged scores. The outer level is the comparison's paired resample of examples
 * (unit weights = copies of each example). The inner level resamples, for every copy, the example's runs
 * with replacement (its scored runs for the score, its judged runs for the verdict) and uses that copy's
 * mean: the interval then reflects both which examples were drawn and how much each example's judgement
 * varies between runs. An example with one run has no inner variation.
 *
 * The inner draws are deterministic: resample call c draws from the counter-based stream of
 * (hash of the outer weights, slice, side, c), the same generator the comparison uses, so equal inputs
 * give equal intervals. Call 0 is the point estimate (the comparison evaluates the unit weights first) and
 * uses the observed per-example means.
 */
import { gatherF64 } from '../../util/gather.js';
import type { SliceResult } from '../../generated/result.js';
import { fnv1a32, lowbias32, resampleUniform, type Uniform } from '../../stats/index.js';
import {
  unitPerRow,
  type ExampleTable,
  type PairedInput,
  type UnpairedInput,
  type WeightedProblem,
} from '../task-family.js';
import { NO_VERDICT, weightedMetrics } from './evaluate.js';
import { SCORED_METRICS } from './registry.js';

const NAMES = new Set(SCORED_METRICS.map((d) => d.name));

export function scoredResamplable(metric: string, _slice: SliceResult): boolean {
  return NAMES.has(metric);
}

/** One side's examples of the slice: observed means and each example's run values. */
interface SideRuns {
  readonly scoreMean: Float64Array;
  readonly passFraction: Float64Array;
  readonly runScores: Float64Array[];
  readonly runPasses: Uint8Array[];
}

function sideRuns(table: ExampleTable, rows: Int32Array): SideRuns {
  const mean = table.columns.get('score_mean');
  const pass = table.columns.get('pass_fraction');
  const runs = table.columns.get('runs');
  const runScore = table.columns.get('run_score');
  const runPass = table.columns.get('run_pass');
  if (!mean || !pass || !runs) throw new Error('the result has no per-example scored records');
  const width = runs.length && runScore ? runScore.length / runs.length : 0;
  const runScores: Float64Array[] = [];
  const runPasses: Uint8Array[] = [];
  for (const r of rows) {
    const scores: number[] = [];
    const passes: number[] = [];
    for (let j = 0; j < width; j++) {
      const s = runScore![r * width + j];
      if (!Number.isNaN(s)) scores.push(s);
      const p = runPass ? runPass[r * width + j] : NO_VERDICT;
      if (p !== NO_VERDICT) passes.push(p);
    }
    runScores.push(Float64Array.from(scores));
    runPasses.push(Uint8Array.from(passes));
  }
  return {
    scoreMean: gatherF64(mean, rows),
    passFraction: gatherF64(pass, rows),
    runScores,
    runPasses,
  };
}

/** Mean of `values` resampled with replacement (as many draws as values). */
function resampledMean(values: ArrayLike<number>, uniform: Uniform): number {
  const k = values.length;
  let sum = 0;
  for (let d = 0; d < k; d++) sum += values[Math.floor(uniform() * k)];
  return sum / k;
}

function weightsKey(weights: Float64Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < weights.length; i++) h = Math.imul(h ^ weights[i], 0x01000193) >>> 0;
  return lowbias32(h);
}

/**
 * The metric values of one side for outer weights `weights`; with `uniform`, every copy of an example
 * with several runs uses a mean over its resampled runs.
 */
function sideValues(
  side: SideRuns,
  weights: Float64Array,
  metrics: readonly string[],
  uniform: Uniform | null,
): number[] {
  const means: number[] = [];
  const meanWeights: number[] = [];
  const passes: number[] = [];
  const passWeights: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const scores = side.runScores[i];
    const verdicts = side.runPasses[i];
    const hasMean = !Number.isNaN(side.scoreMean[i]);
    const hasPass = !Number.isNaN(side.passFraction[i]);
    if (!uniform || (scores.length <= 1 && verdicts.length <= 1)) {
      if (hasMean) {
        means.push(side.scoreMean[i]);
        meanWeights.push(w);
      }
      if (hasPass) {
        passes.push(side.passFraction[i]);
        passWeights.push(w);
      }
      continue;
    }
    for (let c = 0; c < w; c++) {
      if (hasMean) {
        means.push(scores.length > 1 ? resampledMean(scores, uniform) : side.scoreMean[i]);
        meanWeights.push(1);
      }
      if (hasPass) {
        passes.push(verdicts.length > 1 ? resampledMean(verdicts, uniform) : side.passFraction[i]);
        passWeights.push(1);
      }
    }
  }
  return weightedMetrics(means, meanWeights, passes, passWeights, metrics);
}

export function pairedScored(input: PairedInput): WeightedProblem {
  const { metrics, baseRows, headRows } = input;
  const n = headRows.length;
  const sides = [sideRuns(input.base, baseRows), sideRuns(input.head, headRows)];
  const sliceKey = fnv1a32(input.slice.key);
  const out = new Float64Array(metrics.length * 2);
  let calls = 0;
  const evaluate = (weights: Float64Array): Float64Array => {
    const call = calls++;
    const key = call === 0 ? 0 : (weightsKey(weights) ^ sliceKey) >>> 0;
    sides.forEach((side, s) => {
      const uniform = call === 0 ? null : resampleUniform(key, `${input.slice.key}#runs#${s}`, call);
      const v = sideValues(side, weights, metrics, uniform);
      metrics.forEach((_m, j) => (out[s * metrics.length + j] = v[j]));
    });
    return out;
  };
  return {
    ...unitPerRow(n),
    evaluate,
    // each call draws new inner resamples: only the bootstrap, not a jackknife, can use it
    resampleOnly: true,
  };
}

/** Without per-example records there are no runs to resample: no unpaired intervals. */
export function unpairedScored(_input: UnpairedInput): null {
  return null;
}
