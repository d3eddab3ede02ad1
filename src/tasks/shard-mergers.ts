/** Per family: the aggregation a merge runs over the shards' rows, and how the shards' family data combine. */
import type { TaskName } from '../spec/tasks.js';
import { aggregateClassification } from './classification/evaluate.js';
import { aggregateGeneration } from './generation/evaluate.js';
import { aggregateRanking } from './ranking/evaluate.js';
import { aggregateSpans } from './spans/evaluate.js';
import { combineSpans } from './spans/shard.js';
import { aggregateScored } from './scored/evaluate.js';
import { combineScored } from './scored/rows.js';
import type { Aggregate, ShardMeta, ShardPart } from './shard-suite.js';

export type { ShardPart };

export interface ShardMerger {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly aggregate: Aggregate<any>;
  /** The merged family data; may rewrite each part's columns onto a common layout. */
  readonly combine?: (parts: ShardPart[]) => ShardMeta;
  /** The aggregation reads the examples' ids (the merge makes them strings only then). */
  readonly readsIds?: boolean;
}

export const MERGERS: Readonly<Record<TaskName, ShardMerger>> = {
  classification: { aggregate: aggregateClassification },
  generation: { aggregate: aggregateGeneration },
  ranking: { aggregate: aggregateRanking },
  spans: { aggregate: aggregateSpans, combine: combineSpans },
  scored: { aggregate: aggregateScored, combine: combineScored, readsIds: true },
};
