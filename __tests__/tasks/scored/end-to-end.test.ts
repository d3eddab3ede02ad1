import { describe, test, expect } from '@jest/globals';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareResults } from '../../../src/compare/compare.js';
import { evaluateConfig } from '../../../src/evaluate/evaluate.js';
import type { EvalgateResult } from '../../../src/generated/result.js';
import { parseResult } from '../../../src/result/result-file.js';
import { comparisonMarkdown } from '../../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../../src/report/result-markdown.js';
import { configFor, tempProject, writeJsonl } from '../../helpers/suite.js';

const fixtures = fileURLToPath(new URL('../../fixtures/scored/', import.meta.url));
type Expected = Record<
  'base' | 'head',
  { slices: Record<string, Record<string, number>>; flaky: string[]; spread: Record<string, number> }
>;
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Expected;
const now = () => new Date('2026-01-01T00:00:00Z');

function project(): string {
  const root = tempProject();
  for (const f of ['golden.jsonl', 'base.jsonl', 'head.jsonl'])
    copyFileSync(join(fixtures, f), join(root, f));
  return root;
}

function config(root: string, predictions: string, extra: Record<string, unknown> = {}) {
  return configFor(root, {
    comparison: { resamples: 400 },
    suites: [
      {
        name: 'judge',
        task: 'scored',
        golden: 'golden.jsonl',
        predictions,
        slices: ['topic', 'difficulty'],
        min_support: 10,
        gates: [
          { metric: 'pass_rate', max_drop: 2, slices: 'all' },
          { metric: 'mean_score', max_drop: 0.02 },
          { metric: 'score_p10', max_drop: 0.05 },
        ],
        ...extra,
      },
    ],
  });
}

async function evaluate(root: string, predictions: string, extra: Record<string, unknown> = {}) {
  const c = config(root, predictions, extra);
  const result = await evaluateConfig(c, { runCommands: false, now });
  parseResult(JSON.stringify(result), 'result.json');
  return { config: c, result };
}

function gate(comparison: ReturnType<typeof compareResults>, metric: string, slice = 'overall') {
  return comparison.suites[0].gates.find((g) => g.metric === metric && g.slice === slice)!;
}

