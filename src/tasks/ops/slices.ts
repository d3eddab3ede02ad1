import { gatherF64 } from '../../util/gather.js';
import type { ExampleRecords, OpsStatsJson, SliceResult, SuiteResult } from '../../generated/result.js';
import type { SliceColumn, SlicePlan } from '../../spec/slices.js';
import { encodeColumn } from '../../result/columns.js';
import type { PairedInput, TaskFamily, UnpairedInput, WeightedProblem } from '../task-family.js';
import type { MetricDef } from '../metric-def.js';
import { column, type RowColumns } from '../shard-rows.js';
import { costPer1k, type CostStats } from './cost.js';
import { opsInGoldenOrder, type OpsRows } from './fields.js';
import { quantileOfCounts, sortedWeightedQuantiles, type ValueCounts } from './quantile.js';
import { COST_METRIC, LATENCY_METRICS, OPS_METRICS, isLatencyMetric, isOpsMetric } from './registry.js';

/**
 * Operational metrics of a slice. Quantiles do not merge by addition, so a slice keeps exact value counts
 * of its latencies (one bin per distinct value: counts add when shards merge); cost keeps sum and count.
 */
export interface OpsStats {
  readonly latency: ValueCounts | null;
  readonly cost: CostStats | null;
}

export const LATENCY_COLUMN = 'ops.latency_ms';
export const COST_COLUMN = 'ops.cost';

/** Value counts of the finite values at `rows` (NaN = example without a prediction, left out). */
function countsOf(values: Float64Array, rows: Int32Array, count: number): ValueCounts {
  const taken = new Float64Array(count);
  let m = 0;
  for (let j = 0; j < count; j++) {
    const v = values[rows[j]];
    if (v === v) taken[m++] = v;
  }
  const sorted = taken.subarray(0, m).sort();
  const out: number[] = [];
  const counts: number[] = [];
  for (let j = 0; j < m; j++) {
    if (out.length && out[out.length - 1] === sorted[j]) counts[counts.length - 1]++;
    else {
      out.push(sorted[j]);
      counts.push(1);
    }
  }
  return { values: out, counts };
}

/**
 * Per-slice statistics: slice 0 is overall, `membership[e][i]` the slice of example i for entry e (as
 * planSlices gives them). Values are in golden order.
 */
export function opsSliceStats(
  values: OpsRows,
  sliceCount: number,
  membership: readonly SliceColumn[],
): OpsStats[] {
  const n = (values.latency ?? values.cost)?.length ?? 0;
  // rows of each slice by counting sort: one pass per membership column
  const size = new Int32Array(sliceCount);
  size[0] = n;
  for (const col of membership) for (let i = 0; i < n; i++) size[col[i]]++;
  const start = new Int32Array(sliceCount + 1);
  for (let s = 0; s < sliceCount; s++) start[s + 1] = start[s] + size[s];
  const rows = new Int32Array(start[sliceCount]);
  const fill = start.slice(0, sliceCount);
  for (let i = 0; i < n; i++) rows[fill[0]++] = i;
  for (const col of membership) for (let i = 0; i < n; i++) rows[fill[col[i]]++] = i;
  return Array.from({ length: sliceCount }, (_, s) => {
    const slice = rows.subarray(start[s], start[s + 1]);
    let cost: CostStats | null = null;
    if (values.cost) {
      cost = { sum: 0, count: 0 };
      for (const i of slice) {
        const v = values.cost[i];
        if (v === v) {
          cost.sum += v;
          cost.count++;
        }
      }
    }
    return { latency: values.latency ? countsOf(values.latency, slice, slice.length) : null, cost };
  });
}

