import { badValue } from '../../io/errors.js';
import type { OpsSpec } from '../../spec/tasks.js';

export type { OpsSpec };

/** Per-row operational values of one decoded part or file, in row order; null when not read. */
export interface OpsRows {
  readonly latency: Float64Array | null;
  readonly cost: Float64Array | null;
}

function nonNegative(value: unknown, file: string, line: number, field: string, unit: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw badValue(
    { file, line, field },
    value,
    `missing ${unit}: every prediction needs it for the suite's operational metrics`,
    `expected a non-negative finite number (${unit})`,
  );
}

/** The record fields the operational metrics read. */
export function opsFieldNames(spec: OpsSpec): string[] {
  const cost = spec.cost;
  return [
    ...(spec.latencyField !== undefined ? [spec.latencyField] : []),
    ...(cost?.kind === 'field' ? [cost.field] : []),
    ...(cost?.kind === 'tokens' ? [cost.inputField, cost.outputField] : []),
  ];
}

/** Collects the operational values of records as they are decoded. */
export class OpsReader {
  private readonly latency: number[] = [];
  private readonly cost: number[] = [];

  constructor(
    private readonly spec: OpsSpec,
    private readonly file: string,
  ) {}

  /** Reads one record's values; a missing or bad value is an error naming file:line and the field. */
  read(record: Record<string, unknown>, line: number): void {
    const { spec, file } = this;
    if (spec.latencyField !== undefined)
      this.latency.push(nonNegative(record[spec.latencyField], file, line, spec.latencyField, 'ms'));
    const cost = spec.cost;
    if (cost?.kind === 'field')
      this.cost.push(nonNegative(record[cost.field], file, line, cost.field, 'cost'));
    else if (cost?.kind === 'tokens') {
      const input = nonNegative(record[cost.inputField], file, line, cost.inputField, 'tokens');
      const output = nonNegative(record[cost.outputField], file, line, cost.outputField, 'tokens');
      this.cost.push((input * cost.prices.inputPerMillion + output * cost.prices.outputPerMillion) / 1e6);
    }
  }

  rows(): OpsRows {
    return {
      latency: this.spec.latencyField !== undefined ? Float64Array.from(this.latency) : null,
      cost: this.spec.cost ? Float64Array.from(this.cost) : null,
    };
  }
}

/** Concatenates parts' rows in order. */
export function mergeOpsRows(parts: readonly OpsRows[]): OpsRows {
  const cat = (pick: (p: OpsRows) => Float64Array | null): Float64Array | null => {
    if (parts.length === 0 || parts.some((p) => pick(p) === null)) return null;
    const out = new Float64Array(parts.reduce((n, p) => n + pick(p)!.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(pick(p)!, at);
      at += pick(p)!.length;
    }
    return out;
  };
  return { latency: cat((p) => p.latency), cost: cat((p) => p.cost) };
}

/** Rows reordered to golden order: `rowOf[i]` is example i's prediction row, or −1 (value NaN). */
export function opsInGoldenOrder(rows: OpsRows, rowOf: Int32Array): OpsRows {
  const pick = (col: Float64Array | null) =>
    col ? Float64Array.from(rowOf, (r) => (r < 0 ? NaN : col[r])) : null;
  return { latency: pick(rows.latency), cost: pick(rows.cost) };
}
