import { describe, test, expect } from '@jest/globals';
import { sampleBinomial } from '../../src/stats/binomial.js';
import { createUniform } from '../../src/stats/rng.js';

/** Exact Binomial(n, p) pmf on a window around the mode, by the ratio recursion, normalised on the window. */
function binomialPmfWindow(n: number, p: number): { lo: number; pmf: Float64Array } {
  const mode = Math.floor((n + 1) * p);
  const sd = Math.sqrt(n * p * (1 - p));
  const lo = Math.max(0, Math.floor(mode - 40 * sd - 50));
  const hi = Math.min(n, Math.ceil(mode + 40 * sd + 50));
  const rel = new Float64Array(hi - lo + 1);
  const odds = p / (1 - p);
  rel[mode - lo] = 1;
  for (let k = mode + 1; k <= hi; k++) rel[k - lo] = (rel[k - 1 - lo] * (n - k + 1) * odds) / k;
  for (let k = mode - 1; k >= lo; k--) rel[k - lo] = (rel[k + 1 - lo] * (k + 1)) / ((n - k) * odds);
  const total = rel.reduce((a, b) => a + b, 0);
  return { lo, pmf: rel.map((x) => x / total) };
}

/** Pearson chi-square of draws against the pmf, cells merged until each expects >= 20 draws. */
function chiSquare(draws: Int32Array, n: number, p: number): { stat: number; df: number } {
  const { lo, pmf } = binomialPmfWindow(n, p);
  const observed = new Float64Array(pmf.length);
  let outside = 0;
  for (const k of draws) {
    if (k >= lo && k < lo + pmf.length) observed[k - lo]++;
    else outside++;
  }
  expect(outside).toBe(0); // the window spans +-40 sd: nothing legitimate falls outside
  const cells: { e: number; o: number }[] = [];
  let e = 0;
  let o = 0;
  for (let i = 0; i < pmf.length; i++) {
    e += pmf[i] * draws.length;
    o += observed[i];
    if (e >= 20) {
      cells.push({ e, o });
      e = 0;
      o = 0;
    }
  }
  cells[cells.length - 1].e += e;
  cells[cells.length - 1].o += o;
  const stat = cells.reduce((acc, c) => acc + (c.o - c.e) ** 2 / c.e, 0);
  return { stat, df: cells.length - 1 };
}

/** Wilson–Hilferty approximation of the chi-square quantile for standard-normal quantile z. */
function chiSquareQuantile(df: number, z: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

const CASES = [
  { n: 20, p: 0.3, method: 'inversion' },
  { n: 1000, p: 0.005, method: 'inversion' },
  { n: 10_000_000, p: 9.9e-7, method: 'inversion' },
  { n: 50, p: 0.2, method: 'BTRD at n·p = 10' },
  { n: 200, p: 0.45, method: 'BTRD' },
  { n: 10_000, p: 0.02, method: 'BTRD' },
  { n: 10_000_000, p: 0.3, method: 'BTRD' },
  { n: 10_000_000, p: 0.999, method: 'BTRD on 1 − p' },
  { n: 30, p: 0.9, method: 'inversion on 1 − p' },
];

describe('sampleBinomial', () => {
  test.each(CASES)('Binomial($n, $p) by $method: mean, variance and chi-square fit', ({ n, p }) => {
    const uniform = createUniform(n, Math.round(p * 1e9));
    const draws = new Int32Array(500_000);
    let sum = 0;
    for (let i = 0; i < draws.length; i++) {
      draws[i] = sampleBinomial(n, p, uniform);
      sum += draws[i];
    }
    const mean = sum / draws.length;
    const variance = draws.reduce((acc, k) => acc + (k - mean) ** 2, 0) / (draws.length - 1);
    const expectedVariance = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(expectedVariance / draws.length));
    expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.04);
    const { stat, df } = chiSquare(draws, n, p);
    expect(df).toBeGreaterThan(3);
    expect(stat).toBeLessThan(chiSquareQuantile(df, 3.719)); // 0.9999 quantile
  });

  test('handles the degenerate and invalid parameters', () => {
    const uniform = createUniform(1, 1);
    expect(sampleBinomial(0, 0.5, uniform)).toBe(0);
    expect(sampleBinomial(17, 0, uniform)).toBe(0);
    expect(sampleBinomial(17, 1, uniform)).toBe(17);
    expect(() => sampleBinomial(-1, 0.5, uniform)).toThrow(RangeError);
    expect(() => sampleBinomial(2.5, 0.5, uniform)).toThrow(RangeError);
    expect(() => sampleBinomial(10, 1.5, uniform)).toThrow(RangeError);
    expect(() => sampleBinomial(10, NaN, uniform)).toThrow(RangeError);
  });

  test('is deterministic for a given uniform stream', () => {
    const a = createUniform(99, 7);
    const b = createUniform(99, 7);
    const xs = Array.from({ length: 50 }, (_, i) => sampleBinomial(1000 + i * 1000, 0.37, a));
    expect(Array.from({ length: 50 }, (_, i) => sampleBinomial(1000 + i * 1000, 0.37, b))).toEqual(xs);
  });
});
