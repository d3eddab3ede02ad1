/**
 * The smallest worsening a slice's interval method detects with the given power, one-sided at level α
 * (the "power" figures of the report). Same models as the intervals:
 *
 * - 'tango-score' (0/1-outcome means): the score test of H0: Δ ≥ 0 is McNemar's T = (g − l)/√(g + l). With
 *   ψ = the fraction of discordant pairs and δ = the drop (Δ = −δ), T is about normal with mean −δ√n/√ψ and
 *   variance (ψ − δ²)/ψ (Connor 1987), so the power is Φ((δ√n − z_α√ψ)/√(ψ − δ²)); δ is solved for.
 * - 'jackknife-score': the same on the delta's effective discordance, in steps of `step` (linearized-score.ts);
 *   `discordance` is then D/n and the drop returned is step·δ.
 * - 'bca-bootstrap': the normal approximation (z_α + z_power)·se.
 *
 * Null when nothing can be detected: fewer than MIN_PAIRS examples, or (score methods) the drop would have
 * to exceed the discordance itself.
 */
import { MIN_PAIRS, type IntervalMethod } from './slice-intervals.js';
import { normalCdf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

export interface DetectableDropOptions {
  readonly method: IntervalMethod;
  /** Paired examples in the metric's denominator. */
  readonly n: number;
  /** One-sided significance level (e.g. 0.025, or a Holm-adjusted level). */
  readonly alpha: number;
  /** Default 0.8. */
  readonly power?: number;
  /** Score methods: the expected fraction of discordant pairs ψ in (0, 1] (effective, for jackknife-score). */
  readonly discordance?: number;
  /** 'jackknife-score': the effective step e of one discordant example (default 1). */
  readonly step?: number;
  /** 'bca-bootstrap': the standard error of the delta. */
  readonly se?: number;
}

/** Minimum detectable drop (a positive number in the metric's scale), or null. */
export function detectableDrop(options: DetectableDropOptions): number | null {
  const { method, n, alpha } = options;
  const power = options.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1))
    throw new RangeError('alpha and power must lie in (0, 1)');
  if (!(n >= MIN_PAIRS)) return null;
  const za = normalQuantile(1 - alpha);
  const zb = normalQuantile(power);
  if (method === 'bca-bootstrap') {
    const se = options.se ?? NaN;
    return se > 0 ? (za + zb) * se : null;
  }
  const psi = options.discordance ?? NaN;
  if (!(psi > 0 && psi <= 1)) return null;
  const powerAt = (d: number): number => {
    const v = psi - d * d;
    return v <= 0 ? 1 : normalCdf((d * Math.sqrt(n) - za * Math.sqrt(psi)) / Math.sqrt(v));
  };
  if (powerAt(psi) < power) return null;
  // power increases with d on (0, ψ]: bisection
  let lo = 0;
  let hi = psi;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (powerAt(mid) >= power) hi = mid;
    else lo = mid;
  }
  return hi * (method === 'jackknife-score' ? (options.step ?? 1) : 1);
}
