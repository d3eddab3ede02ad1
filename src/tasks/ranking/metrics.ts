// Per-query ranking metrics following trec_eval (map, map_cut, recip_rank, P, recall, ndcg_cut), plus
// hit rate and scikit-learn's ndcg_score as an option. Per-query values feed slice means and a bootstrap
// over queries; the mean's sufficient statistics are (sum, count) per metric.

import { compareTrecOrder, type Qrels, type Run, rankedDocs } from './trec.js';

export const RANKING_METRICS = [
  'mrr',
  'precision',
  'recall',
  'map',
  'ap',
  'ndcg',
  'hit_rate',
  'ndcg_sklearn',
] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

/** Metrics computed when `metrics` is not given; `ap@k` and `ndcg_sklearn@k` are opt-in. */
export const DEFAULT_RANKING_METRICS: readonly RankingMetric[] = [
  'mrr',
  'precision',
  'recall',
  'map',
  'ndcg',
  'hit_rate',
];
export const DEFAULT_CUTOFFS: readonly number[] = [10];

import type { GainKind, MissingQueries } from '../../spec/tasks.js';

export type { GainKind, MissingQueries };

export interface RankingOptions {
  /** Cutoffs k for every `@k` metric (positive integers). Default [10]. */
  readonly cutoffs?: readonly number[];
  /** Which metrics to compute. Default DEFAULT_RANKING_METRICS. */
  readonly metrics?: readonly RankingMetric[];
  /** A judged doc is relevant when rel >= this (trec_eval -l). Default 1. nDCG ignores it. */
  readonly relevanceLevel?: number;
  /** nDCG gain: `linear` = rel (trec_eval, sklearn), `exponential` = 2^rel - 1. Default linear. */
  readonly gain?: GainKind;
}

export interface RunOptions extends RankingOptions {
  /**
   * Queries in the qrels but absent from the run: `skip` leaves them out of the average (trec_eval
   * default), `zero` scores them on an empty ranking, i.e. 0 for every metric (trec_eval -c). Default skip.
   */
  readonly missingQueries?: MissingQueries;
}

export interface ScoredDoc {
  readonly docid: string;
  readonly score: number;
}

/** Per-query values keyed by metric name: `map`, or `<metric>@<k>` such as `ndcg@10`. */
export type MetricValues = Record<string, number>;

interface ResolvedOptions {
  readonly cutoffs: readonly number[];
  readonly metrics: readonly RankingMetric[];
  readonly relevanceLevel: number;
  readonly gain: GainKind;
}

function resolveOptions(opts: RankingOptions): ResolvedOptions {
  const cutoffs = opts.cutoffs ?? DEFAULT_CUTOFFS;
  for (const k of cutoffs) {
    if (!Number.isSafeInteger(k) || k < 1) {
      throw new Error(`Invalid ranking cutoff ${String(k)}. Expected a positive integer.`);
    }
  }
  const metrics = opts.metrics ?? DEFAULT_RANKING_METRICS;
  for (const metric of metrics) {
    if (!(RANKING_METRICS as readonly string[]).includes(metric)) {
      throw new Error(
        `Unknown ranking metric '${String(metric)}'. Expected one of ${RANKING_METRICS.join(', ')}.`,
      );
    }
  }
  const relevanceLevel = opts.relevanceLevel ?? 1;
  if (!Number.isFinite(relevanceLevel) || relevanceLevel < 0) {
    throw new Error(`Invalid relevance level ${String(relevanceLevel)}. Expected a number >= 0.`);
  }
  return { cutoffs, metrics, relevanceLevel, gain: opts.gain ?? 'linear' };
}

/** The metric names `evaluateQuery` returns for these options, in a stable order. */
export function rankingMetricNames(opts: RankingOptions = {}): string[] {
  const { cutoffs, metrics } = resolveOptions(opts);
  const names: string[] = [];
  for (const metric of metrics) {
    if (metric === 'map') names.push('map');
    else for (const k of cutoffs) names.push(`${metric}@${k}`);
  }
  return names;
}

