/** Example ids by row, as an array or as bytes without a string per id. */
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

/** What reads ids by row only: an IdList, or a plain array of strings. */
export interface IdSource {
  readonly length: number;
  at(row: number): string | undefined;
}

/** Every id of `ids` as a string, in row order. */
export function everyId(ids: IdSource): string[] {
  const array: string[] = new Array(ids.length);
  for (let i = 0; i < array.length; i++) array[i] = ids.at(i)!;
  return array;
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

const BACKSLASH = 0x5c;

/**
 * The order of two ASCII ids, `bytes[i, endA)` and `bytes[j, endB)`: byte order is code-unit order (a loop:
 * ids differ early, a native call costs more).
 */
export function compareAscii(bytes: Uint8Array, i: number, endA: number, j: number, endB: number): number {
  for (; i < endA && j < endB; i++, j++) if (bytes[i] !== bytes[j]) return bytes[i] < bytes[j] ? -1 : 1;
  return i < endA ? 1 : j < endB ? -1 : 0;
}

/**
 * Ids kept as the UTF-8 bytes of their JSON strings without the quotes, exactly as JSON.stringify writes
 * them, and each id's [start, end) in those bytes: about 20 bytes an id instead of a heap string each
 * (~40 MB a million). The text is canonical, so two ids are equal exactly when their bytes are. `plain`:
 * every id is ASCII without an escape (its bytes are its code units). An id becomes a string when read.
 */
export class IdBytes implements IdList {
  private array: string[] | null = null;

  constructor(
    readonly bytes: Buffer,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly plain = true,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  at(row: number): string {
    if (this.array) return this.array[row];
    if (!(row >= 0 && row < this.starts.length)) return undefined as unknown as string;
    const start = this.starts[row];
    const end = this.ends[row];
    if (this.plain) return this.bytes.toString('latin1', start, end);
    const text = this.bytes.toString('utf8', start, end);
    return this.unescaped(row) ? text : (JSON.parse(`"${text}"`) as string);
  }

  /** Whether row `row`'s bytes are its text's UTF-8 (no escape): true for every id when plain. */
  unescaped(row: number): boolean {
    if (this.plain) return true;
    const { bytes } = this;
    for (let i = this.starts[row], end = this.ends[row]; i < end; i++)
      if (bytes[i] === BACKSLASH) return false;
    return true;
  }

  toArray(): readonly string[] {
    return (this.array ??= everyId(this));
  }

  compare(a: number, b: number): number {
    const n = this.starts.length;
    if (!this.plain || !(a >= 0 && a < n && b >= 0 && b < n)) return compareIds(this.at(a), this.at(b));
    return compareAscii(this.bytes, this.starts[a], this.ends[a], this.starts[b], this.ends[b]);
  }

  equals(other: IdList): boolean {
    if (other.length !== this.length) return false;
    if (other instanceof IdBytes) {
      // the same bytes cut at the same offsets are the same ids (else id by id: the bytes alone can be cut
      // differently, ["ab","c"] and ["a","bc"], or be a buffer that select() shares)
      if (
        this.bytes.equals(other.bytes) &&
        sameInts(this.starts, other.starts) &&
        sameInts(this.ends, other.ends)
      )
        return true;
      for (let i = 0; i < this.length; i++) {
        const s = this.starts[i];
        const t = other.starts[i];
        if (this.bytes.compare(other.bytes, t, other.ends[i], s, this.ends[i]) !== 0) return false;
      }
      return true;
    }
    return other.equals(this);
  }

  /** The ids of `rows`, in that order (the same bytes). */
  select(rows: ArrayLike<number>): IdBytes {
    const starts = new Int32Array(rows.length);
    const ends = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) {
      starts[j] = this.starts[rows[j]];
      ends[j] = this.ends[rows[j]];
    }
    return new IdBytes(this.bytes, starts, ends, this.plain);
  }

  /**
   * JSON.stringify(ids) as UTF-8, in pieces of about `chunk` bytes (`brackets` false: without the array's
   * brackets): the bytes are already each id's JSON text.
   */
  *json(brackets = true, chunk = 1 << 20): Generator<Uint8Array> {
    const { bytes, starts, ends } = this;
    let out = Buffer.allocUnsafe(chunk);
    let used = 0;
    if (brackets) out[used++] = 0x5b;
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i];
      const e = ends[i];
      if (used + e - s + 3 > out.length) {
        yield out.subarray(0, used);
        out = Buffer.allocUnsafe(Math.max(chunk, e - s + 4));
        used = 0;
      }
      if (i > 0) out[used++] = 0x2c;
      out[used++] = 0x22;
      for (let j = s; j < e; j++) out[used++] = bytes[j]; // a loop: Buffer#copy costs more per id
      out[used++] = 0x22;
    }
    if (brackets) {
      if (used === out.length) {
        yield out;
        out = Buffer.allocUnsafe(1);
        used = 0;
      }
      out[used++] = 0x5d;
    }
    if (used > 0) yield out.subarray(0, used);
  }
}

/** Whether two int arrays hold the same values (compared as bytes). */
function sameInts(a: Int32Array, b: Int32Array): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
      Buffer.from(b.buffer, b.byteOffset, b.byteLength),
    )
  );
}
