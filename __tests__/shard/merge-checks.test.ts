/**
 * The merge's checks on partial results (shard format 2): ids travel as the bytes of their JSON array, so
 * ids that need escapes or are not ASCII must come out byte-identical, and bytes that are not exactly
 * JSON.stringify's ids (an injected `]`, a needless escape, invalid UTF-8), overlapping or out-of-range
 * golden rows, and columns that do not fit are refused in one line.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import { mergeShards, mergeShardsForWriting, type ShardInput } from '../../src/evaluate/merge.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { decodeColumn, encodeColumn } from '../../src/result/columns.js';
import { parseResult, writeResult } from '../../src/result/result-file.js';
import type { ResolvedConfig } from '../../src/spec/config.js';
import { mulberry32 } from '../helpers/seeded-random.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

const now = () => new Date('2026-01-01T00:00:00Z');

// ids JSON.stringify escapes (quote, backslash, control characters, a lone surrogate) or that are not ASCII
const ODD_IDS = [
  'q"1',
  'a\\b',
  'line\nbreak',
  'tab\t',
  '\u2028',
  '\ud800',
  'é-ü',
  'emoji 😀',
  '/slash',
  '</script>',
];

let root: string;
let config: ResolvedConfig;
let whole: EvalgateResult;
let parts: ShardInput[];

beforeAll(async () => {
  root = tempProject();
  const random = mulberry32(7);
  const labels = ['billing', 'refund', 'shipping'];
  const ids = [...ODD_IDS, ...Array.from({ length: 70 }, (_, i) => `ex${i}`)];
  const golden = ids.map((id, i) => ({
    id,
    label: labels[Math.floor(random() * 3)],
    language: i % 3 ? 'en' : 'de',
  }));
  writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(
    join(root, 'head.jsonl'),
    golden.map((g) => ({
      id: g.id,
      prediction: random() < 0.7 ? g.label : labels[Math.floor(random() * 3)],
    })),
  );
  config = configFor(root, {
    suites: [
      {
        name: 'intents',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions: 'head.jsonl',
        slices: ['language'],
        metrics: ['accuracy', 'macro_f1'],
      },
    ],
  });
  whole = await evaluateConfig(config, { runCommands: false, now });
  parts = [];
  for (let index = 1; index <= 4; index++) {
    const part = await evaluateConfig(config, { runCommands: false, now, shard: { index, count: 4 } });
    parts.push({
      file: `part-${index}.json`,
      result: parseResult(JSON.stringify(part), `part-${index}.json`),
    });
  }
});

/** The parts, one of them changed (a deep copy: the others stay as evaluated). */
function tampered(index: number, change: (shard: NonNullable<EvalgateResult['suites'][0]['shard']>) => void) {
  return parts.map((p, i) => {
    if (i !== index) return p;
    const result = JSON.parse(JSON.stringify(p.result)) as EvalgateResult;
    change(result.suites[0].shard!);
    return { file: p.file, result };
  });
}