function gainOf(rel: number | undefined, kind: GainKind): number {
  // Unjudged and non-positive grades give nothing (trec_eval adds a gain only when it is > 0).
  if (rel === undefined || !(rel > 0)) return 0;
  return kind === 'linear' ? rel : 2 ** rel - 1;
}

/** DCG of the first k gains in list order, summed top-down as trec_eval does. */
function dcgAt(gains: readonly number[], k: number): number {
  let sum = 0;
  const n = Math.min(k, gains.length);
  for (let i = 0; i < n; i++) {
    if (gains[i]! > 0) sum += gains[i]! / Math.log2(i + 2);
  }
  return sum;
}

/**
 * sklearn `_tie_averaged_dcg` at k: documents with equal scores share the mean gain of the group, times
 * the sum of the group's discounts, where discounts beyond rank k are 0.
 */
function tieAveragedDcgAt(order: readonly ScoredDoc[], gains: readonly number[], k: number): number {
  let total = 0;
  let start = 0;
  while (start < order.length && start < k) {
    let end = start + 1;
    while (end < order.length && order[end]!.score === order[start]!.score) end++;
    let gainSum = 0;
    let discountSum = 0;
    for (let i = start; i < end; i++) {
      gainSum += gains[i]!;
      if (i < k) discountSum += 1 / Math.log2(i + 2);
    }
    total += (gainSum / (end - start)) * discountSum;
    start = end;
  }
  return total;
}

/**
 * Metrics for one query. `ranked` may be in any order: it is sorted by score descending, then docid
 * descending in byte order (trec_eval). `judgements` maps docid to grade; docs absent from it are
 * unjudged (not relevant, gain 0). A query without relevant docs scores 0 on every metric.
 */
export function evaluateQuery(
  ranked: readonly ScoredDoc[],
  judgements: ReadonlyMap<string, number>,
  opts: RankingOptions = {},
): MetricValues {
  const { cutoffs, metrics, relevanceLevel, gain } = resolveOptions(opts);
  const seen = new Set<string>();
  for (const doc of ranked) {
    if (!Number.isFinite(doc.score)) {
      throw new Error(
        `Invalid score ${String(doc.score)} for docid '${doc.docid}'. Expected a finite number.`,
      );
    }
    if (seen.has(doc.docid)) throw new Error(`Duplicate docid '${doc.docid}' in one ranking.`);
    seen.add(doc.docid);
  }
  const order = [...ranked].sort(compareTrecOrder);
  const rels = order.map((doc) => judgements.get(doc.docid));
  const isRelevant = (rel: number | undefined): boolean =>
    rel !== undefined && rel >= 0 && rel >= relevanceLevel;

  let numRel = 0;
  const idealGains: number[] = [];
  for (const rel of judgements.values()) {
    if (isRelevant(rel)) numRel++;
    const g = gainOf(rel, gain);
    if (g > 0) idealGains.push(g);
  }
  idealGains.sort((a, b) => b - a);

  // Prefix statistics over the ranking: relevant count and AP numerator after each rank.
  const relSoFar: number[] = [0];
  const apSumSoFar: number[] = [0];
  let firstRelevantRank = Infinity;
  for (let i = 0; i < order.length; i++) {
    const relevant = isRelevant(rels[i]);
    const count = relSoFar[i]! + (relevant ? 1 : 0);
    relSoFar.push(count);
    apSumSoFar.push(apSumSoFar[i]! + (relevant ? count / (i + 1) : 0));
    if (relevant && firstRelevantRank === Infinity) firstRelevantRank = i + 1;
  }
  const relAt = (k: number): number => relSoFar[Math.min(k, order.length)]!;
  const apSumAt = (k: number): number => apSumSoFar[Math.min(k, order.length)]!;
  const gains = rels.map((rel) => gainOf(rel, gain));

  const values: MetricValues = {};
  for (const metric of metrics) {
    if (metric === 'map') {
      values.map = numRel === 0 ? 0 : apSumAt(order.length) / numRel;
      continue;
    }
    for (const k of cutoffs) {
      values[`${metric}@${k}`] = valueAtCutoff(metric, k);
    }
  }
  return values;

  function valueAtCutoff(metric: Exclude<RankingMetric, 'map'>, k: number): number {
    switch (metric) {
      case 'mrr':
        return firstRelevantRank <= k ? 1 / firstRelevantRank : 0;
      case 'precision':
        return relAt(k) / k;
      case 'recall':
        return numRel === 0 ? 0 : relAt(k) / numRel;
      case 'ap':
        return numRel === 0 ? 0 : apSumAt(k) / numRel;
      case 'hit_rate':
        return relAt(k) > 0 ? 1 : 0;
      case 'ndcg': {
        const ideal = dcgAt(idealGains, k);
        return ideal > 0 ? dcgAt(gains, k) / ideal : 0;
      }
      case 'ndcg_sklearn': {
        const idealOfList = dcgAt(
          [...gains].sort((a, b) => b - a),
          k,
        );
        return idealOfList > 0 ? tieAveragedDcgAt(order, gains, k) / idealOfList : 0;
      }
    }
  }
}

