/**
 * The last step of every family's evaluate: aggregate the per-example rows (golden order) into the suite's
 * result — all of them, or, in a shard, the owned ones, with the rows kept as `shard.*` example columns
 * for the merge (which calls the same aggregation over every shard's rows put back in golden order).
 */
import type { ResolvedSuite } from '../spec/config.js';
import type { SuiteResult } from '../generated/result.js';
import type { IdSource } from '../util/id-list.js';
import {
  idsFingerprint,
  ownedRows,
  ownsId,
  selectColumns,
  selectGolden,
  shardRowsJson,
  type GoldenRows,
  type RowColumns,
} from './shard-rows.js';

/** One shard's part of a suite, as the merge holds it (columns may be rewritten by `combine`). */
export interface ShardPart {
  readonly file: string;
  readonly suite: SuiteResult;
  columns: RowColumns;
}

/** Family data beside the rows that the merge combines (spans: entity types, invalid sequences). */
export type ShardMeta = Record<string, unknown>;

export type Aggregate<M extends ShardMeta> = (
  suite: ResolvedSuite,
  golden: GoldenRows,
  columns: RowColumns,
  predictions: { file: string; n: number },
  missing: number,
  meta: M,
) => SuiteResult;

export function finishSuite<M extends ShardMeta>(
  suite: ResolvedSuite,
  golden: GoldenRows,
  columns: RowColumns,
  predictions: { file: string; ids: IdSource },
  missing: number,
  meta: M,
  aggregate: Aggregate<M>,
): SuiteResult {
  const ids = predictions.ids;
  if (!suite.shard)
    return aggregate(suite, golden, columns, { file: predictions.file, n: ids.length }, missing, meta);
  const rows = ownedRows(suite.shard, golden.ids)!;
  let ownedPredictions = 0;
  for (let r = 0; r < ids.length; r++) if (ownsId(suite.shard, ids.at(r)!)) ownedPredictions++;
  const mine = selectColumns(columns, rows);
  const owned = selectGolden(golden, rows);
  // a partial result is never compared: no examples of its own, only what the merge reads (in `shard`)
  const result = aggregate(
    { ...suite, storeExamples: false, shard: undefined },
    owned,
    mine,
    { file: predictions.file, n: ownedPredictions },
    missing,
    meta,
  );
  result.shard = {
    golden_n: golden.n,
    golden_ids: idsFingerprint(golden.ids),
    meta,
    ...shardRowsJson(owned, rows, mine),
  };
  return result;
}
