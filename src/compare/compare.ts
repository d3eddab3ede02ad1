import { sliceOf } from '../result/slice-index.js';
import type { ResolvedComparisonSettings, ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type {
  Comparison,
  GateResult,
  SliceComparison,
  SuiteComparison,
  SuiteVerdict,
} from '../generated/comparison.js';
import type { EvalgateResult, SliceResult, SuiteResult } from '../generated/result.js';
import { selectSlices } from '../gates/select.js';
import { decideGates, type GateTest } from '../gates/decide.js';
import { comparisonVerdict, suiteVerdict, summarizeComparison } from '../gates/verdict.js';
import { FAMILIES } from '../tasks/families.js';
import type { ExampleTable, TaskFamily, WeightedProblem } from '../tasks/family.js';
import { metricDef } from '../tasks/registry.js';
import { TOOL_VERSION } from '../util/version.js';
import { alignExamples, decodeExamples, type Alignment } from './examples.js';
import { sliceRows } from './slice-rows.js';
import { suiteFlips } from './flips.js';
import {
  MIN_PAIRS,
  TOO_FEW,
  describeMethod,
  multinomialWeights,
  normalPValueBelowZero,
  pairedBootstrap,
  pairedDeltaIntervals,
  resampleUniform,
  summarizeDelta,
  unitOrderLargestFirst,
} from '../stats/index.js';

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
 * Compares a head result with a baseline result under `config` — the BASE branch's config, whose gates
 * and comparison settings are enforced. Pure and deterministic: equal inputs give equal output.
 */
export function compareResults(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
  options: { intervals?: IntervalSource } = {},
): Comparison {
  return compareWith(base, head, config, options.intervals);
}

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

function compareWith(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
  intervalSource: IntervalSource | undefined,
): Comparison {
  const settings = config.comparison;
  const suites = head.suites.map((headSuite) =>
    compareSuite(
      base.suites.find((s) => s.name === headSuite.name) ?? null,
      headSuite,
      config.suites.find((s) => s.name === headSuite.name) ?? null,
      settings,
      base.tool.metric_definitions === head.tool.metric_definitions
        ? null
        : `the metric definitions changed (version ${base.tool.metric_definitions} → ${head.tool.metric_definitions})`,
      intervalSource,
    ),
  );
  // which examples flipped, per gated slice (an addition: nothing above depends on it)
  suites.forEach((s, i) => {
    const headSuite = head.suites[i];
    const baseSuite = base.suites.find((b) => b.name === headSuite.name) ?? null;
    Object.assign(s, suiteFlips(baseSuite, headSuite, s, config.examples));
  });
  const verdict = comparisonVerdict(suites);
  return {
    kind: 'evalgate-comparison',
    schema_version: 1,
    tool: { name: 'evalgate', version: TOOL_VERSION },
    base: { created_at: base.created_at, git: base.git ?? null, config_fingerprint: base.config_fingerprint },
    head: { created_at: head.created_at, git: head.git ?? null, config_fingerprint: head.config_fingerprint },
    settings: { ...settings },
    verdict,
    summary: summarizeComparison(verdict, suites),
    suites,
  };
}

interface SideSlices {
  readonly base: SliceResult | null;
  readonly head: SliceResult | null;
}

function compareSuite(
  base: SuiteResult | null,
  head: SuiteResult,
  suiteConfig: ResolvedSuite | null,
  settings: ResolvedComparisonSettings,
  definitionsChanged: string | null,
  intervalSource: IntervalSource | undefined,
): SuiteComparison {
  const family = FAMILIES[head.task];
  const notes: string[] = [];
  const mode = suiteConfig?.mode ?? 'enforce';
  const gates = suiteConfig?.gates ?? [];
  if (!suiteConfig) notes.push(`the base branch's config has no suite named ${head.name}: nothing is gated`);

  const reasons = notComparableReasons(base, head, definitionsChanged);
  const baseTable = base && reasons.length === 0 ? decodeExamples(base) : null;
  const headTable = base && reasons.length === 0 ? decodeExamples(head) : null;
  const goldenSame = !!base && base.golden.fingerprint === head.golden.fingerprint;
  let alignment: Alignment | null = null;
  if (base && reasons.length === 0 && baseTable && headTable) {
    alignment = alignExamples(baseTable, headTable);
    if (!goldenSame) {
      notes.push(
        `the golden set changed (${alignment.counts.added} added, ${alignment.counts.removed} removed, ${alignment.counts.relabelled} relabelled): metrics are compared on the ${alignment.shared} examples both sides share`,
      );
    }
  } else if (base && reasons.length === 0 && !goldenSame) {
    reasons.push(
      'the golden set changed and a result has no per-example records to compare the shared examples (store_examples: false)',
    );
  }
  const pairing: SuiteComparison['pairing'] =
    !base || reasons.length ? 'none' : alignment ? 'paired' : 'unpaired';
  if (pairing === 'unpaired')
    notes.push(
      "a result has no per-example records: intervals are unpaired, from each side's sufficient statistics",
    );
  notes.unshift(...reasons);

  const keys = sliceUnion(base, head);
  const slices: SliceComparison[] = keys.map((key) => {
    const sides = {
      base: sliceOf(base, key),
      head: sliceOf(head, key),
    };
    return sliceComparison(key, sides, family, base, head, alignment, baseTable, headTable, goldenSame);
  });

  const comparisonByKey = new Map(slices.map((s) => [s.key, s]));
  // gate tests, one per (gate, selected slice)
  const tests: GateTest[] = [];
  for (const gate of gates) {
    for (const key of selectSlices(gate.selector, head, base, suiteConfig?.fields.label ?? 'label')) {
      const sides: SideSlices = {
        base: sliceOf(base, key),
        head: sliceOf(head, key),
      };
      const cmp = comparisonByKey.get(key);
      const shared =
        alignment && headTable && sides.head && sides.base
          ? pairedRows(alignment, headTable, head, sides.head).headRows.length
          : null;
      tests.push({
        sliceN: shared ?? Math.min(sides.head?.n ?? 0, sides.base?.n ?? 0),
        sharedN: goldenSame ? null : shared,
        gate,
        key,
        sides,
        values: cmp?.metrics[gate.metric] ?? null,
        interval: null,
        intervalMethod: null,
        noInterval: null,
        comparable: reasons.length === 0 && !!base,
      });
    }
  }
  // bootstrap each slice once for all of its gated metrics
  const bySlice = new Map<string, GateTest[]>();
  for (const t of tests) {
    if (!t.comparable || !t.sides.base || !t.sides.head || !t.values || !t.gate.tolerance) continue;
    if (!family.resamplable(t.gate.metric, t.sides.head)) continue;
    if (
      insufficient(
        t.sides,
        suiteConfig?.minSupport ?? head.min_support,
        suiteConfig?.minSupport ?? base!.min_support,
      )
    )
      continue;
    const group = bySlice.get(t.key);
    if (group) group.push(t);
    else bySlice.set(t.key, [t]);
  }
  for (const [key, group] of bySlice) {
    const metrics = [...new Set(group.map((t) => t.gate.metric))];
    const intervals = bootstrapSlice(
      key,
      metrics,
      family,
      base!,
      head,
      alignment,
      baseTable,
      headTable,
      pairing,
      settings,
      intervalSource,
    );
    if (!intervals) continue;
    for (const t of group) {
      const found = intervals.get(t.gate.metric);
      t.interval = hasBounds(found) ? found : null;
      t.intervalMethod = found?.method ?? null;
      t.noInterval = found && !hasBounds(found) ? found.reason : null;
    }
  }
  // min_support is the gating config's (the base branch's), whatever the results were evaluated with
  const minSupport = suiteConfig?.minSupport ?? head.min_support;
  const gateResults: GateResult[] = decideGates(tests, {
    settings,
    minSupport,
    baseMinSupport: suiteConfig?.minSupport ?? base?.min_support ?? head.min_support,
  });

  const verdict: SuiteVerdict = suiteVerdict(gateResults, { notComparable: reasons.length > 0 && !!base });
  const golden: SuiteComparison['golden'] = {
    same: goldenSame,
    base_n: base?.golden.n ?? 0,
    head_n: head.golden.n,
    shared: alignment ? alignment.shared : goldenSame ? head.golden.n : 0,
    added: alignment?.counts.added ?? 0,
    removed: alignment?.counts.removed ?? 0,
    relabelled: alignment?.counts.relabelled ?? 0,
  };
  if (alignment && !goldenSame)
    golden.examples = {
      added: alignment.added,
      removed: alignment.removed,
      relabelled: alignment.relabelled,
    };
  if (!base) notes.unshift(`no baseline result for suite ${head.name}`);
  // what the head evaluation itself reported (policies applied, examples flipping verdict across runs)
  notes.push(...(head.notes ?? []));
  if (head.flaky?.count) {
    const ids = head.flaky.examples.slice(0, 10).map((e) => `${e.id} (${e.passes}/${e.runs} pass)`);
    notes.push(
      `${head.flaky.count} of ${head.flaky.repeated} repeated examples flip verdict across runs (flaky): ${ids.join(', ')}${head.flaky.count > ids.length ? ', …' : ''}`,
    );
  }
  return {
    name: head.name,
    task: head.task,
    mode,
    verdict,
    comparable: reasons.length === 0 && !!base,
    notes,
    pairing,
    golden,
    slices,
    gates: gateResults,
  };
}

function notComparableReasons(
  base: SuiteResult | null,
  head: SuiteResult,
  definitionsChanged: string | null,
): string[] {
  if (!base) return [];
  const reasons: string[] = [];
  if (definitionsChanged) reasons.push(definitionsChanged);
  if (base.task !== head.task) reasons.push(`the task changed (${base.task} → ${head.task})`);
  else if (base.definition_fingerprint !== head.definition_fingerprint) {
    const added = head.labels.filter((l) => !base.labels.includes(l));
    const removed = base.labels.filter((l) => !head.labels.includes(l));
    if (added.length || removed.length) {
      reasons.push(
        `the label set changed (${[...added.map((l) => `+${l}`), ...removed.map((l) => `−${l}`)].join(', ')})`,
      );
    } else if (base.task_type !== head.task_type)
      reasons.push(`the task type changed (${base.task_type} → ${head.task_type})`);
    else
      reasons.push(
        'the metric options changed (fields, labels order, positive label, top_k, ece_bins or missing-prediction policy)',
      );
  }
  return reasons;
}

function sliceUnion(base: SuiteResult | null, head: SuiteResult): string[] {
  const keys = head.slices.map((s) => s.key);
  const seen = new Set(keys);
  for (const s of base?.slices ?? []) if (!seen.has(s.key)) keys.push(s.key);
  return keys;
}

export function insufficient(sides: SideSlices, headMin: number, baseMin: number): boolean {
  return (sides.head?.n ?? 0) < headMin || (sides.base?.n ?? 0) < baseMin;
}

function pairedRows(
  alignment: Alignment,
  headTable: ExampleTable,
  head: SuiteResult,
  slice: SliceResult,
): { baseRows: Int32Array; headRows: Int32Array } {
  const headAll = sliceRows(headTable, head, slice);
  const headRows = new Int32Array(headAll.length);
  const baseRows = new Int32Array(headAll.length);
  let count = 0;
  for (let i = 0; i < headAll.length; i++) {
    const b = alignment.baseRowOf[headAll[i]];
    if (b >= 0) {
      headRows[count] = headAll[i];
      baseRows[count++] = b;
    }
  }
  return { headRows: headRows.slice(0, count), baseRows: baseRows.slice(0, count) };
}

function sliceComparison(
  key: string,
  sides: SideSlices,
  family: TaskFamily,
  base: SuiteResult | null,
  head: SuiteResult,
  alignment: Alignment | null,
  baseTable: ExampleTable | null,
  headTable: ExampleTable | null,
  goldenSame: boolean,
): SliceComparison {
  const any = (sides.head ?? sides.base)!;
  const names = [
    ...new Set([...Object.keys(sides.head?.metrics ?? {}), ...Object.keys(sides.base?.metrics ?? {})]),
  ].filter((m) => !metricDef(m)?.table);
  let baseValues: Record<string, number | null> = sides.base?.metrics ?? {};
  let headValues: Record<string, number | null> = sides.head?.metrics ?? {};
  // A changed golden set: recompute both sides on the shared examples, so the delta is the model's.
  if (!goldenSame && alignment && sides.base && sides.head && baseTable && headTable && base) {
    const resamplable = names.filter((m) => family.resamplable(m, sides.head!));
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, sides.head);
    if (headRows.length > 0 && resamplable.length) {
      const problem = family.paired({
        baseSuite: base,
        headSuite: head,
        slice: sides.head,
        metrics: resamplable,
        base: baseTable,
        head: headTable,
        baseRows,
        headRows,
      });
      const v = problem.evaluate(problem.units);
      baseValues = {};
      headValues = {};
      resamplable.forEach((m, j) => {
        baseValues[m] = finite(v[j]);
        headValues[m] = finite(v[resamplable.length + j]);
      });
    } else {
      baseValues = {};
      headValues = {};
    }
  }
  const metrics: SliceComparison['metrics'] = {};
  for (const m of names) {
    const b = baseValues[m] ?? null;
    const h = headValues[m] ?? null;
    const delta = b !== null && h !== null ? h - b : null;
    metrics[m] = {
      base: b,
      head: h,
      delta,
      relative: delta !== null && b !== 0 && b !== null ? delta / Math.abs(b) : null,
    };
  }
  return { key, kind: any.kind, base_n: sides.base?.n ?? null, head_n: sides.head?.n ?? null, metrics };
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Bootstrap intervals of head − base for the given metrics on one slice. */
function bootstrapSlice(
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

/** Paired bootstrap of one slice's problem, summarised into an interval per metric. */
export function pairedIntervals(
  key: string,
  metrics: readonly string[],
  problem: WeightedProblem,
  sliceN: number,
  settings: ResolvedComparisonSettings,
): Map<string, SliceInterval> {
  // method: rows reproduces the refbench reference (ref_eval.py --rng hash32): its percentile bootstrap
  if (settings.method === 'rows') return refbenchIntervals(key, metrics, problem, sliceN, settings);
  // Tango / jackknife score intervals, BCa bootstrap on large slices (stats/slice-intervals.ts)
  const found = pairedDeltaIntervals({
    sliceName: key,
    metrics,
    problem,
    resamples: settings.resamples,
    seed: settings.seed,
    method: 'multinomial',
    level: settings.confidence,
    bootstrapOnly: (m) => ['ms', 'usd'].includes(metricDef(m)?.unit ?? ''),
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

function refbenchIntervals(
  key: string,
  metrics: readonly string[],
  problem: WeightedProblem,
  sliceN: number,
  settings: ResolvedComparisonSettings,
): Map<string, SliceInterval> {
  const result = pairedBootstrap({
    units: problem.units,
    rowUnit: problem.rowUnit,
    evaluate: problem.evaluate,
    resamples: settings.resamples,
    seed: settings.seed,
    sliceName: key,
    method: 'hash32-rows',
  });
  const m = metrics.length;
  const deltas = metrics.map((_, j) => result.samples[m + j].map((hv, b) => hv - result.samples[j][b]));
  const points = Float64Array.from(metrics, (_, j) => result.point[m + j] - result.point[j]);
  return intervalsFrom(metrics, deltas, points, sliceN, settings, 'percentile bootstrap (refbench rows)');
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
