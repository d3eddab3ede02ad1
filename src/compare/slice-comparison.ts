import type { SliceComparison } from '../generated/comparison.js';
import type { SliceResult, SuiteResult } from '../generated/result.js';
import type { ExampleTable, TaskFamily } from '../tasks/task-family.js';
import { metricDef } from '../tasks/registry.js';
import type { Alignment } from './examples.js';
import { pairedRows } from './slice-rows.js';

/** Why two suite results cannot be compared, and the metrics of one slice on both sides. */

export interface SideSlices {
  readonly base: SliceResult | null;
  readonly head: SliceResult | null;
}

export function notComparableReasons(
  base: SuiteResult | null,
  head: SuiteResult,
  definitionsChanged: string | null,
): string[] {
  if (!base) return [];
  const reasons: string[] = [];
  if (definitionsChanged) reasons.push(definitionsChanged);
  if (base.task !== head.task) reasons.push(`the task changed (${base.task} → ${head.task})`);
  else if (base.definition_fingerprint !== head.definition_fingerprint) {
    const added = head.labels.filter((l) => !base.labels.includes(l));
    const removed = base.labels.filter((l) => !head.labels.includes(l));
    if (added.length || removed.length) {
      reasons.push(
        `the label set changed (${[...added.map((l) => `+${l}`), ...removed.map((l) => `−${l}`)].join(', ')})`,
      );
    } else if (base.task_type !== head.task_type)
      reasons.push(`the task type changed (${base.task_type} → ${head.task_type})`);
    else
      reasons.push(
        'the metric options changed (fields, labels order, positive label, top_k, ece_bins or missing-prediction policy)',
      );
  }
  return reasons;
}

export function sliceUnion(base: SuiteResult | null, head: SuiteResult): string[] {
  const keys = head.slices.map((s) => s.key);
  const seen = new Set(keys);
  for (const s of base?.slices ?? []) if (!seen.has(s.key)) keys.push(s.key);
  return keys;
}

export function insufficient(sides: SideSlices, headMin: number, baseMin: number): boolean {
  return (sides.head?.n ?? 0) < headMin || (sides.base?.n ?? 0) < baseMin;
}

export function sliceComparison(
  key: string,
  sides: SideSlices,
  family: TaskFamily,
  base: SuiteResult | null,
  head: SuiteResult,
  alignment: Alignment | null,
  baseTable: ExampleTable | null,
  headTable: ExampleTable | null,
  goldenSame: boolean,
): SliceComparison {
  const any = (sides.head ?? sides.base)!;
  const names = [
    ...new Set([...Object.keys(sides.head?.metrics ?? {}), ...Object.keys(sides.base?.metrics ?? {})]),
  ].filter((m) => !metricDef(m)?.table);
  let baseValues: Record<string, number | null> = sides.base?.metrics ?? {};
  let headValues: Record<string, number | null> = sides.head?.metrics ?? {};
  // A changed golden set: recompute both sides on the shared examples, so the delta is the model's.
  if (!goldenSame && alignment && sides.base && sides.head && baseTable && headTable && base) {
    const resamplable = names.filter((m) => family.resamplable(m, sides.head!));
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, sides.head);
    if (headRows.length > 0 && resamplable.length) {
      const problem = family.paired({
        baseSuite: base,
        headSuite: head,
        slice: sides.head,
        metrics: resamplable,
        base: baseTable,
        head: headTable,
        baseRows,
        headRows,
      });
      const v = problem.evaluate(problem.units);
      baseValues = {};
      headValues = {};
      resamplable.forEach((m, j) => {
        baseValues[m] = finite(v[j]);
        headValues[m] = finite(v[resamplable.length + j]);
      });
    } else {
      baseValues = {};
      headValues = {};
    }
  }
  const metrics: SliceComparison['metrics'] = {};
  for (const m of names) {
    const b = baseValues[m] ?? null;
    const h = headValues[m] ?? null;
    const delta = b !== null && h !== null ? h - b : null;
    metrics[m] = {
      base: b,
      head: h,
      delta,
      relative: delta !== null && b !== 0 && b !== null ? delta / Math.abs(b) : null,
    };
  }
  return { key, kind: any.kind, base_n: sides.base?.n ?? null, head_n: sides.head?.n ?? null, metrics };
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
