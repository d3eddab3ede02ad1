import { describe, expect, test } from '@jest/globals';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { InputError } from '../../src/io/errors.js';
import type { WorkerReply } from '../../src/worker/protocol.js';
import { serveWorkerTasks, type WorkerHandler } from '../../src/worker/serve.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves `handlers` on one end of a channel, posts `tasks` at once from the other, collects n replies. */
async function serve(
  handlers: Record<string, WorkerHandler>,
  tasks: { id: number; kind: string; ms?: number }[],
  replies: number,
): Promise<WorkerReply[]> {
  const { port1, port2 } = new MessageChannel();
  serveWorkerTasks(handlers, port1);
  const got: WorkerReply[] = [];
  const all = new Promise<void>((resolve) =>
    port2.on('message', (reply: WorkerReply) => {
      got.push(reply);
      if (got.length === replies) resolve();
    }),
  );
  for (const task of tasks) port2.postMessage(task);
  await all;
  for (const port of [port1, port2] as MessagePort[]) port.close();
  return got;
}

describe('serveWorkerTasks', () => {
  test('runs queued tasks one at a time, in the order they arrived, even when handlers await', async () => {
    const events: string[] = [];
    const wait: WorkerHandler = async (task) => {
      const { id, ms } = task as unknown as { id: number; ms: number };
      events.push(`start ${id}`);
      await sleep(ms);
      events.push(`end ${id}`);
      return { id };
    };
    // the first task is the slowest: an interleaving server would finish the others first
    const tasks = [40, 5, 20, 0].map((ms, id) => ({ id, kind: 'wait', ms }));
    const replies = await serve({ wait }, tasks, 4);
    expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(replies).toEqual([0, 1, 2, 3].map((id) => ({ id, type: 'done', part: { id } })));
  });

  test('an input error or a crash answers its task and the queue goes on', async () => {
    const handlers: Record<string, WorkerHandler> = {
      bad: () => {
        throw new InputError({ file: 'golden.jsonl', line: 7, field: 'label', message: 'missing label' });
      },
      broken: async () => {
        await sleep(5);
        throw new Error('out of memory');
      },
      ok: (task) => task.id * 10,
    };
    const tasks = [
      { id: 0, kind: 'broken' },
      { id: 1, kind: 'bad' },
      { id: 2, kind: 'ok' },
      { id: 3, kind: 'unknown' },
      { id: 4, kind: 'ok' },
    ];
    expect(await serve(handlers, tasks, 5)).toEqual([
      { id: 0, type: 'crash', message: 'out of memory' },
      {
        id: 1,
        type: 'input-error',
        error: { file: 'golden.jsonl', line: 7, field: 'label', message: 'missing label' },
      },
      { id: 2, type: 'done', part: 20 },
      { id: 3, type: 'crash', message: 'no worker handler for tasks of kind "unknown"' },
      { id: 4, type: 'done', part: 40 },
    ]);
  });

  test('progress replies come between the task start and its result', async () => {
    const read: WorkerHandler = (_task, progress) => {
      progress(1, 2);
      progress(2, 2);
      return 'read';
    };
    expect(await serve({ read }, [{ id: 5, kind: 'read' }], 3)).toEqual([
      { id: 5, type: 'progress', bytes: 1, total: 2 },
      { id: 5, type: 'progress', bytes: 2, total: 2 },
      { id: 5, type: 'done', part: 'read' },
    ]);
  });
});
