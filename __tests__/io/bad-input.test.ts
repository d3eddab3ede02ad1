import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { evaluateSuite } from '../../src/evaluate/evaluate.js';
import { InputError } from '../../src/io/errors.js';
import { configFor, tempProject } from '../helpers/suite.js';

const GOLDEN = [
  '{"id":"a","label":"x","lang":"en"}',
  '{"id":"b","label":"y","lang":"de"}',
  '{"id":"c","label":"x","lang":"de"}',
];
const PREDS = [
  '{"id":"a","prediction":"x","scores":{"x":0.9,"y":0.1}}',
  '{"id":"b","prediction":"x","scores":{"x":0.6,"y":0.4}}',
  '{"id":"c","prediction":"y","scores":{"x":0.3,"y":0.7}}',
];

async function run(
  golden: string | Buffer,
  preds: string | Buffer,
  suite: Record<string, unknown> = {},
  names = ['golden.jsonl', 'pred.jsonl'],
) {
  const root = tempProject();
  writeFileSync(join(root, names[0]), golden);
  writeFileSync(join(root, names[1]), preds);
  const config = configFor(root, {
    suites: [
      {
        name: 's',
        task: 'classification',
        golden: names[0],
        predictions: names[1],
        fields: { scores: 'scores' },
        slices: ['lang'],
        min_support: 1,
        ...suite,
      },
    ],
  });
  return evaluateSuite(config.suites[0], () => {});
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('expected an error');
}

const lines = (rows: string[]) => rows.join('\n') + '\n';

