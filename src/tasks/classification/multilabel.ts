import { averageOf, averagedMetric, classMetrics, type ClassMetrics } from './averaging.js';
import type { MetricValues } from './metrics.js';

/** Sufficient statistics of a multilabel slice; every field merges by addition. */
export interface MultilabelStats {
  readonly k: number;
  n: number;
  /** Examples whose whole predicted set equals the true set. */
  exact: number;
  readonly tp: Float64Array;
  readonly fp: Float64Array;
  readonly fn: Float64Array;
  samplesPrecisionSum: number;
  samplesRecallSum: number;
  samplesF1Sum: number;
}

export function emptyMultilabelStats(k: number): MultilabelStats {
  return {
    k,
    n: 0,
    exact: 0,
    tp: new Float64Array(k),
    fp: new Float64Array(k),
    fn: new Float64Array(k),
    samplesPrecisionSum: 0,
    samplesRecallSum: 0,
    samplesF1Sum: 0,
  };
}

/** Adds one example (true and predicted label sets as class indices) to the statistics. */
export function addMultilabelExample(
  stats: MultilabelStats,
  truth: readonly number[],
  pred: readonly number[] | null,
): void {
  stats.n++;
  const predicted = pred ?? [];
  let hits = 0;
  for (const c of predicted) {
    if (truth.includes(c)) {
      stats.tp[c]++;
      hits++;
    } else stats.fp[c]++;
  }
  for (const c of truth) if (!predicted.includes(c)) stats.fn[c]++;
  if (pred !== null && hits === truth.length && hits === predicted.length) stats.exact++;
  stats.samplesPrecisionSum += predicted.length ? hits / predicted.length : 0;
  stats.samplesRecallSum += truth.length ? hits / truth.length : 0;
  stats.samplesF1Sum += truth.length + predicted.length ? (2 * hits) / (truth.length + predicted.length) : 0;
}

export function mergeMultilabelStats(a: MultilabelStats, b: MultilabelStats): MultilabelStats {
  const out = emptyMultilabelStats(a.k);
  out.n = a.n + b.n;
  out.exact = a.exact + b.exact;
  for (let c = 0; c < a.k; c++) {
    out.tp[c] = a.tp[c] + b.tp[c];
    out.fp[c] = a.fp[c] + b.fp[c];
    out.fn[c] = a.fn[c] + b.fn[c];
  }
  out.samplesPrecisionSum = a.samplesPrecisionSum + b.samplesPrecisionSum;
  out.samplesRecallSum = a.samplesRecallSum + b.samplesRecallSum;
  out.samplesF1Sum = a.samplesF1Sum + b.samplesF1Sum;
  return out;
}

export function multilabelPerClass(stats: MultilabelStats): ClassMetrics[] {
  return Array.from({ length: stats.k }, (_, c) => classMetrics(stats.tp[c], stats.fp[c], stats.fn[c]));
}

/** Multilabel metrics as scikit-learn computes them on indicator matrices (macro over every label column). */
export function multilabelMetrics(
  stats: MultilabelStats,
  names: readonly string[],
  focusClass?: number,
): MetricValues {
  const out: MetricValues = {};
  const per = multilabelPerClass(stats);
  if (focusClass !== undefined) {
    const c = per[focusClass];
    for (const name of names) {
      if (name.endsWith('_precision')) out[name] = c.precision;
      else if (name.endsWith('_recall') || name === 'accuracy') out[name] = c.recall;
      else if (name.endsWith('_f1')) out[name] = c.f1;
      else out[name] = null;
    }
    return out;
  }
  const { k, n } = stats;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let c = 0; c < k; c++) {
    tp += stats.tp[c];
    fp += stats.fp[c];
    fn += stats.fn[c];
  }
  const total = { tp, fp, fn };
  for (const name of names) {
    if (n === 0) out[name] = null;
    else if (averageOf(name)) out[name] = averagedMetric(name, per, total);
    else if (name === 'accuracy') out[name] = stats.exact / n;
    else if (name === 'hamming_loss') out[name] = (fp + fn) / (n * k);
    else if (name === 'samples_f1') out[name] = stats.samplesF1Sum / n;
    else out[name] = null;
  }
  return out;
}
