import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateSuite } from '../../../src/evaluate/evaluate.js';
import { configFor, tempProject, writeJsonl } from '../../helpers/suite.js';

// Expectations produced by __tests__/fixtures/classification/make_expected.py (scikit-learn 1.2.1).
const fixtures = join(import.meta.dirname, '../../fixtures/classification');
interface Case {
  name: string;
  kind: 'binary' | 'multiclass' | 'multilabel';
  labels: (string | number)[];
  positive_label?: string | number;
  y_true: unknown[];
  y_pred: unknown[];
  scores?: Record<string, number>[];
  top_k?: number[];
}
type Avg = Record<string, number>;
interface Expected {
  accuracy: number;
  balanced_accuracy?: number;
  precision: Avg;
  recall: Avg;
  f1: Avg;
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  confusion_matrix?: number[][];
  top_k_accuracy?: Record<string, number>;
  roc_auc?: number | null;
  average_precision?: number | null;
  log_loss?: number;
  brier?: number;
  ece?: number;
  hamming_loss?: number;
}
const cases: Case[] = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8')).cases;
const expected: Record<string, Expected> = JSON.parse(
  readFileSync(join(fixtures, 'sklearn_expected.json'), 'utf8'),
).cases;

const TOL = 1e-9;

async function evaluateCase(c: Case, topK?: number) {
  const root = tempProject();
  writeJsonl(
    join(root, 'golden.jsonl'),
    c.y_true.map((y, i) => ({ id: `e${i}`, label: y })),
  );
  writeJsonl(
    join(root, 'pred.jsonl'),
    c.y_pred.map((y, i) => ({ id: `e${i}`, prediction: y, ...(c.scores ? { scores: c.scores[i] } : {}) })),
  );
  const multilabel = c.kind === 'multilabel';
  const metrics = multilabel
    ? ['accuracy', 'hamming_loss', 'samples_f1', 'per_class_f1']
    : ['accuracy', 'balanced_accuracy', 'per_class_f1', 'confusion_matrix'];
  for (const avg of ['micro', 'macro', 'weighted'])
    metrics.push(`${avg}_precision`, `${avg}_recall`, `${avg}_f1`);
  if (c.scores) metrics.push('roc_auc', 'average_precision', 'log_loss', 'brier', 'ece', 'top_k_accuracy');
  const config = configFor(root, {
    suites: [
      {
        name: 'case',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions: 'pred.jsonl',
        labels: c.labels,
        multilabel,
        ...(c.positive_label !== undefined ? { positive_label: c.positive_label } : {}),
        ...(c.scores ? { fields: { scores: 'scores' } } : {}),
        ...(topK ? { top_k: topK } : {}),
        metrics,
        min_support: 1,
      },
    ],
  });
  return evaluateSuite(config.suites[0], () => {});
}

describe('classification metrics equal scikit-learn on committed fixtures', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const want = expected[c.name];
    const result = await evaluateCase(c);
    const overall = result.slices.find((s) => s.kind === 'overall')!;
    const m = overall.metrics;
    expect(m.accuracy).toBeCloseTo(want.accuracy, 9);
    for (const avg of ['micro', 'macro', 'weighted']) {
      expect(Math.abs(m[`${avg}_precision`]! - want.precision[avg])).toBeLessThan(TOL);
      expect(Math.abs(m[`${avg}_recall`]! - want.recall[avg])).toBeLessThan(TOL);
      expect(Math.abs(m[`${avg}_f1`]! - want.f1[avg])).toBeLessThan(TOL);
    }
    if (c.kind === 'multilabel') {
      expect(Math.abs(m.hamming_loss! - want.hamming_loss!)).toBeLessThan(TOL);
      expect(Math.abs(m.samples_f1! - want.f1.samples)).toBeLessThan(TOL);
    } else {
      expect(Math.abs(m.balanced_accuracy! - want.balanced_accuracy!)).toBeLessThan(TOL);
      expect(overall.confusion_matrix).toEqual(want.confusion_matrix);
    }
    for (const row of overall.per_class!) {
      const w = want.per_class[row.label];
      expect(Math.abs(row.precision - w.precision)).toBeLessThan(TOL);
      expect(Math.abs(row.recall - w.recall)).toBeLessThan(TOL);
      expect(Math.abs(row.f1 - w.f1)).toBeLessThan(TOL);
      expect(row.support).toBe(w.support);
    }
    if (c.scores) {
      for (const key of ['average_precision', 'log_loss', 'brier', 'ece'] as const) {
        expect(Math.abs(m[key]! - (want[key] as number))).toBeLessThan(TOL);
      }
      if (want.roc_auc === null) {
        // scikit-learn raises; evalgate reports null for binary, and for multiclass averages the classes
        // whose AUC is defined (documented in the README).
        if (c.kind === 'binary') expect(m.roc_auc).toBeNull();
      } else {
        expect(Math.abs(m.roc_auc! - want.roc_auc!)).toBeLessThan(TOL);
      }
    }
  });

  test.each(cases.filter((c) => c.top_k).map((c) => [c.name, c] as const))(
    'top-k accuracy: %s',
    async (_name, c) => {
      for (const k of c.top_k!) {
        const result = await evaluateCase(c, k);
        const overall = result.slices.find((s) => s.kind === 'overall')!;
        expect(
          Math.abs(overall.metrics.top_k_accuracy! - expected[c.name].top_k_accuracy![String(k)]),
        ).toBeLessThan(TOL);
      }
    },
  );
});
