/**
 * Whether a comparison artifact says that some gated metric moved significantly, for `when: { metrics:
 * changed }`. `null` when the comparison says nothing usable (not an object, not comparable, no gate
 * results), so the condition is reported as undecidable rather than guessed.
 *
 * Until the comparison schema is final this reads the shapes it may take: a top-level `metrics_changed`
 * boolean, or per-suite lists of gate results (`suites[].gates`, `.gate_results`, `.results` or
 * `.verdicts`), where an entry counts as a significant move when it says `significant: true` or its
 * delta's confidence interval (`ci`, `interval`: `[low, high]` or `{ low, high }`) excludes zero.
 */
export function metricsChangedFrom(comparison: unknown): boolean | null {
  if (!isObject(comparison)) return null;
  if (typeof comparison.metrics_changed === 'boolean') return comparison.metrics_changed;
  if (comparison.comparable === false || !Array.isArray(comparison.suites)) return null;
  let seen = false;
  for (const suite of comparison.suites) {
    if (!isObject(suite) || suite.comparable === false) continue;
    for (const key of RESULT_LISTS) {
      const list = suite[key];
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const significant = isSignificant(entry);
        if (significant === true) return true;
        if (significant === false) seen = true;
      }
    }
  }
  return seen ? false : null;
}

const RESULT_LISTS = ['gates', 'gate_results', 'results', 'verdicts'] as const;

function isSignificant(entry: unknown): boolean | null {
  if (!isObject(entry)) return null;
  if (typeof entry.significant === 'boolean') return entry.significant;
  const interval = bounds(entry.ci ?? entry.interval);
  if (interval === null) return null;
  return interval[0] > 0 || interval[1] < 0;
}

function bounds(value: unknown): [number, number] | null {
  if (Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber)) {
    return [value[0] as number, value[1] as number];
  }
  if (isObject(value) && isFiniteNumber(value.low) && isFiniteNumber(value.high)) {
    return [value.low, value.high];
  }
  return null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