export interface QueryResult {
  readonly qid: string;
  readonly values: MetricValues;
}

export interface RunEvaluation {
  /** Per-query values in qrels order, then nothing else: run-only queries are never scored. */
  readonly queries: QueryResult[];
  /** Qrels queries absent from the run (skipped or scored 0 per `missingQueries`). */
  readonly missingQueries: string[];
  /** Run queries absent from the qrels; always skipped, as trec_eval does. */
  readonly unjudgedQueries: string[];
}

/** Evaluates every judged query of a run. */
export function evaluateRun(run: Run, qrels: Qrels, opts: RunOptions = {}): RunEvaluation {
  const missingPolicy = opts.missingQueries ?? 'skip';
  const queries: QueryResult[] = [];
  const missingQueries: string[] = [];
  for (const [qid, judgements] of qrels) {
    const rows = run.get(qid);
    if (rows === undefined) {
      missingQueries.push(qid);
      if (missingPolicy === 'zero') queries.push({ qid, values: evaluateQuery([], judgements, opts) });
      continue;
    }
    queries.push({ qid, values: evaluateQuery(rankedDocs(rows), judgements, opts) });
  }
  const unjudgedQueries = [...run.keys()].filter((qid) => !qrels.has(qid));
  return { queries, missingQueries, unjudgedQueries };
}

/** Sufficient statistics of a mean per metric; two of them merge by adding sums and counts. */
export type MeanStats = Record<string, { sum: number; count: number }>;

/** Adds one query's values into `stats` (mutates and returns it). */
export function addToMeanStats(stats: MeanStats, values: MetricValues): MeanStats {
  for (const [name, value] of Object.entries(values)) {
    const entry = stats[name];
    if (entry === undefined) stats[name] = { sum: value, count: 1 };
    else {
      entry.sum += value;
      entry.count += 1;
    }
  }
  return stats;
}

/** Statistics over many queries' values. */
export function meanStatsOf(valuesList: Iterable<MetricValues>): MeanStats {
  const stats: MeanStats = {};
  for (const values of valuesList) addToMeanStats(stats, values);
  return stats;
}

/** A new MeanStats holding both inputs. */
export function mergeMeanStats(a: MeanStats, b: MeanStats): MeanStats {
  const merged: MeanStats = {};
  for (const source of [a, b]) {
    for (const [name, { sum, count }] of Object.entries(source)) {
      const entry = merged[name];
      if (entry === undefined) merged[name] = { sum, count };
      else {
        entry.sum += sum;
        entry.count += count;
      }
    }
  }
  return merged;
}

/** Mean per metric; NaN for a metric with count 0. */
export function meansOf(stats: MeanStats): MetricValues {
  const means: MetricValues = {};
  for (const [name, { sum, count }] of Object.entries(stats)) means[name] = count === 0 ? NaN : sum / count;
  return means;
}
