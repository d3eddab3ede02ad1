import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compareResults } from '../../src/compare/compare.js';
import { loadConfig } from '../../src/config/load.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { decodeColumn, type ColumnDtype } from '../../src/result/columns.js';
import { readResult, writeResult } from '../../src/result/result-file.js';
import {
  columnValues,
  exampleIds,
  readResultLazily,
  type LazyReadLimits,
} from '../../src/result/result-lazy.js';
import { MAX_CUTS } from '../../src/result/result-scan.js';
import type { ResolvedConfig } from '../../src/spec/config.js';
import { cli } from '../cli/helpers.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

/**
 * Results read in parts (ids and column data left in the file as ranges) against readResult: the same
 * comparison bytes and values; with the whole-file fallback turned off (`whole: 0`, as for a result over
 * MAX_RESULT_BYTES) the problems the parts cannot serve are one-line errors, and a file that changes after
 * the scan is an error when a range is read, never a value from the new bytes.
 */
const PARTS: LazyReadLimits = { whole: 0, file: 1 << 30, skeleton: 1 << 30, ids: 1 << 30 };

let dir: string;
let config: ResolvedConfig;
let baseText: string;
let headText: string;
const N = 3000;

beforeAll(async () => {
  dir = tempProject('evalgate-ranges-');
  const labels = ['a', 'b', 'c', 'd'];
  const golden = Array.from({ length: N }, (_, i) => ({
    id: `ex-${String(i).padStart(5, '0')}`,
    text: `example ${i}`,
    label: labels[i % 4],
    lang: ['en', 'fr', 'de'][i % 3],
  }));
  writeJsonl(join(dir, 'golden.jsonl'), golden);
  const predict = (flip: number) =>
    golden.map((g, i) => ({ id: g.id, prediction: labels[(i * 7) % flip === 0 ? (i + 1) % 4 : i % 4] }));
  writeJsonl(join(dir, 'base.jsonl'), predict(11));
  writeJsonl(join(dir, 'head.jsonl'), predict(5));
  const suite = (predictions: string) => ({
    version: 1,
    suites: [
      {
        name: 'one',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions,
        slices: ['lang'],
        metrics: ['accuracy', 'macro_f1'],
        gates: [{ metric: 'accuracy', slices: 'all', max_drop: 0.01 }],
      },
    ],
  });
  writeFileSync(join(dir, 'base.yml'), stringify(suite('base.jsonl')));
  writeFileSync(join(dir, 'head.yml'), stringify(suite('head.jsonl')));
  for (const side of ['base', 'head']) {
    const run = await cli(
      'evaluate',
      '--config',
      join(dir, `${side}.yml`),
      '--out',
      join(dir, `${side}.json`),
    );
    expect(run.code).toBe(0);
  }
  config = await loadConfig(join(dir, 'base.yml'));
  baseText = readFileSync(join(dir, 'base.json'), 'utf8');
  headText = readFileSync(join(dir, 'head.json'), 'utf8');
}, 60_000);

let files = 0;
function write(content: string | Buffer): string {
  const path = join(dir, `file-${files++}.json`);
  writeFileSync(path, content);
  return path;
}

const comparisonOf = (base: EvalgateResult, head: EvalgateResult) =>
  JSON.stringify(compareResults(base, head, config));

