import { CLASSIFICATION_METRICS } from './classification/registry.js';
import { GENERATION_METRICS } from './generation/registry.js';
import type { MetricDef } from './metric-def.js';
import { OPS_METRICS } from './ops/registry.js';
import { RANKING_METRIC_DEFS, rankingMetricDef } from './ranking/registry.js';
import { SCORED_METRICS } from './scored/registry.js';
import { SPAN_METRICS } from './spans/registry.js';

export type { MetricDef, Direction, MetricUnit } from './metric-def.js';

import type { TaskName } from '../spec/tasks.js';

export { TASKS, type TaskName } from '../spec/tasks.js';

/** Every metric of every task family, by name. Names are unique across families. */
export const METRICS_BY_TASK: Readonly<Record<TaskName, readonly MetricDef[]>> = {
  classification: [...CLASSIFICATION_METRICS, ...OPS_METRICS],
  ranking: [...RANKING_METRIC_DEFS, ...OPS_METRICS],
  generation: [...GENERATION_METRICS, ...OPS_METRICS],
  spans: [...SPAN_METRICS, ...OPS_METRICS],
  scored: SCORED_METRICS,
};

const byName = new Map<string, MetricDef>();
for (const defs of Object.values(METRICS_BY_TASK)) for (const def of defs) byName.set(def.name, def);

export function metricDef(name: string): MetricDef | undefined {
  // ranking metrics take any cutoff (`ndcg@7`): parsed when not listed
  return byName.get(name) ?? rankingMetricDef(name);
}

export function metricNames(task: TaskName): string[] {
  return METRICS_BY_TASK[task].map((d) => d.name);
}
