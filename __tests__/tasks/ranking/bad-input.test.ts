import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test, expect } from '@jest/globals';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import { configFor, tempProject } from '../../helpers/suite.js';

const QRELS = 'q1 0 d1 1\nq1 0 d2 0\nq2 0 d3 2\n';
const RUN = 'q1 Q0 d1 1 2.5 sys\nq1 Q0 d2 2 1.5 sys\nq2 Q0 d3 1 0.5 sys\n';
const GOLDEN = '{"id":"q1","judgements":{"d1":1}}\n{"id":"q2","judgements":{"d3":2}}\n';

async function run(files: Record<string, string>, suite: Record<string, unknown> = {}) {
  const root = tempProject('evalgate-ranking-bad-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const golden = Object.keys(files).find((f) => /^golden|qrels/.test(f))!;
  const predictions = Object.keys(files).find((f) => /^pred|run/.test(f))!;
  const config = configFor(root, {
    suites: [{ name: 's', task: 'ranking', golden, predictions, metrics: ['ndcg@10', 'map'], ...suite }],
  });
  return evaluateConfig(config);
}

describe('ranking input errors are one line naming file:line and the field', () => {
  test.each([
    [
      'qrels with a missing column',
      { 'qrels.txt': 'q1 0 d1 1\nq1 0 d2\n', 'run.txt': RUN },
      /^qrels\.txt:2: columns: expected 4 whitespace-separated columns \(qid iter docid rel\), got 3 in "q1 0 d2"$/,
    ],
    [
      'qrels judging a document twice',
      { 'qrels.txt': 'q1 0 d1 1\nq1 0 d2 0\nq1 0 d1 2\n', 'run.txt': RUN },
      /^qrels\.txt:3: docid: "d1" is judged twice for query "q1" \(first at line 1\)$/,
    ],
    [
      'a non-integer grade',
      { 'qrels.txt': 'q1 0 d1 high\n', 'run.txt': RUN },
      /^qrels\.txt:1: rel: expected an integer, got "high"$/,
    ],
    [
      'a run with a NaN score',
      { 'qrels.txt': QRELS, 'run.txt': 'q1 Q0 d1 1 2.5 sys\nq1 Q0 d2 2 NaN sys\n' },
      /^run\.txt:2: score: expected a finite number, got "NaN"$/,
    ],
    [
      'a run with 5 columns',
      { 'qrels.txt': QRELS, 'run.txt': 'q1 Q0 d1 1 2.5\n' },
      /^run\.txt:1: columns: expected at least 6 whitespace-separated columns/,
    ],
    [
      'a run ranking a document twice',
      { 'qrels.txt': QRELS, 'run.txt': RUN + 'q1 Q0 d1 3 0.1 sys\n' },
      /^run\.txt:4: docid: "d1" is ranked twice for query "q1" \(first at line 1\)$/,
    ],
    [
      'an empty predictions file',
      { 'qrels.txt': QRELS, 'run.txt': '\n' },
      /^run\.txt: the predictions file has no rows \(a query with nothing retrieved is a row with an empty list\)$/,
    ],
    [
      'JSONL judgements that are not an object',
      { 'golden.jsonl': '{"id":"q1","judgements":["d1"]}\n', 'pred.jsonl': '{"id":"q1","ranking":["d1"]}\n' },
      /^golden\.jsonl:1: judgements: expected an object of docid -> integer grade, got an array$/,
    ],
    [
      'a fractional JSONL grade',
      {
        'golden.jsonl': '{"id":"q1","judgements":{"d1":0.5}}\n',
        'pred.jsonl': '{"id":"q1","ranking":["d1"]}\n',
      },
      /^golden\.jsonl:1: judgements\.d1: expected an integer grade, got number 0\.5$/,
    ],
    [
      'a duplicate JSONL query',
      {
        'golden.jsonl': GOLDEN + '{"id":"q1","judgements":{}}\n',
        'pred.jsonl': '{"id":"q1","ranking":[]}\n',
      },
      /^golden\.jsonl:3: id: duplicate query id "q1" \(first at line 1\)$/,
    ],
    [
      'a null score',
      { 'golden.jsonl': GOLDEN, 'pred.jsonl': '{"id":"q1","ranking":[{"docid":"d1","score":null}]}\n' },
      /^pred\.jsonl:1: ranking\[0\]\.score: expected a finite number, got null$/,
    ],
    [
      'a NaN score in JSONL',
      { 'golden.jsonl': GOLDEN, 'pred.jsonl': '{"id":"q1","ranking":[{"docid":"d1","score":NaN}]}\n' },
      /^pred\.jsonl:1: NaN and Infinity are not valid JSON numbers/,
    ],
    [
      'scores on some entries only',
      {
        'golden.jsonl': GOLDEN,
        'pred.jsonl': '{"id":"q1","ranking":[{"docid":"d1","score":1},{"docid":"d2"}]}\n',
      },
      /^pred\.jsonl:1: ranking: 1 of 2 entries have a score: give every entry a score, or none \(rank order\)$/,
    ],
    [
      'a document twice in one list',
      { 'golden.jsonl': GOLDEN, 'pred.jsonl': '{"id":"q1","ranking":["d1","d2","d1"]}\n' },
      /^pred\.jsonl:1: ranking\[2\]\.docid: "d1" appears twice in the list$/,
    ],
    [
      'a missing ranking field',
      { 'golden.jsonl': GOLDEN, 'pred.jsonl': '{"id":"q1","results":[]}\n' },
      /^pred\.jsonl:1: ranking: expected a ranked list \[\{docid, score\}, \.\.\.\], got nothing$/,
    ],
  ])('%s', async (_what, files, message) => {
    await expect(run(files)).rejects.toThrow(message);
  });

  test('operational metrics need JSONL predictions', async () => {
    await expect(
      run({ 'qrels.txt': QRELS, 'run.txt': RUN }, { metrics: ['ndcg@10', 'p95_latency_ms'] }),
    ).rejects.toThrow(/^run\.txt: a TREC run has no per-query latency or cost/);
  });

  test('format: trec is only for ranking suites; unknown ranking metrics get a hint', () => {
    const root = tempProject();
    expect(() =>
      configFor(root, {
        suites: [
          {
            name: 's',
            task: 'classification',
            golden: 'g.txt',
            predictions: 'p.jsonl',
            format: { golden: 'trec' },
          },
        ],
      }),
    ).toThrow(/suites\[0\]\.format\.golden: format trec is only for task: ranking$/);
    expect(() =>
      configFor(root, {
        suites: [
          { name: 's', task: 'ranking', golden: 'q.qrels', predictions: 'r.run', metrics: ['ndgc@10'] },
        ],
      }),
    ).toThrow(/unknown metric "ndgc@10" for task ranking \(did you mean "ndcg@10"\?\)/);
  });
});

describe('ranking input policies', () => {
  test('an empty list scores 0; a query without a list is 0 (zero) or left out (skip); unjudged docs are not relevant', async () => {
    const files = {
      'golden.jsonl': GOLDEN + '{"id":"q3","judgements":{"d9":1}}\n',
      'pred.jsonl': '{"id":"q1","ranking":["dx","d1"]}\n{"id":"q2","ranking":[]}\n',
    };
    const zero = await run(files, { min_support: 1 });
    expect(zero.suites[0].slices[0].metrics['ndcg@10']).toBeCloseTo(1 / Math.log2(3) / 3, 12);
    expect(zero.suites[0].predictions).toMatchObject({ matched: 2, missing: 1 });
    const skip = await run(files, { min_support: 1, ranking: { missing_queries: 'skip' } });
    expect(skip.suites[0].slices[0].metrics['ndcg@10']).toBeCloseTo(1 / Math.log2(3) / 2, 12);
  });

  test('a qrels golden set takes slice fields from a queries file; rank-column disagreements are a warning', async () => {
    const root = tempProject();
    writeFileSync(join(root, 'qrels.txt'), QRELS);
    writeFileSync(join(root, 'run.txt'), 'q1 Q0 d1 2 2.5 sys\nq1 Q0 d2 1 1.5 sys\nq2 Q0 d3 1 0.5 sys\n');
    writeFileSync(join(root, 'queries.jsonl'), '{"id":"q1","lang":"en"}\n{"id":"q2","lang":"de"}\n');
    const lines: string[] = [];
    const config = configFor(root, {
      suites: [
        {
          name: 's',
          task: 'ranking',
          golden: 'qrels.txt',
          predictions: 'run.txt',
          slices: ['lang'],
          min_support: 1,
          metrics: ['mrr@10'],
          ranking: { queries: 'queries.jsonl' },
        },
      ],
    });
    const result = await evaluateConfig(config, { log: (l) => lines.push(l) });
    expect(result.suites[0].slices.map((s) => [s.key, s.metrics['mrr@10']])).toEqual([
      ['overall', 1],
      ['lang=de', 1],
      ['lang=en', 1],
    ]);
    expect(
      lines.some((l) =>
        /^warning: run\.txt: the rank column disagrees with the score order for 2 row\(s\) in 1 query/.test(
          l,
        ),
      ),
    ).toBe(true);
  });
});
