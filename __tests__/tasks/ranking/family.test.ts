import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test, expect } from '@jest/globals';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import { compareResults } from '../../../src/compare/compare.js';
import { comparisonMarkdown } from '../../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../../src/report/result-markdown.js';
import { metricDef } from '../../../src/tasks/registry.js';
import { decodeColumn } from '../../../src/result/columns.js';
import { readResult, writeResult } from '../../../src/result/result-file.js';
import { configFor, tempProject, writeJsonl } from '../../helpers/suite.js';

const fixtures = new URL('../../fixtures/ranking/', import.meta.url);
const fixture = (name: string) => new URL(name, fixtures).pathname;

interface Expected {
  configs: {
    name: string;
    perQuery: Record<string, Record<string, number>>;
    means: Record<string, number>;
  }[];
  unjudgedQueries: string[];
}
const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as Expected;
const CUTOFFS = [1, 3, 5, 10, 20];
const NAMES = [
  'map',
  ...['mrr', 'precision', 'recall', 'ap', 'hit_rate', 'ndcg'].flatMap((b) => CUTOFFS.map((k) => `${b}@${k}`)),
];

/** A project with the committed qrels and the run less its unjudged query (unknown qids are errors here). */
function trecProject(): string {
  const root = tempProject('evalgate-ranking-');
  copyFileSync(fixture('qrels.txt'), join(root, 'qrels.txt'));
  const unjudged = new Set(expected.unjudgedQueries);
  const run = readFileSync(fixture('run.txt'), 'utf8')
    .split('\n')
    .filter((line) => !unjudged.has(line.split(/\s+/)[0]))
    .join('\n');
  writeFileSync(join(root, 'run.txt'), run);
  return root;
}

function expectClose(
  actual: Record<string, number | null>,
  wanted: Record<string, number>,
  names: string[],
  rename = (m: string) => m,
) {
  for (const m of names) {
    const diff = Math.abs((actual[m] ?? NaN) - wanted[rename(m)]);
    if (!(diff <= 1e-9)) throw new Error(`${m}: got ${actual[m]}, expected ${wanted[rename(m)]}`);
  }
}

describe('task: ranking on TREC files (make_expected.py: trec_eval definitions, sklearn ndcg_score)', () => {
  for (const [policy, configName] of [
    ['zero', 'zero'],
    ['skip', 'default'],
  ] as const) {
    test(`overall means equal the reference (missing_queries: ${policy})`, async () => {
      const root = trecProject();
      const config = configFor(root, {
        suites: [
          {
            name: 'trec',
            task: 'ranking',
            golden: 'qrels.txt',
            predictions: 'run.txt',
            metrics: NAMES,
            min_support: 1,
            ranking: { missing_queries: policy },
          },
        ],
      });
      const result = await evaluateConfig(config);
      const suite = result.suites[0];
      const want = expected.configs.find((c) => c.name === configName)!;
      expect(suite.task_type).toBe('ranking');
      expect(suite.predictions).toMatchObject({ n: 7, matched: 7, missing: 1 });
      expectClose(suite.slices[0].metrics, want.means, NAMES);
      expect(suite.slices[0].n).toBe(8);
      const stats = suite.slices[0].stats;
      expect(stats?.family === 'ranking' && stats.counts['map']).toBe(policy === 'zero' ? 8 : 7);
    });
  }

  test('ndcg: sklearn gives ndcg@k the sklearn ndcg_score values; exponential gain and relevance level 2', async () => {
    const root = trecProject();
    const metrics = CUTOFFS.map((k) => `ndcg@${k}`);
    const sk = await evaluateConfig(
      configFor(root, {
        suites: [
          {
            name: 't',
            task: 'ranking',
            golden: 'qrels.txt',
            predictions: 'run.txt',
            metrics,
            ranking: { ndcg: 'sklearn', missing_queries: 'zero' },
          },
        ],
      }),
    );
    const zero = expected.configs.find((c) => c.name === 'zero')!;
    expectClose(sk.suites[0].slices[0].metrics, zero.means, metrics, (m) =>
      m.replace('ndcg@', 'ndcg_sklearn@'),
    );
    const exp = await evaluateConfig(
      configFor(root, {
        suites: [
          {
            name: 't',
            task: 'ranking',
            golden: 'qrels.txt',
            predictions: 'run.txt',
            metrics: NAMES,
            ranking: { gain: 'exponential', relevance_level: 2, missing_queries: 'zero' },
          },
        ],
      }),
    );
    expectClose(
      exp.suites[0].slices[0].metrics,
      expected.configs.find((c) => c.name === 'level2_exponential_zero')!.means,
      NAMES,
    );
  });

  test('per-query values are stored as example columns for pairing', async () => {
    const root = trecProject();
    const result = await evaluateConfig(
      configFor(root, {
        suites: [
          {
            name: 't',
            task: 'ranking',
            golden: 'qrels.txt',
            predictions: 'run.txt',
            metrics: ['ndcg@10', 'map'],
          },
        ],
      }),
    );
    const ex = result.suites[0].examples!;
    expect(ex.ids).toEqual(['q1', 'q2', 'q3', 'q4', 'q6', 'q7', 'q8', 'q9']);
    const col = decodeColumn(ex.columns['m.ndcg@10']);
    const zero = expected.configs.find((c) => c.name === 'zero')!;
    expect(Array.from(col).map((v) => +v.toFixed(12))).toEqual(
      ex.ids.map((q) => +zero.perQuery[q]['ndcg@10'].toFixed(12)),
    );
  });
});

