import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { idText } from '../../../src/io/record-values.js';
import {
  IdBytesIndex,
  IdColumnBuilder,
  concatIdColumns,
  idBytesOf,
  idColumnOf,
} from '../../../src/util/id-column.js';
import { IdBytes, compareIds } from '../../../src/util/id-list.js';
import { cli } from '../../cli/helpers.js';
import { tempProject } from '../../helpers/suite.js';

/**
 * Classification keeps example ids as bytes: each id's JSON string as JSON.stringify writes it, without the
 * quotes. Checked against JSON.stringify and JSON.parse themselves: the bytes of every kind of id, the
 * join on bytes (an id spelt differently in the two files is one id), the ids of the written result, and
 * the messages that quote an id.
 */

// Every kind of id: escapes JSON.stringify writes, characters it writes raw, surrogates, numbers' text.
const TRICKY = [
  'plain-1',
  'ab',
  'é日本😀',
  'q"uote\\back',
  '1.5',
  'line\u2028sep\u2029',
  'ctl\u0001\u001f',
  'lone\ud800',
  'tail\udfff',
  'tab\there\nnl\r',
  'del\u007f',
  '/slash',
  ' ',
];

const canonical = (id: string) => Buffer.from(JSON.stringify(id).slice(1, -1), 'utf8');

describe('the bytes of an id', () => {
  test('are JSON.stringify’s text of it, and read back as the same string', () => {
    const column = idColumnOf(TRICKY);
    const ids = idBytesOf(column);
    expect(column.plain).toBe(false);
    TRICKY.forEach((id, i) => {
      const bytes = Buffer.from(column.bytes.subarray(column.offsets[i], column.offsets[i + 1]));
      expect(bytes.equals(canonical(id))).toBe(true);
      expect(ids.at(i)).toBe(id);
    });
    expect(ids.toArray()).toEqual(TRICKY);
    // written in pieces, even pieces smaller than one id
    for (const chunk of [1, 7, 1 << 20]) {
      expect(Buffer.concat([...ids.json(true, chunk)]).toString('utf8')).toBe(JSON.stringify(TRICKY));
      expect(Buffer.concat([...ids.json(false, chunk)]).toString('utf8')).toBe(
        JSON.stringify(TRICKY).slice(1, -1),
      );
    }
    // code-unit order, as for strings
    for (let a = 0; a < TRICKY.length; a++)
      for (let b = 0; b < TRICKY.length; b++)
        expect(ids.compare(a, b)).toBe(compareIds(TRICKY[a], TRICKY[b]));
    expect(ids.select([3, 0]).toArray()).toEqual([TRICKY[3], TRICKY[0]]);
  });

  test('of a raw JSON string are kept when canonical, decoded like the scanner when not', () => {
    const builder = new IdColumnBuilder();
    const raw = (text: string) => Buffer.from(`"${text}"`, 'utf8');
    const utf8 = raw('é日本😀 \u2028');
    builder.addUtf8(utf8, 1, utf8.length - 1);
    const ascii = raw('utt-0001');
    builder.addAscii(ascii, 1, ascii.length - 1);
    // invalid UTF-8 (a lone continuation byte, an encoded surrogate, an overlong slash): U+FFFD, as decoding
    const invalid = Buffer.from([0x22, 0x61, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0x22]);
    builder.addUtf8(invalid, 1, invalid.length - 1);
    const ids = idBytesOf(builder.finish());
    const decoded = invalid.toString('utf8', 1, invalid.length - 1);
    expect(decoded).toContain('\ufffd');
    expect(ids.toArray()).toEqual(['é日本😀 \u2028', 'utt-0001', decoded]);
    expect(Buffer.from(ids.bytes.subarray(ids.starts[2], ids.ends[2])).equals(canonical(decoded))).toBe(true);
  });

  test('numbers are ids by their text, as idText gives it', () => {
    for (const n of [1.5, 1.5e21, 1e-7, -0, 42, 0.1 + 0.2]) {
      const ids = idBytesOf(idColumnOf([idText(n, 'f', 1, 'id')]));
      expect(ids.at(0)).toBe(String(n));
    }
  });

  test('the index finds ids by their bytes, not their hashes', () => {
    const ids = [...TRICKY, 'a', 'b', 'ab ', 'a b'];
    const { ids: bytes } = concatIdColumns([idColumnOf(ids.slice(0, 5)), idColumnOf(ids.slice(5))]);
    expect(bytes.toArray()).toEqual(ids);
    // every hash equal: only the bytes can tell the ids apart
    const index = new IdBytesIndex(bytes, new Uint32Array(ids.length));
    const probe = idColumnOf([...ids, 'zz', 'a\u0000', '']);
    for (let r = 0; r < probe.offsets.length - 1; r++)
      expect(index.get(probe.bytes, probe.offsets[r], probe.offsets[r + 1], 0)).toBe(r < ids.length ? r : -1);
    const duplicates: [number, number][] = [];
    const twice = concatIdColumns([idColumnOf(['x', 'y', 'x', 'é', 'é'])]);
    new IdBytesIndex(twice.ids, twice.hashes, (dup, first) => duplicates.push([dup, first]));
    expect(duplicates).toEqual([
      [2, 0],
      [4, 3],
    ]);
  });

  test('IdBytes of a result file (plain ASCII) read as before', () => {
    const bytes = Buffer.from('["a-1","b-2"]');
    const ids = new IdBytes(bytes, Int32Array.of(2, 8), Int32Array.of(5, 11));
    expect(ids.toArray()).toEqual(['a-1', 'b-2']);
    expect(ids.compare(0, 1)).toBe(-1);
  });
});

