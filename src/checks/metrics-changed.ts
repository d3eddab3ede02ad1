/**
 * Whether a comparison artifact (`schema/comparison.schema.json`) says that some gated metric moved
 * significantly, for `when: { metrics: changed }`: in a comparable suite, a gate result that is
 * `significant` (a significant worsening beyond its tolerance) or whose confidence interval of the delta
 * (`ci: [low, high]`) excludes zero, in either direction: an improvement is a behaviour change too.
 * `null` when the comparison says nothing usable (not an object, nothing comparable, no gate result with
 * an interval or a significance), so the condition is reported as undecidable rather than guessed.
 * A top-level `metrics_changed` boolean, if present, wins.
 */
export function metricsChangedFrom(comparison: unknown): boolean | null {
  if (!isObject(comparison)) return null;
  if (typeof comparison.metrics_changed === 'boolean') return comparison.metrics_changed;
  if (!Array.isArray(comparison.suites)) return null;
  let decided = false;
  for (const suite of comparison.suites) {
    if (!isObject(suite) || suite.comparable === false || !Array.isArray(suite.gates)) continue;
    for (const gate of suite.gates) {
      const moved = movedSignificantly(gate);
      if (moved === true) return true;
      if (moved === false) decided = true;
    }
  }
  return decided ? false : null;
}

function movedSignificantly(gate: unknown): boolean | null {
  if (!isObject(gate)) return null;
  if (gate.significant === true) return true;
  const ci = gate.ci;
  if (Array.isArray(ci) && ci.length === 2 && ci.every(isFiniteNumber)) {
    const [low, high] = ci as [number, number];
    return low > 0 || high < 0;
  }
  return gate.significant === false ? false : null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
