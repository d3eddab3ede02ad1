import { describe, test, expect } from '@jest/globals';
import {
  classificationDeltaStatistic,
  classificationUnits,
  macroF1FromConfusion,
} from '../../src/stats/confusion.js';
import {
  hash32RowWeights,
  multinomialWeights,
  pairedBootstrap,
  unitOrderLargestFirst,
} from '../../src/stats/resample.js';
import { createUniform, hash32Indices } from '../../src/stats/rng.js';
import { pairwiseSum, standardDeviation, summarizeDelta } from '../../src/stats/summary.js';
import { groupUnits } from '../../src/stats/units.js';

/** A seeded paired classification set: head is right more often than base, errors correlated. */
function syntheticClassification(n: number, k: number, seed: number) {
  const u = createUniform(seed, 0x51ced);
  const y = new Uint32Array(n);
  const base = new Uint32Array(n);
  const head = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = Math.min(k - 1, Math.floor(u() ** 2 * k)); // skewed class sizes
    const hard = u() < 0.3;
    base[i] = u() < (hard ? 0.4 : 0.85) ? y[i] : Math.floor(u() * k);
    head[i] = u() < (hard ? 0.5 : 0.88) ? y[i] : Math.floor(u() * k);
  }
  return { y, base, head };
}

/** Independent row-level computation: per-class counts straight from the resampled rows. */
function naiveDeltas(
  rows: ArrayLike<number>,
  y: Uint32Array,
  base: Uint32Array,
  head: Uint32Array,
  k: number,
) {
  const macroF1 = (pred: Uint32Array) => {
    const tp = new Float64Array(k);
    const trueCount = new Float64Array(k);
    const predCount = new Float64Array(k);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      trueCount[y[i]]++;
      predCount[pred[i]]++;
      if (pred[i] === y[i]) tp[y[i]]++;
    }
    const f1: number[] = [];
    for (let c = 0; c < k; c++) {
      if (trueCount[c] + predCount[c] === 0) continue;
      const p = predCount[c] > 0 ? tp[c] / predCount[c] : 0;
      const r = trueCount[c] > 0 ? tp[c] / trueCount[c] : 0;
      f1.push(p + r > 0 ? (2 * p * r) / (p + r) : 0);
    }
    return pairwiseSum(f1) / f1.length;
  };
  let correctBase = 0;
  let correctHead = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    if (base[i] === y[i]) correctBase++;
    if (head[i] === y[i]) correctHead++;
  }
  return [macroF1(head) - macroF1(base), (correctHead - correctBase) / rows.length];
}

describe('unit weights reproduce row resampling exactly', () => {
  const k = 6;
  const data = syntheticClassification(700, k, 3);
  const units = classificationUnits(data.y, data.base, data.head, k);
  const evaluate = classificationDeltaStatistic(units, k);
  const unitCount = units.multiplicity.length;

  test('units partition the rows', () => {
    expect(pairwiseSum(units.multiplicity)).toBe(700);
    expect(unitCount).toBeLessThanOrEqual(k * k * k);
    for (let i = 0; i < 700; i++) {
      const u = units.rowUnit[i];
      expect([units.trueLabel[u], units.basePrediction[u], units.headPrediction[u]]).toEqual([
        data.y[i],
        data.base[i],
        data.head[i],
      ]);
    }
  });

  test('hash32 row weights are the bincount of the reference row indices', () => {
    for (const b of [0, 1, 999]) {
      const w = hash32RowWeights(units.rowUnit, unitCount, 'language=de', 12345, b);
      const want = new Float64Array(unitCount);
      for (const i of hash32Indices(12345, 'language=de', b, 700)) want[units.rowUnit[i]]++;
      expect(w).toEqual(want);
    }
  });

  test('macro-F1 and accuracy deltas from hash32 unit weights equal the naive row computation bit for bit', () => {
    for (let b = 0; b < 25; b++) {
      const w = hash32RowWeights(units.rowUnit, unitCount, 'overall', 12345, b);
      const rows = hash32Indices(12345, 'overall', b, 700);
      expect(Array.from(evaluate(w))).toEqual(naiveDeltas(rows, data.y, data.base, data.head, k));
    }
  });

  test('the same holds for multinomial weights expanded back into rows', () => {
    const firstRowOfUnit = new Uint32Array(unitCount);
    for (let i = 699; i >= 0; i--) firstRowOfUnit[units.rowUnit[i]] = i;
    for (let b = 0; b < 25; b++) {
      const w = multinomialWeights(units.multiplicity, 700, createUniform(b, 77));
      const rows: number[] = [];
      w.forEach((count, u) => {
        for (let c = 0; c < count; c++) rows.push(firstRowOfUnit[u]);
      });
      expect(Array.from(evaluate(w))).toEqual(naiveDeltas(rows, data.y, data.base, data.head, k));
    }
  });

  test('the point estimate is the statistic at w = m', () => {
    const all = Array.from({ length: 700 }, (_, i) => i);
    expect(Array.from(evaluate(units.multiplicity))).toEqual(
      naiveDeltas(all, data.y, data.base, data.head, k),
    );
  });

  test('macro-F1 skips classes absent from both truth and prediction (sklearn default labels)', () => {
    // 3 classes, class 2 absent: row-major true x pred
    const cm = Float64Array.from([3, 1, 0, 2, 4, 0, 0, 0, 0]);
    const f0 = (2 * (3 / 5) * (3 / 4)) / (3 / 5 + 3 / 4);
    const f1 = (2 * (4 / 5) * (4 / 6)) / (4 / 5 + 4 / 6);
    expect(macroF1FromConfusion(cm, 3)).toBe((f0 + f1) / 2);
  });
});

