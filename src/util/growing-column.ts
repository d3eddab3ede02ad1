/**
 * A typed column appended to, grown by half when full. It starts at an estimate of its final length:
 * pages past what is written are never touched, so a generous estimate costs address space, not memory.
 */
type Growable = Int32Array | Uint32Array | Uint8Array;

export class GrowingColumn<T extends Growable> {
  private values: T;
  length = 0;

  constructor(
    private readonly make: (length: number) => T,
    capacity: number,
  ) {
    this.values = make(Math.max(16, capacity));
  }

  /** The array to write values [length, length + more) into (then add `more` to length). */
  reserve(more: number): T {
    if (this.length + more > this.values.length) {
      const grown = this.make(Math.max(this.length + more, Math.ceil(this.values.length * 1.5)));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    return this.values;
  }

  append(values: T): void {
    this.reserve(values.length).set(values, this.length);
    this.length += values.length;
  }

  /** The values written (a view: the rest of the buffer was never touched). */
  finish(): T {
    return this.values.subarray(0, this.length) as T;
  }
}

export const int32s = (length: number) => new Int32Array(length);
export const uint32s = (length: number) => new Uint32Array(length);

/** Dense codes (vocabulary indices) in the narrowest array that holds them. */
export type Codes = Uint8Array | Uint16Array | Int32Array;

/**
 * Codes appended to, in a Uint8Array until a code reaches 256, then a Uint16Array, then an Int32Array
 * (each widening copies what was written): a 10M-row column of 20 labels is 10 MB, not 40.
 */
export class GrowingCodes {
  private values: Codes;
  length = 0;

  constructor(capacity: number) {
    this.values = new Uint8Array(Math.max(16, capacity));
  }

  /** The array to write `more` codes, each below `limit`, into at [length, length + more). */
  reserve(more: number, limit: number): Codes {
    const width = limit <= 0x100 ? 1 : limit <= 0x10000 ? 2 : 4;
    const values = this.values;
    const full = this.length + more > values.length;
    if (full || values.BYTES_PER_ELEMENT < width) {
      const size = full ? Math.max(this.length + more, Math.ceil(values.length * 1.5)) : values.length;
      const bytes = Math.max(width, values.BYTES_PER_ELEMENT);
      const grown =
        bytes === 1 ? new Uint8Array(size) : bytes === 2 ? new Uint16Array(size) : new Int32Array(size);
      grown.set(values.subarray(0, this.length));
      this.values = grown;
    }
    return this.values;
  }

  /** The codes written (a view: the rest of the buffer was never touched). */
  finish(): Codes {
    return this.values.subarray(0, this.length);
  }
}
