/**
 * Span counts as dense arrays over the suite's entity types (the result's `labels`), the layout of the
 * per-slice statistics and of the per-example `counts` column: [tp, fp, fn] per type.
 */
import { spanMetricValues } from './registry.js';
import { spanScores, type SpanCounts, type TypeCounts } from './scores.js';

export interface DenseCounts {
  readonly tp: Float64Array;
  readonly fp: Float64Array;
  readonly fn: Float64Array;
}

export function emptyDense(types: number): DenseCounts {
  return { tp: new Float64Array(types), fp: new Float64Array(types), fn: new Float64Array(types) };
}

/** Back to the keyed form spanScores reads (types with no counts are left out, as seqeval ignores them). */
export function keyedCounts(dense: DenseCounts, types: readonly string[], focus?: string): SpanCounts {
  const counts = Object.create(null) as Record<string, TypeCounts>;
  types.forEach((type, t) => {
    if (focus !== undefined && type !== focus) return;
    counts[type] = { tp: dense.tp[t], fp: dense.fp[t], fn: dense.fn[t] };
  });
  return counts;
}

/**
 * Registry values of the counts; with `focus`, of that entity type alone (its precision, recall and F1;
 * the macro and weighted averages of one type are its F1).
 */
export function denseMetricValues(
  dense: DenseCounts,
  types: readonly string[],
  metrics: readonly string[],
  focus?: string,
): Record<string, number> {
  const all = spanMetricValues(keyedCounts(dense, types, focus));
  const out: Record<string, number> = {};
  for (const m of metrics) if (m in all) out[m] = all[m];
  return out;
}

/** Per-type precision, recall, F1 and support, in the types' order (types with no entities left out). */
export function perTypeTable(dense: DenseCounts, types: readonly string[]) {
  return spanScores(keyedCounts(dense, types)).perType.map((s) => ({
    label: s.type,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    support: s.support,
  }));
}
