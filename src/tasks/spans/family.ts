import type { TaskFamily } from '../task-family.js';
import { OPS_METRICS } from '../ops/registry.js';
import { evaluateSpans } from './evaluate.js';
import { SPAN_METRICS } from './registry.js';
import { pairedSpans, spansResamplable, unpairedSpans } from './resample.js';

export const spansFamily: TaskFamily = {
  metrics: [...SPAN_METRICS, ...OPS_METRICS],
  evaluate: (suite) => evaluateSpans(suite),
  resamplable: spansResamplable,
  paired: pairedSpans,
  unpaired: unpairedSpans,
};
