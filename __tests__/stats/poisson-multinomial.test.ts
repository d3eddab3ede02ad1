import { describe, expect, test } from '@jest/globals';
import { fillPoissonMultinomial, planPoissonMultinomial } from '../../src/stats/poisson-multinomial.js';
import { resampleUniform } from '../../src/stats/rng.js';

/**
 * The Poissonised multinomial must have the Multinomial(n, m/M) law: every draw sums to n exactly, and the
 * moments match n·p, n·p(1−p) and −n·p_i·p_j. Units span the three regimes: tiny λ, table inversion, PTRS.
 */
describe('Poissonised multinomial draws', () => {
  const m = new Float64Array([
    50000,
    3000,
    700,
    120,
    30,
    5,
    1,
    1,
    1,
    2,
    ...Array.from({ length: 90 }, (_, i) => 1 + (i % 4)),
  ]);
  const n = m.reduce((a, b) => a + b, 0);
  const p = Float64Array.from(m, (x) => x / n);
  const plan = planPoissonMultinomial(m, n);
  const draws = 4000;
  const sum = new Float64Array(m.length);
  const sumSq = new Float64Array(m.length);
  let cross01 = 0;
  const w = new Float64Array(m.length);
  for (let b = 0; b < draws; b++) {
    fillPoissonMultinomial(w, plan, resampleUniform(7, 'moments', b));
    let total = 0;
    for (let u = 0; u < m.length; u++) {
      total += w[u];
      sum[u] += w[u];
      sumSq[u] += w[u] * w[u];
      expect(w[u]).toBeGreaterThanOrEqual(0);
    }
    cross01 += w[0] * w[1];
    expect(total).toBe(n);
  }

  test('means and variances match the multinomial within 5 standard errors', () => {
    for (const u of [0, 1, 2, 3, 4, 5, 6, 20]) {
      const mean = sum[u] / draws;
      const variance = sumSq[u] / draws - mean * mean;
      const expMean = n * p[u];
      const expVar = n * p[u] * (1 - p[u]);
      expect(Math.abs(mean - expMean)).toBeLessThan(5 * Math.sqrt(expVar / draws));
      // the sample variance's standard error is about expVar·sqrt(2/draws) for large λ
      expect(Math.abs(variance - expVar)).toBeLessThan(5 * expVar * Math.sqrt(2 / draws) + 0.05);
    }
  });

  test('the two largest units are negatively correlated as −n·p0·p1', () => {
    const cov = cross01 / draws - (sum[0] / draws) * (sum[1] / draws);
    const expected = -n * p[0] * p[1];
    expect(cov).toBeLessThan(0);
    expect(Math.abs(cov - expected)).toBeLessThan(0.25 * Math.abs(expected));
  });

  test('draws are reproducible from (seed, slice, resample) alone', () => {
    const a = new Float64Array(m.length);
    const b = new Float64Array(m.length);
    fillPoissonMultinomial(a, plan, resampleUniform(7, 'moments', 123));
    fillPoissonMultinomial(b, planPoissonMultinomial(m, n), resampleUniform(7, 'moments', 123));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
