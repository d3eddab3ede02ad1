import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import {
  latencyPercentiles,
  mergeValueCounts,
  quantile,
  quantileOfCounts,
  quantileSorted,
  QUANTILE_METHODS,
  valueCountsOf,
  weightedQuantile,
  weightedQuantiles,
  type QuantileMethod,
} from '../../../src/tasks/ops/quantile.js';

type ByMethod<T> = Record<QuantileMethod, T>;
interface Case {
  name: string;
  values: number[];
  quantiles: ByMethod<number[]>;
  percentiles: ByMethod<{ p50: number; p95: number; p99: number }>;
}
interface WeightedCase {
  name: string;
  values: number[];
  weights: number[];
  quantiles: ByMethod<number[]>;
}
interface Expected {
  qs: number[];
  cases: Case[];
  weighted: WeightedCase[];
}

const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/ops/expected.json', import.meta.url), 'utf8'),
) as Expected;

describe('quantiles against numpy (make_expected.py), bit for bit', () => {
  for (const c of expected.cases) {
    test(`sample '${c.name}'`, () => {
      for (const method of QUANTILE_METHODS) {
        expect(expected.qs.map((q) => quantile(c.values, q, method))).toEqual(c.quantiles[method]);
        expect(latencyPercentiles(c.values, method)).toEqual(c.percentiles[method]);
        expect(expected.qs.map((q) => quantileOfCounts(valueCountsOf(c.values), q, method))).toEqual(
          c.quantiles[method],
        );
      }
    });
  }

  for (const c of expected.weighted) {
    test(`weighted sample '${c.name}' equals numpy on the repeated values`, () => {
      for (const method of QUANTILE_METHODS) {
        expect(weightedQuantiles(c.values, c.weights, expected.qs, method)).toEqual(c.quantiles[method]);
      }
    });
  }
});

describe('reference sheet examples', () => {
  const tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

  test('{10..100}: linear p95 is 95.49999999999999, nearest-rank 100', () => {
    expect(quantileSorted(tens, 0.95)).toBe(95.49999999999999);
    expect(quantileSorted(tens, 0.95, 'nearest_rank')).toBe(100);
  });

  test("numpy's b - (b-a)(1-t) branch for t >= .5 is followed, not the naive a + (b-a)t", () => {
    const thirds = [1 / 3, 2 / 3, 1];
    const t = 2 * 0.95 - 1;
    expect(thirds[1]! + (thirds[2]! - thirds[1]!) * t).toBe(0.9666666666666666);
    expect(quantileSorted(thirds, 0.95)).toBe(0.9666666666666667);
  });

  test('{1..20}: linear p95 is 19.05, nearest-rank 19', () => {
    expect(latencyPercentiles(oneToTwenty)).toEqual({ p50: 10.5, p95: 19.05, p99: 19.81 });
    expect(latencyPercentiles(oneToTwenty, 'nearest_rank')).toEqual({ p50: 10, p95: 19, p99: 20 });
  });
});

describe('mergeable value counts and weights', () => {
  test('merging counts equals counting the concatenation', () => {
    const a = [5, 1, 3, 3, 9];
    const b = [3, 7, 1, 10];
    const merged = mergeValueCounts(valueCountsOf(a), valueCountsOf(b));
    expect(merged).toEqual(valueCountsOf([...a, ...b]));
    expect(merged).toEqual({ values: [1, 3, 5, 7, 9, 10], counts: [2, 3, 1, 1, 1, 1] });
    expect(quantileOfCounts(merged, 0.95)).toBe(quantile([...a, ...b], 0.95));
  });

  test('weights equal to 1 give the unweighted quantile; zero weights drop values', () => {
    expect(weightedQuantile([4, 1, 3], [1, 1, 1], 0.5)).toBe(3);
    expect(weightedQuantile([4, 1, 3], [0, 2, 1], 1)).toBe(3);
    expect(weightedQuantile([4, 1], [0, 0], 0.5)).toBeNaN();
  });

  test('empty samples give NaN; bad inputs are rejected', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow('Invalid quantile 1.5. Expected a number in [0, 1].');
    expect(() => quantile([NaN], 0.5)).toThrow('Invalid value NaN. Expected a finite number.');
    expect(() => weightedQuantile([1, 2], [1, 0.5], 0.5)).toThrow('Invalid weight 0.5');
    expect(() => weightedQuantile([1, 2], [1], 0.5)).toThrow('Got 2 values but 1 weights');
  });
});
