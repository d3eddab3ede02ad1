/** Example ids by row, as an array or as bytes read from a result file without a string per id. */
export interface IdList {
  readonly length: number;
  /** The id of row `row`; past the end undefined, as an array's element (so typed as an array's). */
  at(row: number): string;
  /** Every id, in row order. */
  toArray(): readonly string[];
  /** Whether `other` lists the same ids in the same order. */
  equals(other: IdList): boolean;
}

export function arrayIds(ids: readonly string[]): IdList {
  return {
    length: ids.length,
    at: (row) => ids[row],
    toArray: () => ids,
    equals(other) {
      if (other.length !== ids.length) return false;
      for (let i = 0; i < ids.length; i++) if (ids[i] !== other.at(i)) return false;
      return true;
    },
  };
}

/**
 * ASCII ids without escapes, kept as the bytes of their JSON array and each id's [start, end) in them:
 * about 23 bytes an id instead of a heap string each (~40 MB a million). An id becomes a string when read.
 */
export class IdBytes implements IdList {
  private array: string[] | null = null;

  constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  at(row: number): string {
    if (this.array) return this.array[row];
    if (!(row >= 0 && row < this.starts.length)) return undefined as unknown as string;
    return this.bytes.toString('latin1', this.starts[row], this.ends[row]);
  }

  toArray(): readonly string[] {
    if (!this.array) {
      const array: string[] = new Array(this.length);
      for (let i = 0; i < array.length; i++) array[i] = this.at(i);
      this.array = array;
    }
    return this.array;
  }

  equals(other: IdList): boolean {
    if (other.length !== this.length) return false;
    if (other instanceof IdBytes) {
      // the same array text is the same ids (whitespace between them aside: then id by id)
      if (this.bytes.equals(other.bytes)) return true;
      for (let i = 0; i < this.length; i++) {
        const s = this.starts[i];
        const t = other.starts[i];
        if (this.bytes.compare(other.bytes, t, other.ends[i], s, this.ends[i]) !== 0) return false;
      }
      return true;
    }
    return other.equals(this);
  }
}
