import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import { normalCdf } from '../../src/stats/normal.js';
import {
  benjaminiHochberg,
  holm,
  mean,
  normalPValueBelowZero,
  pairwiseSum,
  percentile,
  percentileInterval,
  percentilePValueBelowZero,
  quantileSorted,
  standardDeviation,
  summarizeDelta,
} from '../../src/stats/summary.js';

const FIXTURES = new URL('../fixtures/stats/', import.meta.url);

interface PercentileCase {
  name: string;
  values: number[];
  percentiles: number[];
  expected: number[];
  mean: number;
  std_ddof1: number | null;
}
interface SumCase {
  values: number[];
  sum: number;
  mean: number;
  std_ddof1: number | null;
}
const numpyFixture = JSON.parse(readFileSync(new URL('percentiles.json', FIXTURES), 'utf8')) as {
  cases: PercentileCase[];
  sums: SumCase[];
};
const normalFixture = JSON.parse(readFileSync(new URL('normal_cdf.json', FIXTURES), 'utf8')) as {
  points: [number, number][];
};

describe('numpy-compatible percentile, mean and standard deviation', () => {
  test.each(numpyFixture.cases)('percentiles of $name equal np.percentile bit for bit', (c) => {
    expect(c.percentiles.map((p) => percentile(c.values, p))).toEqual(c.expected);
    expect(mean(c.values)).toBe(c.mean);
    if (c.std_ddof1 !== null) expect(standardDeviation(c.values, 1)).toBe(c.std_ddof1);
  });

  test('pairwise sums equal np.sum across numpy block boundaries (8, 128, recursion)', () => {
    for (const s of numpyFixture.sums) {
      expect(pairwiseSum(s.values)).toBe(s.sum);
      expect(mean(s.values)).toBe(s.mean);
      if (s.std_ddof1 !== null) expect(standardDeviation(s.values, 1)).toBe(s.std_ddof1);
    }
  });

  test('uses b - (b - a)(1 - t) when t >= 0.5, as numpy does', () => {
    // {10..100} at p95: h = 8.55, numpy returns 95.49999999999999, not 95.5
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95)).toBe(95.49999999999999);
    expect(
      quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95),
    ).toBe(19.05);
  });

  test('percentileInterval(0.95) equals np.percentile(d, [2.5, 97.5]) and 0.9 equals [5, 95]', () => {
    const c = numpyFixture.cases.find((x) => x.name === 'normal_1000');
    if (c === undefined) throw new Error('fixture case normal_1000 missing');
    const at = (p: number) => c.expected[c.percentiles.indexOf(p)];
    expect(percentileInterval(c.values, 0.95)).toEqual([at(2.5), at(97.5)]);
    expect(percentileInterval(c.values, 0.9)).toEqual([at(5), at(95)]);
  });

  test('NaN samples give NaN percentiles, empty samples and bad levels throw', () => {
    expect(percentile([1, NaN, 3], 50)).toBeNaN();
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentileInterval([1, 2], 1)).toThrow(RangeError);
  });
});

