import type { SliceResult } from '../../generated/result.js';
import type { PairedInput, UnpairedInput, WeightedProblem } from '../family.js';
import { isOpsMetric } from '../ops/registry.js';
import { opsPairedTerms, opsUnpaired } from '../ops/slices.js';
import { metricColumn } from './evaluate.js';
import { parseRankingMetric } from './registry.js';

/**
 * Resampling ranking metrics: every metric is a mean of per-query values, so the units are the slice's
 * queries (paired rows) and a resample is a weighted mean per side; NaN values (queries left out by
 * missing_queries: skip) are left out of the weighted mean too.
 */
export function rankingResamplable(metric: string, slice: SliceResult): boolean {
  return slice.kind !== 'label' && (parseRankingMetric(metric) !== null || isOpsMetric(metric));
}

export function pairedRanking(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const gather = (table: PairedInput['base'], rows: Int32Array, m: string): Float64Array | null => {
    const col = table.columns.get(metricColumn(m));
    return col ? Float64Array.from(rows, (r) => col[r]) : null;
  };
  const sides = metrics.map((m) => ({ base: gather(base, baseRows, m), head: gather(head, headRows, m) }));
  const ops = opsPairedTerms(input);
  const out = new Float64Array(metrics.length * 2);
  const mean = (values: Float64Array | null, weights: Float64Array): number => {
    if (!values) return NaN;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < values.length; i++) {
      const w = weights[i];
      const v = values[i];
      if (w !== 0 && v === v) {
        sum += w * v;
        count += w;
      }
    }
    return count > 0 ? sum / count : NaN;
  };
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate: (weights) => {
      const o = ops ? ops(weights) : null;
      metrics.forEach((m, j) => {
        out[j] = o?.base[m] ?? mean(sides[j].base, weights);
        out[metrics.length + j] = o?.head[m] ?? mean(sides[j].head, weights);
      });
      return out;
    },
  };
}

/** Without per-query records only latency quantiles can be resampled (from their value counts). */
export function unpairedRanking(
  input: UnpairedInput,
): { base: WeightedProblem; head: WeightedProblem } | null {
  return opsUnpaired(input.base, input.head, input.metrics);
}
