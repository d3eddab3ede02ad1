import { gatherF64 } from '../../util/gather.js';
import type { SliceResult } from '../../generated/result.js';
import { unitPerRow, type PairedInput, type WeightedProblem } from '../task-family.js';
import { isOpsMetric } from '../ops/registry.js';
import { opsPairedTerms } from '../ops/slices.js';
import { metricColumn } from './evaluate.js';
import { parseRankingMetric } from './registry.js';

/**
 * Resampling ranking metrics: every metric is a mean of per-query values, so the units are the slice's
 * queries (paired rows, grouped by equal values) and a resample is a weighted mean per side; NaN values
 * (queries left out by missing_queries: skip) are left out of the weighted mean too.
 */
export function rankingResamplable(metric: string, slice: SliceResult): boolean {
  return slice.kind !== 'label' && (parseRankingMetric(metric) !== null || isOpsMetric(metric));
}

export function pairedRanking(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const gather = (table: PairedInput['base'], rows: Int32Array, m: string): Float64Array => {
    const col = table.columns.get(metricColumn(m));
    return col ? gatherF64(col, rows) : new Float64Array(rows.length).fill(NaN);
  };
  const columns = metrics.flatMap((m) => [gather(base, baseRows, m), gather(head, headRows, m)]);
  const ops = opsPairedTerms(input);
  // Without operational metrics a row matters only through its (base, head) values: rows with equal
  // values are one unit with a multiplicity (exact, and far fewer units: MRR@10 takes 11 values).
  let units: Float64Array;
  let rowUnit: Uint32Array;
  let unitValues: Float64Array[];
  if (ops) {
    ({ units, rowUnit } = unitPerRow(n));
    unitValues = columns;
  } else {
    const index = new Map<string, number>();
    const counts: number[] = [];
    rowUnit = new Uint32Array(n);
    const firstRow: number[] = [];
    for (let i = 0; i < n; i++) {
      let key = '';
      for (const c of columns) key += `${c[i]},`;
      let u = index.get(key);
      if (u === undefined) {
        u = counts.length;
        index.set(key, u);
        counts.push(0);
        firstRow.push(i);
      }
      counts[u]++;
      rowUnit[i] = u;
    }
    units = Float64Array.from(counts);
    unitValues = columns.map((c) => Float64Array.from(firstRow, (i) => c[i]));
  }
  const out = new Float64Array(metrics.length * 2);
  const mean = (values: Float64Array, weights: Float64Array): number => {
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
    units,
    rowUnit,
    evaluate: (weights) => {
      const o = ops ? ops(weights) : null;
      metrics.forEach((m, j) => {
        out[j] = o?.base[m] ?? mean(unitValues[2 * j], weights);
        out[metrics.length + j] = o?.head[m] ?? mean(unitValues[2 * j + 1], weights);
      });
      return out;
    },
  };
}
