import { withOpsMetrics } from '../ops/slices.js';
import { evaluateGeneration } from './evaluate.js';
import { GENERATION_METRICS } from './registry.js';
import { generationResamplable, pairedGeneration } from './resample.js';

export const generationFamily = withOpsMetrics({
  metrics: GENERATION_METRICS,
  evaluate: evaluateGeneration,
  resamplable: generationResamplable,
  paired: pairedGeneration,
});