describe('task: scored end to end', () => {
  test('metrics per slice equal numpy on per-example means over runs; flaky examples and spreads', async () => {
    const root = project();
    for (const side of ['base', 'head'] as const) {
      const { result } = await evaluate(root, `${side}.jsonl`);
      const suite = result.suites[0];
      for (const slice of suite.slices) {
        const want = expected[side].slices[slice.key];
        expect(slice.n).toBe(want.n);
        for (const m of ['mean_score', 'pass_rate', 'score_p10', 'score_p50', 'score_p90'])
          expect(slice.metrics[m]).toBeCloseTo(want[m], 12);
      }
      expect(suite.flaky!.count).toBe(expected[side].flaky.length);
      expect(suite.flaky!.examples.map((e) => e.id).sort()).toEqual(expected[side].flaky);
      for (const e of suite.flaky!.examples) {
        if (e.spread !== null) expect(e.spread).toBeCloseTo(expected[side].spread[e.id], 12);
      }
      expect(suite.flaky!.repeated).toBe(72); // 64 examples with 3 runs, 8 with 2
      expect(suite.examples!.columns.run_score.width).toBe(3);
    }
  });

  test('the better judged system passes; the worse one fails pass_rate and mean_score; reports list flaky examples', async () => {
    const root = project();
    const base = await evaluate(root, 'base.jsonl');
    const head = await evaluate(root, 'head.jsonl');
    const better = compareResults(base.result, head.result, base.config);
    expect(better.verdict).toBe('pass');
    const worse = compareResults(head.result, base.result, head.config);
    expect(worse.verdict).toBe('fail');
    expect(gate(worse, 'pass_rate').verdict).toBe('fail');
    expect(gate(worse, 'mean_score').verdict).toBe('fail');
    expect(gate(worse, 'mean_score').delta).toBeCloseTo(
      expected.base.slices.overall.mean_score - expected.head.slices.overall.mean_score,
      12,
    );
    const markdown = comparisonMarkdown(worse);
    expect(markdown).toContain(
      `${expected.base.flaky.length} of 72 repeated examples flip verdict across runs`,
    );
    expect(resultMarkdown(base.result)).toContain(
      `Flaky examples: ${expected.base.flaky.length} of 72 repeated examples flip verdict across runs`,
    );
    // deterministic: the same inputs give the same intervals
    expect(compareResults(head.result, base.result, head.config)).toEqual(worse);
  });

  test('the two-level bootstrap is wider than resampling examples with their mean scores alone', async () => {
    const root = project();
    // the same per-example means, collapsed to one run each: only the example level varies
    const collapse = (result: EvalgateResult, file: string) => {
      const rows = readFileSync(join(root, file), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; score: number });
      const byId = new Map<string, number[]>();
      for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r.score]);
      writeJsonl(
        join(root, `mean-${file}`),
        [...byId].map(([id, s]) => ({ id, score: s.reduce((a, b) => a + b, 0) / s.length })),
      );
      return result;
    };
    const extra = { gates: [{ metric: 'mean_score', max_drop: 0.02 }] };
    const base = collapse((await evaluate(root, 'base.jsonl', extra)).result, 'base.jsonl');
    const head = collapse((await evaluate(root, 'head.jsonl', extra)).result, 'head.jsonl');
    const meanBase = await evaluate(root, 'mean-base.jsonl', extra);
    const meanHead = await evaluate(root, 'mean-head.jsonl', extra);
    const twoLevel = gate(compareResults(base, head, meanBase.config), 'mean_score');
    const oneLevel = gate(compareResults(meanBase.result, meanHead.result, meanBase.config), 'mean_score');
    expect(twoLevel.delta).toBeCloseTo(oneLevel.delta!, 12);
    const width = (g: typeof twoLevel) => g.ci![1] - g.ci![0];
    expect(width(twoLevel)).toBeGreaterThan(width(oneLevel));
  });

  test('a single run per example, a pass threshold, and bad input', async () => {
    const root = tempProject();
    writeJsonl(join(root, 'golden.jsonl'), [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    writeJsonl(join(root, 'p.jsonl'), [
      { id: 'a', score: 4 },
      { id: 'b', score: 2 },
      { id: 'c', score: 5 },
    ]);
    const options = { slices: [], gates: [], min_support: 1, scored: { pass_threshold: 4 } };
    const { result } = await evaluate(root, 'p.jsonl', options);
    const m = result.suites[0].slices[0].metrics;
    expect(m.mean_score).toBeCloseTo(11 / 3, 12);
    expect(m.pass_rate).toBeCloseTo(2 / 3, 12);
    expect(m.score_p50).toBe(4);
    expect(m.score_p10).toBeCloseTo(2.4, 12); // numpy linear: 2 + 0.2 * (4 - 2)
    expect(result.suites[0].flaky).toEqual({ count: 0, repeated: 0, examples: [] });
    // without a threshold or verdicts, pass_rate has no value
    const { result: noVerdicts } = await evaluate(root, 'p.jsonl', { ...options, scored: {} });
    expect(noVerdicts.suites[0].slices[0].metrics.pass_rate).toBeNull();
    expect(noVerdicts.suites[0].notes).toEqual([
      'pass_rate has no value: no run has a verdict (verdict) and scored.pass_threshold is not set.',
    ]);

    writeJsonl(join(root, 'p.jsonl'), [
      { id: 'a', score: 1 },
      { id: 'a', score: 2 },
      { id: 'b', score: 2 },
      { id: 'c', score: 2 },
    ]);
    await expect(evaluate(root, 'p.jsonl', options)).rejects.toThrow(
      'p.jsonl:2: id: duplicate id "a" (first at line 1); give each repeat a run field',
    );
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', score: 'high' }]);
    await expect(evaluate(root, 'p.jsonl', options)).rejects.toThrow(
      'p.jsonl:1: score: expected a finite number score, got string "high"',
    );
    writeJsonl(join(root, 'p.jsonl'), [{ id: 'a', verdict: 'maybe' }]);
    await expect(evaluate(root, 'p.jsonl', options)).rejects.toThrow(
      'p.jsonl:1: verdict: expected a verdict (true/false, "pass"/"fail" or 1/0), got string "maybe"',
    );
  });
});
