/**
 * Intervals of a slice's paired deltas, one method per metric:
 * - a metric that is the mean of a 0/1 outcome per example (the problem exposes its per-unit outcomes):
 *   Tango's score interval from the discordant counts (paired-score.ts);
 * - any other metric on a slice of at most JACKKNIFE_MAX_UNITS units, or on a large slice whose problem
 *   gives its one-example changes cheaply (`influence`) and passes the large-slice conditions
 *   (LARGE_SLICE_MIN_N examples, every class behind the metric at least LARGE_SLICE_MIN_SUPPORT): the score
 *   interval of its linearized delta (linearized-score.ts), one leave-one-out and one add-one value per unit;
 * - any other metric on a larger slice: the paired bootstrap's draws with BCa bias correction and
 *   grouped-jackknife acceleration (bca.ts). Only this case resamples.
 * Below MIN_PAIRS examples, or when nothing moves the delta (no discordant example for a ratio-type
 * metric, a degenerate bootstrap), the metric gets no interval and a reason instead of a narrow interval
 * that would not hold its level.
 */
import { ACCELERATION_GROUPS, JACKKNIFE_MAX_UNITS, accelerationOf, bcaSummary, jackknife } from './bca.js';
import { linearizedScore } from './linearized-score.js';
import { discordanceOf, tangoInterval, tangoPBelowZero, type PairedOutcomes } from './paired-score.js';
import { pairedBootstrap, type ResampleMethod } from './resample.js';

/**
 * Fewest paired examples (in the metric's denominator) for which an interval is given. The coverage
 * simulation (docs/bootstrap.md) holds 95 ± 2% from n = 50; at n = 20 Tango still holds its level while
 * BCa of macro-F1 falls to ~90% — below 20 neither is reported.
 */
export const MIN_PAIRS = 20;
export const TOO_FEW = 'too few examples to bound this metric';

export type IntervalMethod = 'tango-score' | 'jackknife-score' | 'bca-bootstrap';

/**
 * Large slices (more than JACKKNIFE_MAX_UNITS units) take the linearized score interval instead of the
 * bootstrap from this many paired examples on, when the problem offers `influence`. There a 1,000-draw BCa
 * interval is no more accurate than the first-order one: the Monte-Carlo error of its endpoints (≈ 0.12
 * standard errors: the 2.5% / 97.5% order statistics and z0) is as large as the bias and skewness
 * correction it adds (O(1/√n)). In the 20-class coverage simulation the linearized interval held 95 ± 1%
 * from n = 500 to 5,000 and BCa never did better; 2,000 is a conservative cut (docs/bootstrap.md).
 */
export const LARGE_SLICE_MIN_N = 2000;
/**
 * ... and when every class behind the metric (true or predicted on either side) has at least this many true
 * examples: an F1 over a handful of examples is a ratio far from normal, and a class that only one side
 * predicts can appear in or vanish from a macro average (docs/bootstrap.md, large slices).
 */
export const LARGE_SLICE_MIN_SUPPORT = 20;

/**
 * What a problem whose metrics come from a few sufficient counts offers the linearized interval: the
 * values evaluate() would give with one example of each unit removed or added, without re-evaluating from
 * scratch (for classification, one evaluation per distinct confusion cell), so the interval costs O(U)
 * whatever the number of units.
 */
export interface UnitInfluence {
  /** Row-major [unit][2M]: evaluate(units with one example of unit u removed (−1) or added (+1)). */
  oneExample(change: -1 | 1): Float64Array;
  /** Fewest true examples of any class behind the metrics (0 when a class is only predicted). */
  readonly smallestSupport: number;
}

