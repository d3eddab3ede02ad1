/** Span (NER) metrics as the registry sees them: values in [0, 1], computed from merged SpanCounts. */
import { proportionMetric, type MetricDef } from '../metric-def.js';
import { spanScores, type SpanCounts } from './scores.js';

const proportion = proportionMetric;

const seqeval = (fn: string, average: string) =>
  `seqeval.metrics.${fn}(average="${average}", zero_division=0) (mode/scheme as configured)`;

/** Span metrics, in the order reports list them. */
export const SPAN_METRICS: readonly MetricDef[] = [
  proportion(
    'span_micro_f1',
    'Span micro F1',
    'F1 of exact (type, start, end) matches, counts pooled over types.',
    seqeval('f1_score', 'micro'),
  ),
  proportion(
    'span_micro_precision',
    'Span micro precision',
    'Share of predicted entities that match a gold entity exactly.',
    seqeval('precision_score', 'micro'),
  ),
  proportion(
    'span_micro_recall',
    'Span micro recall',
    'Share of gold entities that a predicted entity matches exactly.',
    seqeval('recall_score', 'micro'),
  ),
  proportion(
    'span_macro_f1',
    'Span macro F1',
    'Unweighted mean of per-type F1 over the types in gold or predictions (0 when there are none).',
    seqeval('f1_score', 'macro'),
  ),
  proportion(
    'span_weighted_f1',
    'Span weighted F1',
    'Mean of per-type F1 weighted by gold support.',
    seqeval('f1_score', 'weighted'),
  ),
];

/** Registry values in [0, 1], keyed by SPAN_METRICS names. */
export function spanMetricValues(counts: SpanCounts): Record<string, number> {
  const scores = spanScores(counts);
  return {
    span_micro_f1: scores.micro.f1,
    span_micro_precision: scores.micro.precision,
    span_micro_recall: scores.micro.recall,
    span_macro_f1: scores.macro.f1,
    span_weighted_f1: scores.weighted.f1,
  };
}
