/**
 * A score interval for a paired delta that is not a mean of 0/1 outcomes (macro-F1, MRR, nDCG, ROUGE,
 * BLEU, …), from its jackknife: Tango's score interval applied to the delta's effective discordance.
 *
 * A unit's contribution to the delta is x_u = L_u + θ̂, with L_u = (n − 1)(θ̄ − θ_(u)) its jackknife
 * influence (for a mean of per-example differences x this is exactly x_u: +1 for a gain of a 0/1 outcome,
 * −1 for a loss, 0 for a concordant pair). With S1 = Σ m_u|x_u| and S2 = Σ m_u·x_u², the delta behaves
 * like a difference of paired proportions with D = S1²/S2 effective discordant pairs of step e = S2/S1:
 * gains g = (D + nθ̂/e)/2 and losses l = (D − nθ̂/e)/2 (for a 0/1 outcome exactly Tango's own counts).
 * The interval is e times Tango's interval of (n, g, l), and the p-value Tango's, so they agree as in
 * paired-score.ts.
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
 * From the point delta and the per-unit jackknife values (weight = the unit's multiplicity); null when no
 * leave-one-out moves the delta (no discordant example: nothing to scale an interval by).
 */
export function linearizedScore(
  point: number,
  n: number,
  weight: Float64Array,
  values: Float64Array,
  level = 0.95,
): LinearizedScore | null {
  let total = 0;
  let sum = 0;
  for (let u = 0; u < values.length; u++) {
    if (!(weight[u] > 0)) continue;
    if (!Number.isFinite(values[u])) return null;
    total += weight[u];
    sum += weight[u] * values[u];
  }
  if (!(total > 0) || !Number.isFinite(point)) return null;
  const mean = sum / total;
  let s1 = 0;
  let s2 = 0;
  for (let u = 0; u < values.length; u++) {
    if (!(weight[u] > 0)) continue;
    // the unit's own contribution to the delta: influence + point (exactly x_u for a mean of x)
    const x = (n - 1) * (mean - values[u]) + point;
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
