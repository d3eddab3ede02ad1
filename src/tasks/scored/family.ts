import type { TaskFamily } from '../task-family.js';
import { evaluateScored } from './evaluate.js';
import { SCORED_METRICS } from './registry.js';
import { pairedScored, scoredResamplable, unpairedScored } from './resample.js';

export const scoredFamily: TaskFamily = {
  metrics: SCORED_METRICS,
  evaluate: (suite) => evaluateScored(suite),
  resamplable: scoredResamplable,
  paired: pairedScored,
  unpaired: unpairedScored,
};
