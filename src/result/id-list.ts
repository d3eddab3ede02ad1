/** Example ids by row, as an array or as bytes read from a result file without a string per id. */
export interface IdList {
  readonly length: number;
  /** The id of row `row`; past the end undefined, as an array's element (so typed as an array's). */
  at(row: number): string;
  /** Every id, in row order. */
  toArray(): readonly string[];
  /** Whether `other` lists the same ids in the same order. */
  equals(other: IdList): boolean;
  /** The order of two rows' ids: code units, the same in every locale. */
  compare(a: number, b: number): number;
}

/** Code-unit order, the same in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function arrayIds(ids: readonly string[]): IdList {
  return {
    length: ids.length,
    at: (row) => ids[row],
    toArray: () => ids,
    compare: (a, b) => compareIds(ids[a], ids[b]),
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

  compare(a: number, b: number): number {
    const n = this.starts.length;
    if (!(a >= 0 && a < n && b >= 0 && b < n)) return compareIds(this.at(a), this.at(b));
    // ASCII: byte order is code-unit order (a loop: ids differ early, a native call costs more)
    const bytes = this.bytes;
    let i = this.starts[a];
    let j = this.starts[b];
    const endA = this.ends[a];
    const endB = this.ends[b];
    for (; i < endA && j < endB; i++, j++) if (bytes[i] !== bytes[j]) return bytes[i] < bytes[j] ? -1 : 1;
    return i < endA ? 1 : j < endB ? -1 : 0;
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
