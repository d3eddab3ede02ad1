import type { SliceResult, SuiteResult } from '../generated/result.js';

// Lookups by key, built once per suite result: a linear `find` per slice made compare quadratic in the number
// of slices (20k slices took 38 s, 60k 172 s; issue #11, finding 9).
const byKey = new WeakMap<SuiteResult, Map<string, SliceResult>>();
const valueCodes = new WeakMap<SuiteResult, Map<string, Map<string, number>>>();

/** The suite's slice with this key, or null. */
export function sliceOf(suite: SuiteResult | null, key: string): SliceResult | null {
  if (!suite) return null;
  let index = byKey.get(suite);
  if (!index) {
    index = new Map(suite.slices.map((s) => [s.key, s]));
    byKey.set(suite, index);
  }
  return index.get(key) ?? null;
}

/** The code of a slice value in `slice_values[field]` (the example table's column codes), or -1. */
export function sliceValueCode(suite: SuiteResult, field: string, value: string): number {
  let fields = valueCodes.get(suite);
  if (!fields) {
    fields = new Map();
    valueCodes.set(suite, fields);
  }
  let codes = fields.get(field);
  if (!codes) {
    codes = new Map((suite.slice_values?.[field] ?? []).map((v, i) => [v, i]));
    fields.set(field, codes);
  }
  return codes.get(value) ?? -1;
}
