import { withOpsMetrics } from '../ops/slices.js';
import { evaluateSpans } from './evaluate.js';
import { SPAN_METRICS } from './registry.js';
import { pairedSpans, spansResamplable } from './resample.js';

export const spansFamily = withOpsMetrics({
  metrics: SPAN_METRICS,
  evaluate: evaluateSpans,
  resamplable: spansResamplable,
  paired: pairedSpans,
});
