import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WORKER_MARKER, type SerializedInputError, type WorkerReply, type WorkerTask } from './protocol.js';

/** Worker threads to use: EVALGATE_THREADS, else one per core, at most 4. */
export function threadCount(): number {
  const env = process.env.EVALGATE_THREADS;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return Math.min(4, availableParallelism());
}

/** The running bundle (dist/cli.js or dist/index.js) doubles as the worker script; TypeScript sources cannot. */
export function workerScript(): string | undefined {
  const url = import.meta.url;
  if (!url.startsWith('file:') || !url.endsWith('.js')) return undefined;
  return fileURLToPath(url);
}

/** One finished task: its output, or the input error it met. */
export interface PoolResult<T> {
  readonly task: T;
  readonly part?: unknown;
  readonly error?: SerializedInputError;
}

export interface PoolOptions<T> {
  /** Worker threads to start (at most one per task). */
  readonly size: number;
  /** Which task each free worker takes next (default: in order). */
  readonly order?: readonly number[];
  /**
   * Tasks posted to a worker before it finishes the first (default 1). With 2 a worker starts its next task
   * as soon as it posts a result, instead of waiting for the main thread to run onDone and hand it one;
   * it runs them one at a time (serveWorkerTasks). Worth it when onDone is slow and tasks are many and small.
   */
  readonly inFlight?: number;
  /** A worker's heap limit, in MB. */
  readonly maxOldGenerationSizeMb?: number;
  /** A worker's young generation, in MB (smaller: more frequent, cheaper scavenges; less memory). */
  readonly maxYoungGenerationSizeMb?: number;
  /** Named in the error when a worker crashes ("decode", "bootstrap"). */
  readonly label: string;
  readonly onProgress?: (task: T, done: { bytes: number; total: number }) => void;
  /** Called on the main thread as each task finishes; a throw stops the pool and rejects. */
  readonly onDone?: (result: PoolResult<T>) => void;
}

/**
 * Runs `tasks` on a pool of worker threads running `script`; resolves with every task's result by index.
 * A crash, a worker error or a throwing onDone stops every worker and rejects.
 */
export function runPool<T extends Omit<WorkerTask, 'id'>>(
  script: string,
  tasks: readonly T[],
  options: PoolOptions<T>,
): Promise<PoolResult<T>[]> {
  const order = options.order ?? tasks.map((_, i) => i);
  return new Promise((resolvePool, rejectPool) => {
    const results: PoolResult<T>[] = new Array(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      for (const w of workers) void w.terminate();
      rejectPool(error);
    };
    const size = Math.min(options.size, tasks.length);
    const depth = Math.max(1, options.inFlight ?? 1);
    const held: number[] = new Array(size).fill(0); // tasks posted to each worker and not yet answered
    // Tops worker w up to `depth` tasks, but a worker gets its (h+1)-th only while more than `size` × h tasks
    // are left: near the end, tasks wait for the worker that runs out of work first (not behind a busy one),
    // so the workers finish together.
    const post = (w: number) => {
      const id = order[next++];
      held[w]++;
      workers[w].postMessage({ id, ...tasks[id] });
    };
    const give = (w: number) => {
      while (next < order.length && held[w] < depth && order.length - next > size * held[w]) post(w);
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, {
        workerData: { marker: WORKER_MARKER },
        resourceLimits: {
          ...(options.maxOldGenerationSizeMb
            ? { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb }
            : {}),
          ...(options.maxYoungGenerationSizeMb
            ? { maxYoungGenerationSizeMb: options.maxYoungGenerationSizeMb }
            : {}),
        },
      });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if (reply.type === 'progress') {
          options.onProgress?.(tasks[reply.id], reply);
          return;
        }
        if (reply.type === 'crash')
          return fail(new Error(`a ${options.label} worker failed: ${reply.message}`));
        results[reply.id] =
          reply.type === 'done'
            ? { task: tasks[reply.id], part: reply.part }
            : { task: tasks[reply.id], error: reply.error };
        held[i]--;
        give(i); // before onDone: the worker goes on while the main thread consumes this result
        try {
          options.onDone?.(results[reply.id]);
        } catch (error) {
          return fail(error);
        }
        if (++finished === tasks.length) {
          for (const w of workers) void w.terminate();
          resolvePool(results);
        }
      });
      worker.on('error', (error) => {
        if (!failed) fail(error);
      });
    }
    // a task for every worker before any gets a second, so the first tasks in `order` start first
    for (let w = 0; w < size; w++) post(w);
    for (let w = 0; w < size; w++) give(w);
  });
}
