import { sliceOf } from '../result/slice-index.js';
import type { ResolvedComparisonSettings, ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type { Comparison, SliceComparison, SuiteComparison } from '../generated/comparison.js';
import type { EvalgateResult, SuiteResult } from '../generated/result.js';
import { selectSlices } from '../gates/select.js';
import { decideGates, type GateTest } from '../gates/decide.js';
import { comparisonVerdict, suiteVerdict, summarizeComparison } from '../gates/verdict.js';
import { FAMILIES } from '../tasks/all-families.js';
import { TOOL_VERSION } from '../util/version.js';
import { InputError } from '../io/errors.js';
import { alignExamples, decodeExamples, type Alignment } from './examples.js';
import { pairedRows } from './slice-rows.js';
import { suiteFlips, type FlipFields } from './flips.js';
import { suiteReliability, suiteTrend } from './trend.js';
import { bootstrapSlice, hasBounds, type IntervalSource } from './intervals.js';
import {
  insufficient,
  notComparableReasons,
  sliceComparison,
  sliceUnion,
  type SideSlices,
} from './slice-comparison.js';

/**
 * Compares a head result with a baseline result under `config` — the BASE branch's config, whose gates
 * and comparison settings are enforced. Pure and deterministic: equal inputs give equal output.
 */
export function compareResults(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
  options: CompareOptions = {},
): Comparison {
  return compareWith(base, head, config, options);
}

export interface CompareOptions {
  readonly intervals?: IntervalSource;
  /**
   * Only what the gates need (compareResultsParallel's first pass, which finds the slices to resample and
   * is discarded): no flips, trend or reliability.
   */
  readonly gatesOnly?: boolean;
  /** Each suite's flips (in head order), already computed by comparisonFlips on an equal comparison. */
  readonly flips?: readonly FlipFields[];
}

/**
 * Which examples flipped, per suite of `comparison`: they depend only on its pairing and gated
 * slices and metrics, never on intervals, so a first pass's comparison gives the same flips as the final.
 */
export function comparisonFlips(
  base: EvalgateResult,
  head: EvalgateResult,
  comparison: Comparison,
  config: ResolvedConfig,
): FlipFields[] {
  return comparison.suites.map((s, i) => {
    const headSuite = head.suites[i];
    const baseSuite = base.suites.find((b) => b.name === headSuite.name) ?? null;
    return suiteFlips(baseSuite, headSuite, s, config.examples);
  });
}

function compareWith(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
  options: CompareOptions,
): Comparison {
  const intervalSource = options.intervals;
  for (const [side, result] of [
    ['base', base],
    ['head', head],
  ] as const) {
    if (result.shard)
      throw new InputError({
        field: side,
        message: `a partial result (shard ${result.shard.index}/${result.shard.count}) holds part of the examples and is never compared; merge all shards first (evalgate merge)`,
      });
  }
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
    if (options.gatesOnly) return;
    const headSuite = head.suites[i];
    const baseSuite = base.suites.find((b) => b.name === headSuite.name) ?? null;
    Object.assign(s, options.flips?.[i] ?? suiteFlips(baseSuite, headSuite, s, config.examples));
    // pictures' data (issue #13): the trend over earlier baselines, the reliability diagram
    const trend = suiteTrend(base, s, headSuite);
    if (trend) s.trend = trend;
    const reliability = s.comparable ? suiteReliability(baseSuite, headSuite) : undefined;
    if (reliability) s.reliability = reliability;
  });
  const verdict = comparisonVerdict(suites);
  return {
    kind: 'evalgate-comparison',
    schema_version: 2,
    tool: { name: 'evalgate', version: TOOL_VERSION },
    base: { created_at: base.created_at, git: base.git ?? null, config_fingerprint: base.config_fingerprint },
    head: { created_at: head.created_at, git: head.git ?? null, config_fingerprint: head.config_fingerprint },
    settings: { ...settings },
    verdict,
    summary: summarizeComparison(verdict, suites),
    suites,
  };
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
  const baseTable = base && reasons.length === 0 ? decodeExamples(base, 'base') : null;
  const headTable = base && reasons.length === 0 ? decodeExamples(head, 'head') : null;
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
  const gateResults = decideGates(tests, {
    settings,
    minSupport,
    baseMinSupport: suiteConfig?.minSupport ?? base?.min_support ?? head.min_support,
  });

  const verdict = suiteVerdict(gateResults, { notComparable: reasons.length > 0 && !!base });
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
