/**
 * Issue #15's done-when: one unsharded run against 4 shards + merge gives byte-identical results and
 * byte-identical comparisons (against a baseline), for every task family.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import { mergeShards } from '../../src/evaluate/merge.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { parseResult } from '../../src/result/result-file.js';
import type { ResolvedConfig } from '../../src/spec/config.js';
import { mulberry32 } from '../helpers/seeded-random.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const now = () => new Date('2026-01-01T00:00:00Z');

/** Written and read back as an artifact would be (schema-checked). */
function roundTrip(result: EvalgateResult, name: string): EvalgateResult {
  return parseResult(JSON.stringify(result), name);
}

async function shardedAndWhole(config: ResolvedConfig, count = 4) {
  const whole = await evaluateConfig(config, { runCommands: false, now });
  const parts = [];
  for (let index = 1; index <= count; index++) {
    const part = await evaluateConfig(config, { runCommands: false, now, shard: { index, count } });
    parts.push({ file: `part-${index}.json`, result: roundTrip(part, `part-${index}.json`) });
  }
  const merged = await mergeShards(parts, config);
  return { whole, merged, parts };
}

/** Byte identity of the results and of their comparisons with the baseline. */
async function expectIdentical(head: ResolvedConfig, base: ResolvedConfig) {
  const baseline = await evaluateConfig(base, { runCommands: false, now });
  const { whole, merged, parts } = await shardedAndWhole(head);
  // every shard holds some examples, and none holds them all
  for (const p of parts) {
    expect(p.result.suites[0].golden.n).toBeGreaterThan(0);
    expect(p.result.suites[0].golden.n).toBeLessThan(whole.suites[0].golden.n);
  }
  expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  const wholeComparison = compareResults(baseline, whole, base);
  const mergedComparison = compareResults(baseline, roundTrip(merged, 'merged.json'), base);
  expect(JSON.stringify(mergedComparison)).toBe(JSON.stringify(wholeComparison));
  return { whole, merged };
}

function fixtureProject(family: string, files: Record<string, string>) {
  const root = tempProject();
  for (const [to, from] of Object.entries(files)) copyFileSync(join(FIXTURES, family, from), join(root, to));
  return root;
}

describe('4 shards + merge = 1 run, byte for byte', () => {
  test('generation (SQuAD, ROUGE, BLEU, chrF sums; latency and cost)', async () => {
    const root = fixtureProject('generation', {
      'golden.jsonl': 'suite/golden.jsonl',
      'base.jsonl': 'suite/base.jsonl',
      'head.jsonl': 'suite/head.jsonl',
    });
    const suite = (predictions: string) => ({
      name: 'qa',
      task: 'generation',
      golden: 'golden.jsonl',
      predictions,
      slices: ['topic', ['topic', 'difficulty']],
      metrics: ['squad_em', 'squad_f1', 'rouge1', 'rougeL', 'bleu', 'chrf'],
      min_support: 5,
      gates: [{ metric: 'squad_f1', max_drop: 0.5, slices: 'all' }],
    });
    const { whole } = await expectIdentical(
      configFor(root, { suites: [suite('head.jsonl')] }),
      configFor(root, { suites: [suite('base.jsonl')] }),
    );
    expect(whole.suites[0].golden.n).toBe(320);
  });
});

describe('4 shards + merge = 1 run, byte for byte (classification)', () => {
  test('classification on the refbench 10k (scores: ECE, Brier, log loss, top-k; per-class, confusion, crosses)', async () => {
    const dir = join(FIXTURES, 'refbench');
    const suite = (model: string) => ({
      name: 'intents',
      task: 'classification',
      golden: '10k/golden.jsonl.gz',
      predictions: `10k/${model}.jsonl.gz`,
      fields: { scores: 'scores' },
      slices: ['language', 'domain', ['language', 'domain']],
      metrics: [
        'accuracy',
        'macro_f1',
        'weighted_f1',
        'per_class_f1',
        'confusion_matrix',
        'ece',
        'brier',
        'log_loss',
        'top_k_accuracy',
      ],
      gates: [{ metric: 'macro_f1', max_drop: 0.5, slices: 'all' }],
    });
    const { whole } = await expectIdentical(
      configFor(dir, { suites: [suite('candidate')] }),
      configFor(dir, { suites: [suite('baseline')] }),
    );
    expect(whole.suites[0].golden.n).toBe(10_000);
  });

  test('classification with latency and cost, a missing prediction and label slices', async () => {
    const root = fixtureProject('ops', {
      'golden.jsonl': 'classification/golden.jsonl',
      'base.jsonl': 'classification/base.jsonl',
      'head.jsonl': 'classification/head.jsonl',
    });
    const suite = (predictions: string) => ({
      name: 'intents',
      task: 'classification',
      golden: 'golden.jsonl',
      predictions,
      slices: ['language'],
      min_support: 20,
      missing_predictions: 'count_as_wrong',
      label_slices: true,
      metrics: ['accuracy', 'macro_f1', 'p50_latency_ms', 'p95_latency_ms', 'cost_per_1k'],
      ops: { prices: { input_per_million: 3, output_per_million: 15 } },
      gates: [{ metric: 'p95_latency_ms', slices: { field: 'language' }, max_increase: 20 }],
    });
    const { whole } = await expectIdentical(
      configFor(root, { suites: [suite('head.jsonl')] }),
      configFor(root, { suites: [suite('base.jsonl')] }),
    );
    expect(whole.suites[0].slices[0].ops?.latency).toBeTruthy();
  });
});

