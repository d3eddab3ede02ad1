import { Buffer, isUtf8 } from 'node:buffer';
import { IdBytes } from './id-list.js';
import { GrowingColumn, int32s, uint32s } from './growing-column.js';

/**
 * Example ids decoded as bytes (IdBytes's canonical form: each id's JSON string as JSON.stringify writes
 * it, without the quotes, in UTF-8), so a decode worker hands a million ids to the main thread as one
 * buffer instead of a million strings, and the join compares bytes. The bytes of an id read from a JSONL
 * line are kept as they are when they already are that form (no escape; valid UTF-8); anything else is
 * decoded to its string — the same string as before: invalid UTF-8 becomes U+FFFD — and re-encoded.
 */

/** A column of ids as plain data (a worker posts it, its buffers transferred). */
export interface IdColumn {
  /** The ids' bytes, one after the other; id i is [offsets[i], offsets[i + 1]). */
  bytes: Uint8Array;
  offsets: Int32Array;
  /** hashIdBytes of each id, for the join's index. */
  hashes: Uint32Array;
  /** Every id is ASCII without an escape. */
  plain: boolean;
}

/** FNV-1a over an id's bytes, avalanched (the index's slots use the low bits). */
export function hashIdBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return mixHash(h);
}

function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

const MAX_BYTES = 0x7fffffff;
/** Ids looked up together by IdBytesIndex.join. */
const JOIN_BATCH = 32;

export class IdColumnBuilder {
  private bytes = Buffer.allocUnsafeSlow(1 << 16);
  private used = 0;
  private offsets = new Int32Array(1 << 12);
  private hashes = new Uint32Array(1 << 12);
  private n = 0;
  private plain = true;

  get length(): number {
    return this.n;
  }

  /** Bytes [from, to) of a JSON string's content with no escape and only ASCII (as they are). */
  addAscii(buf: Buffer, from: number, to: number): void {
    this.copy(buf, from, to);
  }

  /** Bytes [from, to) of a JSON string's content with no escape and some non-ASCII byte. */
  addUtf8(buf: Buffer, from: number, to: number): void {
    // valid UTF-8 is already the canonical text (JSON.stringify escapes no non-ASCII character)
    if (!isUtf8(buf.subarray(from, to))) return this.addText(buf.toString('utf8', from, to));
    this.copy(buf, from, to);
    this.plain = false;
  }

  /** An id's text. */
  addText(text: string): void {
    let ascii = true;
    for (let i = 0; i < text.length && ascii; i++) {
      const c = text.charCodeAt(i);
      ascii = c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c;
    }
    if (ascii) {
      this.reserve(text.length);
      for (let i = 0; i < text.length; i++) this.bytes[this.used + i] = text.charCodeAt(i);
      this.used += text.length;
    } else {
      const json = JSON.stringify(text);
      this.reserve(json.length * 3);
      this.used += this.bytes.write(json.slice(1, -1), this.used, 'utf8');
      this.plain = false;
    }
    this.close();
  }

  /** The last id's bytes are [start(), this end). */
  lastStart(): number {
    return this.offsets[this.n - 1];
  }

  lastEnd(): number {
    return this.used;
  }

  get buffer(): Buffer {
    return this.bytes;
  }

  /** Whether the last id added is ASCII without an escape (its bytes are its code units). */
  lastPlain(): boolean {
    if (this.plain) return true;
    const { bytes } = this;
    for (let i = this.offsets[this.n - 1]; i < this.used; i++)
      if (bytes[i] >= 0x80 || bytes[i] === 0x5c) return false;
    return true;
  }

  /** The text of the last id added. */
  lastText(): string {
    return idBytesOf(this.finishView()).at(this.n - 1);
  }

  finish(): IdColumn {
    const view = this.finishView();
    // a buffer much longer than its bytes is copied (the rest would travel and stay with it)
    return {
      ...view,
      bytes: this.used >= 0.9 * this.bytes.length ? view.bytes : new Uint8Array(view.bytes),
      offsets: view.offsets.slice(),
      hashes: view.hashes.slice(),
    };
  }

  private finishView(): IdColumn {
    this.offsets[this.n] = this.used;
    return {
      bytes: this.bytes.subarray(0, this.used),
      offsets: this.offsets.subarray(0, this.n + 1),
      hashes: this.hashes.subarray(0, this.n),
      plain: this.plain,
    };
  }

