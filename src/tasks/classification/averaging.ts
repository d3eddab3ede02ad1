/**
 * Precision, recall and F1 per class and their averages, as scikit-learn computes them (`average=` micro,
 * macro, weighted): the same for single-label and multilabel suites, which differ only in how they count.
 */

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Summed true positives, false positives and false negatives over the classes. */
export interface ClassCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** num / den, 0 when undefined (scikit-learn's zero_division=0). */
export const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

/** A class's precision, recall and F1 (2tp / (2tp + fp + fn)) from its counts; support = tp + fn. */
export function classMetrics(tp: number, fp: number, fn: number): ClassMetrics {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
  };
}

type Average = 'micro' | 'macro' | 'weighted';
type Measure = 'precision' | 'recall' | 'f1';
const AVERAGED = new Map<string, [Average, Measure]>(
  (['micro', 'macro', 'weighted'] as const).flatMap((a) =>
    (['precision', 'recall', 'f1'] as const).map((m): [string, [Average, Measure]] => [`${a}_${m}`, [a, m]]),
  ),
);

/** 'micro', 'macro' or 'weighted' for an averaged precision/recall/F1 metric name, else undefined. */
export function averageOf(name: string): Average | undefined {
  return AVERAGED.get(name)?.[0];
}

/**
 * An averaged metric (see averageOf): micro from the summed counts; macro the plain mean of the classes'
 * values; weighted by support (plain when no class has support). `classes` are the classes averaged over.
 */
export function averagedMetric(name: string, classes: readonly ClassMetrics[], total: ClassCounts): number {
  const [average, measure] = AVERAGED.get(name)!;
  if (average === 'micro') return classMetrics(total.tp, total.fp, total.fn)[measure];
  const weighted = average === 'weighted' && classes.some((c) => c.support > 0);
  let sum = 0;
  let weight = 0;
  for (const c of classes) {
    const w = weighted ? c.support : 1;
    sum += w * c[measure];
    weight += w;
  }
  return weight > 0 ? sum / weight : 0;
}
