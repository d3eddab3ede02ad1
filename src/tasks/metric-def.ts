import type { SliceKind } from '../spec/slices.js';

/** What every metric declares, in one registry: how to read it, which way is better, how to show it. */
export type Direction = 'higher' | 'lower';

/**
 * proportion: a value in [0, 1] shown as points on a 0–100 scale (82.47; a delta of −0.5 pts);
 * score: a plain number shown with 4 decimals (log loss, ECE, Brier); ms / usd: budgets; count: integers.
 */
export type MetricUnit = 'proportion' | 'score' | 'ms' | 'usd' | 'count';

/**
 * How a metric reads on one kind of slice, where that differs from its title: on a label slice a
 * classification metric is computed one-vs-rest for that class, so `accuracy` there is the class's recall.
 */
export interface SliceReading {
  /** What the value is on this kind of slice (`Class recall`); null: not defined there; absent: as named. */
  readonly title?: string | null;
  /** The same in words for gate reasons (`the class's recall`). */
  readonly meaning?: string;
  /** One line for the reader where the metric behaves unexpectedly on this kind of slice. */
  readonly note?: string;
}

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
  /**
   * How it reads on kinds of slice where it means something else. A family with label slices declares the
   * `label` reading of every metric it shows there; a metric without one is left out of label-slice tables.
   */
  readonly onSlices?: Readonly<Partial<Record<SliceKind, SliceReading>>>;
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
