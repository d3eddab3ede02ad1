// Quantiles that reproduce numpy bit for bit: `linear` (numpy's default, Hyndman-Fan type 7) and
// `nearest_rank` (numpy's `inverted_cdf`). Quantiles do not merge by addition, so partial results are
// kept as exact value counts (a histogram with one bin per distinct value) that merge by adding counts,
// and a bootstrap resamples examples by passing integer multiplicities as weights.

export const QUANTILE_METHODS = ['linear', 'nearest_rank'] as const;
export type QuantileMethod = (typeof QUANTILE_METHODS)[number];

/** Returns the i-th smallest value (0-based) of the (possibly weighted) sample. */
type ValueAt = (position: number) => number;

function checkQuantile(q: number): void {
  if (!(q >= 0 && q <= 1)) throw new Error(`Invalid quantile ${String(q)}. Expected a number in [0, 1].`);
}

function checkValue(value: number): void {
  if (!Number.isFinite(value)) throw new Error(`Invalid value ${String(value)}. Expected a finite number.`);
}

/** numpy `_lerp`: a + (b-a)t, but b - (b-a)(1-t) when t >= 0.5, which is what makes results bit-exact. */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The quantile of a sample of `total` values, read through `at`, with numpy's index arithmetic. */
function quantileOf(total: number, at: ValueAt, q: number, method: QuantileMethod): number {
  checkQuantile(q);
  if (total === 0) return NaN;
  if (method === 'linear') {
    const virtual = (total - 1) * q;
    if (virtual >= total - 1) return at(total - 1);
    const below = Math.floor(virtual);
    return lerp(at(below), at(below + 1), virtual - below);
  }
  // inverted_cdf: index n*q - 1, taken as is when integral, else rounded up; clipped at 0.
  const virtual = total * q - 1;
  const below = Math.floor(virtual);
  const index = virtual - below === 0 ? below : below + 1;
  return at(Math.min(Math.max(index, 0), total - 1));
}

/** Quantile of values already sorted ascending. */
export function quantileSorted(
  sorted: readonly number[],
  q: number,
  method: QuantileMethod = 'linear',
): number {
  return quantileOf(sorted.length, (i) => sorted[i]!, q, method);
}

/** Quantile of unsorted values (sorts a copy); NaN for an empty sample. */
export function quantile(values: readonly number[], q: number, method: QuantileMethod = 'linear'): number {
  values.forEach(checkValue);
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    q,
    method,
  );
}

export interface LatencyPercentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** p50/p95/p99 of unsorted values. */
export function latencyPercentiles(
  values: readonly number[],
  method: QuantileMethod = 'linear',
): LatencyPercentiles {
  values.forEach(checkValue);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: quantileSorted(sorted, 0.5, method),
    p95: quantileSorted(sorted, 0.95, method),
    p99: quantileSorted(sorted, 0.99, method),
  };
}

/** Exact mergeable summary: distinct values ascending, each with its (positive integer) count. */
export interface ValueCounts {
  readonly values: readonly number[];
  readonly counts: readonly number[];
}

/** Value counts of a sample. */
export function valueCountsOf(values: Iterable<number>): ValueCounts {
  const byValue = new Map<number, number>();
  for (const value of values) {
    checkValue(value);
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  const distinct = [...byValue.keys()].sort((a, b) => a - b);
  return { values: distinct, counts: distinct.map((v) => byValue.get(v)!) };
}

/** Merges two summaries by adding counts; the result summarises the concatenated samples exactly. */
export function mergeValueCounts(a: ValueCounts, b: ValueCounts): ValueCounts {
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const x = i < a.values.length ? a.values[i]! : Infinity;
    const y = j < b.values.length ? b.values[j]! : Infinity;
    if (j >= b.values.length || (i < a.values.length && x < y)) {
      values.push(x);
      counts.push(a.counts[i++]!);
    } else if (i >= a.values.length || y < x) {
      values.push(y);
      counts.push(b.counts[j++]!);
    } else {
      values.push(x);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    }
  }
  return { values, counts };
}

/** Reads position p of the expanded sample from ascending values with multiplicities. */
function expandedAccessor(
  values: readonly number[],
  counts: readonly number[],
  order: readonly number[],
): ValueAt {
  return (position) => {
    let seen = 0;
    for (const index of order) {
      seen += counts[index]!;
      if (position < seen) return values[index]!;
    }
    throw new Error(`Position ${position} is outside a sample of ${seen} values.`);
  };
}

function totalOf(counts: readonly number[]): number {
  let total = 0;
  for (const count of counts) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new Error(`Invalid weight ${String(count)}. Expected a non-negative integer multiplicity.`);
    }
    total += count;
  }
  return total;
}

/** Quantile of the sample summarised by `counts`; NaN when it is empty. */
export function quantileOfCounts(counts: ValueCounts, q: number, method: QuantileMethod = 'linear'): number {
  const order = counts.values.map((_, i) => i);
  return quantileOf(totalOf(counts.counts), expandedAccessor(counts.values, counts.counts, order), q, method);
}

/**
 * Quantiles of values repeated by integer weights, e.g. bootstrap multiplicities: the result equals
 * numpy's quantile of `np.repeat(values, weights)` exactly. Values need not be sorted; NaN when the
 * weights sum to 0.
 */
export function weightedQuantiles(
  values: readonly number[],
  weights: readonly number[],
  qs: readonly number[],
  method: QuantileMethod = 'linear',
): number[] {
  if (values.length !== weights.length) {
    throw new Error(
      `Got ${values.length} values but ${weights.length} weights. Expected one weight per value.`,
    );
  }
  values.forEach(checkValue);
  const total = totalOf(weights);
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const at = expandedAccessor(values, weights, order);
  return qs.map((q) => quantileOf(total, at, q, method));
}

/** One quantile of values repeated by integer weights (see weightedQuantiles). */
export function weightedQuantile(
  values: readonly number[],
  weights: readonly number[],
  q: number,
  method: QuantileMethod = 'linear',
): number {
  return weightedQuantiles(values, weights, [q], method)[0]!;
}

/**
 * Quantiles of values already sorted ascending, each repeated by an integer weight (zero allowed): the
 * bootstrap's inner loop, which sorts once and then only changes the weights. Equals weightedQuantiles.
 */
export function sortedWeightedQuantiles(
  sorted: ArrayLike<number>,
  weights: ArrayLike<number>,
  qs: readonly number[],
  method: QuantileMethod = 'linear',
): number[] {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  const at: ValueAt = (position) => {
    let seen = 0;
    for (let i = 0; i < sorted.length; i++) {
      seen += weights[i]!;
      if (position < seen) return sorted[i]!;
    }
    throw new Error(`Position ${position} is outside a sample of ${seen} values.`);
  };
  return qs.map((q) => quantileOf(total, at, q, method));
}
