import { extraPrediction } from '../extra-predictions.js';
import type { ResolvedSuite } from '../../spec/config.js';
import type { ExampleRecords, RankingStatsJson, SliceResult, SuiteResult } from '../../generated/result.js';
import { encodeColumn } from '../../result/columns.js';
import { planSlices, type SliceColumn } from '../../spec/slices.js';
import { canonicalJson, sha256 } from '../../util/hash.js';
import { opsInGoldenOrder } from '../ops/fields.js';
import { isOpsMetric } from '../ops/registry.js';
import {
  opsColumns,
  opsFromRowColumns,
  opsMetrics,
  opsRowColumns,
  opsSliceStats,
  opsStatsToJson,
} from '../ops/slices.js';
import { finishSuite, type Aggregate, type ShardMeta } from '../shard-suite.js';
import { exampleRecords, inputFields, sliceSettingFields } from '../keyed-result.js';
import { column, ownsId, type RowColumns } from '../shard-rows.js';
import type { ResolvedRanking } from './config.js';
import type { GoldenQueries, RankedLists } from './decode.js';
import { evaluateQuery, type RankingMetric, type ScoredDoc } from './metrics.js';
import { parseRankingMetric } from './registry.js';

/** Bumped whenever a ranking metric's definition changes. */
export const RANKING_DEFINITIONS_VERSION = 1;

/** Example column of a metric's per-query values. */
export const metricColumn = (metric: string): string => `m.${metric}`;

/** Per query (golden order): the row of its ranked list, or −1. Unknown query ids are errors. */
function joinQueries(suite: ResolvedSuite, golden: GoldenQueries, preds: RankedLists): Int32Array {
  const rowOf = new Int32Array(golden.n).fill(-1);
  for (let r = 0; r < preds.n; r++) {
    const q = golden.index.get(preds.ids[r]);
    if (q === undefined) {
      const at = { file: preds.file, line: preds.lines[r], id: preds.ids[r], golden: golden.file };
      extraPrediction(suite, { ...at, what: 'ranking for unknown query', field: preds.idField });
      continue;
    }
    rowOf[q] = r;
  }
  return rowOf;
}

/** Per-query values of the suite's ranking metrics, NaN where a query is not averaged. */
export function perQueryValues(
  golden: GoldenQueries,
  preds: RankedLists,
  rowOf: Int32Array,
  metrics: readonly string[],
  options: ResolvedRanking,
): Map<string, Float64Array> {
  const names = metrics.filter((m) => parseRankingMetric(m));
  const bases = new Set<RankingMetric>();
  for (const m of names) {
    const base = parseRankingMetric(m)!.base;
    bases.add(base === 'ndcg' && options.ndcg === 'sklearn' ? 'ndcg_sklearn' : base);
  }
  const source = (m: string) => (options.ndcg === 'sklearn' ? m.replace(/^ndcg@/, 'ndcg_sklearn@') : m);
  const queryOptions = {
    cutoffs: options.cutoffs.length ? options.cutoffs : [10],
    metrics: [...bases],
    relevanceLevel: options.relevanceLevel,
    gain: options.gain,
  };
  const out = new Map(names.map((m) => [m, new Float64Array(golden.n)]));
  const columns = names.map((m) => ({ from: source(m), to: out.get(m)! }));
  const empty: ScoredDoc[] = [];
  for (let q = 0; q < golden.n; q++) {
    const r = rowOf[q];
    if (r < 0 && options.missingQueries === 'skip') {
      for (const c of columns) c.to[q] = NaN;
      continue;
    }
    let ranked = empty;
    if (r >= 0) {
      const ids = preds.docids[r];
      const scores = preds.scores[r];
      ranked = ids.map((docid, i) => ({ docid, score: scores[i] }));
    }
    const values = evaluateQuery(ranked, golden.judgements[q], queryOptions);
    for (const c of columns) c.to[q] = values[c.from];
  }
  return out;
}

