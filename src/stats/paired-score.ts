/**
 * Tango's (1998) asymptotic score interval for the difference of two paired proportions, and the matching
 * one-sided test (McNemar's score statistic at δ = 0).
 *
 * n pairs; gains g = pairs where head succeeds and base fails, losses l = base succeeds and head fails;
 * Δ = p_head − p_base = (g − l)/n. Under H0: Δ = δ the score statistic is
 *   Z(δ) = (g − l − nδ) / √(n·(2·q(δ) + δ(1 − δ))),
 * with q(δ) the restricted maximum-likelihood estimate of P(base succeeds, head fails) given Δ = δ:
 *   q = (√(B² − 4AC) − B)/(2A), A = 2n, B = −g − l + (2n − g + l)δ, C = −lδ(1 − δ).
 * The interval is {δ : |Z(δ)| ≤ z}; Z decreases in δ, so each bound is one root, found by bisection.
 * Fagerland, Lydersen & Laake (2014, BMC Med Res Methodol 13:91) recommend it for paired proportions:
 * coverage close to nominal from small n, no overshoot when g = l = 0 (the interval stays wide).
 * Z(0) = (g − l)/√(g + l) is McNemar's statistic, so "the upper bound at level 1 − 2α is below 0" holds
 * exactly when Φ(Z(0)) < α: the p-value and the interval agree.
 */
import { normalCdf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

/** Discordant counts of a paired 0/1 outcome (counts may be resample weights). */
export interface Discordance {
  /** Pairs in the proportion's denominator. */
  readonly n: number;
  /** Head succeeds, base fails. */
  readonly gains: number;
  /** Base succeeds, head fails. */
  readonly losses: number;
}

/**
 * Per-unit 0/1 outcomes of a metric that is the mean of a 0/1 outcome over the examples of its denominator
 * (accuracy, a class's recall, pass rate): 1 = success. `member` (null = every unit) marks the units in
 * the denominator, e.g. the examples of the class for its recall.
 */
export interface PairedOutcomes {
  readonly member: Uint8Array | null;
  readonly base: Uint8Array;
  readonly head: Uint8Array;
}

/** Discordant counts of `outcomes` under unit multiplicities `units`. */
export function discordanceOf(units: Float64Array, outcomes: PairedOutcomes): Discordance {
  const { member, base, head } = outcomes;
  let n = 0;
  let gains = 0;
  let losses = 0;
  for (let u = 0; u < units.length; u++) {
    if (member && !member[u]) continue;
    const m = units[u];
    n += m;
    if (head[u] > base[u]) gains += m;
    else if (base[u] > head[u]) losses += m;
  }
  return { n, gains, losses };
}

/** Tango's score statistic Z(δ) for H0: Δ = δ (δ in (−1, 1)). */
export function tangoScore(d: Discordance, delta: number): number {
  const { n, gains: g, losses: l } = d;
  const a = 2 * n;
  const b = -g - l + (2 * n - g + l) * delta;
  const c = -l * delta * (1 - delta);
  const q = (Math.sqrt(Math.max(0, b * b - 4 * a * c)) - b) / (2 * a);
  const variance = n * (2 * q + delta * (1 - delta));
  const num = g - l - n * delta;
  if (variance <= 0) return num === 0 ? 0 : num > 0 ? Infinity : -Infinity;
  return num / Math.sqrt(variance);
}

/** The δ where Z(δ) = target, by bisection on [lo, hi] (Z decreasing); 200 halvings reach double precision. */
function solve(d: Discordance, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (tangoScore(d, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Two-sided Tango score interval of Δ = p_head − p_base at `level` (e.g. 0.95). */
export function tangoInterval(d: Discordance, level = 0.95): [number, number] {
  if (!(d.n > 0)) throw new RangeError('a paired score interval needs at least one pair');
  const z = normalQuantile(1 - (1 - level) / 2);
  const point = (d.gains - d.losses) / d.n;
  // Z(±1) is ∓∞ in the limit; search inside (−1, 1) around the point estimate
  const low = point <= -1 ? -1 : solve(d, z, -1, point);
  const high = point >= 1 ? 1 : solve(d, -z, point, 1);
  return [low, high];
}

/**
 * One-sided p-value of H0: Δ ≥ 0 against Δ < 0 (head worse for a higher-is-better proportion): Φ(Z(0)),
 * McNemar's statistic without continuity correction. No discordant pair: 0.5 (no evidence either way).
 */
export function tangoPBelowZero(d: Discordance): number {
  const s = d.gains + d.losses;
  if (s <= 0) return 0.5;
  return normalCdf((d.gains - d.losses) / Math.sqrt(s));
}
