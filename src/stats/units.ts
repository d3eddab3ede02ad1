/**
 * Grouping rows into bootstrap units: rows with the same key (a distinct per-example state) become one unit
 * with a multiplicity. Statistics that depend only on per-state counts can then be resampled in O(units).
 */

export interface Units {
  /** m[u]: number of rows in unit u (sum = n). */
  readonly multiplicity: Float64Array;
  /** rowUnit[i]: unit of row i, rows in input order (what 'hash32-rows' resampling needs). */
  readonly rowUnit: Uint32Array;
  /** key of each unit, units numbered in order of first appearance. */
  readonly unitKey: Float64Array;
}

/** Groups rows by an integer (or any exactly representable number) key per row. */
export function groupUnits(rowKeys: ArrayLike<number>): Units {
  const unitOfKey = new Map<number, number>();
  const rowUnit = new Uint32Array(rowKeys.length);
  const keys: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < rowKeys.length; i++) {
    const key = rowKeys[i];
    let u = unitOfKey.get(key);
    if (u === undefined) {
      u = keys.length;
      unitOfKey.set(key, u);
      keys.push(key);
      counts.push(0);
    }
    counts[u]++;
    rowUnit[i] = u;
  }
  return { multiplicity: Float64Array.from(counts), rowUnit, unitKey: Float64Array.from(keys) };
}
