import { describe, test, expect } from '@jest/globals';
import {
  addGenerationStats,
  corpusBleu,
  corpusChrf,
  EMPTY_GENERATION_STATS,
  GENERATION_METRICS,
  generationExampleStats,
  generationMetricValues,
} from '../../../src/tasks/generation/index.js';

const corpus = [
  { prediction: 'The dog bit the man.', references: ['The dog bit the man.', 'The dog had bit the man.'] },
  { prediction: "It wasn't surprising.", references: ['It was not unexpected.', 'No one was surprised.'] },
  {
    prediction: 'The man had just bitten him.',
    references: ['The man bit him first.', 'The man had bitten the dog.'],
  },
];

describe('generation registry', () => {
  test('every registered metric has a value in [0, 1] and nothing else is reported', () => {
    const stats = corpus
      .map((e) => generationExampleStats(e.prediction, e.references))
      .reduce(addGenerationStats, EMPTY_GENERATION_STATS);
    const values = generationMetricValues(stats);
    expect(Object.keys(values).sort()).toEqual(GENERATION_METRICS.map((d) => d.name).sort());
    for (const value of Object.values(values)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(values)) expect(value).toBeLessThanOrEqual(1);
    // sacreBLEU README: BLEU = 48.53, chrF2 = 59.73.
    expect(values.bleu).toBeCloseTo(0.4853, 4);
    expect(values.chrf).toBeCloseTo(0.5973, 4);
  });

  test('a resample scored from summed example statistics equals the resampled corpus scored directly', () => {
    const resample = [2, 0, 2, 1, 2];
    const stats = resample
      .map((i) => generationExampleStats(corpus[i].prediction, corpus[i].references))
      .reduce(addGenerationStats, EMPTY_GENERATION_STATS);
    const values = generationMetricValues(stats);
    const hyps = resample.map((i) => corpus[i].prediction);
    const refs = resample.map((i) => corpus[i].references);
    expect(values.bleu).toBeCloseTo(corpusBleu(hyps, refs).score / 100, 12);
    expect(values.chrf).toBeCloseTo(corpusChrf(hyps, refs) / 100, 12);
  });

  test('an empty slice scores 0 everywhere', () => {
    expect(Object.values(generationMetricValues(EMPTY_GENERATION_STATS))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
