/** The line of each row (for messages): an Int32Array, or ConsecutiveLines. */
export interface LineNumbers {
  readonly length: number;
  at(row: number): number | undefined;
}

/** Rows on consecutive lines from `first` (a file without blank lines): no array of 40 MB at 10M rows. */
export class ConsecutiveLines implements LineNumbers {
  constructor(
    private readonly first: number,
    readonly length: number,
  ) {}

  at(row: number): number | undefined {
    return Number.isInteger(row) && row >= 0 && row < this.length ? this.first + row : undefined;
  }
}
