/**
 * Count-based classification metrics from per-class tp / fp / fn, for the bootstrap's hot loop: no
 * allocation, no confusion matrix. The definitions are those of metrics.ts (scikit-learn's, zero_division 0,
 * averages over classes present in truth or prediction); tests check both agree.
 */
export class ClassCounts {
  readonly tp: Float64Array;
  readonly fp: Float64Array;
  readonly fn: Float64Array;
  n = 0;

  constructor(readonly k: number) {
    this.tp = new Float64Array(k);
    this.fp = new Float64Array(k);
    this.fn = new Float64Array(k);
  }

  reset(): void {
    this.tp.fill(0);
    this.fp.fill(0);
    this.fn.fill(0);
    this.n = 0;
  }

  /** Adds `weight` examples of true class t predicted as p (p = k: no prediction). */
  add(t: number, p: number, weight: number): void {
    this.n += weight;
    if (p === t) this.tp[t] += weight;
    else {
      this.fn[t] += weight;
      if (p < this.k) this.fp[p] += weight;
    }
  }
}

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

/** Writes the value of each named metric into out[offset + j]; NaN for metrics it does not compute. */
export function countMetricsInto(
  c: ClassCounts,
  names: readonly string[],
  focus: number | undefined,
  out: Float64Array,
  offset: number,
): void {
  const { k, tp, fp, fn, n } = c;
  if (focus !== undefined) {
    const precision = ratio(tp[focus], tp[focus] + fp[focus]);
    const recall = ratio(tp[focus], tp[focus] + fn[focus]);
    const f1 = ratio(2 * tp[focus], 2 * tp[focus] + fp[focus] + fn[focus]);
    for (let j = 0; j < names.length; j++) {
      const name = names[j];
      out[offset + j] = name.endsWith('_precision')
        ? precision
        : name.endsWith('_recall') || name === 'accuracy' || name === 'balanced_accuracy'
          ? recall
          : name.endsWith('_f1')
            ? f1
            : NaN;
    }
    return;
  }
  let sumTp = 0;
  let sumFp = 0;
  let sumFn = 0;
  let present = 0;
  let totalSupport = 0;
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let weightedP = 0;
  let weightedR = 0;
  let weightedF = 0;
  let balanced = 0;
  let supported = 0;
  for (let i = 0; i < k; i++) {
    const t = tp[i];
    const support = t + fn[i];
    sumTp += t;
    sumFp += fp[i];
    sumFn += fn[i];
    if (support <= 0 && t + fp[i] <= 0) continue;
    const p = ratio(t, t + fp[i]);
    const r = ratio(t, support);
    const f = ratio(2 * t, 2 * t + fp[i] + fn[i]);
    present++;
    macroP += p;
    macroR += r;
    macroF += f;
    weightedP += support * p;
    weightedR += support * r;
    weightedF += support * f;
    totalSupport += support;
    if (support > 0) {
      balanced += r;
      supported++;
    }
  }
  const weighted = (sum: number, plain: number) => (totalSupport > 0 ? sum / totalSupport : plain / present);
  for (let j = 0; j < names.length; j++) {
    let v = NaN;
    switch (names[j]) {
      case 'accuracy':
        v = n > 0 ? sumTp / n : NaN;
        break;
      case 'balanced_accuracy':
        v = supported > 0 ? balanced / supported : NaN;
        break;
      case 'micro_precision':
        v = n > 0 ? ratio(sumTp, sumTp + sumFp) : NaN;
        break;
      case 'micro_recall':
        v = n > 0 ? ratio(sumTp, sumTp + sumFn) : NaN;
        break;
      case 'micro_f1':
        v = n > 0 ? ratio(2 * sumTp, 2 * sumTp + sumFp + sumFn) : NaN;
        break;
      case 'macro_precision':
        v = present ? macroP / present : NaN;
        break;
      case 'macro_recall':
        v = present ? macroR / present : NaN;
        break;
      case 'macro_f1':
        v = present ? macroF / present : NaN;
        break;
      case 'weighted_precision':
        v = present ? weighted(weightedP, macroP) : NaN;
        break;
      case 'weighted_recall':
        v = present ? weighted(weightedR, macroR) : NaN;
        break;
      case 'weighted_f1':
        v = present ? weighted(weightedF, macroF) : NaN;
        break;
    }
    out[offset + j] = v;
  }
}