describe('multinomial weights', () => {
  test('have mean n·p and covariance n·(diag(p) − p pᵀ)', () => {
    const m = Float64Array.from([50, 30, 15, 4, 1]);
    const n = 100;
    const draws = 20000;
    const uniform = createUniform(2024, 11);
    const order = unitOrderLargestFirst(m);
    const sum = new Float64Array(5);
    const cross = new Float64Array(25);
    let badTotals = 0;
    for (let d = 0; d < draws; d++) {
      const w = multinomialWeights(m, n, uniform, order);
      if (pairwiseSum(w) !== n) badTotals++;
      for (let a = 0; a < 5; a++) {
        sum[a] += w[a];
        for (let b = 0; b < 5; b++) cross[a * 5 + b] += w[a] * w[b];
      }
    }
    expect(badTotals).toBe(0);
    const p = Array.from(m, (x) => x / n);
    const cov = (a: number, b: number) => n * p[a] * ((a === b ? 1 : 0) - p[b]);
    for (let a = 0; a < 5; a++) {
      const meanA = sum[a] / draws;
      expect(Math.abs(meanA - m[a])).toBeLessThan(5 * Math.sqrt(cov(a, a) / draws));
      for (let b = 0; b < 5; b++) {
        const sample = cross[a * 5 + b] / draws - (sum[a] / draws) * (sum[b] / draws);
        const se = Math.sqrt((cov(a, a) * cov(b, b) + cov(a, b) ** 2) / draws);
        expect(Math.abs(sample - cov(a, b))).toBeLessThan(5 * se);
      }
    }
  });

  test('cost does not depend on n: 1000 draws over 4 units with n = 10 million', () => {
    const m = Float64Array.from([6_000_000, 3_000_000, 999_999, 1]);
    const n = 10_000_000;
    const uniform = createUniform(5, 5);
    let first = 0;
    for (let d = 0; d < 1000; d++) {
      const w = multinomialWeights(m, n, uniform);
      expect(w[0] + w[1] + w[2] + w[3]).toBe(n);
      first += w[0];
    }
    expect(Math.abs(first / 1000 - 6e6)).toBeLessThan(5 * Math.sqrt((n * 0.6 * 0.4) / 1000));
  });

  test('units with zero multiplicity get zero weight', () => {
    const w = multinomialWeights(Float64Array.from([0, 5, 0, 3]), 8, createUniform(1, 2));
    expect(w[0]).toBe(0);
    expect(w[2]).toBe(0);
    expect(w[1] + w[3]).toBe(8);
  });
});