/** What a slice's paired problem offers the interval methods (a WeightedProblem fits). */
export interface PairedUnitProblem {
  readonly units: Float64Array;
  readonly rowUnit: Uint32Array;
  /** Base values then head values, in the order of the metrics. */
  readonly evaluate: (weights: Float64Array) => Float64Array;
  /** Per-unit 0/1 outcomes when the metric is the mean of one, else null/absent. */
  readonly outcomes?: (metric: string) => PairedOutcomes | null;
  /** evaluate is random beyond the weights: no jackknife, the bootstrap (BCa) for every metric. */
  readonly resampleOnly?: boolean;
  /** Exact one-example changes at O(1) per unit; must agree bit for bit with evaluate. */
  readonly influence?: UnitInfluence;
}

export interface DeltaInterval {
  readonly method: IntervalMethod;
  readonly low: number;
  readonly high: number;
  /** Standard error of the delta (Tango: the paired difference's; jackknife; BCa: the bootstrap's). */
  readonly se: number;
  /** One-sided p-values of Δ < 0 and Δ > 0, each consistent with the interval. */
  readonly pBelowZero: number;
  readonly pAboveZero: number;
}

export interface NoDeltaInterval {
  readonly method: IntervalMethod;
  readonly reason: string;
}

export interface SliceIntervalOptions {
  readonly sliceName: string;
  readonly metrics: readonly string[];
  readonly problem: PairedUnitProblem;
  readonly resamples: number;
  readonly seed: number;
  readonly method: ResampleMethod;
  readonly level: number;
  /**
   * Metrics to bootstrap (BCa) whatever the slice size: quantiles, whose jackknife is inconsistent, and
   * budgets (latency, cost) whose per-example shifts are not discordances.
   */
  readonly bootstrapOnly?: (metric: string) => boolean;
}

/** A short description of each method, for report footnotes. */
export function describeMethod(method: IntervalMethod, resamples: number): string {
  if (method === 'tango-score') return 'Tango score interval';
  if (method === 'jackknife-score')
    return 'score interval of the linearized delta, leave-one-out and add-one';
  return `BCa bootstrap, ${resamples} resamples`;
}

/** Whether the problem's non-0/1 metrics get the linearized score interval (see the module comment). */
function linearizable(problem: PairedUnitProblem): boolean {
  if (problem.resampleOnly) return false;
  if (problem.units.length <= JACKKNIFE_MAX_UNITS) return true;
  const influence = problem.influence;
  if (!influence || influence.smallestSupport < LARGE_SLICE_MIN_SUPPORT) return false;
  let n = 0;
  for (let u = 0; u < problem.units.length; u++) n += problem.units[u];
  return n >= LARGE_SLICE_MIN_N;
}

/**
 * Whether pairedDeltaIntervals would draw bootstrap resamples for any of these metrics (the callers that
 * farm resampling out to worker threads skip the slices that need none).
 */
export function needsResampling(
  metrics: readonly string[],
  problem: PairedUnitProblem,
  bootstrapOnly?: (metric: string) => boolean,
): boolean {
  const rest = metrics.filter((m) => !problem.outcomes?.(m));
  if (rest.length === 0) return false;
  let n = 0;
  for (let u = 0; u < problem.units.length; u++) n += problem.units[u];
  if (n < MIN_PAIRS) return false;
  return !linearizable(problem) || rest.some((m) => bootstrapOnly?.(m));
}

export function pairedDeltaIntervals(
  options: SliceIntervalOptions,
): Map<string, DeltaInterval | NoDeltaInterval> {
  const { metrics, problem, level } = options;
  const out = new Map<string, DeltaInterval | NoDeltaInterval>();
  const rest: number[] = [];
  metrics.forEach((metric, j) => {
    const outcomes = problem.outcomes?.(metric) ?? null;
    if (!outcomes) return rest.push(j);
    const d = discordanceOf(problem.units, outcomes);
    if (d.n < MIN_PAIRS) return out.set(metric, { method: 'tango-score', reason: TOO_FEW });
    const [low, high] = tangoInterval(d, level);
    const diff = (d.gains - d.losses) / d.n;
    const se = Math.sqrt(Math.max(0, (d.gains + d.losses) / d.n - diff * diff) / d.n);
    out.set(metric, {
      method: 'tango-score',
      low,
      high,
      se,
      pBelowZero: tangoPBelowZero(d),
      pAboveZero: tangoPBelowZero({ n: d.n, gains: d.losses, losses: d.gains }),
    });
  });
  const scored = linearizable(problem);
  const linear = rest.filter((j) => scored && !options.bootstrapOnly?.(metrics[j]));
  const boot = rest.filter((j) => !linear.includes(j));
  for (const [method, group] of [
    ['jackknife-score', linear],
    ['bca-bootstrap', boot],
  ] as const) {
    if (group.length) nonProportionIntervals(options, method, group, out);
  }
  // metrics in their given order, whatever the method
  return new Map(metrics.map((m) => [m, out.get(m)!]));
}

