import type { ParseArgsConfig } from 'node:util';

// What every command shares with main.ts: streams, exit codes, the usage error and the command shape.

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes: 0 success (or advisory), 1 a gate failed, 2 usage or input error, 3 unexpected internal error. */
export const EXIT = { ok: 0, gateFailed: 1, inputError: 2, internalError: 3 } as const;

export class UsageError extends Error {}

export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly allowPositionals?: boolean;
  run(
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
    io: Streams,
  ): Promise<number>;
}
