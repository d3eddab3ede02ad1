import { createHash } from 'node:crypto';

export function sha256(text: string | Buffer): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** JSON with object keys sorted, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/** The four 32-bit lanes of an order-independent multiset hash; lanes of disjoint parts merge. */
export interface FingerprintLanes {
  sumA: number;
  sumB: number;
  xorA: number;
  xorB: number;
}

/**
 * Order-independent fingerprint of a multiset of records. Each record is hashed field by field with two
 * independent 32-bit FNV-1a streams (fields separated by a NUL) and a final avalanche; the record hashes
 * are summed and xored into four lanes, so reordering the file keeps the fingerprint, changing, adding or
 * removing any record changes it (up to a negligible collision chance), and parts read in parallel merge.
 */
export class FingerprintAccumulator {
  private a = 0;
  private b = 0;
  private lanesNow: FingerprintLanes = { sumA: 0, sumB: 0, xorA: 0, xorB: 0 };

  begin(): void {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
  }

  add(field: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
      b = (b ^ (b >>> 13)) >>> 0;
    }
    this.a = Math.imul(a, 0x01000193) >>> 0;
    this.b = Math.imul(b ^ 0x5bd1e995, 0x01000193) >>> 0;
  }

  /** add(field) for a field whose code units are bytes [from, to) of `bytes` (ASCII, for one). */
  addCodeUnits(bytes: Uint8Array, from: number, to: number): void {
    let a = this.a;
    let b = this.b;
    for (let i = from; i < to; i++) {
      const c = bytes[i];
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
      b = (b ^ (b >>> 13)) >>> 0;
    }
    this.a = Math.imul(a, 0x01000193) >>> 0;
    this.b = Math.imul(b ^ 0x5bd1e995, 0x01000193) >>> 0;
  }

  /** Closes the record; returns its 32-bit hash (used to spot relabelled examples between two results). */
  end(): number {
    const a = avalanche(this.a);
    const b = avalanche(this.b ^ 0x68e31da4);
    const l = this.lanesNow;
    l.sumA = (l.sumA + a) >>> 0;
    l.sumB = (l.sumB + b) >>> 0;
    l.xorA = (l.xorA ^ a) >>> 0;
    l.xorB = (l.xorB ^ b) >>> 0;
    return a;
  }

  /** The plain FNV-1a of the last field quotedAsciiField added. */
  plainHash = 0;

  /**
   * begin(), add(field), end() for a record of one field, read from the bytes of its JSON string (after
   * the opening quote at `start - 1`) in the same pass that finds the closing quote: the merge checks a
   * million ids' shard and fingerprint in one read of their bytes. Returns the closing quote's index, with
   * the field's plain 32-bit FNV-1a (fnv1a32 of the field) in `plainHash`; or -1, having added nothing, at
   * a byte that needs decoding (an escape, a control character, non-ASCII): the caller decodes that field.
   */
  quotedAsciiField(bytes: Uint8Array, start: number): number {
    let plain = 0x811c9dc5;
    let b = 0x9747b28c;
    let i = start;
    for (; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === 0x22) break;
      if (c < 0x20 || c === 0x5c || c >= 0x80) return -1;
      plain = Math.imul(plain ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
      b = (b ^ (b >>> 13)) >>> 0;
    }
    if (i === bytes.length) return -1;
    this.a = Math.imul(plain, 0x01000193) >>> 0;
    this.b = Math.imul(b ^ 0x5bd1e995, 0x01000193) >>> 0;
    this.end();
    this.plainHash = plain;
    return i;
  }

  merge(other: FingerprintLanes): void {
    const l = this.lanesNow;
    l.sumA = (l.sumA + other.sumA) >>> 0;
    l.sumB = (l.sumB + other.sumB) >>> 0;
    l.xorA = (l.xorA ^ other.xorA) >>> 0;
    l.xorB = (l.xorB ^ other.xorB) >>> 0;
  }

  lanes(): FingerprintLanes {
    return { ...this.lanesNow };
  }

  digest(count: number): string {
    const l = this.lanesNow;
    return sha256(`${count}:${l.sumA}:${l.sumB}:${l.xorA}:${l.xorB}`);
  }
}

/** lowbias32: spreads every input bit over the output. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