  /** Adds the id of bytes [from, to) of `buf`, hashing as it copies (a loop: Buffer#copy costs more a call). */
  private copy(buf: Uint8Array, from: number, to: number): void {
    this.reserve(to - from);
    const bytes = this.bytes;
    let at = this.used;
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      const c = buf[i];
      bytes[at++] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.used = at;
    this.hashes[this.n] = mixHash(h);
    this.n++;
  }

  /** Room for `more` bytes and an id's offset. */
  private reserve(more: number): void {
    if (this.n + 2 > this.offsets.length) {
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.offsets[this.n] = this.used;
    if (this.used + more <= this.bytes.length) return;
    if (this.used + more > MAX_BYTES) throw new RangeError('the ids of one part exceed 2 GiB');
    const bytes = Buffer.allocUnsafeSlow(
      Math.min(MAX_BYTES, Math.max(this.bytes.length * 2, this.used + more)),
    );
    this.bytes.copy(bytes, 0, 0, this.used);
    this.bytes = bytes;
  }

  /** Ends the id being added (its bytes written since reserve). */
  private close(): void {
    this.hashes[this.n] = hashIdBytes(this.bytes, this.offsets[this.n], this.used);
    this.n++;
  }
}

/** A column's ids as an IdBytes (no copy). */
export function idBytesOf(column: IdColumn): IdBytes {
  const { bytes, offsets } = column;
  const n = offsets.length - 1;
  return new IdBytes(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offsets.subarray(0, n),
    offsets.subarray(1, n + 1),
    column.plain,
  );
}

/**
 * Id columns appended in order, each emptied once copied (the parts stay referenced until the load
 * ends, and would otherwise hold the ids twice), ending as one IdBytes and the ids' hashes.
 */
export class IdColumnMerger {
  private bytes: Buffer;
  private used = 0;
  private readonly offsets: GrowingColumn<Int32Array>;
  private readonly hashes: GrowingColumn<Uint32Array>;
  private plain = true;

  constructor(capacity: number, bytesCapacity: number) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1024, Math.min(MAX_BYTES, bytesCapacity)));
    this.offsets = new GrowingColumn(int32s, capacity + 1);
    this.hashes = new GrowingColumn(uint32s, capacity);
  }

  add(column: IdColumn): void {
    const m = column.offsets.length - 1;
    const size = column.bytes.length;
    if (this.used + size > MAX_BYTES) throw new RangeError('the ids of one file exceed 2 GiB');
    if (this.used + size > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(
        Math.min(MAX_BYTES, Math.max(this.used + size, Math.ceil(this.bytes.length * 1.5))),
      );
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.bytes.set(column.bytes, this.used);
    const at = this.offsets.length;
    const offsets = this.offsets.reserve(m);
    const shift = this.used - column.offsets[0];
    for (let j = 0; j < m; j++) offsets[at + j] = column.offsets[j] + shift;
    this.offsets.length += m;
    this.hashes.append(column.hashes);
    this.used += size;
    this.plain &&= column.plain;
    releaseIdColumn(column);
  }

  finish(): { ids: IdBytes; hashes: Uint32Array } {
    const n = this.offsets.length;
    const offsets = this.offsets.reserve(1);
    offsets[n] = this.used;
    const bytes = this.bytes.subarray(0, this.used);
    const ids = new IdBytes(bytes, offsets.subarray(0, n), offsets.subarray(1, n + 1), this.plain);
    return { ids, hashes: this.hashes.finish() };
  }
}

/** Empties a column whose ids are no longer needed. */
export function releaseIdColumn(c: IdColumn): void {
  c.bytes = new Uint8Array(0);
  c.offsets = new Int32Array(1);
  c.hashes = new Uint32Array(0);
}

/**
 * An exact id → row index over IdBytes: an open-addressing table keyed by the
 * precomputed hashes, each slot holding a row and its hash side by side (a probe reads one cache line; the
 * join is bound by memory latency); a hit is confirmed by comparing the bytes.
 */
