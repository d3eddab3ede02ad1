/**
 * A suite's example ids left in the result file: the scan counted and checked them (plain ASCII strings,
 * no escapes) and noted where their JSON array is and how it is laid out. Two such lists with
 * byte-identical arrays are the same ids in the same order, which is found by reading both files a chunk
 * at a time: identity pairing never holds them. Anything that needs an id (a listed flip, pairing by id)
 * reads the array into memory once: its bytes, and where each id starts only when that does not follow
 * from the layout (evalgate writes `["a","b",…]`: with ids of one length, nothing else is kept).
 */
import { changedError, rangeChunks, readRange, sameRangeBytes, type ScannedFile } from './file-range.js';
import { IdBytes, compareAscii, compareIds, everyId, type IdList } from '../util/id-list.js';
import type { StandingIds } from './lazy-ids.js';
import { NO_WIDTH, SPACED, VARYING, type IdsLayout } from './ids-scan.js';

/** The array in memory: its bytes (brackets included) and, per layout, the ids' offsets in them. */
interface Loaded {
  readonly bytes: Buffer;
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

export class IdRange implements StandingIds {
  private loaded: Loaded | null = null;
  private array: string[] | null = null;

  /** `offset`, `bytes`: the array in the file, brackets included; `length`: how many ids the scan counted. */
  constructor(
    private readonly file: ScannedFile,
    private readonly offset: number,
    private readonly bytes: number,
    readonly length: number,
    private readonly layout: IdsLayout,
  ) {}

  private ids(): Loaded {
    if (!this.loaded) {
      const bytes = readRange(this.file, this.offset + 1, this.bytes - 2, 0x5b, 0x5d);
      this.loaded = offsetsOf(bytes, this.length, this.layout) ?? this.changed();
    }
    return this.loaded;
  }

  private changed(): never {
    throw changedError(this.file, 'its ids are not the ones scanned');
  }

  /** Where id `row` starts in the loaded bytes (its opening quote is the byte before). */
  private start({ starts }: Loaded, row: number): number {
    return starts ? starts[row] : 2 + row * (this.layout + 3);
  }

  private end({ bytes, starts, ends }: Loaded, row: number): number {
    if (ends) return ends[row];
    if (!starts) return 2 + row * (this.layout + 3) + this.layout;
    return row + 1 < this.length ? starts[row + 1] - 3 : bytes.length - 2;
  }

  at(row: number): string {
    if (!(row >= 0 && row < this.length)) return undefined as unknown as string;
    if (this.array) return this.array[row];
    const loaded = this.ids();
    return loaded.bytes.toString('latin1', this.start(loaded, row), this.end(loaded, row));
  }

  toArray(): readonly string[] {
    return (this.array ??= everyId(this));
  }

  /** The ids as IdBytes over the loaded array (plain ASCII without escapes: their bytes are canonical). */
  asBytes(): IdBytes {
    const loaded = this.ids();
    const starts = new Int32Array(this.length);
    const ends = new Int32Array(this.length);
    for (let row = 0; row < this.length; row++) {
      starts[row] = this.start(loaded, row);
      ends[row] = this.end(loaded, row);
    }
    return new IdBytes(loaded.bytes, starts, ends, true);
  }

  compare(a: number, b: number): number {
    const n = this.length;
    if (!(a >= 0 && a < n && b >= 0 && b < n)) return compareIds(this.at(a), this.at(b));
    const loaded = this.ids();
    const [s, t] = [this.start(loaded, a), this.start(loaded, b)];
    return compareAscii(loaded.bytes, s, this.end(loaded, a), t, this.end(loaded, b));
  }

  equals(other: IdList): boolean {
    if (other.length !== this.length) return false;
    if (other instanceof IdRange) {
      if (
        other.bytes === this.bytes &&
        sameRangeBytes(this.file, this.offset, other.file, other.offset, this.bytes)
      )
        return true;
      // other whitespace between the ids, or other ids: id by id, as bytes
      const mine = this.ids();
      const theirs = other.ids();
      for (let row = 0; row < this.length; row++) {
        const s = this.start(mine, row);
        const t = other.start(theirs, row);
        if (theirs.bytes.compare(mine.bytes, s, this.end(mine, row), t, other.end(theirs, row)) !== 0)
          return false;
      }
      return true;
    }
    for (let row = 0; row < this.length; row++) if (this.at(row) !== other.at(row)) return false;
    return true;
  }
  /**
   * JSON.stringify of the ids, as bytes: without whitespace the array in the file is exactly that (plain
   * ASCII ids need no escape), read a chunk at a time; else written id by id.
   */
  *json(): Generator<Uint8Array> {
    if (this.layout !== SPACED) {
      if (this.loaded) yield this.loaded.bytes;
      else yield* rangeChunks(this.file, this.offset, this.bytes);
      return;
    }
    // whitespace between the ids: written id by id from their offsets
    const { bytes, starts, ends } = this.ids();
    yield* new IdBytes(bytes, starts!, ends!).json();
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The `count` ids' offsets in the array `bytes` the scan accepted, per layout; null when it is not that. */
function offsetsOf(bytes: Buffer, count: number, layout: IdsLayout): Loaded | null {
  if (layout >= 0 || layout === NO_WIDTH) {
    // ids of one length: `[` then count × `"id"` with count − 1 commas, then `]`
    const expected = count === 0 ? 2 : 1 + count * (layout + 3);
    if (layout === NO_WIDTH ? count > 0 : bytes.length !== expected) return null;
    return { bytes, starts: null, ends: null };
  }
  const starts = new Int32Array(count);
  const ends = layout === SPACED ? new Int32Array(count) : null;
  const end = bytes.length - 1; // the closing bracket
  let q = 1;
  let n = 0;
  for (;;) {
    while (q < end && isSpace(bytes[q])) q++;
    if (q === end) break;
    if (n > 0) {
      if (bytes[q] !== 0x2c) return null;
      q++;
      while (q < end && isSpace(bytes[q])) q++;
    }
    if (bytes[q] !== 0x22 || n === count) return null;
    starts[n] = ++q;
    q = bytes.indexOf(0x22, q);
    if (q < 0 || q >= end) return null;
    if (ends) ends[n] = q;
    n++;
    q++;
  }
  return n === count && (layout === VARYING || layout === SPACED) ? { bytes, starts, ends } : null;
}
