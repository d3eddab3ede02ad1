import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { SliceResult, SuiteResult } from '../../src/generated/result.js';
import { pairedDeltaIntervals, type DeltaInterval } from '../../src/stats/slice-intervals.js';
import { pairedClassification } from '../../src/tasks/classification/resample.js';
import type { ExampleTable } from '../../src/tasks/task-family.js';
import { arrayIds } from '../../src/util/id-list.js';

/**
 * The paired score intervals against an independent implementation (issue #16):
 * __tests__/fixtures/stats/make_paired_intervals.py recomputes, from the label lists alone, Tango's
 * interval of the accuracy delta (restricted MLE by numerical search, not the closed form) and the
 * linearized score interval of the macro-F1 delta (scikit-learn's macro-F1 over every leave-one-out and
 * add-one set of examples, not over collapsed units). The product builds the same golden sets through
 * the classification family's paired problem.
 */
interface Bounds {
  low: number;
  high: number;
  se: number;
  p_below: number;
  p_above: number;
}
interface Case {
  name: string;
  truth: number[];
  base: number[];
  head: number[];
  accuracy: Bounds;
  macro_f1: Bounds | null;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/stats/paired_intervals.json', import.meta.url), 'utf8'),
) as { classes: number; level: number; cases: Case[] };

function intervalsOf(c: Case) {
  const n = c.truth.length;
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const table = (pred: number[]): ExampleTable => ({
    n,
    ids: arrayIds([]),
    columns: new Map([
      ['truth', Int32Array.from(c.truth)],
      ['pred', Int32Array.from(pred)],
    ]),
  });
  const suite = {
    task_type: 'single_label',
    labels: Array.from({ length: fixture.classes }, (_, k) => String(k)),
    slices: [],
  } as unknown as SuiteResult;
  const metrics = ['accuracy', 'macro_f1'];
  const problem = pairedClassification({
    slice: { kind: 'overall', key: 'overall', n } as unknown as SliceResult,
    baseRows: rows,
    headRows: rows,
    metrics,
    baseSuite: suite,
    headSuite: suite,
    base: table(c.base),
    head: table(c.head),
  });
  return pairedDeltaIntervals({
    sliceName: 'overall',
    metrics,
    problem,
    resamples: 1000,
    seed: 1,
    method: 'multinomial',
    level: fixture.level,
  });
}

function expectBounds(got: unknown, want: Bounds) {
  const d = got as DeltaInterval;
  expect(d.low).toBeCloseTo(want.low, 9);
  expect(d.high).toBeCloseTo(want.high, 9);
  expect(d.se).toBeCloseTo(want.se, 12);
  expect(d.pBelowZero).toBeCloseTo(want.p_below, 9);
  expect(d.pAboveZero).toBeCloseTo(want.p_above, 9);
}

describe('paired score intervals = the independent reference (make_paired_intervals.py)', () => {
  test.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = intervalsOf(c);
    expect(out.get('accuracy')!.method).toBe('tango-score');
    expectBounds(out.get('accuracy'), c.accuracy);
    const f1 = out.get('macro_f1')!;
    expect(f1.method).toBe('jackknife-score');
    if (c.macro_f1 === null) expect(f1).toHaveProperty('reason');
    else expectBounds(f1, c.macro_f1);
  });
});
