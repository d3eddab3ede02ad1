import { averageOf, averagedMetric, classMetrics, type ClassMetrics } from './averaging.js';
import type { ClassScoreHistogram, SingleLabelStats } from './stats.js';

export type MetricValues = Record<string, number | null>;

/** Counts for one class; a missing prediction counts as a false negative for its true class. */
function classCounts(
  stats: SingleLabelStats,
  c: number,
): { tp: number; fp: number; fn: number; support: number } {
  const { k, confusion } = stats;
  const w = k + 1;
  let row = 0;
  let col = 0;
  for (let j = 0; j <= k; j++) row += confusion[c * w + j];
  for (let i = 0; i < k; i++) col += confusion[i * w + c];
  const tp = confusion[c * w + c];
  return { tp, fp: col - tp, fn: row - tp, support: row };
}

export function perClassMetrics(stats: SingleLabelStats): ClassMetrics[] {
  const out: ClassMetrics[] = [];
  for (let c = 0; c < stats.k; c++) {
    const { tp, fp, fn, support } = classCounts(stats, c);
    out.push({ ...classMetrics(tp, fp, fn), support });
  }
  return out;
}

export interface SingleLabelOptions {
  /** Binary tasks: index of the positive class. */
  positiveClass?: number;
  /** Label slices: report the one-vs-rest metrics of this class. */
  focusClass?: number;
}

/** Computes the requested scalar metrics from a slice's sufficient statistics. */
export function singleLabelMetrics(
  stats: SingleLabelStats,
  names: readonly string[],
  options: SingleLabelOptions = {},
): MetricValues {
  const out: MetricValues = {};
  const { k, n, confusion } = stats;
  const w = k + 1;
  const counts = Array.from({ length: k }, (_, c) => classCounts(stats, c));

  const perClass = counts.map((c) => ({ ...classMetrics(c.tp, c.fp, c.fn), support: c.support }));

  if (options.focusClass !== undefined) {
    const { precision, recall, f1 } = perClass[options.focusClass];
    for (const name of names) {
      if (name.endsWith('_precision')) out[name] = precision;
      else if (name.endsWith('_recall') || name === 'accuracy' || name === 'balanced_accuracy')
        out[name] = recall;
      else if (name.endsWith('_f1')) out[name] = f1;
      else out[name] = null;
    }
    return out;
  }

  let trace = 0;
  for (let c = 0; c < k; c++) trace += confusion[c * w + c];
  // macro and weighted averages run over the classes that occur (as truth or prediction)
  const present = perClass.filter((_, c) => counts[c].support > 0 || counts[c].tp + counts[c].fp > 0);
  const total = {
    tp: trace,
    fp: counts.reduce((s, c) => s + c.fp, 0),
    fn: counts.reduce((s, c) => s + c.fn, 0),
  };

  for (const name of names) {
    const average = averageOf(name);
    if (average) {
      const defined = average === 'micro' ? n > 0 : present.length > 0;
      out[name] = defined ? averagedMetric(name, present, total) : null;
    } else if (name === 'accuracy') out[name] = n > 0 ? trace / n : null;
    else if (name === 'balanced_accuracy') {
      let sum = 0;
      let m = 0;
      for (const c of perClass) {
        if (c.support > 0) {
          sum += c.recall;
          m++;
        }
      }
      out[name] = m > 0 ? sum / m : null;
    } else out[name] = scoredMetric(stats, name, options);
  }
  return out;
}

function scoredMetric(stats: SingleLabelStats, name: string, options: SingleLabelOptions): number | null {
  const s = stats.scored;
  if (!s || s.n === 0) return null;
  switch (name) {
    case 'top_k_accuracy':
      return s.topKHits / stats.n;
    case 'log_loss':
      return s.logLossSum / s.n;
    case 'brier':
      return s.brierSum / s.n;
    case 'ece': {
      let sum = 0;
      for (let b = 0; b < s.binCount.length; b++) sum += Math.abs(s.binCorrect[b] - s.binConfidence[b]);
      return sum / s.n;
    }
    case 'roc_auc':
    case 'average_precision': {
      if (!s.ranking) return null;
      const score = name === 'roc_auc' ? rocAuc : averagePrecision;
      if (stats.k === 2) return score(s.ranking[options.positiveClass ?? 1]);
      let sum = 0;
      let m = 0;
      for (const h of s.ranking) {
        const v = score(h);
        if (v !== null) {
          sum += v;
          m++;
        }
      }
      return m > 0 ? sum / m : null;
    }
    default:
      return null;
  }
}

/** Trapezoid area under the ROC curve; tied scores form one step (a tied positive–negative pair counts ½). */
export function rocAuc(h: ClassScoreHistogram): number | null {
  let P = 0;
  let N = 0;
  for (let i = 0; i < h.scores.length; i++) {
    P += h.positives[i];
    N += h.negatives[i];
  }
  if (P === 0 || N === 0) return null;
  let tp = 0;
  let fp = 0;
  let area = 0;
  for (let i = h.scores.length - 1; i >= 0; i--) {
    const tp2 = tp + h.positives[i];
    const fp2 = fp + h.negatives[i];
    area += ((fp2 - fp) * (tp2 + tp)) / 2;
    tp = tp2;
    fp = fp2;
  }
  return area / (P * N);
}

/** Step-wise average precision Σ (R_n − R_{n−1}) P_n over distinct thresholds, as scikit-learn; 0 without positives. */
export function averagePrecision(h: ClassScoreHistogram): number | null {
  let P = 0;
  for (let i = 0; i < h.positives.length; i++) P += h.positives[i];
  if (h.scores.length === 0) return null;
  if (P === 0) return 0;
  let tp = 0;
  let fp = 0;
  let prevRecall = 0;
  let ap = 0;
  for (let i = h.scores.length - 1; i >= 0; i--) {
    tp += h.positives[i];
    fp += h.negatives[i];
    const recall = tp / P;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}
