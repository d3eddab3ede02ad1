import { sliceValueCode } from '../result/slice-index.js';
import type { SliceResult, SuiteResult } from '../generated/result.js';
import type { Typed } from '../result/columns.js';
import type { ExampleTable } from '../tasks/task-family.js';
import type { Alignment } from './examples.js';

/** Rows grouped by code, per field column: `start[code]..start[code + 1]` of `rows` (a counting sort). */
interface RowsByCode {
  readonly start: Int32Array;
  readonly rows: Int32Array;
}

// Built once per column, so the rows of every slice cost their own size, not the table's (a scan per
// slice was quadratic: 20,000 slices of 40,000 rows; issue #11, finding 9).
const groups = new WeakMap<Typed, RowsByCode>();

function rowsByCode(col: Typed, n: number): RowsByCode {
  let grouped = groups.get(col);
  if (grouped) return grouped;
  let max = -1;
  for (let i = 0; i < n; i++) if (col[i] > max) max = col[i];
  const start = new Int32Array(max + 2);
  for (let i = 0; i < n; i++) if (col[i] >= 0) start[col[i] + 1]++;
  for (let c = 1; c < start.length; c++) start[c] += start[c - 1];
  const fill = start.slice(0, max + 1);
  const rows = new Int32Array(start[max + 1]);
  for (let i = 0; i < n; i++) if (col[i] >= 0) rows[fill[col[i]]++] = i;
  grouped = { start, rows };
  groups.set(col, grouped);
  return grouped;
}

// A slice's rows and paired rows are asked for by its comparison, each gate on it, its bootstrap and its
// flips: computed once per (table, slice) and (alignment, slice). Callers only read them.
const rowsOf = new WeakMap<ExampleTable, WeakMap<SliceResult, Int32Array>>();
const allRowsOf = new WeakMap<ExampleTable, Int32Array>();
const pairedOf = new WeakMap<Alignment, WeakMap<SliceResult, PairedRows>>();

function allRows(table: ExampleTable): Int32Array {
  let rows = allRowsOf.get(table);
  if (!rows) {
    rows = new Int32Array(table.n);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    allRowsOf.set(table, rows);
  }
  return rows;
}

/** The rows of a slice in a result's example table (label slices: the whole population), ascending. */
export function sliceRows(table: ExampleTable, suite: SuiteResult, slice: SliceResult): Int32Array {
  if (slice.kind === 'overall' || slice.kind === 'label') return allRows(table);
  let bySlice = rowsOf.get(table);
  if (!bySlice) rowsOf.set(table, (bySlice = new WeakMap()));
  let rows = bySlice.get(slice);
  if (!rows) bySlice.set(slice, (rows = fieldSliceRows(table, suite, slice)));
  return rows;
}

function fieldSliceRows(table: ExampleTable, suite: SuiteResult, slice: SliceResult): Int32Array {
  const conditions = Object.entries(slice.fields).map(([field, value]) => {
    const col = table.columns.get(`field.${field}`);
    const code = sliceValueCode(suite, field, value);
    return { col, code };
  });
  if (conditions.length === 0 || conditions.some((c) => !c.col || c.code < 0)) return new Int32Array(0);
  // The first field's rows with that value, filtered by the others (crosses).
  const [first, ...others] = conditions;
  const { start, rows } = rowsByCode(first.col!, table.n);
  if (first.code + 1 >= start.length) return new Int32Array(0);
  const candidates = rows.subarray(start[first.code], start[first.code + 1]);
  if (others.length === 0) return candidates;
  return candidates.filter((i) => others.every((c) => c.col![i] === c.code));
}

export interface PairedRows {
  readonly baseRows: Int32Array;
  readonly headRows: Int32Array;
}

/** The rows of a slice in the head table that have a base row, with those base rows. */
export function pairedRows(
  alignment: Alignment,
  headTable: ExampleTable,
  head: SuiteResult,
  slice: SliceResult,
): PairedRows {
  let bySlice = pairedOf.get(alignment);
  if (!bySlice) pairedOf.set(alignment, (bySlice = new WeakMap()));
  let paired = bySlice.get(slice);
  if (!paired) bySlice.set(slice, (paired = pair(alignment, sliceRows(headTable, head, slice))));
  return paired;
}

function pair(alignment: Alignment, headAll: Int32Array): PairedRows {
  // same ids in the same order, nothing relabelled: each head row's base row is itself
  if (alignment.identity) return { headRows: headAll, baseRows: headAll };
  const headRows = new Int32Array(headAll.length);
  const baseRows = new Int32Array(headAll.length);
  let count = 0;
  for (let i = 0; i < headAll.length; i++) {
    const b = alignment.baseRowOf[headAll[i]];
    if (b >= 0) {
      headRows[count] = headAll[i];
      baseRows[count++] = b;
    }
  }
  return { headRows: headRows.slice(0, count), baseRows: baseRows.slice(0, count) };
}
