import type { TaskFamily } from '../task-family.js';
import { OPS_METRICS } from '../ops/registry.js';
import { evaluateGeneration } from './evaluate.js';
import { GENERATION_METRICS } from './registry.js';
import { generationResamplable, pairedGeneration, unpairedGeneration } from './resample.js';

export const generationFamily: TaskFamily = {
  metrics: [...GENERATION_METRICS, ...OPS_METRICS],
  evaluate: (suite) => evaluateGeneration(suite),
  resamplable: generationResamplable,
  paired: pairedGeneration,
  unpaired: unpairedGeneration,
};