describe('normal CDF', () => {
  test('matches mpmath (50 digits) to 2e-15 relative from x = -37.5 to 10', () => {
    for (const [x, want] of normalFixture.points) {
      const got = normalCdf(x);
      expect(Math.abs(got - want) / want).toBeLessThan(2e-15);
    }
  });

  test('is monotone across the series / continued-fraction switch at |x| = 1', () => {
    const xs = [-1.0000000000000002, -1, -0.9999999999999999, 0.9999999999999999, 1, 1.0000000000000002];
    const ps = xs.map(normalCdf);
    for (let i = 1; i < ps.length; i++) expect(ps[i]).toBeGreaterThanOrEqual(ps[i - 1]);
    expect(normalCdf(NaN)).toBeNaN();
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});

describe('p-values for "delta below 0"', () => {
  test('normal approximation is Phi(point / se)', () => {
    expect(normalPValueBelowZero(0, 0.01)).toBe(0.5);
    expect(normalPValueBelowZero(-0.049, 0.011)).toBe(normalCdf(-0.049 / 0.011));
    expect(normalPValueBelowZero(-0.08, 0.01)).toBeCloseTo(6.220960574271784e-16, 28);
    expect(normalPValueBelowZero(-0.01, 0)).toBe(0);
    expect(normalPValueBelowZero(0.01, 0)).toBe(1);
    expect(normalPValueBelowZero(NaN, 1)).toBeNaN();
  });

  test('percentile p-value is (1 + #{d >= 0}) / (B + 1) and floors at 1/(B + 1)', () => {
    expect(percentilePValueBelowZero([-3, -2, -1, 0, 1])).toBe(3 / 6);
    expect(percentilePValueBelowZero(new Float64Array(999).fill(-1))).toBe(1 / 1000);
  });

  test('summarizeDelta reports the refbench fields', () => {
    const c = numpyFixture.cases.find((x) => x.name === 'normal_1000');
    if (c === undefined) throw new Error('fixture case normal_1000 missing');
    const s = summarizeDelta(c.values, 0.012);
    const at = (p: number) => c.expected[c.percentiles.indexOf(p)];
    expect(s).toEqual({
      point: 0.012,
      ciLow: at(2.5),
      ciHigh: at(97.5),
      level: 0.95,
      bootMean: c.mean,
      bootSe: c.std_ddof1,
      pValue: normalCdf(0.012 / (c.std_ddof1 as number)),
      pValuePercentile: percentilePValueBelowZero(c.values),
      regression: at(97.5) < 0,
      improvement: at(2.5) > 0,
    });
  });
});

describe('multiplicity adjustment across slices', () => {
  // p = [0.01, 0.04, 0.03, 0.005], m = 4; ascending 0.005, 0.01, 0.03, 0.04
  const p = [0.01, 0.04, 0.03, 0.005];

  test('Holm: cumulative max of (m - i) p_(i), by hand', () => {
    // 4(.005) = .02, 3(.01) = .03, 2(.03) = .06, 1(.04) = .04 -> running max .02 .03 .06 .06
    const adj = Array.from(holm(p));
    [0.03, 0.06, 0.06, 0.02].forEach((want, i) => expect(adj[i]).toBeCloseTo(want, 15));
  });

  test('Benjamini-Hochberg: cumulative min from the top of m p_(i) / i, by hand', () => {
    // 4(.005)/1 = .02, 4(.01)/2 = .02, 4(.03)/3 = .04, 4(.04)/4 = .04 -> min from the top .02 .02 .04 .04
    const adj = Array.from(benjaminiHochberg(p));
    [0.02, 0.04, 0.04, 0.02].forEach((want, i) => expect(adj[i]).toBeCloseTo(want, 15));
  });

  test('caps at 1, keeps ties, and leaves NaN out of m', () => {
    const q = [0.5, NaN, 0.5, 0.9];
    // m = 3. Holm: 3(.5) -> 1, 2(.5) = 1, 1(.9) = .9 -> max 1. BH: .9, 3(.5)/2 = .75, 3(.5)/1 = 1.5 -> .75
    const h = Array.from(holm(q));
    expect(h[0]).toBe(1);
    expect(h[1]).toBeNaN();
    expect(h[2]).toBe(1);
    expect(h[3]).toBe(1);
    const bh = Array.from(benjaminiHochberg(q));
    expect(bh[0]).toBe(0.75);
    expect(bh[1]).toBeNaN();
    expect(bh[2]).toBe(0.75);
    expect(bh[3]).toBeCloseTo(0.9, 15);
    expect(Array.from(holm([]))).toEqual([]);
  });

  test('adjusted values are never below the raw p-values', () => {
    const raw = [0.001, 0.2, 0.03, 0.04, 0.5, 0.011, 0.9, 0.0002];
    const h = holm(raw);
    const bh = benjaminiHochberg(raw);
    raw.forEach((x, i) => {
      expect(h[i]).toBeGreaterThanOrEqual(x);
      expect(bh[i]).toBeGreaterThanOrEqual(x);
      expect(h[i]).toBeGreaterThanOrEqual(bh[i]);
    });
  });
});
