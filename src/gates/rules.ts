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

function parseTolerance(value: number | string, def: MetricDef): ResolvedGate['tolerance'] {
  if (typeof value === 'string') return { kind: 'relative', fraction: Number(value.slice(0, -1)) / 100 };
  return { kind: 'absolute', value: def.unit === 'proportion' ? value / 100 : value };
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

/** Checks a suite's gates against the metrics it computes and converts their thresholds. */
export function resolveGates(gates: readonly GateRule[], suiteMetrics: readonly string[]): ResolvedGate[] {
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
    if (gate.min !== undefined) parts.push(`must stay ≥ ${formatValue(def, gate.min)}`);
    if (gate.max !== undefined) parts.push(`must stay ≤ ${formatValue(def, gate.max)}`);
    return {
      index,
      metric: gate.metric,
      selector,
      tolerance,
      ...(gate.min !== undefined ? { min: gate.min } : {}),
      ...(gate.max !== undefined ? { max: gate.max } : {}),
      severity: gate.severity ?? 'fail',
      requireSignificance: gate.require_significance ?? true,
      strict: gate.confidence === 'strict',
      text: `${gate.metric} ${parts.join(' and ')} on ${where}`,
    };
  });
}