describe('results read in parts', () => {
  const heads: [string, (t: string) => string][] = [
    ['the same ids (identity pairing, compared in the files)', (t) => t],
    ['pretty-printed ids (other bytes, the same ids)', (t) => JSON.stringify(JSON.parse(t), null, 1)],
    [
      'ids in another order',
      (t) => {
        const r = JSON.parse(t) as EvalgateResult;
        const ids = r.suites[0].examples!.ids;
        [ids[0], ids[1]] = [ids[1], ids[0]];
        return JSON.stringify(r);
      },
    ],
    [
      'an id replaced by a longer one (ids arrays of different lengths)',
      (t) => t.replace('"ex-00017"', '"ex-00017-b"'),
    ],
  ];
  for (const [what, edit] of heads)
    test(`${what}: the comparison is byte for byte readResult's`, async () => {
      const base = write(baseText);
      const head = write(edit(headText));
      const eager = comparisonOf(await readResult(base), await readResult(head));
      expect(comparisonOf(await readResultLazily(base), await readResultLazily(head))).toBe(eager);
      expect(
        comparisonOf(await readResultLazily(base, base, PARTS), await readResultLazily(head, head, PARTS)),
      ).toBe(eager);
    });

  test("the value is readResult's, ids and data read from the file when accessed", async () => {
    const path = write(headText);
    const lazy = await readResultLazily(path, path, PARTS);
    const ids = exampleIds(lazy.suites[0].examples!);
    expect(ids.length).toBe(N);
    expect(ids.at(12)).toBe('ex-00012');
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(await readResult(path)));
  });

  test('ids of one length, of varying lengths, with whitespace: every id, its order, equality', async () => {
    const result = JSON.parse(headText) as EvalgateResult;
    const varying = result.suites[0].examples!.ids.map((_, i) => `e${(i * 7919) % N}`);
    const layouts: [string, string[]][] = [
      ['one length', JSON.parse(headText).suites[0].examples.ids as string[]],
      ['varying lengths', varying],
      ['whitespace', varying],
    ];
    const lists = [];
    for (const [what, ids] of layouts) {
      result.suites[0].examples!.ids = ids;
      const text = what === 'whitespace' ? JSON.stringify(result, null, 1) : JSON.stringify(result);
      const list = exampleIds((await readResultLazily(write(text), '', PARTS)).suites[0].examples!);
      for (const row of [0, 1, 17, N - 1]) expect(list.at(row)).toBe(ids[row]);
      expect(list.at(N)).toBeUndefined();
      for (const [a, b] of [
        [3, 7],
        [7, 3],
        [5, 5],
        [0, N - 1],
        [N - 1, 0],
        [10, 100],
      ])
        expect(list.compare(a, b)).toBe(ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
      expect(list.toArray()).toEqual(ids);
      lists.push(list);
    }
    expect(lists[0].equals(lists[1])).toBe(false);
    expect(lists[1].equals(lists[2])).toBe(true);
    expect(lists[2].equals(lists[1])).toBe(true);
  });

  test("scanned a few bytes at a time: readResult's value, ids and columns", async () => {
    const result = JSON.parse(headText) as EvalgateResult;
    const eagerColumns = result.suites[0].examples!.columns;
    // ids of varying lengths
    result.suites[0].examples!.ids = result.suites[0].examples!.ids.map((_, i) => `e-${(i * 7919) % N}`);
    const texts = [headText, JSON.stringify(JSON.parse(headText), null, 2), JSON.stringify(result)];
    for (const text of texts) {
      const path = write(`\uFEFF${text}`);
      const expected = JSON.stringify(await readResult(path));
      const ids = (JSON.parse(text) as EvalgateResult).suites[0].examples!.ids;
      for (const chunk of [2, 7, 4099]) {
        const lazy = await readResultLazily(path, path, { ...PARTS, chunk });
        const list = exampleIds(lazy.suites[0].examples!);
        expect([list.length, list.at(0), list.at(N - 1), list.compare(1, N - 1)]).toEqual([
          N,
          ids[0],
          ids[N - 1],
          ids[1] < ids[N - 1] ? -1 : 1,
        ]);
        const columns = lazy.suites[0].examples!.columns;
        for (const name of Object.keys(eagerColumns))
          expect(Array.from(columnValues(columns[name]))).toEqual(
            Array.from(decodeColumn(eagerColumns[name])),
          );
        expect(JSON.stringify(lazy)).toBe(expected);
      }
    }
  });

  test("written again: readResult's bytes (ids written from the file, column data read from it)", async () => {
    for (const text of [headText, JSON.stringify(JSON.parse(headText), null, 2)]) {
      const path = write(text);
      const [lazyOut, eagerOut] = [join(dir, `out-lazy-${files}.json`), join(dir, `out-eager-${files}.json`)];
      await writeResult(lazyOut, await readResultLazily(path, path, PARTS));
      const lazyFirstRead = await readResultLazily(path, path, PARTS);
      exampleIds(lazyFirstRead.suites[0].examples!).at(3); // ids read into memory before the write
      await writeResult(`${lazyOut}.2`, lazyFirstRead);
      await writeResult(eagerOut, await readResult(path));
      expect(readFileSync(lazyOut, 'utf8')).toBe(readFileSync(eagerOut, 'utf8'));
      expect(readFileSync(`${lazyOut}.2`, 'utf8')).toBe(readFileSync(eagerOut, 'utf8'));
    }
  });

  test('ids compared in the files: equal bytes, other bytes for the same ids, a different id', async () => {
    const ids = async (text: string) =>
      exampleIds((await readResultLazily(write(text), '', PARTS)).suites[0].examples!);
    const same = await ids(headText);
    expect(same.equals(await ids(baseText))).toBe(true);
    expect(same.equals(await ids(JSON.stringify(JSON.parse(headText), null, 2)))).toBe(true);
    expect(same.equals(await ids(headText.replace('"ex-00017"', '"ex-00x17"')))).toBe(false);
    expect(same.equals(await ids(headText.replace('"ex-00017",', '')))).toBe(false);
  });
});