// Worker threads only exist in the bundle (dist/cli.js doubles as their script).
const bundle = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

/** A golden line and a predictions line per id, the id spelt differently in the two files. */
const SPELLINGS: [golden: string, prediction: string][] = [
  ['"plain-1"', '"plain-1"'],
  ['"a\\u0062"', '"ab"'],
  ['"é日本😀"', '"\\u00e9\\u65e5\\u672c\\ud83d\\ude00"'],
  ['"q\\"uote\\\\back"', '"q\\u0022uote\\u005cback"'],
  ['1.50', '"1.5"'],
  ['"line\\u2028sep\\u2029"', '"line\u2028sep\u2029"'],
  ['"ctl\\u0001\\u001F"', '"ctl\\u0001\\u001f"'],
  ['"lone\\ud800"', '"lone\\uD800"'],
  ['"tab\\there\\nnl\\r"', '"tab\\u0009here\\u000anl\\u000d"'],
  ['"del\\u007f"', '"del\u007f"'],
  ['"\\/slash"', '"/slash"'],
];

function project(golden: string[], predictions: string[]): string {
  const root = tempProject('evalgate-ids-');
  writeFileSync(join(root, 'golden.jsonl'), golden.join('\n') + '\n');
  writeFileSync(join(root, 'pred.jsonl'), predictions.join('\n') + '\n');
  writeFileSync(
    join(root, 'evalgate.yml'),
    stringify({
      version: 1,
      suites: [
        {
          name: 's',
          task: 'classification',
          golden: 'golden.jsonl',
          predictions: 'pred.jsonl',
          slices: ['lang'],
          metrics: ['accuracy'],
        },
      ],
    }),
  );
  return root;
}

const goldenLine = (id: string, i: number) =>
  `{"id": ${id}, "label": "${'ab'[i % 2]}", "lang": "${'xy'[i % 3 ? 0 : 1]}"}`;
const predLine = (id: string, i: number) => `{"id": ${id}, "prediction": "${'ab'[(i >> 1) % 2]}"}`;

async function evaluate(root: string) {
  return cli('evaluate', '-c', join(root, 'evalgate.yml'), '--out', join(root, 'r.json'), '--format', 'none');
}

function evaluateOnWorkers(root: string, out: string) {
  return spawnSync(
    process.execPath,
    [bundle, 'evaluate', '-c', join(root, 'evalgate.yml'), '--out', join(root, out), '--format', 'none'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        EVALGATE_THREADS: '2',
        EVALGATE_PARALLEL_MIN_BYTES: '0',
        EVALGATE_PART_BYTES: '200',
      },
    },
  );
}

