/**
 * Resampling generation metrics: every example is a unit carrying its statistic vectors; a resample's
 * metrics are scored from the weighted sums of the vectors (so corpus BLEU and chrF are recomputed from
 * resampled n-gram counts, never averaged over sentences).
 */
import type { SliceResult } from '../../generated/result.js';
import { unitPerRow, type PairedInput, type WeightedProblem } from '../task-family.js';
import { isOpsMetric } from '../ops/registry.js';
import { opsPairedTerms } from '../ops/slices.js';
import { GENERATION_METRICS } from './registry.js';
import { groupWidth, groupsFor, valuesFromSums, type GroupVectors } from './vector.js';

const NAMES = new Set(GENERATION_METRICS.map((d) => d.name));

export function generationResamplable(metric: string, slice: SliceResult): boolean {
  return (NAMES.has(metric) || isOpsMetric(metric)) && slice.kind !== 'label';
}

export function pairedGeneration(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const groups = groupsFor(metrics);
  // Both sides' groups side by side, one row per example: a resample is one linear pass over the matrix.
  const layout = [
    { table: base, rows: baseRows },
    { table: head, rows: headRows },
  ].flatMap(({ table, rows }, side) =>
    groups.map((group) => {
      const column = table.columns.get(group);
      if (!column) throw new Error(`the result has no per-example ${group} statistics`);
      return { side, group, width: groupWidth(group), column, rows };
    }),
  );
  const W = layout.reduce((w, g) => w + g.width, 0);
  const matrix = new Float64Array(n * W);
  let offset = 0;
  for (const { width, column, rows } of layout) {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < width; j++) matrix[i * W + offset + j] = column[rows[i] * width + j];
    offset += width;
  }
  const sum = new Float64Array(W);
  const ops = opsPairedTerms(input);
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights: Float64Array): Float64Array => {
    sum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (w === 0) continue;
      total += w;
      const off = i * W;
      for (let j = 0; j < W; j++) sum[j] += w * matrix[off + j];
    }
    const sums: Partial<GroupVectors>[] = [{}, {}];
    let at = 0;
    for (const { side, group, width } of layout) {
      sums[side][group] = sum.slice(at, at + width);
      at += width;
    }
    const o = ops ? ops(weights) : null;
    sums.forEach((sideSums, s) => {
      const v = { ...valuesFromSums(sideSums, total, metrics), ...(s === 0 ? o?.base : o?.head) };
      metrics.forEach((m, j) => (out[s * metrics.length + j] = v[m] ?? NaN));
    });
    return out;
  };
  return {
    ...unitPerRow(n),
    evaluate,
  };
}
