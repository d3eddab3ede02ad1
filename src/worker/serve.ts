import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../io/errors.js';
import { WORKER_MARKER, type WorkerReply, type WorkerTask } from './protocol.js';

/** Runs one task inside a worker; `progress` reports bytes read so far. */
export type WorkerHandler = (
  task: WorkerTask,
  progress: (bytes: number, total: number) => void,
) => Promise<unknown> | unknown;

/** True inside a worker thread: the bundle's entry then serves tasks instead of running the CLI/action. */
export function isWorkerThread(): boolean {
  return !isMainThread && (workerData as { marker?: string } | null)?.marker === WORKER_MARKER;
}

function transferables(part: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const visit = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const x of Object.values(v)) visit(x);
    else if (Array.isArray(v) && v.length && typeof v[0] === 'object') for (const x of v) visit(x);
  };
  visit(part);
  return [...new Set(out)];
}

/** Where a worker takes its tasks from and posts its replies (parentPort, or a MessageChannel port in tests). */
export interface TaskPort {
  on(event: 'message', listener: (task: WorkerTask) => void): unknown;
  postMessage(reply: WorkerReply, transfer?: ArrayBuffer[]): void;
}

/**
 * Runs the tasks the main thread sends with the handler of their kind, strictly one at a time in the order
 * they arrive: the pool posts a worker's next task before the current one finishes (so the worker never
 * waits for the main thread), and an async handler must not interleave with the one before it.
 */
export function serveWorkerTasks(
  handlers: Readonly<Record<string, WorkerHandler>>,
  port: TaskPort = parentPort!,
): void {
  const queue: WorkerTask[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) await runTask(handlers, port, task);
    running = false;
  };
  port.on('message', (task: WorkerTask) => {
    queue.push(task);
    if (!running) void drain();
  });
}

async function runTask(
  handlers: Readonly<Record<string, WorkerHandler>>,
  port: TaskPort,
  task: WorkerTask,
): Promise<void> {
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  try {
    const handler = handlers[task.kind];
    if (!handler) throw new Error(`no worker handler for tasks of kind ${JSON.stringify(task.kind)}`);
    const part = await handler(task, (bytes, total) => post({ id: task.id, type: 'progress', bytes, total }));
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
}
