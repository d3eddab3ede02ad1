/**
 * Resampling generation metrics: every example is a unit carrying its statistic vectors; a resample's
 * metrics are scored from the weighted sums of the vectors (so corpus BLEU and chrF are recomputed from
 * resampled n-gram counts, never averaged over sentences).
 */
import type { SliceResult } from '../../generated/result.js';
import type { PairedInput, UnpairedInput, WeightedProblem } from '../family.js';
import { GENERATION_METRICS } from './registry.js';
import { groupWidth, groupsFor, valuesFromSums, type GroupVectors } from './vector.js';

const NAMES = new Set(GENERATION_METRICS.map((d) => d.name));

export function generationResamplable(metric: string, slice: SliceResult): boolean {
  return NAMES.has(metric) && slice.kind !== 'label';
}

export function pairedGeneration(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const groups = groupsFor(metrics);
  const sides = [
    { table: base, rows: baseRows },
    { table: head, rows: headRows },
  ].map(({ table, rows }) =>
    groups.map((group) => {
      const column = table.columns.get(group);
      if (!column) throw new Error(`the result has no per-example ${group} statistics`);
      const width = groupWidth(group);
      // gather the slice's rows once, contiguous, so each resample is one linear pass
      const values = new Float64Array(n * width);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < width; j++) values[i * width + j] = column[rows[i] * width + j];
      return { group, width, values };
    }),
  );
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights: Float64Array): Float64Array => {
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i];
    sides.forEach((side, s) => {
      const sums: Partial<GroupVectors> = {};
      for (const { group, width, values } of side) {
        const sum = new Float64Array(width);
        for (let i = 0; i < n; i++) {
          const w = weights[i];
          if (w === 0) continue;
          const off = i * width;
          for (let j = 0; j < width; j++) sum[j] += w * values[off + j];
        }
        sums[group] = sum;
      }
      const v = valuesFromSums(sums, total, metrics);
      metrics.forEach((m, j) => (out[s * metrics.length + j] = v[m] ?? NaN));
    });
    return out;
  };
  return {
    units: new Float64Array(n).fill(1),
    rowUnit: Uint32Array.from({ length: n }, (_, i) => i),
    evaluate,
  };
}

/** Summed statistics alone cannot be resampled by example: no unpaired intervals. */
export function unpairedGeneration(_input: UnpairedInput): null {
  return null;
}
