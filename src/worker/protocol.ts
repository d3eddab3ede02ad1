/** Messages between the main thread and the worker threads (one protocol for every kind of task). */
export interface WorkerTask {
  readonly id: number;
  /** Picks the handler the worker runs (serveWorkerTasks). */
  readonly kind: string;
}

export interface SerializedInputError {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly bytes: number; readonly total: number }
  | { readonly id: number; readonly type: 'done'; readonly part: unknown }
  | { readonly id: number; readonly type: 'input-error'; readonly error: SerializedInputError }
  | { readonly id: number; readonly type: 'crash'; readonly message: string };

export const WORKER_MARKER = 'evalgate-decode-worker';
