/**
 * Summaries of bootstrap samples, bit-compatible with numpy where numpy is the reference
 * (refbench `ref_eval.py`): percentile (default 'linear' method), mean and std (ddof 1) with numpy's
 * pairwise summation. Plus one-sided p-values and multiplicity adjustments across slices.
 */
import { normalCdf } from './normal.js';

/** numpy's pairwise summation for float64 (blocks of 8 accumulators up to 128 values, halving above). */
export function pairwiseSum(values: ArrayLike<number>, start = 0, count = values.length - start): number {
  if (count < 8) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[start + i];
    return sum;
  }
  if (count <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => values[start + j]);
    let i = 8;
    for (; i < count - (count % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] += values[start + i + j];
    }
    let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < count; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, count - half);
}

/** Arithmetic mean as `np.mean` computes it (pairwise sum / count). */
export function mean(values: ArrayLike<number>): number {
  return pairwiseSum(values) / values.length;
}

/** Standard deviation as `np.std(values, ddof)` computes it (two-pass, pairwise sums). */
export function standardDeviation(values: ArrayLike<number>, ddof = 1): number {
  const mu = mean(values);
  const squares = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mu;
    squares[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(squares) / Math.max(values.length - ddof, 0));
}

/**
 * Quantile q in [0, 1] of ascending `sorted` values, numpy's default 'linear' method (Hyndman–Fan 7):
 * h = (n − 1)·q, a = x[⌊h⌋], b = x[⌊h⌋ + 1], t = h − ⌊h⌋, value a + (b − a)·t, computed as b − (b − a)·(1 − t)
 * when t >= 0.5 exactly as numpy's `_lerp` does.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must lie in [0, 1] but got '${q}'`);
  if (Number.isNaN(sorted[n - 1])) return NaN;
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted[n - 1];
  const lo = Math.floor(h);
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Ascending copy; NaN sorts last, as in numpy. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** `np.percentile(values, p)` for p in [0, 100] (q = p / 100, as numpy divides). */
export function percentile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(sortedCopy(values), p / 100);
}

/**
 * Percentile bootstrap interval at `level` (e.g. 0.95 -> percentiles 2.5 and 97.5). The tail percentage is
 * rounded to 10 decimals so that decimal levels give numpy's arguments exactly: (1 − 0.95)·50 is
 * 2.500000000000002 in doubles, which would move h off 24.975 for B = 1000.
 */
export function percentileInterval(values: ArrayLike<number>, level = 0.95): [number, number] {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must lie in (0, 1) but got '${level}'`);
  const tail = Math.round((1 - level) * 50 * 1e10) / 1e10;
  const sorted = sortedCopy(values);
  return [quantileSorted(sorted, tail / 100), quantileSorted(sorted, (100 - tail) / 100)];
}

/**
 * One-sided p-value for "the delta is below 0" (H0: delta >= 0) from the normal approximation
 * p = Φ(point / se), se = bootstrap standard error. Unlike the percentile p-value it is not floored at
 * 1/(B + 1), so Holm/BH across many slices can still reach small adjusted values. se = 0 (a degenerate
 * bootstrap) gives 0 for a negative point and 1 otherwise.
 */
export function normalPValueBelowZero(point: number, se: number): number {
  if (Number.isNaN(point) || Number.isNaN(se)) return NaN;
  if (se === 0) return point < 0 ? 0 : 1;
  return normalCdf(point / se);
}

/** Percentile-bootstrap one-sided p-value (1 + #{d_b >= 0}) / (B + 1); never below 1/(B + 1). */
export function percentilePValueBelowZero(samples: ArrayLike<number>): number {
  let atLeastZero = 0;
  for (let b = 0; b < samples.length; b++) if (samples[b] >= 0) atLeastZero++;
  return (1 + atLeastZero) / (samples.length + 1);
}

export interface DeltaSummary {
  /** The delta on the full slice. */
  readonly point: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Confidence level of [ciLow, ciHigh]. */
  readonly level: number;
  readonly bootMean: number;
  /** Bootstrap standard error, ddof 1. */
  readonly bootSe: number;
  /** Normal-approximation p-value for delta < 0 (see normalPValueBelowZero). */
  readonly pValue: number;
  /** Percentile p-value for delta < 0, floored at 1/(B + 1); for reference. */
  readonly pValuePercentile: number;
  /** ciHigh < 0. */
  readonly regression: boolean;
  /** ciLow > 0. */
  readonly improvement: boolean;
}

/** Everything the refbench reports per bootstrapped delta, plus p-values. */
export function summarizeDelta(samples: ArrayLike<number>, point: number, level = 0.95): DeltaSummary {
  const [ciLow, ciHigh] = percentileInterval(samples, level);
  const bootSe = standardDeviation(samples, 1);
  return {
    point,
    ciLow,
    ciHigh,
    level,
    bootMean: mean(samples),
    bootSe,
    pValue: normalPValueBelowZero(point, bootSe),
    pValuePercentile: percentilePValueBelowZero(samples),
    regression: ciHigh < 0,
    improvement: ciLow > 0,
  };
}

/** Indices of the non-NaN p-values in ascending order of p (ties by index). */
function ascendingOrder(pValues: ArrayLike<number>): number[] {
  const idx: number[] = [];
  for (let i = 0; i < pValues.length; i++) if (!Number.isNaN(pValues[i])) idx.push(i);
  return idx.sort((i, j) => pValues[i] - pValues[j] || i - j);
}

/**
 * Holm step-down adjusted p-values (family-wise error rate): p_(i) → max_{j<=i} min(1, (m − j + 1)·p_(j)).
 * NaN inputs stay NaN and are not counted in m.
 */
export function holm(pValues: ArrayLike<number>): Float64Array {
  const out = new Float64Array(pValues.length).fill(NaN);
  const order = ascendingOrder(pValues);
  const m = order.length;
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]));
    out[idx] = running;
  });
  return out;
}

/**
 * Benjamini–Hochberg step-up adjusted p-values (false discovery rate):
 * p_(i) → min_{j>=i} min(1, m·p_(j)/j). NaN inputs stay NaN and are not counted in m.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const out = new Float64Array(pValues.length).fill(NaN);
  const order = ascendingOrder(pValues);
  const m = order.length;
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank];
    running = Math.min(running, (m * pValues[idx]) / (rank + 1));
    out[idx] = running;
  }
  return out;
}
