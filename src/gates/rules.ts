import type { GateRule, SliceSelector } from '../generated/config.js';
import { metricDef, type MetricDef } from '../tasks/registry.js';
import { formatDelta, formatValue } from '../tasks/format.js';
import type { ResolvedGate } from '../spec/gates.js';

export type { ResolvedGate };

export class GateConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A threshold in display units (points for proportions) on the metric's own scale. */
function toMetricScale(value: number, def: MetricDef): number {
  return def.unit === 'proportion' ? value / 100 : value;
}

function parseTolerance(value: number | string, def: MetricDef): ResolvedGate['tolerance'] {
  if (typeof value === 'string') return { kind: 'relative', fraction: Number(value.slice(0, -1)) / 100 };
  return { kind: 'absolute', value: toMetricScale(value, def) };
}

export function describeSelector(selector: SliceSelector): string {
  if (typeof selector === 'string') {
    return {
      all: 'every slice',
      overall: 'overall',
      fields: 'every field slice',
      crosses: 'every cross slice',
      labels: 'every label slice',
    }[selector];
  }
  if (Array.isArray(selector)) return selector.join('; ');
  const s = selector as { field: string; top?: number };
  return s.top ? `the ${s.top} largest ${s.field} slices` : `every ${s.field} slice`;
}

/** Suite-level defaults a gate inherits. */
export interface GateDefaults {
  readonly unconfirmed: 'fail' | 'warn' | 'pass';
  readonly burden: 'detect_harm' | 'prove_safe';
}

export const DEFAULT_GATE_POLICY: GateDefaults = { unconfirmed: 'warn', burden: 'detect_harm' };

/**
 * Every threshold is in the units the report shows (points for proportions). A value that only makes sense
 * on another scale is refused with the likely intent, before it can silently gate on the wrong number.
 */
function checkScale(field: string, name: string, value: number, def: MetricDef, metric: string): void {
  if (def.unit !== 'proportion') return;
  if (value > 100)
    throw new GateConfigError(
      `${field}.${name}`,
      `${name}: ${value} is beyond 100 points; ${metric} is shown in points (0–100), as in the report`,
    );
  if ((name === 'min' || name === 'max') && value > 0 && value < 1)
    throw new GateConfigError(
      `${field}.${name}`,
      `${name}: ${value} looks like a fraction, but thresholds are in points (0–100) like the report: did you mean ${name}: ${+(value * 100).toFixed(4)}?`,
    );
}

/** Checks a suite's gates against the metrics it computes and converts their thresholds. */
export function resolveGates(
  gates: readonly GateRule[],
  suiteMetrics: readonly string[],
  defaults: GateDefaults = DEFAULT_GATE_POLICY,
): ResolvedGate[] {
  return gates.map((gate, index) => {
    const field = `gates[${index}]`;
    const def = metricDef(gate.metric);
    if (!def || !suiteMetrics.includes(gate.metric)) {
      throw new GateConfigError(
        `${field}.metric`,
        `the suite does not compute ${JSON.stringify(gate.metric)}; add it to metrics (computed: ${suiteMetrics.join(', ')})`,
      );
    }
    if (def.table)
      throw new GateConfigError(
        `${field}.metric`,
        `${gate.metric} is a table, not a number: gate a scalar metric (e.g. label slices with macro_f1)`,
      );
    if (gate.max_drop !== undefined && def.direction === 'lower') {
      throw new GateConfigError(`${field}.max_drop`, `${gate.metric} is lower-is-better: use max_increase`);
    }
    if (gate.max_increase !== undefined && def.direction === 'higher') {
      throw new GateConfigError(`${field}.max_increase`, `${gate.metric} is higher-is-better: use max_drop`);
    }
    const thresholds = [gate.max_drop, gate.max_increase, gate.min, gate.max].filter((v) => v !== undefined);
    if (thresholds.length === 0)
      throw new GateConfigError(field, 'a gate needs max_drop, max_increase, min or max');
    for (const name of ['max_drop', 'max_increase', 'min', 'max'] as const) {
      const value = gate[name];
      if (typeof value === 'number') checkScale(field, name, value, def, gate.metric);
    }
    const rawTolerance = gate.max_drop ?? gate.max_increase;
    const tolerance = rawTolerance === undefined ? null : parseTolerance(rawTolerance, def);
    const selector = gate.slices ?? 'overall';
    const where = describeSelector(selector);
    const parts: string[] = [];
    if (tolerance) {
      const verb = def.direction === 'higher' ? 'fall' : 'rise';
      const amount =
        tolerance.kind === 'relative'
          ? `${(tolerance.fraction * 100).toString()}%`
          : formatDelta(def, tolerance.value).replace(/^[+−]/, '');
      parts.push(`may ${verb} at most ${amount}`);
    }
    const min = gate.min === undefined ? undefined : toMetricScale(gate.min, def);
    const max = gate.max === undefined ? undefined : toMetricScale(gate.max, def);
    if (min !== undefined) parts.push(`must stay ≥ ${formatValue(def, min)}`);
    if (max !== undefined) parts.push(`must stay ≤ ${formatValue(def, max)}`);
    const burden = gate.burden ?? defaults.burden;
    if (burden === 'prove_safe' && !tolerance)
      throw new GateConfigError(
        `${field}.burden`,
        `burden: prove_safe needs a tolerance to prove: add max_drop or max_increase`,
      );
    return {
      index,
      metric: gate.metric,
      selector,
      tolerance,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      severity: gate.severity ?? 'fail',
      requireSignificance: gate.require_significance ?? true,
      strict: gate.confidence === 'strict',
      onUnconfirmed: gate.unconfirmed ?? defaults.unconfirmed,
      burden,
      text: `${gate.metric} ${parts.join(' and ')} on ${where}`,
    };
  });
}
