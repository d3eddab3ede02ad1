import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { IdRange } from '../../src/result/id-range.js';
import { readResult } from '../../src/result/result-file.js';
import { LAZY_READ_LIMITS, exampleIds, readResultLazily } from '../../src/result/result-lazy.js';
import { cli } from '../cli/helpers.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

/**
 * The lazy reader (ids kept as bytes) against readResult on the same bytes: the same value, or the same
 * error, for an evaluated result and for edited copies that the cut must not serve (escapes, non-ASCII,
 * repeated or escaped keys, invalid JSON or schema).
 */
let dir: string;
let text: string;

beforeAll(async () => {
  dir = tempProject('evalgate-lazy-');
  const labels = ['a', 'b', 'c'];
  const golden = Array.from({ length: 60 }, (_, i) => ({
    id: `ex-${String(i).padStart(3, '0')}`,
    text: `example ${i}`,
    label: labels[i % 3],
    lang: i % 2 ? 'en' : 'fr',
  }));
  writeJsonl(join(dir, 'golden.jsonl'), golden);
  writeJsonl(
    join(dir, 'pred.jsonl'),
    golden.map((g, i) => ({ id: g.id, prediction: labels[(i * 7) % 5 === 0 ? (i + 1) % 3 : i % 3] })),
  );
  const config = {
    version: 1,
    suites: [
      {
        name: 'one',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions: 'pred.jsonl',
        slices: ['lang'],
      },
      { name: 'two', task: 'classification', golden: 'golden.jsonl', predictions: 'pred.jsonl' },
    ],
  };
  writeFileSync(join(dir, 'evalgate.yml'), stringify(config));
  const run = await cli('evaluate', '--config', join(dir, 'evalgate.yml'), '--out', join(dir, 'r.json'));
  expect(run.code).toBe(0);
  text = readFileSync(join(dir, 'r.json'), 'utf8');
}, 60_000);

let files = 0;
async function both(content: string | Buffer): Promise<[string, string]> {
  const path = join(dir, `edited-${files++}.json`);
  writeFileSync(path, content);
  const outcome = (read: Promise<unknown>) =>
    read.then(
      (value) => JSON.stringify(value),
      (error: Error) => `error: ${error.message}`,
    );
  const eager = await outcome(readResult(path));
  // scanned a few bytes at a time, every problem is found as in one chunk
  const small = await outcome(readResultLazily(path, path, { ...LAZY_READ_LIMITS, chunk: 5 }));
  expect(small).toBe(eager);
  // read in parts only (a result over the whole-file limit): readResult's value or an error, never another value
  const parts = await outcome(readResultLazily(path, path, { ...LAZY_READ_LIMITS, whole: 0, chunk: 5 }));
  if (!parts.startsWith('error: ')) expect(parts).toBe(eager);
  else expect(parts).toMatch(/^error: \S+: [^\n]+$/);
  return [await outcome(readResultLazily(path)), eager];
}

describe('readResultLazily', () => {
  test('an evaluated result: the same value, its ids left in the file until read', async () => {
    const path = join(dir, 'r.json');
    const lazy = await readResultLazily(path);
    const ids = lazy.suites.map((s) => exampleIds(s.examples!));
    expect(ids.every((l) => l instanceof IdRange)).toBe(true);
    expect(ids[0].length).toBe(60);
    expect(ids[0].at(7)).toBe('ex-007');
    expect(ids[0].at(60)).toBeUndefined();
    expect(ids[0].equals(ids[1])).toBe(true);
    // byte order of the ASCII ids is code-unit order
    const array = ids[0].toArray();
    for (const [a, b] of [
      [3, 7],
      [7, 3],
      [5, 5],
      [0, 59],
      [59, 0],
    ])
      expect(ids[0].compare(a, b)).toBe(array[a] < array[b] ? -1 : array[a] > array[b] ? 1 : 0);
    // reading the property builds the array; the value is readResult's, key order included
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(await readResult(path)));
    expect(lazy.suites[0].examples!.ids[59]).toBe('ex-059');
    expect(Object.keys(lazy.suites[0].examples!)).toEqual(['n', 'ids', 'columns']);
  });

  const edits: [string, (t: string) => string | Buffer][] = [
    ['pretty-printed (whitespace between ids)', (t) => JSON.stringify(JSON.parse(t), null, 2)],
    ['a byte-order mark', (t) => `\uFEFF${t}`],
    ['an escaped id', (t) => t.replace('"ex-001"', '"ex-\\u0030\\u0030\\u0031"')],
    ['a non-ASCII id', (t) => t.replace('"ex-001"', '"ex-ü01"')],
    ['a repeated ids key (JSON.parse keeps the last)', (t) => t.replace('"ids":[', '"ids":["x"],"ids":[')],
    ['an escaped ids key after the real one', (t) => t.replace('"columns":{', '"\\u0069ds":[],"columns":{')],
    [
      'a repeated examples key',
      (t) => t.replace('"examples":{', '"examples":{"n":0,"ids":[],"columns":{}},"examples":{'),
    ],
    ['a number among the ids', (t) => t.replace('"ex-001"', '1')],
    ['a raw tab inside an id', (t) => t.replace('"ex-001"', '"ex-\t01"')],
    ['a raw newline inside an id', (t) => t.replace('"ex-001"', '"ex-\n01"')],
    ['an escaped quote inside an id', (t) => t.replace('"ex-001"', '"ex-\\"01"')],
    ['an unterminated ids array', (t) => t.replace('"ex-001",', '"ex-001" "x",')],
    ['a truncated file', (t) => t.slice(0, t.indexOf('"ex-030"'))],
    ['schema version 3', (t) => t.replace('"schema_version":2', '"schema_version":3')],
    ['a bad column, after lazily read ids', (t) => t.replace('"dtype":"u8"', '"dtype":"u7"')],
    ['ids nested deeper than a suite', (t) => t.replace('"ids":[', '"ids":[["ex"],')],
    ['a file holding null', () => 'null'],
    ['a byte-order mark and null', () => '\uFEFFnull'],
    ['a number', () => '12'],
    [
      'many suites, each an empty ids array (no large allocation per array)',
      () => `{"suites":[${Array.from({ length: 2000 }, () => '{"examples":{"ids":[]}}').join(',')}]}`,
    ],
  ];
  for (const [what, edit] of edits)
    test(`${what}: the same value or error as readResult`, async () => {
      const edited = edit(text);
      expect(edited).not.toBe(text);
      const [lazy, eager] = await both(edited);
      expect(lazy).toBe(eager);
    });

  test('ids replaced after a lazy read are the ids exampleIds gives, before or after the first read', async () => {
    const path = join(dir, 'r.json');
    const [before, after] = [await readResultLazily(path), await readResultLazily(path)];
    before.suites[0].examples!.ids = ['x'];
    expect(exampleIds(before.suites[0].examples!).toArray()).toEqual(['x']);
    expect(after.suites[0].examples!.ids[7]).toBe('ex-007'); // built from the file: the range still stands
    expect(exampleIds(after.suites[0].examples!)).toBeInstanceOf(IdRange);
    after.suites[0].examples!.ids = ['y'];
    expect(exampleIds(after.suites[0].examples!).toArray()).toEqual(['y']);
  });

  test("a missing file: readResult's error", async () => {
    await expect(readResultLazily(join(dir, 'missing.json'))).rejects.toThrow(
      (await readResult(join(dir, 'missing.json')).catch((e: Error) => e)) as Error,
    );
  });
});
