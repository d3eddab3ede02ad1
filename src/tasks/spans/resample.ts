/**
 * Resampling span metrics: every sentence (example) is a unit carrying its [tp, fp, fn] per entity type;
 * a resample sums the weighted counts and scores them, so micro/macro/weighted F1 are recomputed from
 * resampled counts. Type slices (kind `label`) score one type over the whole population.
 */
import type { SliceResult } from '../../generated/result.js';
import { unitPerRow, type PairedInput, type WeightedProblem } from '../task-family.js';
import { isOpsMetric } from '../ops/registry.js';
import { opsPairedTerms } from '../ops/slices.js';
import { denseMetricValues } from './counts.js';
import { sumCounts } from './evaluate.js';
import { SPAN_METRICS } from './registry.js';

const NAMES = new Set(SPAN_METRICS.map((d) => d.name));

export function spansResamplable(metric: string, slice: SliceResult): boolean {
  return NAMES.has(metric) || (isOpsMetric(metric) && slice.kind !== 'label');
}

/** The entity type a type slice scores (by name: the two sides may list different predicted types). */
function focusOf(slice: SliceResult, types: readonly string[]): string | undefined {
  if (slice.kind !== 'label') return undefined;
  return slice.stats?.family === 'label-slice' ? types[slice.stats.class] : slice.fields.type;
}

export function pairedSpans(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const n = headRows.length;
  const focus = focusOf(input.slice, input.headSuite.labels);
  const sides = [
    { table: base, rows: baseRows, types: input.baseSuite.labels },
    { table: head, rows: headRows, types: input.headSuite.labels },
  ];
  const ops = opsPairedTerms(input);
  const out = new Float64Array(metrics.length * 2);
  const evaluate = (weights: Float64Array): Float64Array => {
    const o = ops ? ops(weights) : null;
    sides.forEach(({ table, rows, types }, s) => {
      const counts = table.columns.get('counts') ?? new Uint32Array(0);
      const dense = sumCounts(counts, types.length, rows, weights);
      const v = { ...denseMetricValues(dense, types, metrics, focus), ...(s === 0 ? o?.base : o?.head) };
      metrics.forEach((m, j) => (out[s * metrics.length + j] = v[m] ?? NaN));
    });
    return out;
  };
  return {
    ...unitPerRow(n),
    evaluate,
  };
}
