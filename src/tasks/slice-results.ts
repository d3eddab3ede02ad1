import type { ResolvedSuite } from '../spec/config.js';
import {
  planSlices,
  type FieldColumn,
  type SliceColumn,
  type SliceDef,
  type SlicePlan,
} from '../spec/slices.js';

/** What every family's slice results share: the plan of slices over golden order and each slice's header. */

/** A slice's key, kind, fields and size: the first fields of its result, the same in every family. */
export function sliceHeader(suite: ResolvedSuite, def: SliceDef, n: number) {
  return { key: def.key, kind: def.kind, fields: { ...def.fields }, n, insufficient: n < suite.minSupport };
}

/** The suite's slices over n examples (golden order) with each slice's rows; slice 0 is overall. */
export function planSliceRows(
  suite: ResolvedSuite,
  n: number,
  columns: readonly FieldColumn[],
): { plan: SlicePlan; rows: number[][] } {
  const plan = planSlices(n, suite.slices, columns, suite.maxSlices);
  return { plan, rows: rowsOfSlices(n, plan.slices.length, plan.membership) };
}

/** Rows (golden order) of every slice of a plan: slice 0 is overall. */
export function rowsOfSlices(n: number, sliceCount: number, membership: readonly SliceColumn[]): number[][] {
  const rows: number[][] = Array.from({ length: sliceCount }, () => []);
  for (let i = 0; i < n; i++) {
    rows[0].push(i);
    for (const m of membership) rows[m[i]].push(i);
  }
  return rows;
}
