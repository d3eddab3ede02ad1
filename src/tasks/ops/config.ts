import type { SuiteConfig } from '../../generated/config.js';
import type { OpsSpec } from './fields.js';
import { COST_METRIC, isLatencyMetric } from './registry.js';

/** The operational fields a suite reads, or undefined when it computes no operational metric. */
export function resolveOps(suite: SuiteConfig, metrics: readonly string[]): OpsSpec | undefined {
  const ops = suite.ops ?? {};
  const latency = metrics.some(isLatencyMetric);
  const cost = metrics.includes(COST_METRIC);
  if (!latency && !cost) return undefined;
  return {
    ...(latency ? { latencyField: ops.latency_field ?? 'latency_ms' } : {}),
    ...(cost
      ? {
          cost: ops.prices
            ? {
                kind: 'tokens' as const,
                inputField: ops.input_tokens_field ?? 'input_tokens',
                outputField: ops.output_tokens_field ?? 'output_tokens',
                prices: {
                  inputPerMillion: ops.prices.input_per_million,
                  outputPerMillion: ops.prices.output_per_million,
                },
              }
            : { kind: 'field' as const, field: ops.cost_field ?? 'cost' },
        }
      : {}),
  };
}
