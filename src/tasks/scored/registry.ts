/** Judged-output metrics: per-example means over runs (repeats), aggregated over examples. */
import type { MetricDef } from '../metric-def.js';

const score = (name: string, title: string, description: string, reference: string): MetricDef => ({
  name,
  title,
  direction: 'higher',
  unit: 'score',
  range: [-Infinity, null],
  description,
  reference,
});

/** Scored metrics, in the order reports list them. */
export const SCORED_METRICS: readonly MetricDef[] = [
  score(
    'mean_score',
    'Mean score',
    'Mean over examples of the per-example mean score across its runs (each example weighs the same whatever its number of runs).',
    'numpy.mean(per_example_mean_scores)',
  ),
  {
    name: 'pass_rate',
    title: 'Pass rate',
    direction: 'higher',
    unit: 'proportion',
    range: [0, 1],
    description:
      'Mean over examples of the share of its runs that pass (a verdict, or score ≥ pass_threshold); an example without any prediction counts as failed (missing_predictions: count_as_wrong).',
    reference: 'numpy.mean(per_example_pass_fractions)',
  },
  score(
    'score_p10',
    'Score p10',
    '10th percentile of the per-example mean scores (linear interpolation).',
    'numpy.quantile(per_example_mean_scores, 0.1, method="linear")',
  ),
  score(
    'score_p50',
    'Score median',
    'Median of the per-example mean scores (linear interpolation).',
    'numpy.quantile(per_example_mean_scores, 0.5, method="linear")',
  ),
  score(
    'score_p90',
    'Score p90',
    '90th percentile of the per-example mean scores (linear interpolation).',
    'numpy.quantile(per_example_mean_scores, 0.9, method="linear")',
  ),
];

export const SCORE_QUANTILES: Readonly<Record<string, number>> = {
  score_p10: 0.1,
  score_p50: 0.5,
  score_p90: 0.9,
};
