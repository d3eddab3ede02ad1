import type { ClassScoreHistogram, SingleLabelStats } from './stats.js';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

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

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);
/** F1 from counts, as scikit-learn computes it: 2tp / (2tp + fp + fn), 0 when undefined. */
const f1FromCounts = (tp: number, fp: number, fn: number): number => ratio(2 * tp, 2 * tp + fp + fn);

export function perClassMetrics(stats: SingleLabelStats): ClassMetrics[] {
  const out: ClassMetrics[] = [];
  for (let c = 0; c < stats.k; c++) {
    const { tp, fp, fn, support } = classCounts(stats, c);
    out.push({
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      f1: f1FromCounts(tp, fp, fn),
      support,
    });
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

  if (options.focusClass !== undefined) {
    const c = counts[options.focusClass];
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    const f1 = f1FromCounts(c.tp, c.fp, c.fn);
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
  const present = counts.map((c) => c.support > 0 || c.tp + c.fp > 0);
  const presentCount = present.filter(Boolean).length;
  const totalSupport = counts.reduce((s, c) => s + c.support, 0);

  const average = (value: (c: (typeof counts)[number]) => number, weighted: boolean): number => {
    let sum = 0;
    let weight = 0;
    for (let c = 0; c < k; c++) {
      if (!present[c]) continue;
      const wgt = weighted && totalSupport > 0 ? counts[c].support : 1;
      sum += wgt * value(counts[c]);
      weight += wgt;
    }
    return weight > 0 ? sum / weight : 0;
  };
  const precisionOf = (c: (typeof counts)[number]) => ratio(c.tp, c.tp + c.fp);
  const recallOf = (c: (typeof counts)[number]) => ratio(c.tp, c.tp + c.fn);
  const f1Of = (c: (typeof counts)[number]) => f1FromCounts(c.tp, c.fp, c.fn);
  const sumTp = trace;
  const sumFp = counts.reduce((s, c) => s + c.fp, 0);
  const sumFn = counts.reduce((s, c) => s + c.fn, 0);

  for (const name of names) {
    switch (name) {
      case 'accuracy':
        out[name] = n > 0 ? trace / n : null;
        break;
      case 'balanced_accuracy': {
        let sum = 0;
        let m = 0;
        for (const c of counts) {
          if (c.support > 0) {
            sum += recallOf(c);
            m++;
          }
        }
        out[name] = m > 0 ? sum / m : null;
        break;
      }
      case 'micro_precision':
        out[name] = n > 0 ? ratio(sumTp, sumTp + sumFp) : null;
        break;
      case 'micro_recall':
        out[name] = n > 0 ? ratio(sumTp, sumTp + sumFn) : null;
        break;
      case 'micro_f1':
        out[name] = n > 0 ? f1FromCounts(sumTp, sumFp, sumFn) : null;
        break;
      case 'macro_precision':
        out[name] = presentCount ? average(precisionOf, false) : null;
        break;
      case 'macro_recall':
        out[name] = presentCount ? average(recallOf, false) : null;
        break;
      case 'macro_f1':
        out[name] = presentCount ? average(f1Of, false) : null;
        break;
      case 'weighted_precision':
        out[name] = presentCount ? average(precisionOf, true) : null;
        break;
      case 'weighted_recall':
        out[name] = presentCount ? average(recallOf, true) : null;
        break;
      case 'weighted_f1':
        out[name] = presentCount ? average(f1Of, true) : null;
        break;
      default:
        out[name] = scoredMetric(stats, name, options);
    }
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
