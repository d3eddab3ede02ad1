/**
 * Exact Multinomial(n, m/M) draws in O(U) cheap steps, for the many-units case.
 *
 * Poissonisation: independent X_u ~ Poisson(n·m_u/M) are, given their total T, Multinomial(T, m/M). So
 *   - draw every X_u (λ_u is fixed per slice, so each unit's constants are computed once, and a small-λ
 *     draw costs one uniform and a few multiplications — no exp/log per draw, unlike a conditional binomial);
 *   - if T < n, add n − T independent categorical(m/M) items (alias table): the result is Multinomial(n);
 *   - if T > n, remove T − n items chosen uniformly at random without replacement (Fenwick tree): a uniformly
 *     random subset of size n of i.i.d. categorical items is itself n i.i.d. categorical items.
 * |T − n| is about √n, so the fix-up is small. The output has exactly the Multinomial(n, m/M) law — the
 * same law as resampling n rows with replacement — not an approximation.
 *
 * Poisson(λ) draws: for λ < 1000, inversion on a per-unit cdf table with a guide table (about one comparison
 * per draw); the table spans λ ± (12√λ + 12), outside which the Poisson mass is below 1e−30. For larger λ,
 * Hörmann's PTRS ("The transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12, 1993), which accepts against the exact log-pmf and rarely needs its slow path
 * at that size.
 */
import { stirlingRemainder } from './binomial.js';
import type { Uniform } from './rng.js';

const { abs, exp, floor, log, sqrt } = Math;

/** Units with λ below this are drawn by table inversion, above by PTRS. */
const TABLE_MAX_LAMBDA = 1000;
const HALF_LOG_2PI = 0.9189385332046728;

/** log(k!) via Stirling's series with its remainder (exact table for k <= 9). */
function logFactorial(k: number): number {
  return (k + 0.5) * log(k + 1) - (k + 1) + HALF_LOG_2PI + stirlingRemainder(k);
}

export interface PoissonMultinomialPlan {
  readonly n: number;
  readonly lambda: Float64Array;
  /** λ < TABLE_MAX_LAMBDA: the unit's cdf table starts at cdfStart[u] in cdf and covers x = cdfLow[u] … */
  readonly cdf: Float64Array;
  /** −1 for units drawn by PTRS. */
  readonly cdfStart: Int32Array;
  readonly cdfLength: Int32Array;
  readonly cdfLow: Int32Array;
  /** guide[guideStart[u] + j] = first table index i with cdf > j / length. */
  readonly guide: Int32Array;
  // PTRS constants for λ >= 10
  readonly b: Float64Array;
  readonly a: Float64Array;
  readonly logInvAlpha: Float64Array;
  readonly vr: Float64Array;
  readonly logLambda: Float64Array;
  // alias table over units (probabilities m/M) for adding items
  readonly aliasProb: Float64Array;
  readonly aliasIndex: Uint32Array;
  /** Fenwick tree scratch for removals. */
  readonly tree: Float64Array;
}