describe('bad input gets a one-line error naming file, line and field', () => {
  test.each([
    [
      'malformed JSON line',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":', PREDS[2]]),
      /^pred\.jsonl:2: malformed JSON \(/,
    ],
    [
      'a line that is not an object',
      lines(GOLDEN),
      lines([PREDS[0], '[1,2]', PREDS[2]]),
      /^pred\.jsonl:2: expected a JSON object, got an array$/,
    ],
    [
      'missing id',
      lines([GOLDEN[0], '{"label":"y","lang":"de"}', GOLDEN[2]]),
      lines(PREDS),
      /^golden\.jsonl:2: id: missing id; the record has "label", "lang" \(point the suite's config at the right one\)$/,
    ],
    [
      'duplicate golden id',
      lines([GOLDEN[0], GOLDEN[1], GOLDEN[0]]),
      lines(PREDS),
      /^golden\.jsonl:3: id: duplicate id "a" \(first at line 1\)$/,
    ],
    [
      'duplicate prediction id',
      lines(GOLDEN),
      lines([PREDS[0], PREDS[1], PREDS[2], PREDS[1]]),
      /^pred\.jsonl:4: id: duplicate id "b" \(first at line 2\)$/,
    ],
    [
      'prediction for an unknown id',
      lines(GOLDEN),
      lines([...PREDS, '{"id":"zz","prediction":"x","scores":{"x":0.5,"y":0.5}}']),
      /^pred\.jsonl:4: id: prediction for unknown id "zz": it is not in the golden set golden\.jsonl \(extra_predictions: ignore leaves such rows out\)$/,
    ],
    [
      'golden example without prediction',
      lines(GOLDEN),
      lines([PREDS[0], PREDS[2]]),
      /^golden\.jsonl:2: id: no prediction for id "b" in pred\.jsonl \(1 golden example\(s\) have none; set missing_predictions: count_as_wrong/,
    ],
    [
      'label not a string or number',
      lines([GOLDEN[0], '{"id":"b","label":{"v":1},"lang":"de"}', GOLDEN[2]]),
      lines(PREDS),
      /^golden\.jsonl:2: label: expected a label \(string or number\), got an object$/,
    ],
    [
      'missing label',
      lines([GOLDEN[0], '{"id":"b","lang":"de"}', GOLDEN[2]]),
      lines(PREDS),
      /^golden\.jsonl:2: label: missing label; the record has "id", "lang" \(point the suite's config at the right one\)$/,
    ],
    [
      'score not a number',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":"0.6","y":0.4}}', PREDS[2]]),
      /^pred\.jsonl:2: scores\.x: expected a finite number, got string "0\.6"$/,
    ],
    [
      'score missing a label',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":0.6}}', PREDS[2]]),
      /^pred\.jsonl:2: scores\.y: missing score: every row must cover the same 2 labels$/,
    ],
    [
      'score for an extra label',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":0.6,"y":0.3,"z":0.1}}', PREDS[2]]),
      /^pred\.jsonl:2: scores\.z: unexpected label/,
    ],
    [
      'score outside [0, 1]',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":1.6,"y":0.4}}', PREDS[2]]),
      /^pred\.jsonl:2: scores\.x: expected a probability in \[0, 1\], got 1\.6$/,
    ],
    [
      'NaN',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":NaN,"y":0.4}}', PREDS[2]]),
      /^pred\.jsonl:2: NaN and Infinity are not valid JSON numbers/,
    ],
    [
      'Infinity',
      lines(GOLDEN),
      lines([PREDS[0], '{"id":"b","prediction":"x","scores":{"x":-Infinity,"y":0.4}}', PREDS[2]]),
      /^pred\.jsonl:2: NaN and Infinity are not valid JSON numbers/,
    ],
    [
      'a golden label without a score column',
      lines([...GOLDEN, '{"id":"d","label":"w","lang":"en"}']),
      lines([...PREDS, '{"id":"d","prediction":"x","scores":{"x":0.5,"y":0.5}}']),
      /^golden\.jsonl:4: scores: label "w" has no score/,
    ],
  ])('%s', async (_what, golden, preds, expected) => {
    expect(await errorOf(run(golden, preds))).toMatch(expected);
  });

  test('invalid UTF-8 names the line', async () => {
    const bad = Buffer.concat([
      Buffer.from(lines(GOLDEN.slice(0, 2))),
      Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
    ]);
    expect(await errorOf(run(bad, lines(PREDS)))).toBe('golden.jsonl:3: the line is not valid UTF-8');
  });

  test('a missing file', async () => {
    const root = tempProject();
    const config = configFor(root, {
      suites: [{ name: 's', task: 'classification', golden: 'nope.jsonl', predictions: 'p.jsonl' }],
    });
    expect(await errorOf(evaluateSuite(config.suites[0], () => {}))).toMatch(
      /^(nope|p)\.jsonl: cannot read the file \(no such file\)$/,
    );
  });

  test('a truncated gzip file', async () => {
    const gz = gzipSync(lines(GOLDEN));
    expect(
      await errorOf(run(gz.subarray(0, gz.length - 12), lines(PREDS), {}, ['golden.jsonl.gz', 'pred.jsonl'])),
    ).toMatch(/^golden\.jsonl\.gz:\d+: cannot read the file \(.*(corrupt|truncated|unexpected end).*\)$/i);
  });
});

describe('accepted variations', () => {
  test('BOM and CRLF', async () => {
    const result = await run('\uFEFF' + GOLDEN.join('\r\n') + '\r\n', PREDS.join('\r\n'));
    expect(result.golden.n).toBe(3);
    expect(result.slices[0].metrics.accuracy).toBeCloseTo(1 / 3, 12);
  });

  test('blank lines are skipped', async () => {
    const result = await run(GOLDEN.join('\n\n'), lines(PREDS));
    expect(result.golden.n).toBe(3);
  });

  test('gzip, CSV with header and JSON array give the same result as JSONL', async () => {
    const jsonl = await run(lines(GOLDEN), lines(PREDS));
    const csv = 'id,label,lang\r\na,x,en\r\nb,y,de\r\nc,x,de\r\n';
    const csvPreds =
      'id,prediction,scores\na,x,"{""x"":0.9,""y"":0.1}"\nb,x,"{""x"":0.6,""y"":0.4}"\nc,y,"{""x"":0.3,""y"":0.7}"\n';
    const fromCsv = await run(csv, csvPreds, {}, ['golden.csv', 'pred.csv']);
    const fromArray = await run(`[\n  ${GOLDEN.join(',\n  ')}\n]\n`, `[${PREDS.join(',')}]`, {}, [
      'golden.json',
      'pred.json',
    ]);
    const fromGz = await run(gzipSync(lines(GOLDEN)), gzipSync(lines(PREDS)), {}, [
      'golden.jsonl.gz',
      'pred.jsonl.gz',
    ]);
    for (const other of [fromCsv, fromArray, fromGz]) {
      expect(other.slices.map((s) => s.metrics)).toEqual(jsonl.slices.map((s) => s.metrics));
      expect(other.golden.fingerprint).toBe(jsonl.golden.fingerprint);
    }
  });

  test('a JSON array with a scalar element is an error naming its line', async () => {
    expect(
      await errorOf(run('[\n{"id":"a","label":"x"},\n5\n]', lines(PREDS), {}, ['golden.json', 'pred.jsonl'])),
    ).toBe('golden.json:3: expected a JSON object, got number 5');
  });

  test('count_as_wrong scores missing predictions as wrong and reports coverage', async () => {
    const result = await run(lines(GOLDEN), lines([PREDS[0], PREDS[2]]), {
      missing_predictions: 'count_as_wrong',
    });
    expect(result.predictions).toMatchObject({ n: 2, matched: 2, missing: 1, coverage: 2 / 3 });
    const overall = result.slices[0];
    expect(overall.metrics.accuracy).toBeCloseTo(1 / 3, 12);
    // ECE/Brier are over the examples that have scores
    expect(overall.stats).toMatchObject({ scored: { n: 2 } });
  });

  test('the golden fingerprint does not depend on file order', async () => {
    const a = await run(lines(GOLDEN), lines(PREDS));
    const b = await run(lines([GOLDEN[2], GOLDEN[0], GOLDEN[1]]), lines(PREDS));
    const c = await run(lines([GOLDEN[0], GOLDEN[1], '{"id":"c","label":"y","lang":"de"}']), lines(PREDS));
    expect(b.golden.fingerprint).toBe(a.golden.fingerprint);
    expect(c.golden.fingerprint).not.toBe(a.golden.fingerprint);
  });
});
