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
