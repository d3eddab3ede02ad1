import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InOrderFeed } from '../../../src/tasks/classification/part-merger.js';
import { GrowingCodes, GrowingColumn, int32s } from '../../../src/util/growing-column.js';
import { ConsecutiveLines } from '../../../src/util/line-numbers.js';
import { classificationProject } from '../../helpers/suite.js';

/**
 * A classification file's parts are merged in file order as they arrive (part-merger.ts): codes in the
 * narrowest array that holds them, consecutive line numbers as a range. Checked piece by piece, then end to
 * end: byte-range parts decoded on worker threads (tiny parts: many of them, arriving out of order) give the
 * main thread's result bytes and error messages, with blank lines, hundreds of labels and slice values, and
 * every join error.
 */

describe('growing columns', () => {
  test('codes widen from Uint8 to Uint16 to Int32 as the vocabulary grows, keeping what was written', () => {
    const codes = new GrowingCodes(4);
    const expected: number[] = [];
    const add = (values: number[], limit: number) => {
      const out = codes.reserve(values.length, limit);
      values.forEach((v, j) => (out[codes.length + j] = v));
      codes.length += values.length;
      expected.push(...values);
    };
    add([0, 1, 2, 255], 256);
    expect(codes.finish()).toBeInstanceOf(Uint8Array);
    add([256, 3, 65535], 65536);
    expect(codes.finish()).toBeInstanceOf(Uint16Array);
    add(
      Array.from({ length: 50 }, (_, i) => 65536 + i),
      70000,
    );
    expect(codes.finish()).toBeInstanceOf(Int32Array);
    add([7], 8);
    expect(Array.from(codes.finish())).toEqual(expected);
  });

  test('a column grows past its estimate', () => {
    const column = new GrowingColumn(int32s, 1);
    for (let i = 0; i < 100; i++) column.append(Int32Array.of(i, -i));
    const values = column.finish();
    expect(values.length).toBe(200);
    expect(values[199]).toBe(-99);
  });

  test('consecutive lines answer like their array, and nothing outside it', () => {
    const lines = new ConsecutiveLines(3, 4);
    expect([0, 1, 2, 3].map((i) => lines.at(i))).toEqual([3, 4, 5, 6]);
    expect([4, -1, 1.5].map((i) => lines.at(i))).toEqual([undefined, undefined, undefined]);
  });
});

describe('InOrderFeed', () => {
  test('hands parts over in file order with the lines before each, whatever order they arrive in', () => {
    const taken: [string, number][] = [];
    let ready = false;
    const feed = new InOrderFeed<{ name: string; lineCount: number }>(
      4,
      (part, offset) => taken.push([part.name, offset]),
      () => ready,
    );
    feed.arrive(2, { name: 'c', lineCount: 5 });
    feed.arrive(0, { name: 'a', lineCount: 3 });
    expect(taken).toEqual([]); // not ready
    ready = true;
    feed.drain();
    expect(taken).toEqual([['a', 0]]);
    feed.arrive(1, { name: 'b', lineCount: 2 });
    feed.arrive(1, { name: 'b again', lineCount: 2 }); // an arrival seen before changes nothing
    feed.arrive(3, { name: 'd', lineCount: 1 });
    expect(taken).toEqual([
      ['a', 0],
      ['b', 3],
      ['c', 5],
      ['d', 10],
    ]);
    expect(feed.complete).toBe(true);
  });

  test('a failed part or a throwing take stops it, keeping what take threw', () => {
    const failed = new InOrderFeed<{ lineCount: number }>(3, () => {});
    failed.arrive(0, { lineCount: 1 });
    failed.arrive(1, undefined);
    failed.arrive(2, { lineCount: 1 });
    expect(failed.complete).toBe(false);
    expect(failed.error).toBeNull();
    const throwing = new InOrderFeed<{ lineCount: number }>(2, () => {
      throw new Error('bad part');
    });
    throwing.arrive(0, { lineCount: 1 });
    expect((throwing.error as Error).message).toBe('bad part');
    expect(throwing.complete).toBe(false);
  });
});

// Worker threads only exist in the bundle (dist/cli.js doubles as their script), so this runs it.
const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

function evaluate(root: string, out: string, workers: boolean) {
  const env: Record<string, string> = workers
    ? { EVALGATE_THREADS: '2', EVALGATE_PARALLEL_MIN_BYTES: '0', EVALGATE_PART_BYTES: '300' }
    : { EVALGATE_THREADS: '1' };
  return spawnSync(
    process.execPath,
    [cli, 'evaluate', '-c', join(root, 'evalgate.yml'), '--out', join(root, out), '--format', 'none'],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );
}

/** Evaluates on the main thread and on workers: the same exit code, stderr and result bytes. */
function bothWays(root: string): { status: number | null; stderr: string; text: string } {
  const one = evaluate(root, 'one.json', false);
  const many = evaluate(root, 'many.json', true);
  expect(many.stderr.replace('many.json', 'one.json')).toBe(one.stderr);
  expect(many.status).toBe(one.status);
  if (one.status !== 0) return { status: one.status, stderr: one.stderr, text: '' };
  const strip = (file: string) => readFileSync(join(root, file), 'utf8').replace(/"created_at":"[^"]*"/, '');
  expect(strip('many.json')).toBe(strip('one.json'));
  return { status: one.status, stderr: one.stderr, text: strip('one.json') };
}

