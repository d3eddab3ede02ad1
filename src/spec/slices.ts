import { InputError } from '../io/errors.js';
import type { Codes } from '../util/growing-column.js';
/**
 * Slices: overall, every value of each listed field, and crosses of fields (only the combinations that
 * occur). Each row belongs to exactly one slice per listed entry, so a slice plan is a set of per-row
 * slice-index columns.
 */
export type SliceKind = 'overall' | 'field' | 'cross' | 'label';

export interface SliceDef {
  /** `overall`, `language=de`, `language=de,domain=billing`, `label=refund`. */
  readonly key: string;
  readonly kind: SliceKind;
  readonly fields: Readonly<Record<string, string>>;
}

export interface FieldColumn {
  readonly field: string;
  readonly values: readonly string[];
  readonly codes: Codes;
}

/** The slice index of every row: as narrow as the slice count allows (10 MB, not 40, at 10M rows). */
export type SliceColumn = Uint8Array | Uint16Array | Int32Array;

export interface SlicePlan {
  readonly slices: SliceDef[];
  /** One column per configured entry: the slice index of every row. Overall (index 0) is implicit. */
  readonly membership: SliceColumn[];
}

export type SliceEntry = string | readonly string[];

export function sliceKey(fields: Readonly<Record<string, string>>): string {
  const parts = Object.entries(fields).map(([f, v]) => `${f}=${v}`);
  return parts.length ? parts.join(',') : 'overall';
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Too many slices for a suite's `max_slices`: a config error raised before any metric is computed. */
export class SliceLimitError extends InputError {
  constructor(entry: string, count: number, limit: number) {
    super({
      field: 'max_slices',
      message: `slicing by ${entry} makes ${count} slices or more, over max_slices (${limit}); slice by fields with fewer values, or raise max_slices on the suite`,
    });
  }
}

export function planSlices(
  n: number,
  entries: readonly SliceEntry[],
  columns: readonly FieldColumn[],
  maxSlices = Number.POSITIVE_INFINITY,
): SlicePlan {
  const byField = new Map(columns.map((c) => [c.field, c]));
  const slices: SliceDef[] = [{ key: 'overall', kind: 'overall', fields: {} }];
  const membership: SliceColumn[] = [];
  for (const entry of entries) {
    const fields = typeof entry === 'string' ? [entry] : [...entry];
    const cols = fields.map((f) => {
      const col = byField.get(f);
      if (!col) throw new Error(`slice field ${f} was not loaded`);
      return col;
    });
    // Combined code of a row = mixed-radix number of its per-field codes; the combinations that occur
    // are found with a typed-array table (a Map per row costs ~10× more at a million rows).
    const radix = cols.map((c) => c.values.length);
    const space = radix.reduce((a, b) => a * b, 1);
    if (space > 1 << 26)
      throw new Error(`slice cross ${fields.join(' × ')} has too many combinations (${space})`);
    // one field: its codes are the combined codes (no copy)
    const combined = cols.length === 1 ? cols[0].codes : new Int32Array(n);
    const firstRow = new Int32Array(space).fill(-1);
    if (cols.length === 1) {
      for (let i = 0; i < n; i++) if (firstRow[combined[i]] < 0) firstRow[combined[i]] = i;
    } else {
      for (let i = 0; i < n; i++) {
        let code = 0;
        for (let f = 0; f < cols.length; f++) code = code * radix[f] + cols[f].codes[i];
        combined[i] = code;
        if (firstRow[code] < 0) firstRow[code] = i;
      }
    }
    let occurring = 0;
    for (let code = 0; code < space; code++) if (firstRow[code] >= 0) occurring++;
    // Checked before a slice is built: a million distinct values once took 3.4 GB and a 266 MB result.
    if (slices.length + occurring > maxSlices)
      throw new SliceLimitError(fields.join(' × '), slices.length + occurring, maxSlices);
    const combos: [number, string[]][] = [];
    for (let code = 0; code < space; code++) {
      const i = firstRow[code];
      if (i >= 0) combos.push([code, cols.map((c) => c.values[c.codes[i]])]);
    }
    combos.sort((a, b) => {
      for (let f = 0; f < fields.length; f++) {
        const d = compareText(a[1][f], b[1][f]);
        if (d) return d;
      }
      return 0;
    });
    const sliceOf = new Int32Array(space);
    for (const [code, values] of combos) {
      const sliceFields: Record<string, string> = {};
      fields.forEach((f, j) => (sliceFields[f] = values[j]));
      sliceOf[code] = slices.length;
      slices.push({
        key: sliceKey(sliceFields),
        kind: fields.length > 1 ? 'cross' : 'field',
        fields: sliceFields,
      });
    }
    const count = slices.length;
    const column =
      count <= 0x100 ? new Uint8Array(n) : count <= 0x10000 ? new Uint16Array(n) : new Int32Array(n);
    for (let i = 0; i < n; i++) column[i] = sliceOf[combined[i]];
    membership.push(column);
  }
  return { slices, membership };
}
