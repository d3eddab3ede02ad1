/**
 * Bias-corrected and accelerated (BCa) bootstrap intervals (Efron 1987; Efron & Tibshirani 1993, ch. 14)
 * over unit-weighted problems, and the one-sided p-value that agrees with them.
 *
 * - bias correction z0 = Φ⁻¹(#{θ*_b < θ̂}/B + ½·#{θ*_b = θ̂}/B), from the bootstrap draws;
 * - acceleration a = Σ m_u·d_u³ / (6·(Σ m_u·d_u²)^{3/2}), d_u = θ̄ − θ_(u), from a jackknife that leaves
 *   out one example of each distinct unit u (its m_u examples share one leave-one-out value), θ̄ the
 *   m-weighted mean of the θ_(u). Above `maxGroups` units (BCa runs on slices above JACKKNIFE_MAX_UNITS
 *   and uses ACCELERATION_GROUPS) the units are dealt into G groups (unit u to group u mod G) and each
 *   group loses one example of each of its units: the group's
 *   deletion is the sum of its units' influences to first order, so a keeps its value while the cost
 *   stays at G evaluations whatever n.
 * - the interval at level 1 − 2α is [G⁻¹(α1), G⁻¹(α2)], αi = Φ(z0 + (z0 + z)/(1 − a(z0 + z))) for
 *   z = z_α, z_{1−α}, with G⁻¹ numpy's linear percentile of the draws.
 * - p(Δ < 0) is the α at which the upper bound reaches 0: with g0 = G(0) (the inverse of that same
 *   piecewise-linear percentile), w = Φ⁻¹(g0) − z0, z* = w/(1 + a·w) − z0, p = Φ(−z*). So "the BCa
 *   upper bound at level 1 − 2α is below zero" and "p < α" agree (up to rounding at the boundary).
 *   Beyond the range of the draws G is 0 or 1 and the draws say only p < 1/B: there the bootstrap
 *   standard error's normal tail Φ(θ̂/se) takes over, capped at the p of the extreme draw, so Holm over
 *   many slices keeps its resolution.
 */
import { normalCdf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';
import { quantileSorted, sortedCopy, standardDeviation } from './summary.js';

export const JACKKNIFE_MAX_UNITS = 1024;
/** Groups of the BCa acceleration's jackknife on slices above JACKKNIFE_MAX_UNITS units (a is O(1/√n) there). */
export const ACCELERATION_GROUPS = 128;

/**
 * Jackknife leave-one-out values of every delta of `statistic`: one evaluation per unit (or per group of
 * units above JACKKNIFE_MAX_UNITS). values[d][j] is delta d without deletion j; weight[j] is how many
 * examples share deletion j's value (m_u for a unit, 1 for a group; 0 when the deletion removes nothing).
 * With `change` = +1 each unit gains one example instead (the add-one values of linearized-score.ts).
 */
export function jackknife(
  units: Float64Array,
  statistic: (weights: Float64Array) => ArrayLike<number>,
  deltaCount: number,
  maxGroups = JACKKNIFE_MAX_UNITS,
  change: -1 | 1 = -1,
): { weight: Float64Array; values: Float64Array[] } {
  const U = units.length;
  const G = Math.min(U, maxGroups);
  const step = U > G ? G : U + 1; // grouped: units g, g + G, g + 2G, …; else unit g alone
  const weight = new Float64Array(G);
  const values = Array.from({ length: deltaCount }, () => new Float64Array(G).fill(NaN));
  const w = Float64Array.from(units);
  for (let g = 0; g < G; g++) {
    let changed = 0;
    for (let u = g; u < U; u += step) {
      if (units[u] > 0) {
        w[u] += change;
        changed++;
      }
    }
    if (changed === 0) continue;
    weight[g] = U > G ? 1 : units[g];
    const v = statistic(w);
    for (let d = 0; d < deltaCount; d++) values[d][g] = v[d];
    for (let u = g; u < U; u += step) if (units[u] > 0) w[u] -= change;
  }
  return { weight, values };
}

/** Acceleration from jackknife values with their weights; 0 when the jackknife does not move. */
export function accelerationOf(weight: Float64Array, values: Float64Array): number {
  let total = 0;
  let sum = 0;
  for (let j = 0; j < values.length; j++) {
    if (weight[j] === 0 || !Number.isFinite(values[j])) continue;
    total += weight[j];
    sum += weight[j] * values[j];
  }
  if (total === 0) return 0;
  const mean = sum / total;
  let s2 = 0;
  let s3 = 0;
  for (let j = 0; j < values.length; j++) {
    if (weight[j] === 0 || !Number.isFinite(values[j])) continue;
    const d = mean - values[j];
    s2 += weight[j] * d * d;
    s3 += weight[j] * d * d * d;
  }
  if (!(s2 > 0)) return 0;
  return s3 / (6 * Math.pow(s2, 1.5));
}

/** G(x): the fraction of the draws below x, inverting numpy's linear percentile of the sorted draws. */
function percentileRank(sorted: Float64Array, x: number): number {
  const B = sorted.length;
  if (x <= sorted[0]) return 0;
  if (x >= sorted[B - 1]) return 1;
  // last index with sorted[i] < x
  let lo = 0;
  let hi = B - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid;
    else hi = mid;
  }
  const t = (x - sorted[lo]) / (sorted[hi] - sorted[lo]);
  return (lo + t) / (B - 1);
}