/** A JSONL project: queries with topic/language slices, two systems, latencies. */
function jsonlProject(): string {
  const root = tempProject('evalgate-ranking-jsonl-');
  const golden = [];
  const base = [];
  const head = [];
  for (let i = 0; i < 120; i++) {
    const topic = ['billing', 'shipping', 'returns'][i % 3];
    const language = i % 2 ? 'en' : 'de';
    golden.push({ id: `q${i}`, topic, language, judgements: { [`d${i}`]: 2, [`e${i}`]: 1, [`x${i}`]: 0 } });
    // base ranks the returns queries badly, head the billing queries: overall equal, billing regresses
    const good = [`d${i}`, `e${i}`, `x${i}`, `z${i}`];
    const bad = [`z${i}`, `x${i}`, `e${i}`, `d${i}`];
    base.push({ id: `q${i}`, ranking: i % 3 === 2 ? bad : good, latency_ms: 100 + (i % 20) });
    head.push({
      id: `q${i}`,
      ranking: (topic === 'billing' ? bad : good).map((docid, r) => ({
        docid,
        score: 10 - r,
      })),
      latency_ms: 150 + (i % 20) * 10,
    });
  }
  writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(join(root, 'base.jsonl'), base);
  writeJsonl(join(root, 'head.jsonl'), head);
  return root;
}

const suiteOf = (predictions: string, extra: Record<string, unknown> = {}) => ({
  name: 'search',
  task: 'ranking',
  golden: 'golden.jsonl',
  predictions,
  slices: ['topic', 'language'],
  min_support: 10,
  metrics: ['ndcg@10', 'mrr@10', 'recall@1', 'map', 'p50_latency_ms', 'p95_latency_ms'],
  ...extra,
});

