/** What every metric declares, in one registry: how to read it, which way is better, how to show it. */
export type Direction = 'higher' | 'lower';

/**
 * proportion: a value in [0, 1] shown as points on a 0–100 scale (82.47; a delta of −0.5 pts);
 * score: a plain number shown with 4 decimals (log loss, ECE, Brier); ms / usd: budgets; count: integers.
 */
export type MetricUnit = 'proportion' | 'score' | 'ms' | 'usd' | 'count';

export interface MetricDef {
  readonly name: string;
  readonly title: string;
  readonly direction: Direction;
  readonly unit: MetricUnit;
  /** Inclusive range; null for unbounded. */
  readonly range: readonly [number, number | null];
  /** Needs per-class scores in the predictions. */
  readonly needsScores?: boolean;
  /** Not a single number (per-class tables, confusion matrix): reported, never gated. */
  readonly table?: boolean;
  readonly description: string;
  /** The standard implementation it matches, e.g. `sklearn.metrics.f1_score(average="macro", zero_division=0)`. */
  readonly reference: string;
}

/** A proportion in [0, 1] where higher is better: most metrics of every family. */
export function proportionMetric(
  name: string,
  title: string,
  description: string,
  reference: string,
  extra: Partial<MetricDef> = {},
): MetricDef {
  return {
    name,
    title,
    direction: 'higher',
    unit: 'proportion',
    range: [0, 1],
    description,
    reference,
    ...extra,
  };
}
