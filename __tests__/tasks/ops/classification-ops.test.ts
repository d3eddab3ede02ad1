import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test, expect } from '@jest/globals';
import { compareResults } from '../../../src/compare/compare.js';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import { comparisonMarkdown } from '../../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../../src/report/result-markdown.js';
import { readResult, writeResult } from '../../../src/result/result-file.js';
import { configFor, tempProject } from '../../helpers/suite.js';

const dir = new URL('../../fixtures/ops/classification/', import.meta.url).pathname;
type Values = Record<string, Record<string, number>>;
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  base: Values;
  head: Values;
};
const OPS = ['p50_latency_ms', 'p95_latency_ms', 'p99_latency_ms', 'cost_per_1k'];

function project(): string {
  const root = tempProject('evalgate-ops-');
  for (const f of ['golden.jsonl', 'base.jsonl', 'head.jsonl']) copyFileSync(join(dir, f), join(root, f));
  return root;
}

const suite = (predictions: string, extra: Record<string, unknown> = {}) => ({
  name: 'intents',
  task: 'classification',
  golden: 'golden.jsonl',
  predictions,
  slices: ['language'],
  min_support: 20,
  missing_predictions: 'count_as_wrong',
  metrics: ['accuracy', ...OPS],
  ops: { prices: { input_per_million: 3, output_per_million: 15 } },
  gates: [
    { metric: 'p95_latency_ms', slices: { field: 'language' }, max_increase: 20 },
    { metric: 'p99_latency_ms', slices: 'overall', max: 1000 },
    { metric: 'cost_per_1k', slices: 'overall', max_increase: 0.1 },
    { metric: 'accuracy', slices: 'overall', max_drop: 1 },
  ],
  ...extra,
});

describe('operational metrics on a classification suite (make_expected.py: numpy.percentile, mean cost)', () => {
  test('per-slice latency quantiles are bit-exact with numpy; cost per 1k from tokens × prices', async () => {
    const root = project();
    const result = await evaluateConfig(configFor(root, { suites: [suite('base.jsonl')] }));
    const slices = result.suites[0].slices;
    for (const [key, want] of Object.entries(expected.base)) {
      const slice = slices.find((s) => s.key === key)!;
      for (const m of OPS.slice(0, 3)) expect(slice.metrics[m]).toBe(want[m]);
      expect(slice.metrics.cost_per_1k).toBeCloseTo(want.cost_per_1k, 12);
    }
    // the example without a prediction is not in the latency sample; label slices have no ops values
    expect(slices[0].ops?.latency?.counts.reduce((a, b) => a + b, 0)).toBe(239);
    expect(slices.find((s) => s.kind === 'label')?.metrics.p95_latency_ms).toBeNull();
    expect(Object.keys(result.suites[0].examples!.columns)).toEqual(
      expect.arrayContaining(['ops.latency_ms', 'ops.cost']),
    );
    expect(resultMarkdown(result)).toContain('P95 latency');
  });

  test('paired comparison: the slower language and the dearer outputs fail their budgets', async () => {
    const root = project();
    const baseConfig = configFor(root, { suites: [suite('base.jsonl')] });
    const base = await evaluateConfig(baseConfig);
    const head = await evaluateConfig(configFor(root, { suites: [suite('head.jsonl')] }));
    await writeResult(join(root, 'head.json'), head); // validates against the result schema
    const cmp = compareResults(base, await readResult(join(root, 'head.json')), baseConfig);
    const gate = (metric: string, slice: string) =>
      cmp.suites[0].gates.find((g) => g.metric === metric && g.slice === slice)!;
    const de = gate('p95_latency_ms', 'language=de');
    expect(de.delta).toBeCloseTo(
      expected.head['language=de'].p95_latency_ms - expected.base['language=de'].p95_latency_ms,
      9,
    );
    expect(de.verdict).toBe('fail');
    expect(gate('p95_latency_ms', 'language=en').verdict).toBe('pass');
    expect(gate('p95_latency_ms', 'language=en').delta).toBe(0);
    expect(gate('p99_latency_ms', 'overall').verdict).toBe('pass');
    const cost = gate('cost_per_1k', 'overall');
    expect(cost.delta).toBeCloseTo(0.15, 12); // +10 output tokens × $15 per million × 1000
    expect(cost.verdict).toBe('fail');
    expect(cost.ci![0]).toBeCloseTo(0.15, 9); // every example costs exactly that much more
    expect(gate('accuracy', 'overall').verdict).toBe('pass');
    expect(comparisonMarkdown(cmp)).toContain('ms');
  });

  test('unpaired (no example records): latency quantiles resample their value counts', async () => {
    const root = project();
    const baseConfig = configFor(root, { suites: [suite('base.jsonl', { store_examples: false })] });
    const base = await evaluateConfig(baseConfig);
    const head = await evaluateConfig(
      configFor(root, { suites: [suite('head.jsonl', { store_examples: false })] }),
    );
    const cmp = compareResults(base, head, baseConfig);
    expect(cmp.suites[0].pairing).toBe('unpaired');
    const de = cmp.suites[0].gates.find((g) => g.metric === 'p95_latency_ms' && g.slice === 'language=de')!;
    expect(de.ci).not.toBeNull();
    expect(de.ci![0]).toBeLessThan(de.delta!);
  });

  test('a prediction without the latency field is a one-line error naming file:line and the field', async () => {
    const root = project();
    const rows = readFileSync(join(root, 'base.jsonl'), 'utf8').split('\n');
    rows[4] = rows[4].replace(/"latency_ms": [0-9.]+, /, '');
    writeFileSync(join(root, 'base.jsonl'), rows.join('\n'));
    await expect(evaluateConfig(configFor(root, { suites: [suite('base.jsonl')] }))).rejects.toThrow(
      /^base\.jsonl:5: latency_ms: missing ms: every prediction needs it for the suite's operational metrics; the record has "id", "prediction", "input_tokens", "output_tokens" \(point the suite's config at the right one\)$/,
    );
    rows[4] = rows[4].replace(/"input_tokens": [0-9]+/, '"input_tokens": -3');
    writeFileSync(join(root, 'base.jsonl'), rows.join('\n'));
    await expect(
      evaluateConfig(
        configFor(root, {
          suites: [suite('base.jsonl', { metrics: ['accuracy', 'cost_per_1k'], gates: [] })],
        }),
      ),
    ).rejects.toThrow(
      /^base\.jsonl:5: input_tokens: expected a non-negative finite number \(tokens\), got number -3$/,
    );
  });
});