describe('task: ranking end to end on JSONL (evaluate → result → compare → gate → report)', () => {
  test('slices, latency quantiles (numpy linear), paired gates and the report', async () => {
    const root = jsonlProject();
    const gates = [
      { metric: 'ndcg@10', slices: 'all', max_drop: 1 },
      { metric: 'mrr@10', slices: 'overall', max_drop: 1 },
      { metric: 'p95_latency_ms', slices: 'overall', max: 300 },
      { metric: 'p50_latency_ms', slices: 'overall', max_increase: 20 },
    ];
    const baseConfig = configFor(root, { suites: [suiteOf('base.jsonl', { gates })] });
    const headConfig = configFor(root, { suites: [suiteOf('head.jsonl', { gates })] });
    const base = await evaluateConfig(baseConfig);
    const head = await evaluateConfig(headConfig);
    const b = base.suites[0];
    const h = head.suites[0];
    expect(b.slices.map((s) => s.key)).toEqual([
      'overall',
      'topic=billing',
      'topic=returns',
      'topic=shipping',
      'language=de',
      'language=en',
    ]);
    // base: 2/3 of queries perfect (MRR 1), returns queries find the best doc at rank 4
    expect(b.slices[0].metrics['mrr@10']).toBeCloseTo((80 + 40 / 3) / 120, 12);
    expect(b.slices[2].metrics['mrr@10']).toBeCloseTo(1 / 3, 12);
    expect(b.slices[2].metrics['recall@1']).toBe(0);
    // latencies 100..119, six times each: numpy.percentile(x, 95) = 118.05, (x, 50) = 109.5
    expect(b.slices[0].metrics.p95_latency_ms).toBe(118.05);
    expect(b.slices[0].metrics.p50_latency_ms).toBe(109.5);
    expect(b.slices[0].ops?.latency?.counts).toEqual(new Array(20).fill(6));
    // head: 150..340 step 10, six times each: numpy.percentile(x, 95) = 330.5, (x, 50) = 245.0
    expect(h.slices[0].metrics.p95_latency_ms).toBe(330.5);
    expect(h.slices[0].metrics.p50_latency_ms).toBe(245);

    // the artifact round trip validates against schema/result.schema.json on both ends
    await writeResult(join(root, 'base.json'), base);
    await writeResult(join(root, 'head.json'), head);
    const comparison = compareResults(
      await readResult(join(root, 'base.json')),
      await readResult(join(root, 'head.json')),
      baseConfig,
    );
    const suite = comparison.suites[0];
    expect(suite.pairing).toBe('paired');
    const verdict = (metric: string, slice: string) =>
      suite.gates.find((g) => g.metric === metric && g.slice === slice)?.verdict;
    expect(verdict('ndcg@10', 'topic=returns')).toBe('pass'); // improved
    expect(verdict('ndcg@10', 'topic=shipping')).toBe('pass'); // unchanged
    expect(verdict('ndcg@10', 'topic=billing')).toBe('fail');
    expect(verdict('ndcg@10', 'overall')).toBe('pass'); // the same number of bad queries on both sides
    expect(verdict('mrr@10', 'overall')).toBe('pass');
    expect(verdict('p95_latency_ms', 'overall')).toBe('fail'); // 330.5 ms > 300 ms budget
    expect(verdict('p50_latency_ms', 'overall')).toBe('fail'); // +135.5 ms, far beyond +20 ms
    const p50 = suite.gates.find((g) => g.metric === 'p50_latency_ms')!;
    expect(p50.ci![0]).toBeGreaterThan(20);
    expect(comparison.verdict).toBe('fail');

    const md = comparisonMarkdown(comparison);
    expect(md).toContain('ndcg@10');
    expect(md).toContain('ms');
    const report = resultMarkdown(head);
    expect(report).toContain(metricDef('ndcg@10')!.title);
    expect(report).toContain('P95 latency');
  });

  test('an identical candidate passes every gate', async () => {
    const root = jsonlProject();
    const config = configFor(root, {
      suites: [
        suiteOf('base.jsonl', {
          gates: [
            { metric: 'ndcg@10', slices: 'all', max_drop: 0.5 },
            { metric: 'p95_latency_ms', max: 300 },
          ],
        }),
      ],
    });
    const base = await evaluateConfig(config);
    const comparison = compareResults(base, base, config);
    expect(comparison.verdict).toBe('pass');
    expect(comparison.suites[0].gates.every((g) => g.verdict === 'pass')).toBe(true);
  });
});

describe('task: ranking comparisons without pairing or with a changed golden set', () => {
  test('store_examples: false compares unpaired: ranking gates decide on the point estimate, latency gets an interval', async () => {
    const root = jsonlProject();
    // (a slice whose gates mix latency with other metrics gets no unpaired interval at all)
    const gates = [
      { metric: 'ndcg@10', slices: 'fields', max_drop: 1 },
      { metric: 'p50_latency_ms', slices: 'overall', max_increase: 20 },
    ];
    const baseConfig = configFor(root, { suites: [suiteOf('base.jsonl', { gates, store_examples: false })] });
    const base = await evaluateConfig(baseConfig);
    const head = await evaluateConfig(
      configFor(root, { suites: [suiteOf('head.jsonl', { gates, store_examples: false })] }),
    );
    const suite = compareResults(base, head, baseConfig).suites[0];
    expect(suite.pairing).toBe('unpaired');
    const billing = suite.gates.find((g) => g.metric === 'ndcg@10' && g.slice === 'topic=billing')!;
    expect(billing.verdict).toBe('fail');
    expect(billing.ci).toBeNull();
    const p50 = suite.gates.find((g) => g.metric === 'p50_latency_ms')!;
    expect(p50.ci).not.toBeNull();
    expect(p50.verdict).toBe('fail');
  });

  test('a changed golden set compares the shared queries; values are recomputed on them', async () => {
    const root = jsonlProject();
    const config = configFor(root, {
      suites: [suiteOf('base.jsonl', { gates: [{ metric: 'mrr@10', max_drop: 1 }] })],
    });
    const base = await evaluateConfig(config);
    // drop the returns queries from the golden set and the predictions: the head side is all perfect
    const keep = (file: string) => {
      const lines = readFileSync(join(root, file), 'utf8').trim().split('\n');
      writeFileSync(join(root, file), lines.filter((_, i) => i % 3 !== 2).join('\n') + '\n');
    };
    keep('golden.jsonl');
    keep('base.jsonl');
    const head = await evaluateConfig(config);
    const suite = compareResults(base, head, config).suites[0];
    expect(suite.golden).toMatchObject({ same: false, shared: 80, removed: 40, added: 0 });
    const overall = suite.slices.find((s) => s.key === 'overall')!.metrics['mrr@10'];
    expect(overall).toMatchObject({ base: 1, head: 1, delta: 0 });
    expect(suite.gates[0].verdict).toBe('pass');
  });
});