describe('pairedBootstrap', () => {
  const k = 4;
  const n = 2000;
  const data = syntheticClassification(n, k, 17);
  const units = classificationUnits(data.y, data.base, data.head, k);
  const evaluate = classificationDeltaStatistic(units, k);
  const run = (method: 'multinomial' | 'hash32-rows', resamples = 2000, sliceName = 'overall') =>
    pairedBootstrap({
      units: units.multiplicity,
      evaluate,
      resamples,
      sliceName,
      method,
      rowUnit: units.rowUnit,
    });

  test('multinomial and row resampling give the same CIs within Monte-Carlo tolerance', () => {
    const multi = run('multinomial');
    const rows = run('hash32-rows');
    expect(Array.from(multi.point)).toEqual(Array.from(rows.point));
    for (let d = 0; d < 2; d++) {
      const a = summarizeDelta(multi.samples[d], multi.point[d]);
      const b = summarizeDelta(rows.samples[d], rows.point[d]);
      const se = b.bootSe;
      // each CI bound has Monte-Carlo sd ~0.06 se at B = 2000; allow 0.35 se for the difference
      expect(Math.abs(a.ciLow - b.ciLow)).toBeLessThan(0.35 * se);
      expect(Math.abs(a.ciHigh - b.ciHigh)).toBeLessThan(0.35 * se);
      expect(Math.abs(a.bootSe / b.bootSe - 1)).toBeLessThan(0.1);
      expect(Math.abs(a.bootMean - b.bootMean)).toBeLessThan(0.15 * se);
    }
  });

  test('is deterministic: same inputs give bit-identical samples', () => {
    for (const method of ['multinomial', 'hash32-rows'] as const) {
      const a = run(method, 200);
      const b = run(method, 200);
      for (let d = 0; d < 2; d++) {
        expect(Buffer.from(a.samples[d].buffer).equals(Buffer.from(b.samples[d].buffer))).toBe(true);
      }
    }
  });

  test('resample b does not depend on B, and slices get different streams', () => {
    for (const method of ['multinomial', 'hash32-rows'] as const) {
      const short = run(method, 50);
      const long = run(method, 120);
      expect(Array.from(long.samples[0].subarray(0, 50))).toEqual(Array.from(short.samples[0]));
      const other = run(method, 50, 'language=de');
      expect(Array.from(other.samples[0])).not.toEqual(Array.from(short.samples[0]));
    }
  });

  test('pins the first multinomial resample values (portable across machines)', () => {
    const { samples } = run('multinomial', 3);
    expect(Array.from(samples[1], (x) => x * n)).toEqual(PINNED_ACCURACY_DELTA_COUNTS);
  });

  test('rejects inconsistent inputs with messages that name the problem', () => {
    const base = { units: units.multiplicity, evaluate, sliceName: 'overall' };
    expect(() => pairedBootstrap({ ...base, method: 'hash32-rows' })).toThrow(/needs rowUnit/);
    expect(() => pairedBootstrap({ ...base, method: 'hash32-rows', rowUnit: new Uint32Array(3) })).toThrow(
      /rowUnit has 3 rows but the unit multiplicities sum to 2000/,
    );
    expect(() => pairedBootstrap({ ...base, method: 'multinomial', resamples: 0 })).toThrow(/resamples/);
    expect(() =>
      pairedBootstrap({ units: Float64Array.from([1.5]), evaluate, sliceName: 's', method: 'multinomial' }),
    ).toThrow(/non-negative integers/);
    let calls = 0;
    const unstable = () => new Float64Array(calls++ === 0 ? 2 : 1);
    expect(() => pairedBootstrap({ ...base, evaluate: unstable, method: 'multinomial' })).toThrow(
      /evaluate returned 1 deltas on resample 0/,
    );
  });

  test('the bootstrap SE of a mean statistic matches its analytic value', () => {
    // one value per row: unit = row; statistic = weighted mean; SE -> sd / sqrt(n)
    const values = Float64Array.from({ length: 400 }, (_, i) => Math.sin(i) * 3);
    const { multiplicity } = groupUnits(Float64Array.from({ length: 400 }, (_, i) => i));
    const weightedMean = (w: Float64Array) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) s += w[i] * values[i];
      return Float64Array.of(s / 400);
    };
    const { samples } = pairedBootstrap({
      units: multiplicity,
      evaluate: weightedMean,
      resamples: 4000,
      sliceName: 'rows',
      method: 'multinomial',
    });
    const analytic = standardDeviation(values, 0) / Math.sqrt(400);
    expect(Math.abs(standardDeviation(samples[0]) / analytic - 1)).toBeLessThan(0.05);
  });
});

const PINNED_ACCURACY_DELTA_COUNTS = [93, 61, 96];