export class IdBytesIndex {
  private readonly mask: number;
  /** Per slot: row (−1: empty), hash; empty once released. */
  private table: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  /** Builds the index; `onDuplicate(i, first)` is called for an id seen before (and it is not indexed). */
  constructor(ids: IdBytes, hashes: Uint32Array, onDuplicate?: (index: number, first: number) => void) {
    ({ bytes: this.bytes, starts: this.starts, ends: this.ends } = ids);
    // at most 3/4 full: 8 bytes a slot (at 10M ids, 128 MiB)
    let size = 1;
    while (size * 3 < ids.length * 4) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2).fill(-1);
    const { batch, table, mask } = this;
    for (let from = 0; from < ids.length; from += JOIN_BATCH) {
      const to = Math.min(ids.length, from + JOIN_BATCH);
      // the batch's slots read first, their cache misses overlapping (as in join)
      for (let i = from; i < to; i++) batch[i - from] = table[(hashes[i] & mask) << 1];
      for (let i = from; i < to; i++) {
        const first = this.find(this.bytes, this.starts[i], this.ends[i], hashes[i] | 0, i);
        if (first >= 0 && onDuplicate) onDuplicate(i, first);
      }
    }
  }

  /** Lets the table go (128 MiB at 10M ids) once every lookup is done; a lookup after it throws. */
  release(): void {
    this.table = new Int32Array(0);
  }

  private assertLive(): void {
    if (this.table.length === 0) throw new Error('IdBytesIndex: looked up after release()');
  }

  /** Row of the id with bytes [start, end) of `bytes` and hash `hash`, or −1. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    this.assertLive();
    return this.find(bytes, start, end, hash | 0, -1);
  }

  /**
   * The row of each id of `column` (−1: none) into `out`, a batch at a time: the table slots of a batch, then
   * their ids' offsets, are read in loops of independent loads (the CPU overlaps their cache misses; one id
   * after the other, each waits for the last), then the bytes are compared. ~35% faster than get() a row.
   */
  join(column: Pick<IdColumn, 'bytes' | 'offsets' | 'hashes'>, out: Int32Array): void {
    this.assertLive();
    const { table, starts, ends, mask } = this;
    const own = this.bytes;
    const { bytes, offsets, hashes } = column;
    const n = offsets.length - 1;
    const batch = this.batch;
    for (let first = 0; first < n; first += JOIN_BATCH) {
      const m = Math.min(JOIN_BATCH, n - first);
      for (let k = 0; k < m; k++) batch[k] = table[(hashes[first + k] & mask) << 1];
      for (let k = 0; k < m; k++) {
        const at = batch[k];
        batch[JOIN_BATCH + k] = at >= 0 ? starts[at] : 0;
      }
      for (let k = 0; k < m; k++) {
        const r = first + k;
        const hash = hashes[r] | 0;
        const start = offsets[r];
        const length = offsets[r + 1] - start;
        let slot = hash & mask;
        let at = batch[k];
        let s = batch[JOIN_BATCH + k];
        let found = -1;
        while (at >= 0) {
          if (table[(slot << 1) + 1] === hash && ends[at] - s === length) {
            let i = 0;
            while (i < length && own[s + i] === bytes[start + i]) i++;
            if (i === length) {
              found = at;
              break;
            }
          }
          slot = (slot + 1) & mask;
          at = table[slot << 1];
          if (at >= 0) s = starts[at];
        }
        out[r] = found;
      }
    }
  }

  /** Per batch: each id's first slot's row, then that row's start. */
  private readonly batch = new Int32Array(2 * JOIN_BATCH);

  /** The row of an equal id; −1 when there is none (then `insert` ≥ 0 takes the empty slot). */
  private find(bytes: Uint8Array, start: number, end: number, hash: number, insert: number): number {
    const { table, starts, ends } = this;
    const own = this.bytes;
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const at = table[slot << 1];
      if (at < 0) {
        if (insert >= 0) {
          table[slot << 1] = insert;
          table[(slot << 1) + 1] = hash;
        }
        return -1;
      }
      if (table[(slot << 1) + 1] === hash && ends[at] - starts[at] === length) {
        const s = starts[at];
        let i = 0;
        while (i < length && own[s + i] === bytes[start + i]) i++;
        if (i === length) return at;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The column of ids given as text. */
export function idColumnOf(ids: Iterable<string>): IdColumn {
  const builder = new IdColumnBuilder();
  for (const id of ids) builder.addText(id);
  return builder.finish();
}
