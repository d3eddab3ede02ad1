import { sliceOf } from '../result/slice-index.js';
import type { ResolvedComparisonSettings } from '../spec/config.js';
import type { SuiteComparison } from '../generated/comparison.js';
import type { SuiteResult } from '../generated/result.js';
import type { ExampleTable, TaskFamily, WeightedProblem } from '../tasks/task-family.js';
import { metricDef } from '../tasks/registry.js';
import type { Alignment } from './examples.js';
import { pairedRows } from './slice-rows.js';
import {
  MIN_PAIRS,
  TOO_FEW,
  describeMethod,
  multinomialWeights,
  needsResampling,
  normalPValueBelowZero,
  pairedBootstrap,
  pairedDeltaIntervals,
  resampleUniform,
  summarizeDelta,
  unitOrderLargestFirst,
} from '../stats/index.js';

/** Intervals of head − base per slice and metric: paired on shared examples, else unpaired. */

/** A delta's interval, as the gates use it. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly se: number;
  /** One-sided p-value that head is worse than base (direction-aware), consistent with [low, high]. */
  readonly pWorse: number;
  /** How it was computed, in a few words ("Tango score interval", "BCa bootstrap, 1000 resamples"). */
  readonly method: string;
}

/** A delta that gets no interval, and why (e.g. too few examples for any method to hold its level). */
export interface NoInterval {
  readonly method: string;
  readonly reason: string;
}

export type SliceInterval = Interval | NoInterval;

export const hasBounds = (i: SliceInterval | null | undefined): i is Interval => !!i && 'low' in i;
/**
 * Lets a caller supply the intervals of paired slices (compareResultsParallel computes them on worker
 * threads); undefined from `paired` means "compute it here".
 */
export interface IntervalSource {
  /** Intervals already computed for this slice, looked up before its problem is built. */
  known?(suite: string, key: string, metrics: readonly string[]): Map<string, SliceInterval> | undefined;
  paired?(
    suite: string,
    key: string,
    metrics: readonly string[],
    problem: WeightedProblem,
    sliceN: number,
  ): Map<string, SliceInterval> | undefined;
}
/** Bootstrap intervals of head − base for the given metrics on one slice. */
export function bootstrapSlice(
  key: string,
  metrics: string[],
  family: TaskFamily,
  base: SuiteResult,
  head: SuiteResult,
  alignment: Alignment | null,
  baseTable: ExampleTable | null,
  headTable: ExampleTable | null,
  pairing: SuiteComparison['pairing'],
  settings: ResolvedComparisonSettings,
  intervalSource: IntervalSource | undefined,
): Map<string, SliceInterval> | null {
  const headSlice = sliceOf(head, key)!;
  const baseSlice = sliceOf(base, key)!;
  let deltas: Float64Array[];
  let points: Float64Array;
  let sliceN = Math.min(headSlice.n, baseSlice.n);
  if (pairing === 'paired' && alignment && baseTable && headTable) {
    const known = intervalSource?.known?.(head.name, key, metrics);
    if (known !== undefined) return known;
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, headSlice);
    if (headRows.length === 0) return null;
    sliceN = headRows.length;
    const problem = family.paired({
      baseSuite: base,
      headSuite: head,
      slice: headSlice,
      metrics,
      base: baseTable,
      head: headTable,
      baseRows,
      headRows,
    });
    const supplied = intervalSource?.paired?.(head.name, key, metrics, problem, sliceN);
    if (supplied !== undefined) return supplied;
    return pairedIntervals(key, metrics, problem, sliceN, settings);
  } else if (pairing === 'unpaired') {
    const problems = family.unpaired({
      baseSuite: base,
      headSuite: head,
      base: baseSlice,
      head: headSlice,
      metrics,
    });
    if (!problems) return null;
    ({ deltas, points } = unpairedBootstrap(key, metrics.length, problems, settings));
  } else return null;
  return intervalsFrom(metrics, deltas, points, sliceN, settings);
}

/** Budgets (latency, cost, their quantiles) are bootstrapped whatever the slice size (slice-intervals.ts). */
const bootstrapOnly = (metric: string): boolean => ['ms', 'usd'].includes(metricDef(metric)?.unit ?? '');

/** Whether pairedIntervals draws resamples for this slice (else its intervals are analytic and cheap). */
export function pairedNeedsResampling(
  metrics: readonly string[],
  problem: WeightedProblem,
  settings: ResolvedComparisonSettings,
): boolean {
  return settings.method === 'rows' || needsResampling(metrics, problem, bootstrapOnly);
}

