import { describe, expect, test } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runPool, type PoolResult } from '../../src/worker/pool.js';

const script = fileURLToPath(new URL('../fixtures/worker/queue-worker.mjs', import.meta.url));

interface Task {
  kind: string;
  ms?: number;
  crash?: string;
  inputError?: string;
}
type Part = { thread: number; received: number[] };

/** Task ids by the worker thread that ran them, in the order each ran them. */
function tasksByThread(parts: Part[]): Map<number, number[]> {
  const byThread = new Map<number, number[]>();
  parts.forEach((p, i) => byThread.set(p.thread, [...(byThread.get(p.thread) ?? []), i]));
  for (const ids of byThread.values())
    ids.sort((a, b) => parts[a].received.indexOf(a) - parts[b].received.indexOf(b));
  return byThread;
}

const tasks = (n: number, ms = 20): Task[] => Array.from({ length: n }, () => ({ kind: 'wait', ms }));

describe('runPool', () => {
  test('inFlight 2: a worker already holds its next task when it finishes one, so it never waits for onDone', async () => {
    const list = tasks(8);
    const done: number[] = [];
    const results = await runPool(script, list, {
      size: 2,
      label: 'test',
      inFlight: 2,
      onDone: (r) => {
        done.push(list.indexOf(r.task));
        const until = Date.now() + 30; // a slow main thread
        while (Date.now() < until);
      },
    });
    expect(results.map((r) => r.error)).toEqual(new Array(8).fill(undefined));
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const parts = results.map((r) => r.part as Part);
    // round-robin start: tasks 0 and 1 on different workers, 2 and 3 queued behind them
    expect(parts[0].thread).not.toBe(parts[1].thread);
    expect(parts[0].received).toEqual([0, 2]);
    expect(parts[1].received).toEqual([1, 3]);
    // each worker ran its tasks in the order it received them, and all of them
    const byThread = tasksByThread(parts);
    for (const ids of byThread.values()) expect(parts[ids.at(-1)!].received).toEqual(ids);
    expect([...byThread.values()].flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('inFlight 2: the last tasks go to whichever worker runs out of work, not behind a slow one', async () => {
    // worker A: 0, then the slow 2 queued; worker B: 1. Tasks 3 and 4 (the last two, as many as there are
    // workers) wait for a worker with nothing left: B, while A is still on 2
    const list: Task[] = [10, 10, 400, 10, 10].map((ms) => ({ kind: 'wait', ms }));
    const parts = (await runPool(script, list, { size: 2, label: 'test', inFlight: 2 })).map(
      (r) => r.part as Part,
    );
    expect(parts[2].thread).toBe(parts[0].thread);
    expect(parts[3].thread).toBe(parts[1].thread);
    expect(parts[4].thread).toBe(parts[1].thread);
  });

  test('inFlight 1 (the default): a worker gets its next task only once it has finished one', async () => {
    const results = await runPool(script, tasks(6), { size: 2, label: 'test' });
    const parts = results.map((r) => r.part as Part);
    for (const ids of tasksByThread(parts).values())
      ids.forEach((id, j) => expect(parts[id].received).toEqual(ids.slice(0, j + 1)));
  });

  test('`order` decides which task starts first', async () => {
    const results = await runPool(script, tasks(4), {
      size: 1,
      label: 'test',
      order: [3, 1, 0, 2],
      inFlight: 2,
    });
    expect((results[3].part as Part).received).toEqual([3, 1]);
    expect((results[2].part as Part).received).toEqual([3, 1, 0, 2]);
  });

  test('input errors come back as results of their task, by index', async () => {
    const list: Task[] = tasks(5, 5);
    list[3] = { kind: 'wait', ms: 1, inputError: 'bad row' };
    list[1] = { kind: 'wait', ms: 30, inputError: 'earlier bad row' };
    const results = await runPool(script, list, { size: 2, label: 'test', inFlight: 2 });
    expect(results.map((r) => r.error?.message)).toEqual([
      undefined,
      'earlier bad row',
      undefined,
      'bad row',
      undefined,
    ]);
    expect(results[1].task).toBe(list[1]);
  });

  test('a crash with tasks still queued rejects, naming the pool', async () => {
    const list: Task[] = tasks(8, 10);
    list[2] = { kind: 'wait', ms: 1, crash: 'out of memory' };
    await expect(runPool(script, list, { size: 2, label: 'decode', inFlight: 2 })).rejects.toThrow(
      'a decode worker failed: out of memory',
    );
  });

  test('a throwing onDone rejects with its error', async () => {
    const list = tasks(6, 5);
    await expect(
      runPool(script, list, {
        size: 2,
        label: 'test',
        inFlight: 2,
        onDone: (r: PoolResult<Task>) => {
          throw new Error(`merge failed at task ${list.indexOf(r.task)}`);
        },
      }),
    ).rejects.toThrow(/^merge failed at task [01]$/);
  });
});
