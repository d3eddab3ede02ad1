import { describe, test, expect } from '@jest/globals';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareResults } from '../../../src/compare/compare.js';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import { parseResult } from '../../../src/result/result-file.js';
import { comparisonMarkdown } from '../../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../../src/report/result-markdown.js';
import { corpusBleu, corpusChrf, squadExampleStats } from '../../../src/tasks/generation/index.js';
import { configFor, tempProject, writeJsonl } from '../../helpers/suite.js';

/** A small QA set: 40 questions in two topics, a weaker and a stronger system. */
const golden = Array.from({ length: 40 }, (_, i) => ({
  id: `q${i}`,
  references: i % 3 === 0 ? [`the answer is ${i}`, `answer ${i}`] : `the answer is number ${i} today`,
  topic: i % 2 ? 'history' : 'science',
}));
const weak = golden.map((g, i) => ({ id: g.id, prediction: i % 4 === 0 ? 'no idea' : `answer ${i}` }));
const strong = golden.map((g, i) => ({
  id: g.id,
  prediction: i % 2 ? `the answer is number ${i} today` : `answer ${i}`,
}));
const refs = golden.map((g) => (typeof g.references === 'string' ? [g.references] : g.references));

function project(head: typeof weak, basePredictions = weak) {
  const root = tempProject();
  writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(join(root, 'base.jsonl'), basePredictions);
  writeJsonl(join(root, 'head.jsonl'), head);
  const suite = (predictions: string) => ({
    name: 'qa',
    task: 'generation',
    golden: 'golden.jsonl',
    predictions,
    slices: ['topic'],
    min_support: 5,
    gates: [
      { metric: 'squad_f1', max_drop: 1, slices: 'all' },
      { metric: 'bleu', max_drop: 1 },
    ],
  });
  return {
    base: configFor(root, { suites: [suite('base.jsonl')] }),
    head: configFor(root, { suites: [suite('head.jsonl')] }),
  };
}

async function run(head: typeof weak, basePredictions = weak) {
  const configs = project(head, basePredictions);
  const now = () => new Date('2026-01-01T00:00:00Z');
  const base = await evaluateConfig(configs.base, { runCommands: false, now });
  const headResult = await evaluateConfig(configs.head, { runCommands: false, now });
  // the artifact round-trips through its schema
  parseResult(JSON.stringify(base), 'base.json');
  parseResult(JSON.stringify(headResult), 'head.json');
  return { base, head: headResult, comparison: compareResults(base, headResult, configs.base) };
}

