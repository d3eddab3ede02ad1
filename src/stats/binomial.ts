/**
 * Exact Binomial(n, p) variates (tested up to n = 1e7, the largest slice the bootstrap expects).
 *
 * - n·min(p, 1−p) < 10: inversion by sequential search from 0 (expected n·p + 1 steps);
 * - otherwise: BTRD, the transformed-rejection algorithm with decomposition of
 *   W. Hörmann, "The generation of binomial random variates", J. Statist. Comput. Simul. 46 (1993),
 *   which accepts against the exact pmf (recursively near the mode, Stirling-corrected log-pmf in the
 *   tails) at a cost bounded in expectation whatever n.
 *
 * p > 1/2 samples n − Binomial(n, 1 − p). "Exact" means the output distribution is the binomial pmf up to
 * double rounding, not a normal or Poisson approximation.
 */
import type { Uniform } from './rng.js';

// Bound once: looking `Math` up on the global object is very slow in some embeddings (jest's VM context).
const { abs, exp, floor, log, log1p, sqrt } = Math;

/** Threshold on n·min(p, 1−p) below which inversion is used (BTRD needs n·p >= 10). */
const INVERSION_MAX_MEAN = 10;

/** One Binomial(n, p) draw. n must be a non-negative integer, p in [0, 1]. */
export function sampleBinomial(n: number, p: number, uniform: Uniform): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Binomial n must be a non-negative integer but got '${n}'`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Binomial p must lie in [0, 1] but got '${p}'`);
  return binomialDraw(n, p, uniform);
}

/** sampleBinomial without argument checks, for hot loops whose arguments are valid by construction. */
export function binomialDraw(n: number, p: number, uniform: Uniform): number {
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  const flip = p > 0.5;
  const pp = flip ? 1 - p : p;
  const k = n * pp < INVERSION_MAX_MEAN ? binomialInversion(n, pp, uniform) : binomialBtrd(n, pp, uniform);
  return flip ? n - k : k;
}

/**
 * Sequential-search inversion: walk the cdf from k = 0 with pmf(k) = pmf(k−1)·((n+1)s/k − s), s = p/q.
 * pmf(0) = exp(n·log1p(−p)) keeps q^n accurate for tiny p and large n. A walk that runs past n (possible
 * only through rounding in the far tail) restarts with a fresh uniform.
 */
function binomialInversion(n: number, p: number, uniform: Uniform): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const pmf0 = exp(n * log1p(-p));
  for (;;) {
    let u = uniform();
    let pmf = pmf0;
    let k = 0;
    while (u >= pmf) {
      u -= pmf;
      k++;
      if (k > n) break;
      pmf *= a / k - s;
    }
    if (k <= n) return k;
  }
}

/** fc(k) = log(k!) − [(k + ½)·log(k + 1) − (k + 1) + ½·log(2π)], the Stirling remainder; exact for k <= 9. */
const STIRLING_REMAINDER = [
  0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193,
  0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733, 0.00833056343336287,
];

export function stirlingRemainder(k: number): number {
  if (k < STIRLING_REMAINDER.length) return STIRLING_REMAINDER[k];
  // Asymptotic series in 1/(k+1) to the 1/(k+1)^7 term: error < 1e-13 at k = 10, smaller beyond.
  const x = k + 1;
  const x2 = x * x;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}

/** Hörmann's BTRD for p <= 1/2 and n·p >= 10 (steps numbered as in the paper). */
function binomialBtrd(n: number, p: number, uniform: Uniform): number {
  const q = 1 - p;
  const m = floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const sqrtNpq = sqrt(npq);
  const b = 1.15 + 2.53 * sqrtNpq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sqrtNpq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;

  for (;;) {
    // 1: the inner box, accepted without evaluating the pmf
    let v = uniform();
    if (v <= urvr) {
      const u = v / vr - 0.43;
      return floor(((2 * a) / (0.5 - abs(u)) + b) * u + c);
    }
    // 2: a point under the hat outside the box
    let u: number;
    if (v >= vr) {
      u = uniform() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = uniform() * vr;
    }
    // 3.0
    const us = 0.5 - abs(u);
    const k = floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = abs(k - m);
    if (km <= 15) {
      // 3.1: pmf(k)/pmf(m) by the recursion pmf(i)/pmf(i−1) = (n+1)r/i − r
      let f = 1;
      if (m < k) {
        for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      } else if (m > k) {
        for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    // 3.2: squeeze on log scale
    v = log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    // 3.3 – 3.4: exact log pmf ratio with Stirling remainders
    const nm = n - m + 1;
    const h = (m + 0.5) * log((m + 1) / (r * nm)) + stirlingRemainder(m) + stirlingRemainder(n - m);
    const nk = n - k + 1;
    const bound =
      h +
      (n + 1) * log(nm / nk) +
      (k + 0.5) * log((nk * r) / (k + 1)) -
      stirlingRemainder(k) -
      stirlingRemainder(n - k);
    if (v <= bound) return k;
  }
}
