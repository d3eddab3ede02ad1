import { describe, expect, test } from '@jest/globals';
import {
  LARGE_SLICE_MIN_N,
  LARGE_SLICE_MIN_SUPPORT,
  jackknife,
  linearizedScore,
  needsResampling,
  pairedDeltaIntervals,
  type PairedUnitProblem,
} from '../../src/stats/index.js';
import { mulberry32 } from '../helpers/seeded-random.js';
import { countsProblem } from '../../src/tasks/classification/resample.js';
import type { ClassificationCountsData } from '../../src/tasks/task-family.js';

/**
 * Large classification slices (issue #15): the one-example changes of the count problem, one evaluation per
 * confusion cell, are the per-unit jackknife's values bit for bit, so a slice gets the same interval
 * whichever way they are computed; above 1,024 units they let a slice skip the bootstrap when it has
 * LARGE_SLICE_MIN_N examples and every class LARGE_SLICE_MIN_SUPPORT true examples.
 */
const METRICS = ['accuracy', 'macro_f1', 'weighted_f1', 'micro_f1', 'balanced_accuracy', 'macro_precision'];

/** n examples over k classes grouped into (true, base, head) units; `rare` extra examples of class k − 1. */
function problemData(
  n: number,
  k: number,
  seed: number,
  options: { spread?: number; redraw?: number; rare?: number; focus?: number } = {},
): ClassificationCountsData {
  const random = mulberry32(seed);
  const spread = options.spread ?? 0.3;
  const counts = new Map<number, number>();
  const w = k + 1;
  const add = (t: number, b: number, h: number) => {
    const s = (t * w + b) * w + h;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  for (let i = 0; i < n - (options.rare ?? 0); i++) {
    const t = Math.floor(random() * (k - 1));
    const guess = () => (random() < spread ? Math.floor(random() * w) : t); // k: no prediction
    const b = guess();
    add(t, b, random() < (options.redraw ?? 0.2) ? guess() : b);
  }
  for (let i = 0; i < (options.rare ?? 0); i++) add(k - 1, k - 1, i === 0 ? 0 : k - 1);
  const states = [...counts.keys()].sort((a, b) => a - b);
  const ut = new Int32Array(states.length);
  const ub = new Int32Array(states.length);
  const uh = new Int32Array(states.length);
  states.forEach((s, u) => {
    uh[u] = s % w;
    ub[u] = Math.floor(s / w) % w;
    ut[u] = Math.floor(s / w / w);
  });
  return {
    kind: 'classification-counts',
    k,
    ut,
    ub,
    uh,
    units: Float64Array.from(states, (s) => counts.get(s)!),
    rowUnit: new Uint32Array(0),
    metrics: METRICS,
    focus: options.focus,
  };
}

const intervals = (problem: PairedUnitProblem) =>
  pairedDeltaIntervals({
    sliceName: 'slice',
    metrics: METRICS,
    problem,
    resamples: 200,
    seed: 12345,
    method: 'multinomial',
    level: 0.95,
  });
const methods = (problem: PairedUnitProblem) => [...intervals(problem).values()].map((i) => i.method);

describe('one-example changes of the classification count problem', () => {
  test.each([
    ['all classes', undefined],
    ['a label slice', 3],
  ])('equal evaluate() at the changed weights, bit for bit (%s)', (_, focus) => {
    const problem = countsProblem(problemData(3000, 12, 7, { focus }));
    const M = METRICS.length;
    const weights = Float64Array.from(problem.units);
    for (const change of [-1, 1] as const) {
      const changed = problem.influence!.oneExample(change);
      for (let u = 0; u < weights.length; u++) {
        weights[u] += change;
        const want = Array.from(problem.evaluate(weights));
        weights[u] -= change;
        expect(Array.from(changed.subarray(u * 2 * M, (u + 1) * 2 * M))).toEqual(want);
      }
    }
  });

  test('a slice of at most 1,024 units gets the same bytes with or without them', () => {
    const problem = countsProblem(problemData(5000, 8, 11));
    expect(problem.units.length).toBeLessThanOrEqual(1024);
    const fast = intervals(problem);
    expect(intervals({ ...problem, influence: undefined })).toEqual(fast);
    expect(fast.get('macro_f1')!.method).toBe('jackknife-score');
  });

  test("a large slice's interval is the linearized score interval of the ungrouped jackknife", () => {
    const problem = countsProblem(problemData(20000, 20, 3, { spread: 0.6, rare: 40 }));
    expect(problem.units.length).toBeGreaterThan(1024);
    const M = METRICS.length;
    const j = METRICS.indexOf('macro_f1');
    const stat = (w: Float64Array) => {
      const v = problem.evaluate(w);
      return Float64Array.of(v[M + j] - v[j]);
    };
    const U = problem.units.length;
    const without = jackknife(problem.units, stat, 1, U);
    const withOne = jackknife(problem.units, stat, 1, U, 1);
    const s = linearizedScore(
      stat(problem.units)[0],
      20000,
      without.weight,
      without.values[0],
      withOne.values[0],
    );
    const got = intervals(problem).get('macro_f1')!;
    expect(got).toEqual({
      method: 'jackknife-score',
      low: s!.low,
      high: s!.high,
      se: s!.se,
      pBelowZero: s!.pBelowZero,
      pAboveZero: s!.pAboveZero,
    });
  });
});

describe('which large slices skip the bootstrap', () => {
  test(`≥ ${LARGE_SLICE_MIN_N} examples with every class ≥ ${LARGE_SLICE_MIN_SUPPORT}: no resampling`, () => {
    const problem = countsProblem(problemData(20000, 20, 3, { spread: 0.6, rare: 40 }));
    expect(problem.units.length).toBeGreaterThan(1024);
    expect(problem.influence!.smallestSupport).toBe(40);
    expect(needsResampling(METRICS, problem)).toBe(false);
    expect(methods(problem)).toEqual(['tango-score', ...Array(5).fill('jackknife-score')]);
    // a budget-like metric that must be bootstrapped still is
    expect(needsResampling(METRICS, problem, (m) => m === 'weighted_f1')).toBe(true);
    // without the one-example changes the slice is bootstrapped, as before
    expect(needsResampling(METRICS, { ...problem, influence: undefined })).toBe(true);
  });

  test(`a class with fewer than ${LARGE_SLICE_MIN_SUPPORT} true examples keeps the bootstrap`, () => {
    const problem = countsProblem(problemData(20000, 20, 3, { spread: 0.6, rare: 19 }));
    expect(problem.influence!.smallestSupport).toBe(19);
    expect(needsResampling(METRICS, problem)).toBe(true);
    expect(methods(problem)).toEqual(['tango-score', ...Array(5).fill('bca-bootstrap')]);
  });

  test('a class only predicted (no true example) counts as support 0', () => {
    const data = problemData(20000, 20, 3, { spread: 0.6 }); // class 19 is predicted, never true
    expect(countsProblem(data).influence!.smallestSupport).toBe(0);
  });

  test(`fewer than ${LARGE_SLICE_MIN_N} examples over more than 1,024 units keeps the bootstrap`, () => {
    const problem = countsProblem(
      problemData(LARGE_SLICE_MIN_N - 1, 20, 5, { spread: 0.95, redraw: 1, rare: 40 }),
    );
    expect(problem.units.length).toBeGreaterThan(1024);
    expect(problem.influence!.smallestSupport).toBeGreaterThanOrEqual(LARGE_SLICE_MIN_SUPPORT);
    expect(needsResampling(METRICS, problem)).toBe(true);
  });
});