describe('classification ids through evaluate', () => {
  // many rows, so the worker run splits the files into several parts
  const rows = Array.from({ length: 40 }, (_, i) => SPELLINGS[i] ?? [`"r${i}"`, `"r${i}"`]);

  test('an id spelt differently in the two files is one id; the result holds JSON.stringify’s ids', async () => {
    const root = project(
      rows.map(([g], i) => goldenLine(g, i)),
      rows.map(([, p], i) => predLine(p, i)).reverse(),
    );
    const run = await evaluate(root);
    expect(run.stderr).toBe(`wrote ${join(root, 'r.json')}\n`);
    expect(run.code).toBe(0);
    const text = readFileSync(join(root, 'r.json'), 'utf8');
    const expected = rows.map(([g]) => idText(JSON.parse(g), 'golden.jsonl', 1, 'id'));
    expect(expected.slice(0, 5)).toEqual(['plain-1', 'ab', 'é日本😀', 'q"uote\\back', '1.5']);
    const result = JSON.parse(text);
    expect(result.suites[0].examples.ids).toEqual(expected);
    expect(text).toContain(`"ids":${JSON.stringify(expected)},`);
    expect(result.suites[0].predictions).toMatchObject({ matched: rows.length, missing: 0 });

    // the same bytes from byte-range parts decoded on worker threads
    const many = evaluateOnWorkers(root, 'many.json');
    expect(many.status).toBe(0);
    const strip = (t: string) => t.replace(/"created_at":"[^"]*"/, '');
    expect(strip(readFileSync(join(root, 'many.json'), 'utf8'))).toBe(strip(text));
  });

  test('an id with invalid UTF-8 is refused, as before', async () => {
    const root = project(['{"id": "ok", "label": "a"}'], ['{"id": "ok", "prediction": "a"}']);
    const bad = Buffer.concat([
      Buffer.from('{"id": "x'),
      Buffer.from([0xff]),
      Buffer.from('", "label": "b"}\n'),
    ]);
    writeFileSync(join(root, 'golden.jsonl'), Buffer.concat([readFileSync(join(root, 'golden.jsonl')), bad]));
    expect((await evaluate(root)).stderr).toBe(
      'evalgate evaluate: golden.jsonl:2: the line is not valid UTF-8\n',
    );
    expect(evaluateOnWorkers(root, 'many.json').stderr).toBe(
      'evalgate evaluate: golden.jsonl:2: the line is not valid UTF-8\n',
    );
  });

  test('messages quote the id as its text, whatever its spelling', async () => {
    const dupGolden = project(
      [goldenLine('"ab"', 0), goldenLine('"q\\"x"', 1), goldenLine('"a\\u0062"', 2)],
      [predLine('"ab"', 0)],
    );
    expect((await evaluate(dupGolden)).stderr).toBe(
      'evalgate evaluate: golden.jsonl:3: id: duplicate id "ab" (first at line 1)\n',
    );
    const dupPrediction = project(
      [goldenLine('"é"', 0), goldenLine('"b"', 1)],
      [predLine('"é"', 0), predLine('"b"', 1), predLine('"\\u00e9"', 2)],
    );
    expect((await evaluate(dupPrediction)).stderr).toBe(
      'evalgate evaluate: pred.jsonl:3: id: duplicate id "é" (first at line 1)\n',
    );
    const unknown = project([goldenLine('"a"', 0)], [predLine('"a"', 0), predLine('"q\\"\\u2028"', 1)]);
    expect((await evaluate(unknown)).stderr).toMatch(
      /pred\.jsonl:2: id: prediction for unknown id "q\\"\u2028": it is not in the golden set /,
    );
    const missing = project([goldenLine('"a"', 0), goldenLine('"\\u00e9\\n"', 1)], [predLine('"a"', 0)]);
    expect((await evaluate(missing)).stderr).toMatch(/golden\.jsonl:2: id: no prediction for id "é\\n" in /);
  });
});
