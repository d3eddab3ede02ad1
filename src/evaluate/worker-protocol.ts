import type { ClassificationReadSpec, DataSource } from '../tasks/classification/decode.js';

/** Messages between the main thread and decode workers. */
export interface DecodeTask {
  readonly id: number;
  readonly kind: 'golden' | 'predictions';
  readonly source: DataSource;
  readonly spec: ClassificationReadSpec;
  readonly range?: { start: number; end: number };
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
