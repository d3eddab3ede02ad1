import { InputError, describeType } from './errors.js';

/**
 * The values every task family reads from a record the same way: the example id and the slice values.
 * One place, so the golden set and the predictions of every family agree on what an id and a slice value
 * are (a slice value that differs by family would split one slice in two).
 */

/** The slice value of a record that has no value for the field. */
export const MISSING_VALUE = '(missing)';

/** A slice field's value as text: absent, null and empty all read as MISSING_VALUE. */
export function sliceValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING_VALUE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** An example id: a non-empty string or a finite number, as text. `missing` names an absent one. */
export function idText(
  value: unknown,
  file: string,
  line: number,
  field: string,
  missing = 'missing id',
): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === undefined) throw new InputError({ file, line, field, message: missing });
  throw new InputError({
    file,
    line,
    field,
    message: `expected a non-empty string or number id, got ${describeType(value)}`,
  });
}

/** Interns strings into dense indices in first-seen order. */
export class Interner {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  intern(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}
