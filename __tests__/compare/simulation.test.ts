import { describe, expect, test } from '@jest/globals';
import { compareResults } from '../../src/compare/compare.js';
import { parseConfig } from '../../src/config/load.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { ClassificationReadSpec } from '../../src/tasks/classification/decode.js';
import { mergeGoldenParts } from '../../src/tasks/classification/golden-columns.js';
import {
  joinPart,
  mergePredictionParts,
  type PredictionPart,
} from '../../src/tasks/classification/prediction-columns.js';
import {
  evaluateClassification,
  METRIC_DEFINITIONS_VERSION,
} from '../../src/tasks/classification/evaluate.js';
import { idColumnOf } from '../../src/util/id-column.js';
import { mulberry32 } from '../helpers/seeded-random.js';

/**
 * Statistical validity of the gate: false alarms on no-change PRs stay at or below α across 15 gated
 * slices, and a real 3-point drop on one slice of 2,000 examples is caught at least 95% of the time
 * (40 of 40).
 */
const K = 5;
const GROUPS = 15;
const config = parseConfig(
  `
version: 1
comparison: { resamples: 200 }
suites:
  - name: sim
    task: classification
    golden: g.jsonl
    predictions: p.jsonl
    slices: [group]
    label_slices: false
    metrics: [accuracy]
    gates:
      - { metric: accuracy, slices: fields, max_drop: 0 }
`,
  'sim.yml',
  '/tmp',
);
const suite = config.suites[0];
const spec: ClassificationReadSpec = {
  idField: 'id',
  labelField: 'label',
  predictionField: 'prediction',
  sliceFields: ['group'],
  multilabel: false,
};

function resultOf(ids: string[], group: Int32Array, truth: Int32Array, pred: Int32Array): EvalgateResult {
  const n = ids.length;
  // what a decoded part of either file has (each part its own id column: the merge and the join consume them)
  const common = () => ({
    n,
    lineCount: n,
    ids: idColumnOf(ids),
    lines: Int32Array.from({ length: n }, (_, i) => i + 1),
    labelNames: ['0', '1', '2', '3', '4'],
    labelsNumeric: true,
  });
  const golden = mergeGoldenParts(
    [
      {
        ...common(),
        truth,
        truthSets: null,
        slices: [
          {
            values: Array.from({ length: GROUPS }, (_, g) => `g${String(g).padStart(2, '0')}`),
            codes: group,
          },
        ],
        fingerprint: { sumA: 1, sumB: 2, xorA: 3, xorB: 4 },
        recordHashes: new Uint32Array(n),
      },
    ],
    spec,
    'g.jsonl',
    [0],
  );
  const part: PredictionPart = {
    ...common(),
    pred,
    predSets: null,
    scoreKeys: null,
    scoreKeysLine: 0,
    scores: null,
  };
  joinPart(golden, part);
  const predictions = mergePredictionParts(golden, [part], spec, 'p.jsonl', [0]);
  return {
    kind: 'evalgate-result',
    schema_version: 1,
    tool: { name: 'evalgate', version: 'test', metric_definitions: METRIC_DEFINITIONS_VERSION },
    created_at: '2026-01-01T00:00:00.000Z',
    git: null,
    config_fingerprint: config.fingerprint,
    suites: [evaluateClassification(suite, golden, predictions)],
  };
}

/** One simulated PR: the base model is 80% accurate; the head repeats its prediction 90% of the time and
 * otherwise redraws from a model that is 80% accurate (or `dropAccuracy` on group 0). */
function simulatePr(seed: number, dropAccuracy?: number): boolean {
  const random = mulberry32(seed);
  const sizes = Array.from({ length: GROUPS }, (_, g) => (g === 0 ? 2000 : 1000));
  const n = sizes.reduce((a, b) => a + b, 0);
  const ids: string[] = [];
  const group = new Int32Array(n);
  const truth = new Int32Array(n);
  const base = new Int32Array(n);
  const head = new Int32Array(n);
  const draw = (t: number, accuracy: number) =>
    random() < accuracy ? t : (t + 1 + Math.floor(random() * (K - 1))) % K;
  let i = 0;
  sizes.forEach((size, g) => {
    for (let j = 0; j < size; j++, i++) {
      ids.push(`e${i}`);
      group[i] = g;
      truth[i] = Math.floor(random() * K);
      base[i] = draw(truth[i], 0.8);
      head[i] =
        random() < 0.9 ? base[i] : draw(truth[i], g === 0 && dropAccuracy !== undefined ? dropAccuracy : 0.8);
    }
  });
  const cmp = compareResults(resultOf(ids, group, truth, base), resultOf(ids, group, truth, head), config);
  return cmp.verdict === 'fail';
}

describe('gate error rates (simulation)', () => {
  test('no-change PRs fail at most α + 1 pt of the time across 15 gated slices', () => {
    const prs = 200;
    let failures = 0;
    for (let s = 0; s < prs; s++) if (simulatePr(1000 + s)) failures++;
    // one-sided α = (1 − 0.95) / 2 = 2.5% family-wise under Holm; the bound is α + 1 pt. With Tango's score
    // interval (McNemar's p, no continuity correction) 7 of these 200 fail: 3.5%.
    expect(failures / prs).toBeLessThanOrEqual(0.035);
  });

  test('a 3-point accuracy drop on a slice of 2,000 is caught at least 95% of the time', () => {
    // head accuracy on group 0: 0.9 × 0.8 + 0.1 × 0.5 = 0.77, three points below 0.80
    const prs = 40;
    let caught = 0;
    for (let s = 0; s < prs; s++) if (simulatePr(5000 + s, 0.5)) caught++;
    expect(caught / prs).toBeGreaterThanOrEqual(0.95);
  });
});
