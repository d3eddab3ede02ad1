import type { ResolvedComparisonSettings, ResolvedSuite } from '../spec/config.js';
import type { Comparison } from '../generated/comparison.js';
import type { SuiteResult } from '../generated/result.js';
import { formatCount, formatDelta } from '../tasks/format.js';
import { metricDef } from '../tasks/registry.js';
import { slicePower } from './power.js';
import { selectSlices } from './select.js';

/** One gated slice's power, as `evalgate plan` prints it. */
export interface PlanRow {
  readonly suite: string;
  readonly gate: string;
  readonly slice: string;
  readonly n: number;
  /** The tolerance in the metric's scale, or null for floor/ceiling gates. */
  readonly tolerance: number | null;
  readonly metric: string;
  readonly detectable: number | null;
  readonly underpowered: boolean | null;
  readonly neededN: number | null;
}

/**
 * Power before any baseline exists: each gated slice's n from the head data, and a no-change standard
 * error for an assumed share of examples that change correctness between base and head (`churn`, half
 * each way): se = √(churn / n) for a proportion. The same power model the comparison states per slice.
 */
export function planFromData(
  suite: ResolvedSuite,
  head: SuiteResult,
  settings: ResolvedComparisonSettings,
  churn: number,
): PlanRow[] {
  const tests = suite.gates.flatMap((gate) =>
    selectSlices(gate.selector, head, null, suite.fields.label).map((key) => ({
      gate,
      slice: head.slices.find((s) => s.key === key),
      key,
    })),
  );
  const family = tests.filter((t) => t.gate.tolerance && t.gate.requireSignificance).length;
  const alpha = (1 - settings.confidence) / 2;
  const alphaCorrected = settings.correction === 'none' ? alpha : alpha / Math.max(1, family);
  return tests.map(({ gate, slice, key }) => {
    const n = slice?.n ?? 0;
    const def = metricDef(gate.metric);
    // a relative tolerance is resolved against the head's own value, the best guess of the baseline's
    const value = slice?.metrics[gate.metric];
    const tolerance =
      gate.tolerance?.kind === 'absolute'
        ? gate.tolerance.value
        : gate.tolerance && typeof value === 'number'
          ? gate.tolerance.fraction * Math.abs(value)
          : null;
    const power =
      tolerance !== null && n > 0 && def
        ? slicePower({
            se: Math.sqrt(churn / n),
            worsening: 0,
            tolerance,
            alphaCorrected,
            step: def.unit === 'proportion' ? 0.5 / n : 0,
            n,
            proportion: def.unit === 'proportion',
          })
        : null;
    return {
      suite: suite.name,
      gate: gate.text,
      slice: key,
      n,
      tolerance,
      metric: gate.metric,
      detectable: power?.detectable ?? null,
      underpowered: power?.underpowered ?? null,
      neededN: power?.neededN ?? null,
    };
  });
}

/** Power from a real comparison: the figures the comparison states per gated slice. */
export function planFromComparison(comparison: Comparison): PlanRow[] {
  return comparison.suites.flatMap((suite) =>
    suite.gates.map((g) => ({
      suite: suite.name,
      gate: g.rule,
      slice: g.slice,
      n: Math.min(g.base_n ?? 0, g.head_n ?? 0),
      tolerance: g.tolerance,
      metric: g.metric,
      detectable: g.detectable_drop,
      underpowered: g.underpowered,
      neededN: g.needed_n,
    })),
  );
}

/** The plan as plain text: one line per gated slice, the underpowered ones first. */
export function planText(rows: readonly PlanRow[], assumption: string): string {
  const lines = [`Power per gated slice (80% power at the corrected level; ${assumption}):`];
  const sorted = [...rows].sort(
    (a, b) => Number(b.underpowered === true) - Number(a.underpowered === true) || a.n - b.n,
  );
  for (const r of sorted) {
    const tol =
      r.tolerance === null
        ? 'no tolerance'
        : `tolerance ${formatDelta(r.metric, r.tolerance).replace(/^\+/, '')}`;
    const detects =
      r.detectable === null
        ? 'no power figure'
        : `detects drops ≥ ${formatDelta(r.metric, r.detectable).replace(/^\+/, '')}`;
    const flag = r.underpowered
      ? ` ⚠️ underpowered: needs about ${r.neededN === null ? '?' : formatCount(r.neededN)} examples on this slice to confirm a drop the size of its tolerance`
      : '';
    lines.push(
      `  ${r.suite}: ${r.metric} on ${r.slice} (n = ${formatCount(r.n)}): ${tol}, ${detects}${flag}`,
    );
  }
  const weak = rows.filter((r) => r.underpowered).length;
  lines.push(
    weak
      ? `${weak} of ${rows.length} gated slices cannot confirm a drop the size of their tolerance.`
      : `Every gated slice can confirm a drop the size of its tolerance.`,
  );
  return lines.join('\n') + '\n';
}