describe('4 shards + merge = 1 run, byte for byte (judged and span suites)', () => {
  test('scored (repeated runs, verdicts, score quantiles, flaky examples)', async () => {
    const root = fixtureProject('scored', {
      'golden.jsonl': 'golden.jsonl',
      'base.jsonl': 'base.jsonl',
      'head.jsonl': 'head.jsonl',
    });
    const suite = (predictions: string) => ({
      name: 'judge',
      task: 'scored',
      golden: 'golden.jsonl',
      predictions,
      slices: ['topic', 'difficulty'],
      metrics: ['mean_score', 'pass_rate', 'score_p50', 'score_p90'],
      min_support: 5,
      gates: [{ metric: 'pass_rate', max_drop: 0.5, slices: 'all' }],
    });
    const { whole } = await expectIdentical(
      configFor(root, { suites: [suite('head.jsonl')] }),
      configFor(root, { suites: [suite('base.jsonl')] }),
    );
    expect(whole.suites[0].flaky?.count).toBeGreaterThan(0);
  });

  test.each(['default', 'strict'])(
    'spans (%s mode: entity counts per type, label slices, invalid sequences)',
    async (mode) => {
      const root = fixtureProject('spans', {
        'golden.jsonl': 'suite/golden.jsonl',
        'base.jsonl': 'suite/base.jsonl',
        'head.jsonl': 'suite/head.jsonl',
      });
      const suite = (predictions: string) => ({
        name: 'ner',
        task: 'spans',
        golden: 'golden.jsonl',
        predictions,
        slices: ['domain'],
        min_support: 5,
        spans: { mode, scheme: 'IOB2' },
        gates: [
          { metric: 'span_micro_f1', max_drop: 0.5, slices: 'all' },
          { metric: 'span_micro_f1', max_drop: 0.5, slices: 'labels' },
        ],
      });
      const { whole } = await expectIdentical(
        configFor(root, { suites: [suite('head.jsonl')] }),
        configFor(root, { suites: [suite('base.jsonl')] }),
      );
      expect(whole.suites[0].slices.some((s) => s.kind === 'label')).toBe(true);
    },
  );

  test('ranking (per-query nDCG, MAP, MRR and recall sums; a query without a list)', async () => {
    const root = tempProject();
    const random = mulberry32(15);
    const docs = Array.from({ length: 30 }, (_, d) => `d${d}`);
    const golden = Array.from({ length: 160 }, (_, q) => ({
      id: `q${q}`,
      judgements: Object.fromEntries(
        docs.filter(() => random() < 0.15).map((d) => [d, 1 + Math.floor(random() * 3)]),
      ),
      lang: ['en', 'de', 'fr'][q % 3],
    }));
    const ranked = (noise: number) =>
      golden
        .filter((_g, q) => q % 37 !== 5)
        .map((g) => ({
          id: g.id,
          ranking: [...docs]
            .sort(
              (a, b) =>
                (g.judgements[b] ?? 0) + noise * random() - ((g.judgements[a] ?? 0) + noise * random()),
            )
            .slice(0, 12),
        }));
    writeJsonl(join(root, 'golden.jsonl'), golden);
    writeJsonl(join(root, 'base.jsonl'), ranked(4));
    writeJsonl(join(root, 'head.jsonl'), ranked(2));
    const suite = (predictions: string) => ({
      name: 'search',
      task: 'ranking',
      golden: 'golden.jsonl',
      predictions,
      slices: ['lang'],
      metrics: ['ndcg@10', 'map', 'mrr@10', 'recall@5'],
      min_support: 5,
      gates: [{ metric: 'ndcg@10', max_drop: 0.5, slices: 'all' }],
    });
    const { whole } = await expectIdentical(
      configFor(root, { suites: [suite('head.jsonl')] }),
      configFor(root, { suites: [suite('base.jsonl')] }),
    );
    expect(whole.suites[0].predictions.missing).toBe(5);
  });
});

describe('a shard that owns no example', () => {
  test('ranking: coverage 0 (not NaN), the partial result is valid and the merge equals the run', async () => {
    const root = tempProject();
    // Two queries over 16 shards: most shards own none.
    writeJsonl(join(root, 'golden.jsonl'), [
      { id: 'q1', judgements: { a: 1 } },
      { id: 'q2', judgements: { b: 2 } },
    ]);
    writeJsonl(join(root, 'run.jsonl'), [
      { id: 'q1', ranking: ['a', 'b'] },
      { id: 'q2', ranking: ['a', 'b'] },
    ]);
    const config = configFor(root, {
      suites: [
        {
          name: 'search',
          task: 'ranking',
          golden: 'golden.jsonl',
          predictions: 'run.jsonl',
          metrics: ['mrr@10'],
        },
      ],
    });
    const { whole, merged, parts } = await shardedAndWhole(config, 16);
    const empty = parts.filter((p) => p.result.suites[0].golden.n === 0);
    expect(empty.length).toBeGreaterThanOrEqual(14);
    for (const p of empty) expect(p.result.suites[0].predictions.coverage).toBe(0);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  });
});
