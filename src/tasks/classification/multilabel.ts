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

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

export function multilabelPerClass(
  stats: MultilabelStats,
): { precision: number; recall: number; f1: number; support: number }[] {
  return Array.from({ length: stats.k }, (_, c) => ({
    precision: ratio(stats.tp[c], stats.tp[c] + stats.fp[c]),
    recall: ratio(stats.tp[c], stats.tp[c] + stats.fn[c]),
    f1: ratio(2 * stats.tp[c], 2 * stats.tp[c] + stats.fp[c] + stats.fn[c]),
    support: stats.tp[c] + stats.fn[c],
  }));
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
  const totalSupport = per.reduce((s, c) => s + c.support, 0);
  const mean = (pick: (c: (typeof per)[number]) => number, weighted: boolean): number => {
    let sum = 0;
    let weight = 0;
    for (const c of per) {
      const w = weighted && totalSupport > 0 ? c.support : 1;
      sum += w * pick(c);
      weight += w;
    }
    return weight > 0 ? sum / weight : 0;
  };
  for (const name of names) {
    if (n === 0) {
      out[name] = null;
      continue;
    }
    switch (name) {
      case 'accuracy':
        out[name] = stats.exact / n;
        break;
      case 'hamming_loss':
        out[name] = (fp + fn) / (n * k);
        break;
      case 'micro_precision':
        out[name] = ratio(tp, tp + fp);
        break;
      case 'micro_recall':
        out[name] = ratio(tp, tp + fn);
        break;
      case 'micro_f1':
        out[name] = ratio(2 * tp, 2 * tp + fp + fn);
        break;
      case 'macro_precision':
        out[name] = mean((c) => c.precision, false);
        break;
      case 'macro_recall':
        out[name] = mean((c) => c.recall, false);
        break;
      case 'macro_f1':
        out[name] = mean((c) => c.f1, false);
        break;
      case 'weighted_precision':
        out[name] = mean((c) => c.precision, true);
        break;
      case 'weighted_recall':
        out[name] = mean((c) => c.recall, true);
        break;
      case 'weighted_f1':
        out[name] = mean((c) => c.f1, true);
        break;
      case 'samples_f1':
        out[name] = stats.samplesF1Sum / n;
        break;
      default:
        out[name] = null;
    }
  }
  return out;
}
