import type { MetricDef } from '../metric-def.js';

/** Operational metrics, available to every task family whose predictions carry the per-example fields. */
export const LATENCY_METRICS = {
  p50_latency_ms: 0.5,
  p95_latency_ms: 0.95,
  p99_latency_ms: 0.99,
} as const;
export const COST_METRIC = 'cost_per_1k';

const latency = (name: string, pct: number): MetricDef => ({
  name,
  title: `P${pct} latency`,
  direction: 'lower',
  unit: 'ms',
  range: [0, null],
  description: `The ${pct}th percentile of the per-example latency field (ms), linear interpolation between order statistics.`,
  reference: `numpy.percentile(latencies, ${pct}) (method="linear", the default)`,
});

export const OPS_METRICS: readonly MetricDef[] = [
  latency('p50_latency_ms', 50),
  latency('p95_latency_ms', 95),
  latency('p99_latency_ms', 99),
  {
    name: COST_METRIC,
    title: 'Cost per 1k',
    direction: 'lower',
    unit: 'usd',
    range: [0, null],
    description:
      'Mean per-example cost × 1000: the cost field, or input/output tokens × the configured prices per million tokens.',
    reference: '1000 * numpy.mean(costs)',
  },
];

export function isLatencyMetric(name: string): name is keyof typeof LATENCY_METRICS {
  return Object.prototype.hasOwnProperty.call(LATENCY_METRICS, name);
}

export function isOpsMetric(name: string): boolean {
  return isLatencyMetric(name) || name === COST_METRIC;
}