describe('column data decoded from the file', () => {
  const data = (text: string) => (JSON.parse(text) as EvalgateResult).suites[0].examples!.columns;
  /** The lazily read column's values against decodeColumn's of the same string. */
  async function bothDecodes(replace: string, dtype: ColumnDtype = 'u8') {
    const result = JSON.parse(headText) as EvalgateResult;
    result.suites[0].examples!.columns['field.lang'] = { dtype, data: replace };
    const path = write(JSON.stringify(result));
    const lazy = (await readResultLazily(path, path, PARTS)).suites[0].examples!.columns['field.lang'];
    const outcome = (f: () => unknown) => {
      try {
        const values = f() as Uint8Array;
        const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
        return `${values.constructor.name} ${values.length} ${createHash('sha256').update(bytes).digest('hex')}`;
      } catch (error) {
        return (error as Error).message;
      }
    };
    return [outcome(() => columnValues(lazy)), outcome(() => decodeColumn({ dtype, data: replace }))];
  }

  const long = Buffer.alloc(9 << 20, 7).toString('base64'); // three 4M-character chunks and a bit
  // the edits of the suite's plain `field.lang` data (read once the results exist)
  const cases: [string, (plain: string) => string, ColumnDtype?][] = [
    ['plain', (p) => p],
    ['empty', () => ''],
    ['a lone `=`', () => '='],
    ['one padding character', () => 'QUJDQUI='],
    ['two padding characters', () => 'QUJDQQ=='],
    ['a partial group without padding', () => 'QUJDQ'],
    ['a character outside base64', (p) => p.slice(0, 10) + '!' + p.slice(10)],
    ['a space', (p) => p.slice(0, 10) + ' ' + p.slice(10)],
    ['`=` in the middle', (p) => p.slice(0, 8) + '=' + p.slice(8)],
    ['URL-safe characters', (p) => p.replace(/[A-F]/g, '-')],
    ['bytes that are not whole i16 values', () => 'QUJD', 'i16'],
    ['long and plain', () => long],
    ['long, a bad character in the first chunk', () => long.slice(0, 100) + '*' + long.slice(100)],
    ['long, a bad character in the last chunk', () => long.slice(0, -100) + '*' + long.slice(-100)],
    ['long, padding inside the second chunk', () => long.slice(0, 5 << 20) + '=' + long.slice(5 << 20)],
  ];
  for (const [what, edit, dtype] of cases)
    test(`${what}: decodeColumn's values or error`, async () => {
      const [lazy, eager] = await bothDecodes(edit(data(headText)['field.lang'].data), dtype);
      expect(lazy).toEqual(eager);
    });
});

