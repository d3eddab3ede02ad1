/**
 * A score interval for a paired delta that is not a mean of 0/1 outcomes (macro-F1, MRR, nDCG, ROUGE,
 * BLEU, …), from its linearization: Tango's score interval applied to the delta's effective discordance.
 *
 * A unit's contribution to the delta is x_u = L_u + θ̂, with L_u its influence, the symmetric difference
 *   L_u = ½·[(n − 1)(θ̄₋ − θ₋u) + (n + 1)(θ₊u − θ̄₊)],
 * θ₋u the delta with one example of unit u left out, θ₊u with one example of u added, θ̄₋ and θ̄₊ their
 * m-weighted means (so Σ m_u·L_u = 0). For a mean of per-example differences x both halves are exactly
 * x_u − θ̂ (x_u is then +1 for a gain of a 0/1 outcome, −1 for a loss, 0 for a concordant pair). With
 * S1 = Σ m_u|x_u| and S2 = Σ m_u·x_u², the delta behaves like a difference of paired proportions with
 * D = S1²/S2 effective discordant pairs of step e = S2/S1: gains g = (D + nθ̂/e)/2 and losses
 * l = (D − nθ̂/e)/2 (for a 0/1 outcome exactly Tango's own counts). The interval is e times Tango's
 * interval of (n, g, l), and the p-value Tango's, so they agree as in paired-score.ts.
 *
 * Why both directions: for a ratio of counts (an F1 over a class of a few examples) the leave-one-out
 * difference alone overstates each influence (2TP/(2TP + FP + FN) is convex in its denominator), so the
 * delete-one jackknife's variance is biased upwards (Efron–Stein): in the coverage simulation its
 * intervals of macro-F1 deltas covered 98.6% at n = 50 and its standard error was 19% above the deltas'
 * spread (scripts/sim/influence-variants.ts). The add-one difference errs the other way by the same second-order term, and their average
 * cancels it; unlike the infinitesimal jackknife (a derivative at the observed weights) it still sees a
 * class appear or vanish, which keeps the level at n = 20–30 (docs/bootstrap.md).
 *
 * Why not only the bootstrap: with a handful of discordant examples (n ≈ 50–100 at a 5% discordance) the
 * bootstrap cannot draw the losses it has not seen, and percentile or BCa intervals miss the truth one
 * time in eight; the score interval's variance under the hypothesised delta keeps the interval open on
 * that side. The coverage simulation in docs/bootstrap.md measures both.
 */
import { tangoInterval, tangoPBelowZero, type Discordance } from './paired-score.js';

export interface LinearizedScore {
  readonly low: number;
  readonly high: number;
  readonly se: number;
  readonly pBelowZero: number;
  readonly pAboveZero: number;
  /** The effective discordance (n, gains, losses) and step e. */
  readonly discordance: Discordance;
  readonly step: number;
}

/**
 * From the point delta and the per-unit leave-one-out (`without`) and add-one (`withOne`) values of the
 * delta, as jackknife() returns them (weight = the unit's multiplicity); null when no unit moves the delta
 * (no discordant example: nothing to scale an interval by).
 */
export function linearizedScore(
  point: number,
  n: number,
  weight: Float64Array,
  without: Float64Array,
  withOne: Float64Array,
  level = 0.95,
): LinearizedScore | null {
  let total = 0;
  let sumWithout = 0;
  let sumWith = 0;
  for (let u = 0; u < without.length; u++) {
    if (!(weight[u] > 0)) continue;
    if (!Number.isFinite(without[u]) || !Number.isFinite(withOne[u])) return null;
    total += weight[u];
    sumWithout += weight[u] * without[u];
    sumWith += weight[u] * withOne[u];
  }
  if (!(total > 0) || !Number.isFinite(point)) return null;
  const meanWithout = sumWithout / total;
  const meanWith = sumWith / total;
  let s1 = 0;
  let s2 = 0;
  for (let u = 0; u < without.length; u++) {
    if (!(weight[u] > 0)) continue;
    // the unit's own contribution to the delta: influence + point (exactly x_u for a mean of x)
    const influence = ((n - 1) * (meanWithout - without[u]) + (n + 1) * (withOne[u] - meanWith)) / 2;
    const x = influence + point;
    s1 += weight[u] * Math.abs(x);
    s2 += weight[u] * x * x;
  }
  // rounding noise of a delta that does not move is not a discordance
  if (!(s2 > 0) || s1 <= 1e-9 * n) return null;
  const step = s2 / s1;
  const effective = (s1 * s1) / s2;
  const shift = (n * point) / step;
  const d: Discordance = {
    n,
    gains: Math.max(0, (effective + shift) / 2),
    losses: Math.max(0, (effective - shift) / 2),
  };
  const [low, high] = tangoInterval(d, level);
  return {
    low: low * step,
    high: high * step,
    se: Math.sqrt(s2) / n,
    pBelowZero: tangoPBelowZero(d),
    pAboveZero: tangoPBelowZero({ n, gains: d.losses, losses: d.gains }),
    discordance: d,
    step,
  };
}
