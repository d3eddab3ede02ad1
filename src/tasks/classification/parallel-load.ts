import { stat } from 'node:fs/promises';
import { InputError } from '../../io/errors.js';
import { isGzip, splitLines } from '../../io/lines.js';
import type { ClassificationReadSpec, DataSource } from './decode.js';
import {
  GoldenMerger,
  decodeGoldenPart,
  mergeGoldenParts,
  type GoldenColumns,
  type GoldenPart,
} from './golden-columns.js';
import {
  PredictionMerger,
  joinPart,
  decodePredictionPart,
  mergePredictionParts,
  type PredictionColumns,
  type PredictionPart,
} from './prediction-columns.js';
import { InOrderFeed, rowEstimate } from './part-merger.js';
import { runPool, threadCount, workerScript, type PoolResult } from '../../worker/pool.js';
import type { WorkerHandler } from '../../worker/serve.js';

/** A part of a golden or predictions file for a worker to decode. */
export interface DecodeTask {
  readonly id: number;
  readonly kind: 'golden' | 'predictions';
  readonly source: DataSource;
  readonly spec: ClassificationReadSpec;
  readonly range?: { start: number; end: number };
}

/** The worker side: decode one part (serveWorkerTasks dispatches both kinds here). */
const decodePart: WorkerHandler = (task, progress) => {
  const { kind, source, spec, range } = task as DecodeTask;
  const options = { range, onProgress: progress };
  return kind === 'golden'
    ? decodeGoldenPart(source, spec, options)
    : decodePredictionPart(source, spec, options);
};
export const DECODE_HANDLERS: Readonly<Record<DecodeTask['kind'], WorkerHandler>> = {
  golden: decodePart,
  predictions: decodePart,
};

/**
 * Files smaller than this together are read on the main thread: starting workers would cost more.
 * (EVALGATE_PARALLEL_MIN_BYTES and EVALGATE_PART_BYTES override both sizes; the tests use them to run the
 * parallel path on small files.)
 */
const PARALLEL_MIN_BYTES = envBytes('EVALGATE_PARALLEL_MIN_BYTES') ?? 24 * 1024 * 1024;
/**
 * Aim for parts of about this size, so the workers finish together. 8 MiB rather than 32: on the 1M-row
 * refbench (4 runs each, alternating) evaluate took ~9% less CPU (7.3 vs 8.0 s) and ~25 MiB less peak RSS.
 */