/** The operational metrics among `metrics`, from a slice's statistics (null when undefined). */
export function opsMetrics(
  stats: OpsStats | null,
  metrics: readonly string[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of metrics) {
    if (!isOpsMetric(m)) continue;
    let v = NaN;
    if (isLatencyMetric(m) && stats?.latency) v = quantileOfCounts(stats.latency, LATENCY_METRICS[m]);
    else if (m === COST_METRIC && stats?.cost) v = costPer1k(stats.cost);
    out[m] = Number.isFinite(v) ? v : null;
  }
  return out;
}

export function opsStatsToJson(stats: OpsStats): OpsStatsJson {
  const json: OpsStatsJson = {};
  if (stats.latency) json.latency = { values: [...stats.latency.values], counts: [...stats.latency.counts] };
  if (stats.cost) json.cost = { ...stats.cost };
  return json;
}

export function opsStatsFromJson(json: OpsStatsJson | undefined): OpsStats | null {
  if (!json) return null;
  return { latency: json.latency ?? null, cost: json.cost ?? null };
}

/** Example columns of the per-example values (NaN = no prediction). */
export function opsColumns(values: OpsRows): ExampleRecords['columns'] {
  const columns: ExampleRecords['columns'] = {};
  if (values.latency) columns[LATENCY_COLUMN] = encodeColumn(values.latency, 'f64');
  if (values.cost) columns[COST_COLUMN] = encodeColumn(values.cost, 'f64');
  return columns;
}

type SideValues = Record<string, number>;

/**
 * Weighted operational metrics for both sides of a paired problem whose units are the slice's rows
 * (weights[i] = multiplicity of paired row i). Each side's latencies are sorted once; a resample then
 * only walks the weights. Null when none of `metrics` is operational.
 */
export function opsPairedTerms(
  input: Pick<PairedInput, 'base' | 'head' | 'baseRows' | 'headRows' | 'metrics'>,
): ((weights: Float64Array) => { base: SideValues; head: SideValues }) | null {
  const latencyMetrics = input.metrics.filter(isLatencyMetric);
  const wantCost = input.metrics.includes(COST_METRIC);
  if (!latencyMetrics.length && !wantCost) return null;
  const qs = latencyMetrics.map((m) => LATENCY_METRICS[m]);
  const sides = [
    { table: input.base, rows: input.baseRows },
    { table: input.head, rows: input.headRows },
  ].map(({ table, rows }) => {
    const lat = table.columns.get(LATENCY_COLUMN);
    const cost = table.columns.get(COST_COLUMN);
    let order: Int32Array | null = null;
    let sorted: Float64Array | null = null;
    if (lat && latencyMetrics.length) {
      const idx: number[] = [];
      for (let i = 0; i < rows.length; i++) if (lat[rows[i]] === lat[rows[i]]) idx.push(i);
      idx.sort((a, b) => lat[rows[a]] - lat[rows[b]]);
      order = Int32Array.from(idx);
      sorted = Float64Array.from(idx, (i) => lat[rows[i]]);
    }
    const costs = cost && wantCost ? gatherF64(cost, rows) : null;
    return { order, sorted, costs, w: new Float64Array(order?.length ?? 0) };
  });
  return (weights) => {
    const [base, head] = sides.map((s) => {
      const v: SideValues = {};
      if (s.order && s.sorted) {
        for (let j = 0; j < s.order.length; j++) s.w[j] = weights[s.order[j]];
        const q = sortedWeightedQuantiles(s.sorted, s.w, qs);
        latencyMetrics.forEach((m, j) => (v[m] = q[j]));
      }
      if (s.costs) {
        let sum = 0;
        let count = 0;
        for (let i = 0; i < s.costs.length; i++) {
          const c = s.costs[i];
          if (c === c && weights[i] > 0) {
            sum += weights[i] * c;
            count += weights[i];
          }
        }
        v[COST_METRIC] = count > 0 ? (sum / count) * 1000 : NaN;
      }
      return v;
    });
    return { base, head };
  };
}

/**
 * Unpaired problems for operational metrics alone, from each side's value counts (latency) — null when
 * another metric is asked for or a side lacks the statistics. Cost means cannot be resampled from a sum.
 * Summed statistics (generation, spans, ranking) cannot be resampled by example: without per-example
 * records these are their only unpaired intervals.
 */