/** Each value twice in a row: a column of width 2 with the same number of examples. */
function twice<T extends ArrayLike<number>>(values: T): T {
  const Ctor = (values as unknown as { constructor: new (n: number) => T & { [i: number]: number } })
    .constructor;
  const out = new Ctor(values.length * 2);
  for (let i = 0; i < values.length; i++) out[2 * i] = out[2 * i + 1] = values[i];
  return out;
}
const idsBytes = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const idsText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('merge of partial results with ids as bytes', () => {
  test('ids that need escapes or are not ASCII merge byte-identical, in memory and written', async () => {
    const merged = await mergeShards(parts, config);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
    expect(merged.suites[0].examples!.ids.slice(0, ODD_IDS.length)).toEqual(ODD_IDS);
    const forWriting = await mergeShardsForWriting(parts, config);
    expect(forWriting.result.suites[0].examples!.ids).toEqual([]); // stands for the bytes
    const out = join(root, 'merged.json');
    await writeResult(out, forWriting.result, forWriting.idsJson);
    expect(readFileSync(out, 'utf8')).toBe(JSON.stringify(whole));
  });

  test('a partial result of the earlier format is refused on read, naming the fix', () => {
    const old = JSON.parse(JSON.stringify(parts[0].result));
    delete old.shard.format;
    expect(() => parseResult(JSON.stringify(old), 'old.json')).toThrow(
      'old.json: shard.format: a partial result in format 1; this evalgate merges format 2: evaluate the shards again with this evalgate',
    );
  });

  const refusals: [
    string,
    number,
    (shard: NonNullable<EvalgateResult['suites'][0]['shard']>) => void,
    RegExp,
  ][] = [
    [
      'an id closing the array early (injected JSON)',
      0,
      (shard) => (shard.ids = idsBytes(idsText(shard.ids).replace(/^"([^"]*)"/, '"$1"],"evil":["x"'))),
      /part-1\.json: suite intents: shard\.ids is not \d+ ids as JSON strings \(byte \d+ of \d+\); merge the partial results/,
    ],
    [
      'a needless escape (not the bytes JSON.stringify writes)',
      1,
      (shard) => (shard.ids = idsBytes(idsText(shard.ids).replace(/"ex(\d+)"/, '"\\u0065x$1"'))),
      /part-2\.json: suite intents: shard\.ids is not \d+ ids as JSON strings/,
    ],
    [
      'bytes that are not UTF-8',
      2,
      (shard) => {
        const bytes = Buffer.from(shard.ids, 'base64');
        bytes[bytes.indexOf(0x65)] = 0xff; // the e of an exN id
        shard.ids = bytes.toString('base64');
      },
      /part-3\.json: suite intents: shard\.ids is not \d+ ids as JSON strings/,
    ],
    [
      'one id too few',
      3,
      (shard) => (shard.ids = idsBytes(idsText(shard.ids).replace(/,"[^"]*"$/, ''))),
      /part-4\.json: suite intents: shard\.ids is not \d+ ids as JSON strings/,
    ],
    [
      'a golden row also in another shard',
      1,
      (shard) => {
        const rows = decodeColumn(shard.rows) as Uint32Array;
        rows[0] = (decodeColumn(parts[0].result.suites[0].shard!.rows) as Uint32Array)[0];
        shard.rows = encodeColumn(rows, 'u32');
      },
      /part-2\.json: suite intents: golden row \d+ \(".*"\) is also in another shard: the shards overlap; merge the partial results/,
    ],
    [
      'a golden row past the golden set',
      2,
      (shard) => {
        const rows = decodeColumn(shard.rows) as Uint32Array;
        rows[0] = 1000;
        shard.rows = encodeColumn(rows, 'u32');
      },
      /part-3\.json: suite intents: golden row 1000 is past the golden set's 80 rows/,
    ],
    [
      'golden hashes of another type',
      0,
      (shard) => (shard.golden = encodeColumn(new Uint8Array(shard.n), 'u8')),
      /part-1\.json: suite intents: shard\.golden is u8, not u32; merge the partial results/,
    ],
    [
      'golden rows that are not whole u32 values',
      1,
      (shard) => (shard.rows = { dtype: 'u32', data: Buffer.from([1, 2, 3]).toString('base64') }),
      /part-2\.json: suite intents: shard\.rows: column data is not a whole number of u32 values; merge the partial results/,
    ],
    [
      'a family column of another length',
      3,
      (shard) => (shard.columns.truth = encodeColumn(new Int32Array(1), 'i32')),
      /part-4\.json: suite intents: per-example column truth differs between shards; merge the partial results/,
    ],
    [
      'a golden column of width 2 (each value twice: it would slip n × 2 values into the result)',
      1,
      (shard) => (shard.golden = { ...encodeColumn(twice(decodeColumn(shard.golden)), 'u32'), width: 2 }),
      /part-2\.json: suite intents: shard\.golden holds \d+ values of width 2, not \d+ of width 1; merge the partial results/,
    ],
    [
      'a slice field column of width 2 (a silently wrong slice metric)',
      2,
      (shard) =>
        (shard.fields.language = {
          ...encodeColumn(twice(decodeColumn(shard.fields.language)), shard.fields.language.dtype),
          width: 2,
        }),
      /part-3\.json: suite intents: shard\.fields\.language holds \d+ values of width 2, not \d+ of width 1/,
    ],
    [
      'a slice field the suite does not list, named like an Object.prototype member',
      0,
      (shard) => Object.assign(shard.fields, { toString: shard.fields.language }),
      /part-1\.json: suite intents: shard\.fields \(language, toString\) are not the suite's slice fields \(language\); merge the partial results/,
    ],
  ];

  test('slice values named like Object.prototype members in every shard are refused in one line, not a crash', async () => {
    for (const key of ['toString', 'constructor', '__proto__']) {
      const inputs = parts.map((p) => {
        const text = JSON.stringify(p.result).replace('"slice_values":{', `"slice_values":{"${key}":["x"],`);
        return { file: p.file, result: parseResult(text, p.file) };
      });
      const error = await mergeShards(inputs, config).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(
        /^part-1\.json: suite intents: shard\.fields \(language\) are not the suite's slice fields/,
      );
    }
  });

  test.each(refusals)('refused in one line: %s', async (_what, index, change, message) => {
    const inputs = tampered(index, change);
    // the tampered part is still schema-valid: the merge's own checks refuse it
    for (const input of inputs) parseResult(JSON.stringify(input.result), input.file);
    const error = await mergeShards(inputs, config).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});