function nonProportionIntervals(
  options: SliceIntervalOptions,
  method: IntervalMethod,
  rest: readonly number[],
  out: Map<string, DeltaInterval | NoDeltaInterval>,
): void {
  const { metrics, problem, level } = options;
  const M = metrics.length;
  const units = problem.units;
  let n = 0;
  for (let u = 0; u < units.length; u++) n += units[u];
  const deltas = new Float64Array(rest.length);
  const statistic = (weights: Float64Array): Float64Array => {
    const v = problem.evaluate(weights);
    for (let i = 0; i < rest.length; i++) deltas[i] = v[M + rest[i]] - v[rest[i]];
    return deltas;
  };
  const none = { method, reason: TOO_FEW };
  const intervalOf = (s: Omit<DeltaInterval, 'method'> | null) =>
    s
      ? { method, low: s.low, high: s.high, se: s.se, pBelowZero: s.pBelowZero, pAboveZero: s.pAboveZero }
      : none;
  if (n < MIN_PAIRS) for (const j of rest) out.set(metrics[j], none);
  else if (method === 'jackknife-score') {
    const point = Float64Array.from(statistic(units));
    const influence = problem.influence;
    const without = influence
      ? changedDeltas(influence, -1, units, M, rest)
      : jackknife(units, statistic, rest.length);
    const withOne = influence
      ? changedDeltas(influence, 1, units, M, rest)
      : jackknife(units, statistic, rest.length, JACKKNIFE_MAX_UNITS, 1);
    rest.forEach((j, i) => {
      const s = linearizedScore(point[i], n, without.weight, without.values[i], withOne.values[i], level);
      out.set(metrics[j], intervalOf(s));
    });
  } else {
    const result = pairedBootstrap({
      units,
      rowUnit: problem.rowUnit,
      evaluate: statistic,
      resamples: options.resamples,
      seed: options.seed,
      sliceName: options.sliceName,
      method: options.method,
    });
    // a problem whose evaluate is random beyond the weights has no jackknife: bias correction only
    const jack = problem.resampleOnly ? null : jackknife(units, statistic, rest.length, ACCELERATION_GROUPS);
    rest.forEach((j, i) => {
      const a = jack ? accelerationOf(jack.weight, jack.values[i]) : 0;
      out.set(metrics[j], intervalOf(bcaSummary(result.samples[i], result.point[i], a, level)));
    });
  }
}

/** jackknife()'s ungrouped result, from the problem's one-example changes: the same values, bit for bit. */
function changedDeltas(
  influence: UnitInfluence,
  change: -1 | 1,
  units: Float64Array,
  M: number,
  rest: readonly number[],
): { weight: Float64Array; values: Float64Array[] } {
  const U = units.length;
  const changed = influence.oneExample(change);
  const weight = new Float64Array(U);
  const values = rest.map(() => new Float64Array(U).fill(NaN));
  for (let u = 0; u < U; u++) {
    if (!(units[u] > 0)) continue;
    weight[u] = units[u];
    const row = u * 2 * M;
    rest.forEach((j, i) => (values[i][u] = changed[row + M + j] - changed[row + j]));
  }
  return { weight, values };
}
