import { sliceValueCode } from '../result/slice-index.js';
import type { SliceResult, SuiteResult } from '../generated/result.js';
import type { ExampleTable } from '../tasks/family.js';

/** The rows of a slice in a result's example table (label slices: the whole population). */
export function sliceRows(table: ExampleTable, suite: SuiteResult, slice: SliceResult): Int32Array {
  if (slice.kind === 'overall' || slice.kind === 'label')
    return Int32Array.from({ length: table.n }, (_, i) => i);
  const conditions = Object.entries(slice.fields).map(([field, value]) => {
    const col = table.columns.get(`field.${field}`);
    const code = sliceValueCode(suite, field, value);
    return { col, code };
  });
  if (conditions.some((c) => !c.col || c.code < 0)) return new Int32Array(0);
  const out = new Int32Array(table.n);
  let count = 0;
  for (let i = 0; i < table.n; i++) {
    let match = true;
    for (let c = 0; c < conditions.length && match; c++) match = conditions[c].col![i] === conditions[c].code;
    if (match) out[count++] = i;
  }
  return out.slice(0, count);
}
