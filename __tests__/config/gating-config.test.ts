import { describe, expect, test } from '@jest/globals';
import { definitionChanges, evaluationConfig } from '../../src/config/gating-config.js';
import { configFor, tempProject } from '../helpers/suite.js';

const root = tempProject();
const suite = (extra: Record<string, unknown>) => ({
  name: 'intents',
  task: 'classification',
  golden: 'golden.jsonl',
  predictions: 'predictions.jsonl',
  slices: ['language', 'domain'],
  min_support: 30,
  fields: { scores: 'scores' },
  metrics: ['accuracy', 'ece'],
  gates: [{ metric: 'accuracy', max_drop: 2 }],
  ...extra,
});

describe('a pull request evaluates under the base branch definitions', () => {
  const base = configFor(root, { suites: [suite({})] });
  const head = configFor(root, {
    suites: [
      suite({
        min_support: 1000000,
        slices: ['language'],
        fields: {},
        metrics: ['accuracy'],
        predictions: 'out/new.jsonl',
        run: 'python predict.py',
        gates: [],
      }),
      suite({ name: 'extra', gates: [] }),
    ],
  });

  test('the head may change only how predictions are produced, and add suites', () => {
    const merged = evaluationConfig(base, head);
    const intents = merged.suites.find((s) => s.name === 'intents')!;
    expect(intents.minSupport).toBe(30);
    expect(intents.slices).toEqual(['language', 'domain']);
    expect(intents.fields.scores).toBe('scores');
    expect(intents.metrics).toEqual(['accuracy', 'ece']);
    expect(intents.gates).toHaveLength(1);
    expect(intents.predictions.display).toBe('out/new.jsonl');
    expect(intents.run).toBe('python predict.py');
    expect(merged.suites.map((s) => s.name)).toEqual(['intents', 'extra']);
    expect(merged.fingerprint).toBe(base.fingerprint);
    expect(merged.comparison).toEqual(base.comparison);
  });

  test('the settings the PR tried to change are listed, gates and predictions aside', () => {
    expect(definitionChanges(base, head)).toEqual([
      { suite: 'intents', setting: 'fields.scores', base: 'scores', head: '(none)' },
      { suite: 'intents', setting: 'metrics', base: '["accuracy","ece"]', head: '["accuracy"]' },
      { suite: 'intents', setting: 'min_support', base: '30', head: '1000000' },
      { suite: 'intents', setting: 'slices', base: '["language","domain"]', head: '["language"]' },
    ]);
  });
});
