import { isAbsolute, relative, resolve } from 'node:path';
import type { SuiteConfig } from '../../generated/config.js';
import type { ResolvedRanking } from '../../spec/tasks.js';

export type { ResolvedRanking };
import { DEFAULT_RANKING_BASES, parseRankingMetric } from './registry.js';

/** File names read as TREC (qrels or run) in a ranking suite when no format is given. */
export function isTrecPath(path: string): boolean {
  return /\.(qrels|run|trec|txt)$/i.test(path);
}

/** Default metrics of a ranking suite: the usual bases at every configured cutoff, then map. */
export function defaultRankingMetrics(suite: SuiteConfig): string[] {
  const cutoffs = suite.ranking?.cutoffs ?? [10];
  return [...DEFAULT_RANKING_BASES.flatMap((b) => cutoffs.map((k) => `${b}@${k}`)), 'map'];
}

export function resolveRanking(
  suite: SuiteConfig,
  metrics: readonly string[],
  root: string,
): ResolvedRanking {
  const options = suite.ranking ?? {};
  const cutoffs = new Set<number>();
  for (const m of metrics) {
    const k = parseRankingMetric(m)?.k;
    if (k) cutoffs.add(k);
  }
  const queries = options.queries;
  const queriesPath =
    queries === undefined ? undefined : isAbsolute(queries) ? queries : resolve(root, queries);
  return {
    cutoffs: [...cutoffs].sort((a, b) => a - b),
    gain: options.gain ?? 'linear',
    relevanceLevel: options.relevance_level ?? 1,
    missingQueries: options.missing_queries ?? 'zero',
    ndcg: options.ndcg ?? 'trec',
    ...(queriesPath
      ? { queries: { path: queriesPath, display: relative(root, queriesPath) || queries! } }
      : {}),
    judgementsField: options.judgements_field ?? 'judgements',
    rankingField: options.ranking_field ?? 'ranking',
  };
}