export function planPoissonMultinomial(m: Float64Array, n: number): PoissonMultinomialPlan {
  const U = m.length;
  let M = 0;
  for (let u = 0; u < U; u++) M += m[u];
  const lambda = Float64Array.from(m, (x) => (n * x) / M);
  const b = new Float64Array(U);
  const a = new Float64Array(U);
  const logInvAlpha = new Float64Array(U);
  const vr = new Float64Array(U);
  const logLambda = new Float64Array(U);
  const cdfValues: number[] = [];
  const guideValues: number[] = [];
  const cdfStart = new Int32Array(U).fill(-1);
  const cdfLength = new Int32Array(U);
  const cdfLow = new Int32Array(U);
  for (let u = 0; u < U; u++) {
    const l = lambda[u];
    if (l < TABLE_MAX_LAMBDA) {
      const spread = 12 * sqrt(l) + 12;
      const lo = Math.max(0, floor(l - spread));
      const hi = Math.ceil(l + spread);
      const mode = floor(l);
      const pmf = new Float64Array(hi - lo + 1);
      pmf[mode - lo] = exp(-l + (mode > 0 ? mode * log(l) : 0) - logFactorial(mode));
      for (let x = mode; x > lo; x--) pmf[x - 1 - lo] = (pmf[x - lo] * x) / l;
      for (let x = mode; x < hi; x++) pmf[x + 1 - lo] = (pmf[x - lo] * l) / (x + 1);
      cdfStart[u] = cdfValues.length;
      cdfLow[u] = lo;
      cdfLength[u] = pmf.length;
      let c = 0;
      for (let i = 0; i < pmf.length; i++) {
        c += pmf[i];
        cdfValues.push(c);
      }
      // guide table: for v in [j/G, (j+1)/G) the answer is at or after guide[j]
      const G = pmf.length;
      const base = cdfStart[u];
      let i = 0;
      for (let j = 0; j < G; j++) {
        while (i < G - 1 && cdfValues[base + i] <= j / G) i++;
        guideValues.push(i);
      }
      continue;
    }
    const s = sqrt(l);
    b[u] = 0.931 + 2.53 * s;
    a[u] = -0.059 + 0.02483 * b[u];
    logInvAlpha[u] = log(1.1239 + 1.1328 / (b[u] - 3.4));
    vr[u] = 0.9277 - 3.6224 / (b[u] - 2);
    logLambda[u] = log(l);
  }
  // Vose's alias method
  const aliasProb = new Float64Array(U);
  const aliasIndex = new Uint32Array(U);
  const scaled = Float64Array.from(m, (x) => (x * U) / M);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    aliasProb[s] = scaled[s];
    aliasIndex[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) {
    aliasProb[i] = 1;
    aliasIndex[i] = i;
  }
  return {
    n,
    lambda,
    cdf: Float64Array.from(cdfValues),
    cdfStart,
    cdfLength,
    cdfLow,
    guide: Int32Array.from(guideValues),
    b,
    a,
    logInvAlpha,
    vr,
    logLambda,
    aliasProb,
    aliasIndex,
    tree: new Float64Array(U + 1),
  };
}

/** Hörmann's PTRS, for units with λ >= TABLE_MAX_LAMBDA. */
function poissonDraw(plan: PoissonMultinomialPlan, u: number, uniform: Uniform): number {
  const lam = plan.lambda[u];
  const b = plan.b[u];
  const a = plan.a[u];
  for (;;) {
    const U = uniform() - 0.5;
    const V = uniform();
    const us = 0.5 - abs(U);
    const k = floor(((2 * a) / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= plan.vr[u]) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (
      log(V) + plan.logInvAlpha[u] - log(a / (us * us) + b) <=
      -lam + k * plan.logLambda[u] - logFactorial(k)
    )
      return k;
  }
}

/** Fills w with one Multinomial(plan.n, m/M) draw. */
export function fillPoissonMultinomial(
  w: Float64Array,
  plan: PoissonMultinomialPlan,
  uniform: Uniform,
): void {
  const U = w.length;
  let total = 0;
  const { cdf, cdfStart, cdfLength, cdfLow, guide } = plan;
  for (let u = 0; u < U; u++) {
    let x: number;
    const start = cdfStart[u];
    if (start >= 0) {
      // inversion: the smallest x with v < cdf[x], starting from the guide table's hint
      const v = uniform();
      const G = cdfLength[u];
      let i = guide[start + floor(v * G)];
      while (i < G - 1 && v >= cdf[start + i]) i++;
      x = cdfLow[u] + i;
    } else x = poissonDraw(plan, u, uniform);
    w[u] = x;
    total += x;
  }
  const n = plan.n;
  if (total < n) {
    for (let i = total; i < n; i++) {
      const r = uniform() * U;
      const j = floor(r);
      const u = r - j < plan.aliasProb[j] ? j : plan.aliasIndex[j];
      w[u]++;
    }
  } else if (total > n) {
    // Fenwick tree over the counts; remove (total − n) uniformly random items
    const tree = plan.tree;
    // linear-time Fenwick construction
    tree[0] = 0;
    for (let i = 1; i <= U; i++) tree[i] = w[i - 1];
    for (let i = 1; i <= U; i++) {
      const j = i + (i & -i);
      if (j <= U) tree[j] += tree[i];
    }
    let high = 1;
    while (high * 2 <= U) high *= 2;
    for (let left = total; left > n; left--) {
      let target = floor(uniform() * left); // 0-based item index among the remaining
      let pos = 0;
      for (let step = high; step > 0; step >>= 1) {
        const next = pos + step;
        if (next <= U && tree[next] <= target) {
          pos = next;
          target -= tree[next];
        }
      }
      w[pos]--;
      for (let i = pos + 1; i <= U; i += i & -i) tree[i]--;
    }
  }
}
