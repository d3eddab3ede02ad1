/**
 * One cell of the coverage simulation: `trials` golden sets of n examples drawn from a population
 * (coverage-population.ts), each compared through the product's own code — the task family's paired
 * problem (pairedClassification / pairedRanking / pairedGeneration) and compare's pairedIntervals — and
 * checked against the population's true delta.
 */
import type { ResolvedComparisonSettings } from '../../src/spec/config.js';
import type { SliceResult, SuiteResult } from '../../src/generated/result.js';
import { hasBounds, pairedIntervals } from '../../src/compare/intervals.js';
import type { ExampleTable, WeightedProblem } from '../../src/tasks/task-family.js';
import { arrayIds } from '../../src/util/id-list.js';
import { pairedClassification } from '../../src/tasks/classification/resample.js';
import { pairedGeneration } from '../../src/tasks/generation/resample.js';
import { pairedRanking } from '../../src/tasks/ranking/resample.js';
import {
  CLASSES,
  CLASSES_20,
  POPULATION_SIZE,
  classification20Example,
  classificationExample,
  generationExample,
  rankingExample,
  uniformAt,
} from './coverage-population.js';

export type SimTask = 'classification' | 'classification-20' | 'ranking' | 'generation';
export const TASK_METRICS: Record<SimTask, readonly string[]> = {
  classification: ['accuracy', 'macro_f1'],
  'classification-20': ['accuracy', 'macro_f1'],
  ranking: ['mrr@10'],
  generation: ['rougeL'],
};
const SAMPLE_STREAM = 77;

/** The key of a task's metric among the populations' true deltas (the 6-class metrics keep their bare names). */
export const truthKey = (task: SimTask, metric: string): string =>
  task === 'classification-20' ? `${task}:${metric}` : metric;

export interface CellResult {
  readonly trials: number;
  /** Trials with an interval (the others: "too few examples to bound this metric"). */
  readonly bounded: number;
  /** Bounded trials whose interval holds the true delta. */
  readonly covered: number;
  /** Intervals entirely below / above the true delta. */
  readonly missedLow: number;
  readonly missedHigh: number;
  readonly meanWidth: number;
  readonly method: string;
}

export const SIM_SETTINGS: ResolvedComparisonSettings = {
  resamples: 1000,
  confidence: 0.95,
  seed: 12345,
  method: 'multinomial',
  correction: 'holm',
};

function table(n: number, columns: Record<string, Float64Array | Int32Array>): ExampleTable {
  return { n, ids: arrayIds([]), columns: new Map(Object.entries(columns)) };
}

/** The paired problem of trial r's golden set, built by the family's own resampling code. */
export function trialProblem(task: SimTask, n: number, r: number): WeightedProblem {
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const index = (k: number) => Math.floor(uniformAt(SAMPLE_STREAM + n, r, k) * POPULATION_SIZE);
  const slice = { kind: 'overall', key: 'overall', n } as unknown as SliceResult;
  const input = { slice, baseRows: rows, headRows: rows, metrics: TASK_METRICS[task] };
  if (task === 'classification' || task === 'classification-20') {
    const [example, classes] =
      task === 'classification' ? [classificationExample, CLASSES] : [classification20Example, CLASSES_20];
    const truth = new Int32Array(n);
    const base = new Int32Array(n);
    const head = new Int32Array(n);
    for (let k = 0; k < n; k++) [truth[k], base[k], head[k]] = example(index(k));
    const suite = {
      task_type: 'single_label',
      labels: Array.from({ length: classes }, (_, c) => String(c)),
      slices: [],
    } as unknown as SuiteResult;
    return pairedClassification({
      ...input,
      baseSuite: suite,
      headSuite: suite,
      base: table(n, { truth, pred: base }),
      head: table(n, { truth, pred: head }),
    });
  }
  const suite = { slices: [] } as unknown as SuiteResult;
  if (task === 'ranking') {
    const base = new Float64Array(n);
    const head = new Float64Array(n);
    for (let k = 0; k < n; k++) [base[k], head[k]] = rankingExample(index(k));
    return pairedRanking({
      ...input,
      baseSuite: suite,
      headSuite: suite,
      base: table(n, { 'm.mrr@10': base }),
      head: table(n, { 'm.mrr@10': head }),
    });
  }
  // generation: the per-example ROUGE column holds [rouge1 F, rouge2 F, rougeL F]; only rougeL is used
  const base = new Float64Array(3 * n);
  const head = new Float64Array(3 * n);
  for (let k = 0; k < n; k++) [base[3 * k + 2], head[3 * k + 2]] = generationExample(index(k));
  return pairedGeneration({
    ...input,
    baseSuite: suite,
    headSuite: suite,
    base: table(n, { rouge: base }),
    head: table(n, { rouge: head }),
  });
}

/** Coverage of the paired intervals of `task`'s metrics over `trials` golden sets of n examples. */
export function coverageCell(
  task: SimTask,
  n: number,
  trials: number,
  truth: Record<string, number>,
  settings: ResolvedComparisonSettings = SIM_SETTINGS,
): Record<string, CellResult> {
  const metrics = TASK_METRICS[task];
  const acc = metrics.map(() => ({
    bounded: 0,
    covered: 0,
    missedLow: 0,
    missedHigh: 0,
    width: 0,
    method: '',
  }));
  for (let r = 0; r < trials; r++) {
    const intervals = pairedIntervals(`trial ${r}`, metrics, trialProblem(task, n, r), n, settings);
    metrics.forEach((m, j) => {
      const found = intervals.get(m)!;
      const a = acc[j];
      a.method = found.method;
      if (!hasBounds(found)) return;
      a.bounded++;
      a.width += found.high - found.low;
      const t = truth[truthKey(task, m)];
      if (found.high < t) a.missedLow++;
      else if (found.low > t) a.missedHigh++;
      else a.covered++;
    });
  }
  return Object.fromEntries(
    metrics.map((m, j) => {
      const { bounded, covered, missedLow, missedHigh, width, method } = acc[j];
      return [
        m,
        {
          trials,
          bounded,
          covered,
          missedLow,
          missedHigh,
          meanWidth: bounded ? width / bounded : NaN,
          method,
        },
      ];
    }),
  );
}