export interface BcaSummary {
  readonly low: number;
  readonly high: number;
  readonly se: number;
  /** One-sided p-values of Δ < 0 and of Δ > 0, consistent with the interval. */
  readonly pBelowZero: number;
  readonly pAboveZero: number;
  readonly z0: number;
  readonly acceleration: number;
}

/**
 * BCa interval of a delta from its draws, point estimate and acceleration; null when the draws cannot
 * carry one (all on one side of the point, or a degenerate distribution).
 */
export function bcaSummary(
  samples: ArrayLike<number>,
  point: number,
  acceleration: number,
  level = 0.95,
): BcaSummary | null {
  const sorted = sortedCopy(samples);
  const B = sorted.length;
  if (B < 2 || !Number.isFinite(point) || Number.isNaN(sorted[B - 1])) return null;
  if (sorted[0] === sorted[B - 1]) {
    // every resample gives the same delta: a constant per-example shift (every example costs 0.15 more)
    // is that delta; a delta that never moves from 0 has nothing to bound
    const c = sorted[0];
    if (c === 0 || c !== point) return null;
    return {
      low: c,
      high: c,
      se: 0,
      pBelowZero: c < 0 ? 0 : 1,
      pAboveZero: c > 0 ? 0 : 1,
      z0: 0,
      acceleration,
    };
  }
  let below = 0;
  let equal = 0;
  for (let b = 0; b < B; b++) {
    if (sorted[b] < point) below++;
    else if (sorted[b] === point) equal++;
  }
  const z0 = normalQuantile((below + equal / 2) / B);
  if (!Number.isFinite(z0)) return null;
  const a = acceleration;
  const tail = (1 - level) / 2;
  const adjusted = (z: number): number => {
    const y = z0 + z;
    const denom = 1 - a * y;
    if (denom <= 0) return z > 0 ? 1 : 0;
    return normalCdf(z0 + y / denom);
  };
  const low = quantileSorted(sorted, adjusted(normalQuantile(tail)));
  const high = quantileSorted(sorted, adjusted(normalQuantile(1 - tail)));
  const se = standardDeviation(samples, 1);
  // z* where the bound reaches 0; the p of Δ < 0 is Φ(−z*), of Δ > 0 Φ(z*)
  const zStar = (g0: number): number => {
    const w = normalQuantile(g0) - z0;
    return w / (1 + a * w) - z0;
  };
  const g0 = percentileRank(sorted, 0);
  let pBelowZero: number;
  let pAboveZero: number;
  if (g0 >= 1 || g0 <= 0) {
    // zero lies beyond every draw: the draws only say p < 1/B, so the normal tail of the bootstrap SE
    // goes on from the extreme draw's p (the min keeps it below that, hence consistent with the interval)
    const edge = zStar(g0 >= 1 ? 1 - 1 / (B - 1) : 1 / (B - 1));
    const z = se > 0 ? -point / se : point < 0 ? Infinity : -Infinity;
    const zs = g0 >= 1 ? Math.max(edge, z) : Math.min(edge, z);
    pBelowZero = normalCdf(-zs);
    pAboveZero = normalCdf(zs);
  } else {
    const zs = zStar(g0);
    pBelowZero = normalCdf(-zs);
    pAboveZero = normalCdf(zs);
  }
  return { low, high, se, pBelowZero, pAboveZero, z0, acceleration: a };
}