export function evaluateRanking(
  suite: ResolvedSuite,
  golden: GoldenQueries,
  preds: RankedLists,
): SuiteResult {
  const options = suite.ranking!;
  const rowOf = joinQueries(suite, golden, preds);
  let missing = 0;
  // a shard answers for the queries it owns only
  for (let q = 0; q < golden.n; q++) if (rowOf[q] < 0 && ownsId(suite.shard, golden.ids[q])) missing++;
  const values = perQueryValues(golden, preds, rowOf, suite.metrics, options);
  const columns: RowColumns = {};
  for (const [m, v] of values) columns[metricColumn(m)] = column(v, 'f64');
  if (preds.ops) Object.assign(columns, opsRowColumns(opsInGoldenOrder(preds.ops, rowOf)));
  return finishSuite(suite, golden, columns, preds, missing, {}, aggregateRanking);
}

/** The suite's result from per-query values in golden order (evaluate, each shard, and the merge). */
export const aggregateRanking: Aggregate<ShardMeta> = (suite, golden, columns, predictions, missing) => {
  const options = suite.ranking!;
  const n = golden.n;
  const plan = planSlices(n, suite.slices, golden.slices, suite.maxSlices);
  const S = plan.slices.length;
  const names = suite.metrics.filter((m) => parseRankingMetric(m));
  const sums = names.map(() => new Float64Array(S));
  const counts = names.map(() => new Float64Array(S));
  const sliceN = new Float64Array(S);
  const perQuery = names.map((m) => columns[metricColumn(m)].values as Float64Array);
  const membership: (SliceColumn | null)[] = [null, ...plan.membership];
  for (const col of membership) {
    for (let q = 0; q < n; q++) {
      const s = col === null ? 0 : col[q];
      sliceN[s]++;
      for (let j = 0; j < perQuery.length; j++) {
        const v = perQuery[j][q];
        if (v === v) {
          sums[j][s] += v;
          counts[j][s]++;
        }
      }
    }
  }
  const ops = opsFromRowColumns(columns);
  const opsStats = ops ? opsSliceStats(ops, S, plan.membership) : null;
  const wantOps = suite.metrics.filter(isOpsMetric);

  const slices: SliceResult[] = plan.slices.map((def, s) => {
    const stats: RankingStatsJson = { family: 'ranking', queries: sliceN[s], sums: {}, counts: {} };
    const metrics: Record<string, number | null> = {};
    names.forEach((m, j) => {
      stats.sums[m] = sums[j][s];
      stats.counts[m] = counts[j][s];
      metrics[m] = counts[j][s] > 0 ? sums[j][s] / counts[j][s] : null;
    });
    Object.assign(metrics, opsMetrics(opsStats?.[s] ?? null, wantOps));
    const result: SliceResult = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: sliceN[s],
      insufficient: sliceN[s] < suite.minSupport,
      metrics: Object.fromEntries(suite.metrics.map((m) => [m, metrics[m] ?? null])),
      stats,
    };
    if (opsStats) result.ops = opsStatsToJson(opsStats[s]);
    return result;
  });

  const examples = exampleRecords(suite, golden, () => {
    const cols: ExampleRecords['columns'] = {};
    names.forEach((m, j) => (cols[metricColumn(m)] = encodeColumn(perQuery[j], 'f64')));
    if (ops) Object.assign(cols, opsColumns(ops));
    return cols;
  });
  return {
    name: suite.name,
    task: 'ranking',
    task_type: 'ranking',
    definition_fingerprint: sha256(
      canonicalJson({
        definitions: RANKING_DEFINITIONS_VERSION,
        task: suite.task,
        id: suite.fields.id,
        gain: options.gain,
        relevanceLevel: options.relevanceLevel,
        missingQueries: options.missingQueries,
        ndcg: options.ndcg,
        ops: suite.ops ?? null,
      }),
    ),
    // A shard that owns no query has n = 0: coverage 0, as in the other families (not NaN).
    ...inputFields(golden, predictions, missing),
    labels: [],
    ...sliceSettingFields(suite, golden),
    slices,
    ...(examples ? { examples } : {}),
  };
};
