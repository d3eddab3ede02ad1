import type { ResolvedComparisonSettings, ResolvedConfig } from '../spec/config.js';
import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { countsProblem } from '../tasks/classification/resample.js';
import type { ProblemData } from '../tasks/task-family.js';
import { runPool, threadCount, workerScript } from '../worker/pool.js';
import type { WorkerHandler } from '../worker/serve.js';
import { compareResults, comparisonFlips } from './compare.js';
import { pairedIntervals, pairedNeedsResampling, type SliceInterval } from './intervals.js';

/** A slice's paired bootstrap, as data a worker can run. */
export interface BootstrapTask {
  readonly id: number;
  readonly kind: 'bootstrap';
  readonly key: string;
  readonly metrics: readonly string[];
  readonly data: ProblemData;
  readonly sliceN: number;
  readonly settings: ResolvedComparisonSettings;
}

const jobKey = (suite: string, key: string, metrics: readonly string[]) =>
  `${suite}\u0000${key}\u0000${metrics.join(',')}`;

/**
 * compareResults with the paired bootstraps of slices spread over worker threads (one per core, at most 4),
 * largest slices first. Slices whose problem cannot travel as data are resampled on the main thread, and
 * slices with analytic intervals only (score intervals) are not resampled at all: when no slice needs
 * resampling no worker starts. The output is identical to compareResults: same streams, same arithmetic,
 * only where it runs differs. While the workers resample, the main thread lists the flipped examples (they
 * need no interval).
 */
export async function compareResultsParallel(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
): Promise<Comparison> {
  const script = workerScript();
  const threads = threadCount();
  if (!script || threads <= 1) return compareResults(base, head, config);
  // pass 1: find the slices to resample; the others get their analytic intervals here. Only what the gates
  // need is built (no flips, trend or reliability): this comparison is discarded.
  const tasks: BootstrapTask[] = [];
  const keys: string[] = [];
  const analytic = new Map<string, Map<string, SliceInterval>>();
  let deferred = 0;
  const planned = compareResults(base, head, config, {
    gatesOnly: true,
    intervals: {
      paired(suite, key, metrics, problem, sliceN) {
        if (!pairedNeedsResampling(metrics, problem, config.comparison)) {
          const found = pairedIntervals(key, metrics, problem, sliceN, config.comparison);
          analytic.set(jobKey(suite, key, metrics), found);
          return found;
        }
        deferred++;
        if (problem.data) {
          tasks.push({
            id: tasks.length,
            kind: 'bootstrap',
            key,
            metrics,
            data: problem.data,
            sliceN,
            settings: config.comparison,
          });
          keys.push(jobKey(suite, key, metrics));
        }
        return new Map();
      },
    },
  });
  // nothing to resample: the comparison with the intervals just computed (tables and rows are cached)
  if (deferred === 0)
    return compareResults(base, head, config, {
      intervals: { known: (suite, key, metrics) => analytic.get(jobKey(suite, key, metrics)) },
    });
  if (tasks.length < 2) return compareResults(base, head, config);
  const running = runBootstrapTasks(script, Math.min(threads, tasks.length), tasks);
  // a failed pool is reported by the await below, not as an unhandled rejection meanwhile
  running.catch(() => undefined);
  const flips = comparisonFlips(base, head, planned, config);
  const results = await running;
  const computed = new Map([...analytic, ...keys.map((k, i) => [k, results[i]] as const)]);
  // pass 2: the real comparison, with the workers' intervals
  return compareResults(base, head, config, {
    flips,
    intervals: { known: (suite, key, metrics) => computed.get(jobKey(suite, key, metrics)) },
  });
}

async function runBootstrapTasks(
  script: string,
  size: number,
  tasks: readonly BootstrapTask[],
): Promise<Map<string, SliceInterval>[]> {
  // largest problems first, so the workers finish together
  const order = [...tasks].sort((a, b) => b.data.units.length - a.data.units.length || a.id - b.id);
  const results = await runPool(script, tasks, {
    size,
    label: 'bootstrap',
    // a resample's weights are short-lived: a small young generation keeps each worker's memory low
    maxYoungGenerationSizeMb: 8,
    order: order.map((t) => t.id),
    onDone(result) {
      if (result.error) throw new Error(`a bootstrap worker failed: ${result.error.message}`);
    },
  });
  return results.map((r) => new Map(r.part as [string, SliceInterval][]));
}

/** The worker side: one slice's paired bootstrap, rebuilt from its data. */
export const BOOTSTRAP_HANDLERS: Readonly<Record<BootstrapTask['kind'], WorkerHandler>> = {
  bootstrap(task) {
    const t = task as BootstrapTask;
    return [...pairedIntervals(t.key, t.metrics, countsProblem(t.data), t.sliceN, t.settings)];
  },
};
