import { Worker } from 'node:worker_threads';
import type { ResolvedComparisonSettings, ResolvedConfig } from '../config/types.js';
import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { threadCount, workerScript } from '../evaluate/load.js';
import { WORKER_MARKER } from '../evaluate/worker-protocol.js';
import type { ProblemData } from '../tasks/family.js';
import { compareResults, type SliceInterval } from './compare.js';

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
 * largest slices first. Slices whose problem cannot travel as data are resampled on the main thread. The
 * output is identical to compareResults: same streams, same arithmetic, only where it runs differs.
 */
export async function compareResultsParallel(
  base: EvalgateResult,
  head: EvalgateResult,
  config: ResolvedConfig,
): Promise<Comparison> {
  const script = workerScript();
  const threads = threadCount();
  if (!script || threads <= 1) return compareResults(base, head, config);
  // pass 1: find the slices to resample (the comparison built here is discarded)
  const tasks: BootstrapTask[] = [];
  const keys: string[] = [];
  compareResults(base, head, config, {
    intervals: {
      paired(suite, key, metrics, problem, sliceN) {
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
  if (tasks.length < 2) return compareResults(base, head, config);
  const results = await runBootstrapTasks(script, Math.min(threads, tasks.length), tasks);
  const computed = new Map(keys.map((k, i) => [k, results[i]]));
  // pass 2: the real comparison, with the workers' intervals
  return compareResults(base, head, config, {
    intervals: { known: (suite, key, metrics) => computed.get(jobKey(suite, key, metrics)) },
  });
}

function runBootstrapTasks(
  script: string,
  size: number,
  tasks: readonly BootstrapTask[],
): Promise<Map<string, SliceInterval>[]> {
  // largest problems first, so the workers finish together
  const order = [...tasks].sort((a, b) => b.data.units.length - a.data.units.length || a.id - b.id);
  return new Promise((resolve, reject) => {
    const results: Map<string, SliceInterval>[] = new Array(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const stop = () => workers.forEach((w) => void w.terminate());
    const give = (w: Worker) => {
      if (next < order.length) w.postMessage(order[next++]);
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { marker: WORKER_MARKER } });
      workers.push(worker);
      worker.on(
        'message',
        (reply: { id: number; type: string; part?: [string, SliceInterval][]; message?: string }) => {
          if (failed) return;
          if (reply.type !== 'done') {
            failed = true;
            stop();
            reject(new Error(`a bootstrap worker failed: ${reply.message ?? reply.type}`));
            return;
          }
          results[reply.id] = new Map(reply.part);
          if (++finished === tasks.length) {
            stop();
            resolve(results);
          } else give(worker);
        },
      );
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stop();
        reject(error);
      });
      give(worker);
    }
  });
}
