import type { ResolvedSuite } from '../spec/config.js';
import type { SliceResult, SuiteResult } from '../generated/result.js';
import type { IdList } from '../util/id-list.js';
import type { Typed } from '../result/columns.js';
import type { MetricDef } from './metric-def.js';
import type { PairedOutcomes } from '../stats/paired-score.js';
import type { UnitInfluence } from '../stats/slice-intervals.js';

/** A result's per-example records, decoded: ids and typed columns in golden order. */
export interface ExampleTable {
  readonly n: number;
  readonly ids: IdList;
  readonly columns: ReadonlyMap<string, Typed>;
}

/**
 * A bootstrap problem for one slice: units with multiplicities (rows grouped into distinct states when
 * that is exact, else one unit per row), the unit of each row in golden order, and a function from unit
 * weights to the metric values — base values first, then head values, in the order of `metrics`.
 */
export interface WeightedProblem {
  readonly units: Float64Array;
  readonly rowUnit: Uint32Array;
  readonly evaluate: (weights: Float64Array) => Float64Array;
  /**
   * The problem as plain data, when it can be rebuilt elsewhere (problemFromData): such problems are
   * bootstrapped on worker threads, one slice per task.
   */
  readonly data?: ProblemData;
  /**
   * Per-unit 0/1 outcomes of `metric` when it is the mean of a 0/1 outcome per example (accuracy, a
   * class's recall): such deltas get a paired score interval from the discordant counts. Null otherwise.
   */
  readonly outcomes?: (metric: string) => PairedOutcomes | null;
  /** `evaluate` is random beyond the weights (inner resampling): intervals must come from the bootstrap. */
  readonly resampleOnly?: boolean;
  /**
   * evaluate() with one example of any unit removed or added, cheaply and bit-identically: lets large slices
   * take the linearized score interval instead of the bootstrap (stats/slice-intervals.ts).
   */
  readonly influence?: UnitInfluence;
}

/** One unit per paired row, each of weight 1: a problem that resamples the rows themselves. */
export function unitPerRow(n: number): { units: Float64Array; rowUnit: Uint32Array } {
  return { units: new Float64Array(n).fill(1), rowUnit: Uint32Array.from({ length: n }, (_, i) => i) };
}

/** Classification count metrics over (true, base, head) states: all a worker needs to rebuild `evaluate`. */
export interface ClassificationCountsData {
  readonly kind: 'classification-counts';
  readonly k: number;
  readonly ut: Int32Array;
  readonly ub: Int32Array;
  readonly uh: Int32Array;
  readonly units: Float64Array;
  readonly rowUnit: Uint32Array;
  readonly metrics: readonly string[];
  readonly focus: number | undefined;
}

export type ProblemData = ClassificationCountsData;

export interface PairedInput {
  readonly baseSuite: SuiteResult;
  readonly headSuite: SuiteResult;
  readonly slice: SliceResult;
  readonly metrics: readonly string[];
  readonly base: ExampleTable;
  readonly head: ExampleTable;
  /** Paired rows of the slice: base row and head row of the same example. */
  readonly baseRows: Int32Array;
  readonly headRows: Int32Array;
}

export interface UnpairedInput {
  readonly baseSuite: SuiteResult;
  readonly headSuite: SuiteResult;
  readonly base: SliceResult;
  readonly head: SliceResult;
  readonly metrics: readonly string[];
}

/** One task family: its metrics, how it evaluates a suite, and how its metrics are resampled. */
export interface TaskFamily {
  readonly metrics: readonly MetricDef[];
  evaluate(suite: ResolvedSuite, log: (line: string) => void): Promise<SuiteResult>;
  /** Metrics (of `metrics`) this family can resample; others get no interval. */
  resamplable(metric: string, slice: SliceResult): boolean;
  paired(input: PairedInput): WeightedProblem;
  /** From each side's sufficient statistics alone; null when the statistics cannot be resampled. */
  unpaired(input: UnpairedInput): { base: WeightedProblem; head: WeightedProblem } | null;
}
