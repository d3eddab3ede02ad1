import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../io/errors.js';
import { decodeGoldenPart, decodePredictionPart } from '../tasks/classification/decode.js';
import { WORKER_MARKER, type DecodeTask, type WorkerReply } from './worker-protocol.js';
import { pairedIntervals } from '../compare/compare.js';
import type { BootstrapTask } from '../compare/parallel.js';
import { countsProblem } from '../tasks/classification/resample.js';

/** True inside a decode worker: the bundle's entry then serves tasks instead of running the CLI/action. */
export function isDecodeWorker(): boolean {
  return !isMainThread && (workerData as { marker?: string } | null)?.marker === WORKER_MARKER;
}

function transferables(part: object): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const visit = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const x of Object.values(v)) visit(x);
    else if (Array.isArray(v) && v.length && typeof v[0] === 'object') for (const x of v) visit(x);
  };
  visit(part);
  return [...new Set(out)];
}

/** Decodes the parts the main thread sends, one at a time, until the port closes. */
export function serveDecodeTasks(): void {
  const port = parentPort!;
  port.on('message', async (task: DecodeTask | BootstrapTask) => {
    const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
    if (task.kind === 'bootstrap') {
      try {
        const intervals = pairedIntervals(
          task.key,
          task.metrics,
          countsProblem(task.data),
          task.sliceN,
          task.settings,
        );
        post({ id: task.id, type: 'done', part: [...intervals] });
      } catch (error) {
        post({ id: task.id, type: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    try {
      const options = {
        range: task.range,
        onProgress: (bytes: number, total: number) => post({ id: task.id, type: 'progress', bytes, total }),
      };
      const part =
        task.kind === 'golden'
          ? await decodeGoldenPart(task.source, task.spec, options)
          : await decodePredictionPart(task.source, task.spec, options);
      post({ id: task.id, type: 'done', part }, transferables(part));
    } catch (error) {
      if (error instanceof InputError) {
        post({
          id: task.id,
          type: 'input-error',
          error: { file: error.file, line: error.line, field: error.field, message: error.detail },
        });
      } else {
        post({ id: task.id, type: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
    }
  });
}