describe('what only the parts read (a result over the whole-file limit): one-line errors', () => {
  const error = async (text: string | Buffer, limits: Partial<LazyReadLimits> = {}) => {
    const path = write(text);
    return readResultLazily(path, 'r.json', { ...PARTS, ...limits }).then(
      () => 'read',
      (e: Error) => e.message,
    );
  };

  test('a truncated file', async () => {
    expect(await error(headText.slice(0, headText.indexOf('"ex-00030"')))).toBe(
      'r.json: not valid JSON (the file ends inside a cut value)',
    );
    expect(await error(headText.slice(0, -1))).toBe(
      'r.json: not valid JSON (the file ends before its JSON does)',
    );
  });

  test('an escaped id, a non-ASCII one, a number among the ids', async () => {
    for (const id of ['"ex-\\u0030"', '"ex-ü"'])
      expect(await error(headText.replace('"ex-00001"', id))).toMatch(
        /^r\.json: suites\[0\]\.examples\.ids: the result is \d+ bytes, more than the 0 read whole, so its example ids and columns are read in place, which needs them as evalgate writes them; it has an id with an escape or a character outside ASCII$/,
      );
    expect(await error(headText.replace('"ex-00001"', '1'))).toMatch(
      /ids: .* it has an id that is not a string$/,
    );
  });

  test('column data with an escape or a control character', async () => {
    const data = (JSON.parse(headText) as EvalgateResult).suites[0].examples!.columns.truth.data;
    const at = headText.indexOf(data) + 4;
    expect(await error(headText.slice(0, at) + '\\u0041' + headText.slice(at))).toMatch(
      /^r\.json: suites\[0\]\.examples\.columns\["truth"\]\.data: the result is .* it has an escape in base64 column data$/,
    );
    expect(await error(headText.slice(0, at) + '\u0001' + headText.slice(at))).toBe(
      'r.json: suites[0].examples.columns["truth"].data: not valid JSON (a control character in a string)',
    );
  });

  test('more columns than the cut limit', async () => {
    const columns = Array.from({ length: MAX_CUTS + 1 }, (_, i) => `"c${i}":{"dtype":"u8","data":""}`);
    const text = headText.replace('"columns":{', `"columns":{${columns.join(',')},`);
    expect(await error(text)).toMatch(/it has more than 1000000 example columns and ids arrays$/);
  });

  test('a repeated ids key', async () => {
    expect(await error(headText.replace('"ids":[', '"ids":["x"],"ids":['))).toMatch(
      /it has a repeated "ids" key$/,
    );
  });

  test('the rest of the result over the skeleton limit; the file over the file limit; too many ids', async () => {
    expect(await error(headText, { skeleton: 1000 })).toBe(
      'r.json: the result outside its example ids and columns is over 1000 bytes',
    );
    expect(await error(headText, { file: 1000 })).toBe(
      `r.json: the result is ${Buffer.byteLength(headText)} bytes; the limit is 1000`,
    );
    expect(await error(headText, { ids: 100 })).toBe(
      `r.json: the result lists ${N} example ids; the limit is 100`,
    );
  });

  test("invalid JSON outside the cuts; a schema error: readResult's message", async () => {
    expect(await error(headText.replace('"kind"', '"kind" 1'))).toMatch(
      /^r\.json: not valid JSON \(.*; positions count the file without its example ids and column data\)$/,
    );
    const bad = headText.replace('"dtype":"u8"', '"dtype":"u7"');
    const path = write(bad);
    const eager = await readResult(path, 'r.json').catch((e: Error) => e.message);
    expect(eager).toMatch(/dtype/);
    expect(await error(bad)).toBe(eager);
  });
});

describe('a file that changes after the scan', () => {
  test('a column or the ids read afterwards: an error, not the new bytes', async () => {
    const path = write(headText);
    const lazy = await readResultLazily(path, 'r.json', PARTS);
    const examples = lazy.suites[0].examples!;
    // the same size, other bytes
    writeFileSync(path, headText.replace('"ex-00001"', '"ex-99991"'));
    const changed = /^r\.json: the result changed on disk while evalgate was reading it/;
    expect(() => columnValues(examples.columns.truth)).toThrow(changed);
    expect(() => exampleIds(examples).at(1)).toThrow(changed);
    // only the modification time
    writeFileSync(path, headText);
    const lazyAgain = await readResultLazily(path, 'r.json');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(() => columnValues(lazyAgain.suites[0].examples!.columns.pred)).toThrow(changed);
    // grown
    const grown = await readResultLazily(path, 'r.json');
    writeFileSync(path, `${headText} `);
    expect(() => columnValues(grown.suites[0].examples!.columns.truth)).toThrow(changed);
    rmSync(path);
    expect(() => exampleIds(lazyAgain.suites[0].examples!).toArray()).toThrow(/no such file/);
  });

  test('ids compared in two files, one of them replaced', async () => {
    const [a, b] = [write(headText), write(headText)];
    const [left, right] = [await readResultLazily(a, 'a.json'), await readResultLazily(b, 'b.json')];
    writeFileSync(b, headText);
    utimesSync(b, new Date(), new Date(Date.now() + 5000));
    expect(() => exampleIds(left.suites[0].examples!).equals(exampleIds(right.suites[0].examples!))).toThrow(
      /^b\.json: the result changed on disk/,
    );
  });
});
