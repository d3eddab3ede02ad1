// Cost per 1k examples, from a per-example cost field or from token counts times configured prices.
// The mean's sufficient statistics are (sum, count), so partial results merge by addition and a
// bootstrap can resample per-example costs.

import type { TokenPrices } from '../../spec/tasks.js';

export type { TokenPrices };

/** Where an example's cost comes from: its own cost field, or its token counts and these prices. */
export type CostSource =
  { readonly kind: 'field' } | { readonly kind: 'tokens'; readonly prices: TokenPrices };

/** The usage fields of one example; which ones are needed depends on the CostSource. */
export interface ExampleUsage {
  readonly cost?: number | null;
  readonly inputTokens?: number | null;
  readonly outputTokens?: number | null;
}

/** A bad usage value; the message is `<field>: expected ..., got ...` so a reader can prefix file:line. */
export class CostInputError extends Error {
  constructor(
    readonly field: string,
    readonly got: unknown,
  ) {
    super(`${field}: expected a non-negative finite number, got ${JSON.stringify(got) ?? String(got)}`);
    this.name = 'CostInputError';
  }
}

function nonNegative(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new CostInputError(field, value);
  return value;
}

/** Checks configured prices once, at configuration time. */
export function checkTokenPrices(prices: TokenPrices): TokenPrices {
  nonNegative(prices.inputPerMillion, 'inputPerMillion');
  nonNegative(prices.outputPerMillion, 'outputPerMillion');
  return prices;
}

/** The cost of one example. Token costs are (in * inPrice + out * outPrice) / 1e6. */
export function exampleCost(usage: ExampleUsage, source: CostSource): number {
  if (source.kind === 'field') return nonNegative(usage.cost, 'cost');
  const input = nonNegative(usage.inputTokens, 'inputTokens');
  const output = nonNegative(usage.outputTokens, 'outputTokens');
  return (input * source.prices.inputPerMillion + output * source.prices.outputPerMillion) / 1e6;
}

/** Sufficient statistics of the mean cost. */
export interface CostStats {
  sum: number;
  count: number;
}

/** Adds one example's cost (mutates and returns `stats`). */
export function addCost(stats: CostStats, cost: number): CostStats {
  stats.sum += nonNegative(cost, 'cost');
  stats.count += 1;
  return stats;
}

/** Statistics of many per-example costs. */
export function costStatsOf(costs: Iterable<number>): CostStats {
  const stats: CostStats = { sum: 0, count: 0 };
  for (const cost of costs) addCost(stats, cost);
  return stats;
}

/** A new CostStats holding both inputs. */
export function mergeCostStats(a: CostStats, b: CostStats): CostStats {
  return { sum: a.sum + b.sum, count: a.count + b.count };
}

/** Mean cost times 1000; NaN when there are no examples. */
export function costPer1k(stats: CostStats): number {
  return stats.count === 0 ? NaN : (stats.sum / stats.count) * 1000;
}
