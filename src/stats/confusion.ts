/**
 * Paired classification deltas from unit weights: Δ macro-F1 and Δ accuracy (head − base).
 *
 * A unit is the triple (true label, base prediction, head prediction); a weight vector over units gives
 * both confusion matrices, and the metrics follow refbench `ref_eval.py` (`macro_f1_from_confusion`, the
 * scikit-learn 1.2 formula with zero_division = 0 and the default label set, i.e. classes present in the
 * resample's y_true or y_pred) operation for operation, including numpy's pairwise mean, so results are
 * bit-identical to the reference for the same resample.
 */
import type { DeltaStatistic } from './resample.js';
import { groupUnits, type Units } from './units.js';
import { pairwiseSum } from './summary.js';

export interface ClassificationUnits extends Units {
  readonly trueLabel: Uint32Array;
  readonly basePrediction: Uint32Array;
  readonly headPrediction: Uint32Array;
}

/** Groups rows by (true, base, head) label codes in [0, labelCount). */
export function classificationUnits(
  trueLabel: ArrayLike<number>,
  basePrediction: ArrayLike<number>,
  headPrediction: ArrayLike<number>,
  labelCount: number,
): ClassificationUnits {
  const n = trueLabel.length;
  if (basePrediction.length !== n || headPrediction.length !== n) {
    throw new Error(
      `label arrays differ in length: ${n}, ${basePrediction.length}, ${headPrediction.length}`,
    );
  }
  const k = labelCount;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (const code of [trueLabel[i], basePrediction[i], headPrediction[i]]) {
      if (!Number.isInteger(code) || code < 0 || code >= k) {
        throw new RangeError(`row ${i} has label code '${code}' outside [0, ${k})`);
      }
    }
    keys[i] = (trueLabel[i] * k + basePrediction[i]) * k + headPrediction[i];
  }
  const units = groupUnits(keys);
  const u = units.unitKey.length;
  const t = new Uint32Array(u);
  const b = new Uint32Array(u);
  const h = new Uint32Array(u);
  for (let j = 0; j < u; j++) {
    const key = units.unitKey[j];
    h[j] = key % k;
    b[j] = Math.floor(key / k) % k;
    t[j] = Math.floor(key / (k * k));
  }
  return { ...units, trueLabel: t, basePrediction: b, headPrediction: h };
}

/**
 * Macro-F1 of a K×K confusion matrix (row = true, column = predicted, row-major), as
 * ref_eval.macro_f1_from_confusion: P = tp/pred, R = tp/true (0 when the denominator is 0),
 * F1 = (2·P)·R/(P + R) (0 when P + R = 0), mean over classes with true + pred > 0.
 */
export function macroF1FromConfusion(cm: Float64Array, labelCount: number): number {
  const k = labelCount;
  const f1 = new Float64Array(k);
  let present = 0;
  for (let c = 0; c < k; c++) {
    let trueSum = 0;
    let predSum = 0;
    for (let j = 0; j < k; j++) {
      trueSum += cm[c * k + j];
      predSum += cm[j * k + c];
    }
    if (trueSum + predSum <= 0) continue;
    const tp = cm[c * k + c];
    const precision = predSum > 0 ? tp / predSum : 0;
    const recall = trueSum > 0 ? tp / trueSum : 0;
    const denom = precision + recall;
    f1[present++] = denom > 0 ? (2 * precision * recall) / denom : 0;
  }
  return present === 0 ? NaN : pairwiseSum(f1, 0, present) / present;
}

/**
 * The statistic [Δ macro-F1, Δ accuracy] (head − base) of a unit-weight vector, for pairedBootstrap.
 * Δ accuracy = (trace(cm_head) − trace(cm_base)) / n as in the reference.
 */
export function classificationDeltaStatistic(units: ClassificationUnits, labelCount: number): DeltaStatistic {
  const k = labelCount;
  const cmBase = new Float64Array(k * k);
  const cmHead = new Float64Array(k * k);
  const { trueLabel, basePrediction, headPrediction } = units;
  return (w) => {
    cmBase.fill(0);
    cmHead.fill(0);
    let n = 0;
    let correctBase = 0;
    let correctHead = 0;
    for (let u = 0; u < w.length; u++) {
      const wu = w[u];
      if (wu === 0) continue;
      const t = trueLabel[u];
      cmBase[t * k + basePrediction[u]] += wu;
      cmHead[t * k + headPrediction[u]] += wu;
      n += wu;
      if (basePrediction[u] === t) correctBase += wu;
      if (headPrediction[u] === t) correctHead += wu;
    }
    const deltaF1 = macroF1FromConfusion(cmHead, k) - macroF1FromConfusion(cmBase, k);
    return Float64Array.of(deltaF1, (correctHead - correctBase) / n);
  };
}