/** Paired bootstrap of one slice's problem, summarised into an interval per metric. */
export function pairedIntervals(
  key: string,
  metrics: readonly string[],
  problem: WeightedProblem,
  sliceN: number,
  settings: ResolvedComparisonSettings,
): Map<string, SliceInterval> {
  // method: rows reproduces the refbench reference (ref_eval.py --rng hash32): its percentile bootstrap
  if (settings.method === 'rows') {
    const { deltas, points } = refbenchBootstrap(key, metrics.length, problem, settings);
    return intervalsFrom(metrics, deltas, points, sliceN, settings, 'percentile bootstrap (refbench rows)');
  }
  // Tango / linearized score intervals, BCa bootstrap on large slices (stats/slice-intervals.ts)
  const found = pairedDeltaIntervals({
    sliceName: key,
    metrics,
    problem,
    resamples: settings.resamples,
    seed: settings.seed,
    method: 'multinomial',
    level: settings.confidence,
    bootstrapOnly,
  });
  const out = new Map<string, SliceInterval>();
  for (const [metric, d] of found) {
    const method = describeMethod(d.method, settings.resamples);
    if ('reason' in d) out.set(metric, { method, reason: d.reason });
    else {
      const pWorse = metricDef(metric)?.direction === 'lower' ? d.pAboveZero : d.pBelowZero;
      out.set(metric, { low: d.low, high: d.high, se: d.se, pWorse, method });
    }
  }
  return out;
}

/** The refbench rows bootstrap of a paired problem: each metric's head − base draws and point delta. */
function refbenchBootstrap(
  key: string,
  m: number,
  problem: WeightedProblem,
  settings: ResolvedComparisonSettings,
): { deltas: Float64Array[]; points: Float64Array } {
  const result = pairedBootstrap({
    units: problem.units,
    rowUnit: problem.rowUnit,
    evaluate: problem.evaluate,
    resamples: settings.resamples,
    seed: settings.seed,
    sliceName: key,
    method: 'hash32-rows',
  });
  const deltas = Array.from({ length: m }, (_, j) =>
    result.samples[m + j].map((hv, b) => hv - result.samples[j][b]),
  );
  const points = Float64Array.from({ length: m }, (_, j) => result.point[m + j] - result.point[j]);
  return { deltas, points };
}

function intervalsFrom(
  metrics: readonly string[],
  deltas: Float64Array[],
  points: Float64Array,
  sliceN: number,
  settings: ResolvedComparisonSettings,
  kind = 'unpaired percentile bootstrap',
): Map<string, SliceInterval> {
  const out = new Map<string, SliceInterval>();
  metrics.forEach((metric, j) => {
    const method = `${kind}, ${settings.resamples} resamples`;
    if (sliceN < MIN_PAIRS) return out.set(metric, { method, reason: TOO_FEW });
    const s = summarizeDelta(deltas[j], points[j], settings.confidence);
    const def = metricDef(metric);
    // One-sided p-value that head is worse, from the bootstrap standard error. Proportions move in steps
    // of about 1/n, and a normal tail over such steps is too eager on small discordant counts (McNemar's
    // problem): half a step of continuity correction keeps the family-wise false-alarm rate at its level.
    const worse = def?.direction === 'lower' ? points[j] : -points[j];
    const step = def?.unit === 'proportion' && sliceN > 0 ? 0.5 / sliceN : 0;
    const pWorse = normalPValueBelowZero(-(worse - step), s.bootSe);
    out.set(metric, { low: s.ciLow, high: s.ciHigh, se: s.bootSe, pWorse, method });
  });
  return out;
}

function unpairedBootstrap(
  key: string,
  m: number,
  problems: { base: WeightedProblem; head: WeightedProblem },
  settings: ResolvedComparisonSettings,
): { deltas: Float64Array[]; points: Float64Array } {
  const sides = [problems.base, problems.head].map((p) => ({
    p,
    n: p.units.reduce((a, b) => a + b, 0),
    order: unitOrderLargestFirst(p.units),
  }));
  const pointB = Float64Array.from(problems.base.evaluate(problems.base.units));
  const pointH = Float64Array.from(problems.head.evaluate(problems.head.units));
  const points = Float64Array.from({ length: m }, (_, j) => pointH[m + j] - pointB[j]);
  const deltas = Array.from({ length: m }, () => new Float64Array(settings.resamples));
  for (let b = 0; b < settings.resamples; b++) {
    const wb = multinomialWeights(
      sides[0].p.units,
      sides[0].n,
      resampleUniform(settings.seed, `${key}#base`, b),
      sides[0].order,
    );
    const vb = Float64Array.from(sides[0].p.evaluate(wb));
    const wh = multinomialWeights(
      sides[1].p.units,
      sides[1].n,
      resampleUniform(settings.seed, `${key}#head`, b),
      sides[1].order,
    );
    const vh = sides[1].p.evaluate(wh);
    for (let j = 0; j < m; j++) deltas[j][b] = vh[m + j] - vb[j];
  }
  return { deltas, points };
}