const PART_BYTES = envBytes('EVALGATE_PART_BYTES') ?? 8 * 1024 * 1024;

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
    joinPart(merged, ps.value);
    onPredictionPart?.(merged, ps.value);
    merged.byId.release();
    return {
      golden: merged,
      predictions: mergePredictionParts(merged, [ps.value], spec, predictions.display, [0]),
    };
  }
  const gRanges = await rangesOf(golden, gSize);
  const pRanges = await rangesOf(predictions, pSize);
  // golden parts first: once the golden set is merged, prediction parts are consumed as they arrive
  const tasks: Omit<DecodeTask, 'id'>[] = [
    ...gRanges.map((range) => ({ kind: 'golden' as const, source: golden, spec, range })),
    ...pRanges.map((range) => ({ kind: 'predictions' as const, source: predictions, spec, range })),
  ];
  const position = new Map(tasks.map((task, i) => [task, i < gRanges.length ? i : i - gRanges.length]));
  const reporter = { golden: progress('golden'), predictions: progress('predictions') };
  // Each file's parts are merged in file order as they arrive, and let go once copied (see part-merger.ts).
  let goldenMerger: GoldenMerger | null = null;
  let goldenColumns: GoldenColumns | null = null;
  // the golden merge's error (a duplicate id), reported after every part is in, like any other error
  let goldenError: unknown = null;
  let predictionMerger: PredictionMerger | null = null;
  const goldenFeed = new InOrderFeed<GoldenPart>(gRanges.length, (part, lineOffset) => {
    goldenMerger ??= new GoldenMerger(spec, golden.display, ...sizeEstimate(gSize, part));
    goldenMerger.add(part, lineOffset);
  });
  const predictionFeed = new InOrderFeed<PredictionPart>(
    pRanges.length,
    (part, lineOffset) => {
      const goldenSet = goldenColumns!;
      joinPart(goldenSet, part);
      onPredictionPart?.(goldenSet, part);
      predictionMerger ??= new PredictionMerger(
        goldenSet,
        spec,
        predictions.display,
        sizeEstimate(pSize, part)[0],
      );
      predictionMerger.add(part, lineOffset);
    },
    () => goldenColumns !== null,
  );
  const onDone = (result: TaskResult) => {
    const at = position.get(result.task)!;
    const part = result.error ? undefined : result.part;
    const range = result.task.range;
    if (part && range) partBytes.set(part as object, range.end - range.start); // none: the whole file
    if (result.task.kind === 'predictions') return predictionFeed.arrive(at, part as PredictionPart);
    goldenFeed.arrive(at, part as GoldenPart);
    // the golden set failed: the predictions are not merged (nor held)
    if (!part || goldenFeed.error !== null) predictionFeed.stop();
    if (!goldenFeed.complete || goldenColumns || goldenError !== null) return;
    try {
      goldenColumns = (goldenMerger ?? new GoldenMerger(spec, golden.display, 0, 0)).finish();
    } catch (error) {
      goldenError = error;
      predictionFeed.stop();
      return;
    }
    predictionFeed.drain();
  };
  const results = await runPool(script, tasks, {
    size: threads,
    label: 'decode',
    // A small heap makes each worker collect early: parts are decoded one at a time, and only their
    // compact columns survive (the scanner leaves little garbage). 8 MiB parts of even the shortest rows
    // (~30 bytes: about 280k ids) fit in it with room to spare.
    maxOldGenerationSizeMb: 128,
    maxYoungGenerationSizeMb: 16,
    // parts queued on each worker, so it decodes on while the main thread builds the golden id index (~0.3 s
    // at 1M rows, ~3 parts' decoding), merges a part or joins one; the workers used to wait for it. At 1M rows
    // (profiles, machine under load) the workers' idle time in the 0.8 s from the golden merge was ~0.65 s
    // with 2 in flight, ~0.4 s with 4 (and ~1.2 s each over the whole run before the pool queued any)
    inFlight: 4,
    onProgress: (task, done) => reporter[task.kind](done.bytes, done.total),
    onDone,
  });
  for (const result of results) onDone(result); // none is new: each arrival was handled as it came
  partsOrThrow(results.filter((r) => r.task.kind === 'golden')); // golden errors first, as on the main thread
  partsOrThrow(results.filter((r) => r.task.kind === 'predictions'));
  if (goldenFeed.error !== null) throw goldenFeed.error;
  if (goldenError !== null) throw goldenError;
  if (predictionFeed.error !== null) throw predictionFeed.error; // a part scoring other labels
  if (!goldenColumns || !predictionFeed.complete) throw new Error('loadSuiteData: a part was not merged');
  const goldenSet: GoldenColumns = goldenColumns;
  goldenSet.byId.release(); // every part is joined
  const merged = predictionMerger ?? new PredictionMerger(goldenSet, spec, predictions.display, 0);
  return { golden: goldenSet, predictions: merged.finish() };
}

/** Bytes of the file each part was decoded from (for sizeEstimate). */
const partBytes = new WeakMap<object, number>();

/** Rows and id bytes a file will hold, from its size and a part of it (with room to spare). */
function sizeEstimate(
  fileBytes: number,
  part: { n: number; lineCount: number; ids: { bytes: Uint8Array } },
): [rows: number, idBytes: number] {
  const rows = rowEstimate(fileBytes, partBytes.get(part) ?? fileBytes, part.lineCount);
  return [rows, Math.ceil(rows * (part.ids.bytes.length / Math.max(1, part.n)))];
}

async function sizeOf(source: DataSource): Promise<number> {
  try {
    return (await stat(source.path)).size;
  } catch {
    return 0; // the decoder reports the missing file with its message
  }
}

async function rangesOf(
  source: DataSource,
  size: number,
): Promise<({ start: number; end: number } | undefined)[]> {
  if (source.format !== 'jsonl' || isGzip(source.path)) return [undefined];
  return splitLines(source.path, Math.max(1, Math.round(size / PART_BYTES)));
}

type TaskResult = PoolResult<Omit<DecodeTask, 'id'>>;

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
    offset += (r.part as P).lineCount;
  }
  return { parts, offsets };
}
