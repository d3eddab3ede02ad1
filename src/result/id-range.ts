/**
 * A suite's example ids left in the result file: the scan counted and checked them (plain ASCII strings,
 * no escapes) and noted where their JSON array is. Two such lists with byte-identical arrays are the same
 * ids in the same order, which is found by reading both files a chunk at a time: identity pairing never
 * holds them. Anything that needs an id (a listed flip, pairing by id) reads the array once into IdBytes.
 */
import { changedError, readRange, sameRangeBytes, type ScannedFile } from './file-range.js';
import { IdBytes, type IdList } from './id-list.js';

export class IdRange implements IdList {
  private loaded: IdBytes | null = null;

  /** `offset`, `bytes`: the array in the file, brackets included; `length`: how many ids the scan counted. */
  constructor(
    private readonly file: ScannedFile,
    private readonly offset: number,
    private readonly bytes: number,
    readonly length: number,
  ) {}

  /** The ids read into memory (once). */
  private ids(): IdBytes {
    if (!this.loaded) {
      const array = readRange(this.file, this.offset + 1, this.bytes - 2, 0x5b, 0x5d);
      this.loaded = idBytesOf(array, this.length) ?? this.changed();
    }
    return this.loaded;
  }

  private changed(): never {
    throw changedError(this.file, 'its ids are not the ones scanned');
  }

  at(row: number): string {
    if (!(row >= 0 && row < this.length)) return undefined as unknown as string;
    return this.ids().at(row);
  }

  toArray(): readonly string[] {
    return this.ids().toArray();
  }

  compare(a: number, b: number): number {
    return this.ids().compare(a, b);
  }

  equals(other: IdList): boolean {
    if (other.length !== this.length) return false;
    if (
      other instanceof IdRange &&
      other.bytes === this.bytes &&
      sameRangeBytes(this.file, this.offset, other.file, other.offset, this.bytes)
    )
      return true;
    return this.ids().equals(other instanceof IdRange ? other.ids() : other);
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The `count` ids of a JSON array the scan accepted, as IdBytes; null when the bytes are not that. */
function idBytesOf(array: Buffer, count: number): IdBytes | null {
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const end = array.length - 1; // the closing bracket
  let q = 1;
  let n = 0;
  for (;;) {
    while (q < end && isSpace(array[q])) q++;
    if (q === end) break;
    if (n > 0) {
      if (array[q] !== 0x2c) return null;
      q++;
      while (q < end && isSpace(array[q])) q++;
    }
    if (array[q] !== 0x22 || n === count) return null;
    const s = ++q;
    q = array.indexOf(0x22, q);
    if (q < 0 || q >= end) return null;
    starts[n] = s;
    ends[n++] = q++;
  }
  return n === count ? new IdBytes(array, starts, ends) : null;
}
