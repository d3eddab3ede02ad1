import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateSuite } from '../../../src/evaluate/evaluate.js';
import type { SuiteResult } from '../../../src/generated/result.js';
import { configFor } from '../../helpers/suite.js';

// The refbench 10k data and the scikit-learn reference evaluator's output on it (see fixtures/refbench/README.md).
const dir = join(import.meta.dirname, '../../fixtures/refbench');
interface RefSlice {
  slice: string;
  n: number;
  baseline: Record<
    string,
    number | Record<string, { precision: number; recall: number; f1: number; support: number }>
  >;
  candidate: RefSlice['baseline'];
}
const ref: { slices: RefSlice[] } = JSON.parse(readFileSync(join(dir, 'ref_10k.json'), 'utf8'));

async function evaluateModel(model: 'baseline' | 'candidate'): Promise<SuiteResult> {
  const config = configFor(dir, {
    suites: [
      {
        name: model,
        task: 'classification',
        golden: '10k/golden.jsonl.gz',
        predictions: `10k/${model}.jsonl.gz`,
        fields: { scores: 'scores' },
        slices: ['language', 'domain', ['language', 'domain']],
        metrics: ['accuracy', 'macro_f1', 'weighted_f1', 'micro_f1', 'per_class_f1', 'ece', 'brier'],
      },
    ],
  });
  return evaluateSuite(config.suites[0], () => {});
}

describe('refbench 10k: every slice equals the scikit-learn reference', () => {
  test.each(['baseline', 'candidate'] as const)('%s', async (model) => {
    const result = await evaluateModel(model);
    const byKey = new Map(result.slices.map((s) => [s.key, s]));
    expect(ref.slices.length).toBe(63);
    for (const want of ref.slices) {
      const got = byKey.get(want.slice);
      expect(got).toBeDefined();
      expect(got!.n).toBe(want.n);
      for (const metric of ['accuracy', 'macro_f1', 'weighted_f1', 'micro_f1', 'ece', 'brier']) {
        const diff = Math.abs(got!.metrics[metric]! - (want[model][metric] as number));
        expect(diff).toBeLessThan(1e-9);
      }
    }
    const overall = byKey.get('overall')!;
    const perClass = ref.slices[0][model].per_class as Record<
      string,
      { precision: number; recall: number; f1: number; support: number }
    >;
    for (const row of overall.per_class!) {
      expect(Math.abs(row.f1 - perClass[row.label].f1)).toBeLessThan(1e-9);
      expect(Math.abs(row.precision - perClass[row.label].precision)).toBeLessThan(1e-9);
      expect(row.support).toBe(perClass[row.label].support);
    }
    // crosses below min_support are reported as insufficient, not dropped
    expect(result.slices.filter((s) => s.kind === 'cross').length).toBe(48);
  });
});