function project(golden: string[], predictions: string[], suite: Record<string, unknown> = {}): string {
  const settings = { slices: ['lang', 'topic'], metrics: ['accuracy', 'macro_f1', 'per_class_f1'] };
  return classificationProject(
    golden,
    predictions,
    { ...settings, max_labels: 1000, ...suite },
    'evalgate-merge-',
  );
}

const N = 400;
// 300 labels and 280 topics: past what a Uint8Array holds, so the merged codes widen mid-file
const goldenRow = (i: number) =>
  JSON.stringify({ id: `g${i}`, label: `l${(i * 7) % 300}`, lang: 'xyz'[i % 3], topic: `t${i % 280}` });
const predRow = (i: number) => JSON.stringify({ id: `g${i}`, prediction: `l${(i * 11) % 300}` });
const order = Array.from({ length: N }, (_, i) => (i * 37) % N); // predictions in another order

describe('parts merged in order on worker threads give the main thread’s bytes and errors', () => {
  test('hundreds of labels and slice values, blank lines in both files', () => {
    const golden = Array.from({ length: N }, (_, i) => goldenRow(i));
    golden.splice(150, 0, '', '  '); // blank lines: the golden lines are no longer consecutive
    const preds = order.map(predRow);
    preds.splice(390, 0, '');
    const root = project(golden, preds);
    expect(bothWays(root).status).toBe(0);
    const result = JSON.parse(readFileSync(join(root, 'one.json'), 'utf8')).suites[0];
    expect(result.labels).toHaveLength(300);
    expect(result.slice_values.topic).toHaveLength(280);
    expect(result.examples.columns['field.topic'].dtype).toBe('u16');
  });

  test('a duplicate golden id after blank lines is reported at its line', () => {
    const golden = Array.from({ length: N }, (_, i) => goldenRow(i));
    golden.splice(10, 0, '');
    golden[350] = goldenRow(20);
    const { status, stderr } = bothWays(project(golden, order.map(predRow)));
    expect(status).toBe(2);
    expect(stderr).toBe('evalgate evaluate: golden.jsonl:351: id: duplicate id "g20" (first at line 22)\n');
  });

  test('a duplicate prediction, an unknown id and a missing one are reported at their lines', () => {
    const dup = order.map(predRow);
    dup[300] = predRow(order[12]);
    expect(
      bothWays(
        project(
          Array.from({ length: N }, (_, i) => goldenRow(i)),
          dup,
        ),
      ).stderr,
    ).toMatch(/^evalgate evaluate: pred\.jsonl:301: id: duplicate id "g\d+" \(first at line 13\)\n$/);
    const extra = order.map(predRow);
    extra[250] = JSON.stringify({ id: 'nope', prediction: 'l1' });
    expect(
      bothWays(
        project(
          Array.from({ length: N }, (_, i) => goldenRow(i)),
          extra,
        ),
      ).stderr,
    ).toMatch(/^evalgate evaluate: pred\.jsonl:251: .*"nope"/);
    const missing = order.map(predRow).filter((_, r) => r !== 5);
    expect(
      bothWays(
        project(
          Array.from({ length: N }, (_, i) => goldenRow(i)),
          missing,
        ),
      ).stderr,
    ).toMatch(
      new RegExp(
        `^evalgate evaluate: golden\\.jsonl:${order[5] + 1}: id: no prediction for id "g${order[5]}"`,
      ),
    );
  });

  test('scores: keys in another order are aligned; other keys are reported at their line', () => {
    const golden = Array.from({ length: N }, (_, i) =>
      JSON.stringify({ id: `g${i}`, label: 'ab'[i % 2], lang: 'x', topic: 't' }),
    );
    const scores = (i: number, keys: string) =>
      JSON.stringify({
        id: `g${i}`,
        prediction: 'a',
        scores: Object.fromEntries([...keys].map((k, j) => [k, j ? 0.3 : 0.7])),
      });
    const suite = { fields: { scores: 'scores' }, metrics: ['accuracy', 'ece', 'brier', 'log_loss'] };
    const reordered = Array.from({ length: N }, (_, i) => scores(i, i < 200 ? 'ab' : 'ba'));
    expect(bothWays(project(golden, reordered, suite)).status).toBe(0);
    // a part that starts at line 334 is checked by the merge (its own first row fixed its keys); read
    // whole, the row is an unexpected key (as before: the two paths word it differently)
    const root = project(
      golden,
      Array.from({ length: N }, (_, i) => scores(i, i < 333 ? 'ab' : 'ac')),
      suite,
    );
    expect(evaluate(root, 'one.json', false).stderr).toBe(
      "evalgate evaluate: pred.jsonl:334: scores.c: unexpected label: the first row's scores cover 2 labels and not this one\n",
    );
    expect(evaluate(root, 'many.json', true).stderr).toBe(
      "evalgate evaluate: pred.jsonl:334: scores.c: the scores cover other labels than the first row's 2\n",
    );
  });
});
