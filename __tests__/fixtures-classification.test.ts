// Sanity checks for the scikit-learn classification fixtures (the metric tests themselves live elsewhere).
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';

type Label = string | number;

interface FixtureCase {
  name: string;
  kind: 'binary' | 'multiclass' | 'multilabel';
  labels: Label[];
  positive_label?: Label;
  y_true: Label[] | Label[][];
  y_pred: Label[] | Label[][];
  scores?: Record<string, number>[];
  top_k?: number[];
}

type Averages = Record<string, number | null>;

interface Expected {
  accuracy: number;
  precision: Averages;
  recall: Averages;
  f1: Averages;
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  balanced_accuracy?: number | null;
  confusion_matrix?: number[][];
  hamming_loss?: number;
  top_k_accuracy?: Record<string, number>;
  roc_auc?: number | null;
  average_precision?: number | null;
  log_loss?: number;
  brier?: number;
  ece?: number;
}

function readFixture<T>(file: string): T {
  const url = new URL(`./fixtures/classification/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

const { cases } = readFixture<{ cases: FixtureCase[] }>('cases.json');
const expected = readFixture<{ generator: Record<string, string>; cases: Record<string, Expected> }>(
  'sklearn_expected.json',
);

const SCORE_KEYS = ['top_k_accuracy', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'] as const;

describe('classification fixtures', () => {
  test('parse, name at least 20 distinct cases and cover every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['binary', 'multiclass', 'multilabel']));
    expect(expected.generator.sklearn).toMatch(/^\d+\.\d+/);
    expect(expected.generator.numpy).toMatch(/^\d+\.\d+/);
  });

  test('expectations exist for exactly the cases in cases.json', () => {
    expect(Object.keys(expected.cases).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s has the expected shape', (name, c) => {
    const e = expected.cases[name];
    const keys = c.labels.map(String);
    expect(c.y_pred).toHaveLength(c.y_true.length);
    expect(Object.keys(e.per_class)).toEqual(keys);
    const averages =
      c.kind === 'multilabel' ? ['micro', 'macro', 'weighted', 'samples'] : ['micro', 'macro', 'weighted'];
    for (const metric of [e.precision, e.recall, e.f1]) expect(Object.keys(metric)).toEqual(averages);
    expect(typeof e.accuracy).toBe('number');

    if (c.kind === 'multilabel') {
      expect(typeof e.hamming_loss).toBe('number');
      return;
    }
    expect(e.confusion_matrix).toHaveLength(keys.length);
    expect(e.confusion_matrix?.flat().reduce((a, b) => a + b, 0)).toBe(c.y_true.length);
    if (c.kind === 'binary') expect(c.labels).toContain(c.positive_label);

    if (c.scores === undefined) {
      for (const key of SCORE_KEYS) expect(e).not.toHaveProperty(key);
      return;
    }
    expect(c.scores).toHaveLength(c.y_true.length);
    for (const row of c.scores) expect(Object.keys(row)).toEqual(keys);
    for (const key of ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'] as const) {
      expect(e).toHaveProperty(key);
    }
    expect(Object.keys(e.top_k_accuracy ?? {})).toEqual((c.top_k ?? []).map(String));
  });
});