describe('task: generation end to end', () => {
  test('per-slice metrics equal the metric functions on the slice; BLEU and chrF are corpus-level', async () => {
    const { base } = await run(strong);
    const suite = base.suites[0];
    expect(suite.task).toBe('generation');
    expect(suite.slices.map((s) => s.key)).toEqual(['overall', 'topic=history', 'topic=science']);
    const science = golden.map((_g, i) => i).filter((i) => golden[i].topic === 'science');
    const slice = suite.slices[2];
    expect(slice.n).toBe(20);
    expect(slice.metrics.bleu).toBeCloseTo(
      corpusBleu(
        science.map((i) => weak[i].prediction),
        science.map((i) => refs[i]),
      ).score / 100,
      12,
    );
    expect(slice.metrics.chrf).toBeCloseTo(
      corpusChrf(
        science.map((i) => weak[i].prediction),
        science.map((i) => refs[i]),
      ) / 100,
      12,
    );
    const f1 = science.reduce((s, i) => s + squadExampleStats(weak[i].prediction, refs[i]).f1, 0) / 20;
    expect(slice.metrics.squad_f1).toBeCloseTo(f1, 12);
    expect(suite.examples?.columns.bleu.width).toBe(10);
    expect(suite.examples?.columns.chrf.width).toBe(18);
    expect(resultMarkdown(base)).toContain('### qa (generation)');
  });

  test('a better system passes its gates; the same system against itself has zero deltas', async () => {
    const { comparison } = await run(strong);
    expect(comparison.verdict).toBe('pass');
    const gate = comparison.suites[0].gates.find((g) => g.metric === 'bleu')!;
    expect(gate.delta!).toBeGreaterThan(0);
    expect(gate.ci![0]).toBeLessThanOrEqual(gate.delta!);
    expect(gate.ci![1]).toBeGreaterThanOrEqual(gate.delta!);
    const same = await run(weak);
    for (const g of same.comparison.suites[0].gates) {
      expect(g.delta).toBe(0);
      // no example differs: nothing to scale an interval by, so none (never a narrow [0, 0])
      expect(g.ci).toBeNull();
      expect(g.verdict).toBe('pass');
    }
  });

  test('a worse system fails the gates, with intervals from resampled sentence statistics', async () => {
    const { comparison } = await run(weak, strong);
    expect(comparison.verdict).toBe('fail');
    const bleu = comparison.suites[0].gates.find((g) => g.metric === 'bleu')!;
    expect(bleu.verdict).toBe('fail');
    expect(bleu.ci![1]).toBeLessThan(0);
    const markdown = comparisonMarkdown(comparison);
    expect(markdown).toContain('BLEU');
    expect(markdown).toContain('❌');
  });

  test('a changed golden set is compared on the shared examples, recomputed from their statistics', async () => {
    const configs = project(strong);
    const now = () => new Date('2026-01-01T00:00:00Z');
    const base = await evaluateConfig(configs.base, { runCommands: false, now });
    // the head drops q0..q3 and relabels q4
    const root = configs.base.root;
    const changed = golden.slice(4).map((g) => (g.id === 'q4' ? { ...g, references: 'something else' } : g));
    writeJsonl(join(root, 'golden.jsonl'), changed);
    writeJsonl(
      join(root, 'head.jsonl'),
      strong.filter((p) => changed.some((g) => g.id === p.id)),
    );
    const head = await evaluateConfig(configs.head, { runCommands: false, now });
    const comparison = compareResults(base, head, configs.base);
    const suite = comparison.suites[0];
    expect(suite.golden).toMatchObject({ same: false, shared: 35, removed: 4, relabelled: 1 });
    const shared = golden.map((_g, i) => i).filter((i) => i >= 5);
    const bleuOf = (preds: typeof weak) =>
      corpusBleu(
        shared.map((i) => preds[i].prediction),
        shared.map((i) => refs[i]),
      ).score / 100;
    const overall = suite.slices.find((s) => s.key === 'overall')!;
    expect(overall.metrics.bleu.base).toBeCloseTo(bleuOf(weak), 12);
    expect(overall.metrics.bleu.head).toBeCloseTo(bleuOf(strong), 12);
  });

  test('every slice of the QA demo equals the independent Python reference (NLTK-checked BLEU) to 1e-9', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/generation/suite/', import.meta.url));
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
      string,
      Record<string, Record<string, number>>
    >;
    const root = tempProject();
    for (const f of ['golden.jsonl', 'base.jsonl', 'head.jsonl']) copyFileSync(join(dir, f), join(root, f));
    for (const side of ['base', 'head']) {
      const config = configFor(root, {
        suites: [
          {
            name: 'qa',
            task: 'generation',
            golden: 'golden.jsonl',
            predictions: `${side}.jsonl`,
            slices: ['topic', 'difficulty', ['topic', 'difficulty']],
          },
        ],
      });
      const result = await evaluateConfig(config, { runCommands: false });
      const slices = result.suites[0].slices;
      expect(slices.map((s) => s.key).sort()).toEqual(Object.keys(expected[side]).sort());
      for (const slice of slices) {
        const want = expected[side][slice.key];
        expect(slice.n).toBe(want.n);
        for (const metric of ['squad_em', 'squad_f1', 'rouge1', 'rouge2', 'rougeL', 'bleu', 'chrf'])
          expect(Math.abs(slice.metrics[metric]! - want[metric])).toBeLessThan(1e-9);
      }
    }
  });

  test('operational metrics: latency quantiles and cost per 1k beside the text metrics, gated as budgets', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), golden);
    // latencies 10, 20, …, 400 ms (base) and twice that (head); cost 0.001 $ per answer
    const withOps = (preds: typeof weak, scale: number) =>
      preds.map((p, i) => ({ ...p, latency_ms: scale * 10 * (i + 1), cost: 0.001 }));
    writeJsonl(join(root, 'base.jsonl'), withOps(weak, 1));
    writeJsonl(join(root, 'head.jsonl'), withOps(weak, 2));
    const suite = (predictions: string) => ({
      name: 'qa',
      task: 'generation',
      golden: 'golden.jsonl',
      predictions,
      slices: ['topic'],
      min_support: 5,
      metrics: ['squad_f1', 'bleu', 'p95_latency_ms', 'cost_per_1k'],
      gates: [
        { metric: 'p95_latency_ms', max_increase: 50 },
        { metric: 'cost_per_1k', max: 2 },
        { metric: 'bleu', max_drop: 1 },
      ],
    });
    const baseConfig = configFor(root, { suites: [suite('base.jsonl')] });
    const base = await evaluateConfig(baseConfig, { runCommands: false });
    const head = await evaluateConfig(configFor(root, { suites: [suite('head.jsonl')] }), {
      runCommands: false,
    });
    parseResult(JSON.stringify(head), 'head.json');
    const overall = base.suites[0].slices[0];
    // numpy.percentile(range(10, 410, 10), 95) = 10 + 0.95 * 39 * 10 = 380.5
    expect(overall.metrics.p95_latency_ms).toBeCloseTo(380.5, 9);
    expect(overall.metrics.cost_per_1k).toBeCloseTo(1, 12);
    expect(overall.ops?.cost).toEqual({ sum: expect.closeTo(0.04, 12), count: 40 });
    const comparison = compareResults(base, head, baseConfig);
    const latency = comparison.suites[0].gates.find((g) => g.metric === 'p95_latency_ms')!;
    expect(latency.delta).toBeCloseTo(380.5, 9);
    expect(latency.verdict).toBe('fail');
    expect(comparison.suites[0].gates.find((g) => g.metric === 'cost_per_1k')!.verdict).toBe('pass');
    expect(comparison.suites[0].gates.find((g) => g.metric === 'bleu')!.delta).toBe(0);
  });

  test('bad input is a one-line error naming file:line', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), [
      { id: 'a', references: ['x'] },
      { id: 'b', references: [] },
    ]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: 'x' }]);
    const config = configFor(root, {
      suites: [{ name: 's', task: 'generation', golden: 'golden.jsonl', predictions: 'p.jsonl' }],
    });
    await expect(evaluateConfig(config, { runCommands: false })).rejects.toThrow(
      'golden.jsonl:2: references: expected a reference text or a non-empty array of texts, got an array',
    );
    writeJsonl(join(root, 'golden.jsonl'), [{ id: 'a', references: 'x' }]);
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', prediction: null }]);
    await expect(evaluateConfig(config, { runCommands: false })).rejects.toThrow(
      'p.jsonl:1: prediction: missing prediction (an empty answer is "")',
    );
  });
});
