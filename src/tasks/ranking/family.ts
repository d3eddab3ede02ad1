import type { ResolvedSuite } from '../../spec/config.js';
import { InputError } from '../../io/errors.js';
import { isOpsMetric } from '../ops/registry.js';
import { RANKING_METRIC_DEFS } from './registry.js';
import type { RankingReadSpec } from './decode.js';
import { readGoldenQueries } from './golden-queries.js';
import { readRankedLists } from './ranked-lists.js';
import { evaluateRanking } from './evaluate.js';
import { pairedRanking, rankingResamplable } from './resample.js';
import { withOpsMetrics } from '../ops/slices.js';
import { settleGoldenFirst, sliceFieldsOf } from '../keyed-records.js';

export function rankingReadSpec(suite: ResolvedSuite): RankingReadSpec {
  return {
    idField: suite.fields.id,
    judgementsField: suite.ranking!.judgementsField,
    rankingField: suite.ranking!.rankingField,
    sliceFields: sliceFieldsOf(suite),
    ...(suite.ops ? { ops: suite.ops } : {}),
  };
}

/** task: ranking — queries with judged documents against ranked lists. */
export const rankingFamily = withOpsMetrics({
  metrics: RANKING_METRIC_DEFS,
  async evaluate(suite, log) {
    const spec = rankingReadSpec(suite);
    if (suite.predictions.format === undefined && suite.metrics.some(isOpsMetric))
      throw new InputError({
        file: suite.predictions.display,
        message:
          'a TREC run has no per-query latency or cost: write JSONL predictions to compute operational metrics',
      });
    if (suite.golden.format !== undefined && suite.ranking!.queries)
      throw new InputError({
        field: `${suite.name}.ranking.queries`,
        message: 'queries: is for a TREC qrels golden set; JSONL golden records carry their own fields',
      });
    // both files at once; when both are bad, the golden set's error is the one reported
    const [golden, predictions] = await settleGoldenFirst([
      readGoldenQueries(suite.golden, spec, suite.ranking!.queries),
      readRankedLists(suite.predictions, spec),
    ]);
    if (predictions.warning) log(`warning: ${predictions.warning}`);
    log(`${suite.name}: ${golden.n} queries, ${predictions.n} ranked lists`);
    return evaluateRanking(suite, golden, predictions);
  },
  resamplable: rankingResamplable,
  paired: pairedRanking,
});