export function opsUnpaired({
  base,
  head,
  metrics,
}: UnpairedInput): { base: WeightedProblem; head: WeightedProblem } | null {
  if (!metrics.every(isLatencyMetric)) return null;
  const qs = metrics.map((m) => LATENCY_METRICS[m as keyof typeof LATENCY_METRICS]);
  const side = (slice: SliceResult, offset: number): WeightedProblem | null => {
    const counts = slice.ops?.latency;
    if (!counts || counts.values.length === 0) return null;
    const sorted = Float64Array.from(counts.values);
    const out = new Float64Array(metrics.length * 2).fill(NaN);
    return {
      units: Float64Array.from(counts.counts),
      rowUnit: new Uint32Array(0),
      evaluate: (weights) => {
        sortedWeightedQuantiles(sorted, weights, qs).forEach((v, j) => (out[offset + j] = v));
        return out;
      },
    };
  };
  const b = side(base, 0);
  const h = side(head, metrics.length);
  return b && h ? { base: b, head: h } : null;
}

/**
 * Adds the operational metrics to an evaluated suite of any family: the statistics and metric values of
 * the planned slices (which come first in `evaluated.slices`, in plan order; later slices such as label
 * slices get null) and the per-example columns. `rows` are per prediction row; `rowOf[i]` is example
 * i's prediction row or −1. Mutates and returns `evaluated`.
 */
export function withOps<T extends Pick<SuiteResult, 'slices' | 'examples'>>(
  evaluated: T,
  rows: OpsRows | null,
  rowOf: Int32Array,
  plan: SlicePlan,
  metrics: readonly string[],
): T {
  return withOpsInGoldenOrder(evaluated, rows && opsInGoldenOrder(rows, rowOf), plan, metrics);
}

/** withOps for values already in golden order (NaN = no prediction). */
export function withOpsInGoldenOrder<T extends Pick<SuiteResult, 'slices' | 'examples'>>(
  evaluated: T,
  values: OpsRows | null,
  plan: SlicePlan,
  metrics: readonly string[],
): T {
  const wanted = metrics.filter(isOpsMetric);
  if (!values || !wanted.length) return evaluated;
  const stats = opsSliceStats(values, plan.slices.length, plan.membership);
  evaluated.slices.forEach((slice, s) => {
    Object.assign(slice.metrics, opsMetrics(stats[s] ?? null, wanted));
    if (stats[s]) slice.ops = opsStatsToJson(stats[s]);
  });
  if (evaluated.examples) Object.assign(evaluated.examples.columns, opsColumns(values));
  return evaluated;
}

/**
 * A family whose slices hold summed statistics: the operational metrics join its own, and its unpaired
 * intervals are theirs alone (opsUnpaired).
 */
export function withOpsMetrics(
  family: Omit<TaskFamily, 'unpaired' | 'metrics'> & { readonly metrics: readonly MetricDef[] },
): TaskFamily {
  return { ...family, metrics: [...family.metrics, ...OPS_METRICS], unpaired: opsUnpaired };
}

/** Ops values in golden order as shard row columns (see shard-rows.ts). */
export function opsRowColumns(values: OpsRows): RowColumns {
  const out: RowColumns = {};
  if (values.latency) out[LATENCY_COLUMN] = column(values.latency, 'f64');
  if (values.cost) out[COST_COLUMN] = column(values.cost, 'f64');
  return out;
}

/** The ops values among shard row columns, or null without any. */
export function opsFromRowColumns(columns: RowColumns): OpsRows | null {
  const latency = (columns[LATENCY_COLUMN]?.values as Float64Array | undefined) ?? null;
  const cost = (columns[COST_COLUMN]?.values as Float64Array | undefined) ?? null;
  return latency || cost ? { latency, cost } : null;
}
