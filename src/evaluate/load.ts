import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../io/errors.js';
import { isGzip, splitLines } from '../io/lines.js';
import {
  decodeGoldenPart,
  decodePredictionPart,
  mergeGoldenParts,
  mergePredictionParts,
  type ClassificationReadSpec,
  type DataSource,
  type GoldenColumns,
  type GoldenPart,
  type PredictionColumns,
  type PredictionPart,
} from '../tasks/classification/decode.js';
import {
  WORKER_MARKER,
  type DecodeTask,
  type SerializedInputError,
  type WorkerReply,
} from './worker-protocol.js';

/**
 * Files smaller than this together are read on the main thread: starting workers would cost more.
 * (EVALGATE_PARALLEL_MIN_BYTES and EVALGATE_PART_BYTES override both sizes; the tests use them to run the
 * parallel path on small files.)
 */
const PARALLEL_MIN_BYTES = envBytes('EVALGATE_PARALLEL_MIN_BYTES') ?? 24 * 1024 * 1024;
/** Aim for parts of about this size, so the workers finish together. */
const PART_BYTES = envBytes('EVALGATE_PART_BYTES') ?? 64 * 1024 * 1024;

function envBytes(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

export interface LoadedSuiteData {
  readonly golden: GoldenColumns;
  readonly predictions: PredictionColumns;
}

type Progress = (part: string) => (bytes: number, total: number) => void;

/**
 * Called on the main thread for each decoded part of the predictions, once the golden set is merged, while
 * the workers go on decoding: it may consume the part (e.g. fold its scores into per-example terms and
 * set `part.scores = null`, so no more than a few parts' score matrices are ever held).
 */
export type PredictionPartHook = (golden: GoldenColumns, part: PredictionPart) => void;

/**
 * Reads a suite's golden set and predictions. Large uncompressed JSONL files are split into byte ranges
 * decoded by worker threads (one per core, at most 4); everything else is read on the main thread. Both
 * paths run the same decode functions, so results and error messages are identical.
 */
export async function loadSuiteData(
  golden: DataSource,
  predictions: DataSource,
  spec: ClassificationReadSpec,
  progress: Progress,
  onPredictionPart?: PredictionPartHook,
): Promise<LoadedSuiteData> {
  const [gSize, pSize] = await Promise.all([sizeOf(golden), sizeOf(predictions)]);
  const threads = threadCount();
  const script = workerScript();
  if (threads <= 1 || !script || gSize + pSize < PARALLEL_MIN_BYTES) {
    // Both files are read at once; when both are bad, the golden set's error is the one reported.
    const [gs, ps] = await Promise.allSettled([
      decodeGoldenPart(golden, spec, { onProgress: progress('golden') }),
      decodePredictionPart(predictions, spec, { onProgress: progress('predictions') }),
    ]);
    if (gs.status === 'rejected') throw gs.reason;
    if (ps.status === 'rejected') throw ps.reason;
    const merged = mergeGoldenParts([gs.value], spec, golden.display, [0]);
    onPredictionPart?.(merged, ps.value);
    return { golden: merged, predictions: mergePredictionParts([ps.value], spec, predictions.display, [0]) };
  }
  const gRanges = await rangesOf(golden, gSize);
  const pRanges = await rangesOf(predictions, pSize);
  // golden parts first: once the golden set is merged, prediction parts are consumed as they arrive
  const tasks: Omit<DecodeTask, 'id'>[] = [
    ...gRanges.map((range) => ({ kind: 'golden' as const, source: golden, spec, range })),
    ...pRanges.map((range) => ({ kind: 'predictions' as const, source: predictions, spec, range })),
  ];
  const reporter = { golden: progress('golden'), predictions: progress('predictions') };
  let mergedGolden: GoldenColumns | null = null;
  let goldenFailed = false;
  const waiting: PredictionPart[] = [];
  let goldenLeft = gRanges.length;
  const goldenResults: TaskResult[] = [];
  const onDone = (result: TaskResult) => {
    if (result.task.kind === 'golden') {
      goldenResults.push(result);
      if (--goldenLeft > 0) return;
      try {
        const parts = partsOrThrow<GoldenPart>(goldenResults);
        mergedGolden = mergeGoldenParts(parts.parts, spec, golden.display, parts.offsets);
      } catch {
        goldenFailed = true; // reported after every part is in, like any other error
      }
      for (const part of waiting.splice(0)) if (mergedGolden) onPredictionPart?.(mergedGolden, part);
      return;
    }
    if (!result.part || goldenFailed) return;
    const part = result.part as unknown as PredictionPart;
    if (mergedGolden) onPredictionPart?.(mergedGolden, part);
    else waiting.push(part);
  };
  const results = await runPool(
    script,
    Math.min(threads, tasks.length),
    tasks,
    (task, done) => reporter[task.kind](done.bytes, done.total),
    onDone,
  );
  const predResults = results.filter((r) => r.task.kind === 'predictions');
  const gParts = partsOrThrow<GoldenPart>(goldenResults); // golden errors first, as on the main thread
  const pParts = partsOrThrow<PredictionPart>(predResults);
  return {
    golden: mergedGolden ?? mergeGoldenParts(gParts.parts, spec, golden.display, gParts.offsets),
    predictions: mergePredictionParts(pParts.parts, spec, predictions.display, pParts.offsets),
  };
}

async function sizeOf(source: DataSource): Promise<number> {
  try {
    return (await stat(source.path)).size;
  } catch {
    return 0; // the decoder reports the missing file with its message
  }
}

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

async function rangesOf(
  source: DataSource,
  size: number,
): Promise<({ start: number; end: number } | undefined)[]> {
  if (source.format !== 'jsonl' || isGzip(source.path)) return [undefined];
  return splitLines(source.path, Math.max(1, Math.round(size / PART_BYTES)));
}

interface TaskResult {
  readonly task: Omit<DecodeTask, 'id'>;
  readonly part?: { lineCount: number };
  readonly error?: SerializedInputError;
}

/** Parts in file order with their line offsets; the earliest failing part's error, with its absolute line. */
function partsOrThrow<P extends { lineCount: number }>(
  results: readonly TaskResult[],
): { parts: P[]; offsets: number[] } {
  const ordered = [...results].sort((a, b) => (a.task.range?.start ?? 0) - (b.task.range?.start ?? 0));
  const parts: P[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const r of ordered) {
    if (r.error) {
      throw new InputError({
        ...r.error,
        line: r.error.line === undefined ? undefined : r.error.line + offset,
      });
    }
    parts.push(r.part as P);
    offsets.push(offset);
    offset += r.part!.lineCount;
  }
  return { parts, offsets };
}

function runPool(
  script: string,
  size: number,
  tasks: readonly Omit<DecodeTask, 'id'>[],
  onProgress: (task: Omit<DecodeTask, 'id'>, done: { bytes: number; total: number }) => void,
  onDone: (result: TaskResult) => void,
): Promise<TaskResult[]> {
  return new Promise((resolvePool, rejectPool) => {
    const results: TaskResult[] = new Array(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const give = (worker: Worker) => {
      if (next >= tasks.length) return;
      const id = next++;
      worker.postMessage({ id, ...tasks[id] } satisfies DecodeTask);
    };
    for (let i = 0; i < size; i++) {
      // A small old generation makes each worker collect early: parts are decoded one at a time, and only
      // their compact columns survive.
      const worker = new Worker(script, {
        workerData: { marker: WORKER_MARKER },
        resourceLimits: { maxOldGenerationSizeMb: 256 },
      });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if (reply.type === 'progress') {
          onProgress(tasks[reply.id], reply);
          return;
        }
        if (reply.type === 'crash') {
          failed = true;
          stopAll();
          rejectPool(new Error(`a decode worker failed: ${reply.message}`));
          return;
        }
        results[reply.id] =
          reply.type === 'done'
            ? { task: tasks[reply.id], part: reply.part as { lineCount: number } }
            : { task: tasks[reply.id], error: reply.error };
        try {
          onDone(results[reply.id]);
        } catch (error) {
          failed = true;
          stopAll();
          rejectPool(error);
          return;
        }
        finished++;
        if (finished === tasks.length) {
          stopAll();
          resolvePool(results);
        } else give(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stopAll();
        rejectPool(error);
      });
      give(worker);
    }
  });
}
