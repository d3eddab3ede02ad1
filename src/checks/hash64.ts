const USED = 0x80;

// Bound once: a global lookup per character is slow inside some sandboxes (jest's vm contexts).
const imul = Math.imul;

/**
 * A 64-bit hash of a string as two 32-bit lanes. Two multiplicative lanes over the UTF-16 code units, each
 * finished with an avalanche step that mixes in the other lane, so nearby strings land far apart.
 * With n distinct texts the chance of any collision is about n² / 2⁶⁵ (3·10⁻⁸ for a million).
 */
export function hash64(text: string): [hi: number, lo: number] {
  let a = 0x9e3779b9 ^ text.length;
  let b = 0x85ebca6b ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = imul(a ^ (a >>> 16), 0x85ebca6b) ^ imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = imul(b ^ (b >>> 16), 0x85ebca6b) ^ imul(a ^ (a >>> 13), 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

/**
 * An open-addressing hash table keyed by 64-bit hashes, with a byte of flags and a few 32-bit value lanes
 * per key, all in typed arrays: 9 + 4·lanes bytes a slot, no strings kept.
 */
export class HashTable64 {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** Bit 7: slot in use; bits 0–6: the caller's flags. */
  private flags: Uint8Array;
  private lanes: Uint32Array[];
  private mask: number;
  size = 0;

  constructor(
    private readonly laneCount: number,
    initialCapacity = 1024,
  ) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.mask = capacity - 1;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.lanes = Array.from({ length: laneCount }, () => new Uint32Array(capacity));
  }

  /** The slot holding the key, or -1. Slots move when the table grows: use one before the next `add`. */
  find(hi: number, lo: number): number {
    for (let slot = this.start(hi, lo); ; slot = (slot + 1) & this.mask) {
      if (!(this.flags[slot] & USED)) return -1;
      if (this.hi[slot] === hi && this.lo[slot] === lo) return slot;
    }
  }

  /** Adds a key that is not present and returns its slot, with every lane and flag 0. */
  add(hi: number, lo: number): number {
    if ((this.size + 1) * 10 > (this.mask + 1) * 7) this.grow();
    let slot = this.start(hi, lo);
    while (this.flags[slot] & USED) slot = (slot + 1) & this.mask;
    this.flags[slot] = USED;
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.size++;
    return slot;
  }

  /** The caller's flag bits (0–6) of a slot. */
  getFlags(slot: number): number {
    return this.flags[slot] & ~USED;
  }

  setFlags(slot: number, bits: number): void {
    this.flags[slot] = USED | (bits & ~USED);
  }

  get(slot: number, lane: number): number {
    return this.lanes[lane][slot];
  }

  set(slot: number, lane: number, value: number): void {
    this.lanes[lane][slot] = value;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return (this.mask + 1) * (9 + 4 * this.laneCount);
  }

  private start(hi: number, lo: number): number {
    return (imul(hi ^ lo, 0x9e3779b1) >>> 0) & this.mask;
  }

  private grow(): void {
    const { hi, lo, flags, lanes } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.lanes = lanes.map(() => new Uint32Array(capacity));
    this.size = 0;
    for (let old = 0; old < flags.length; old++) {
      if (!(flags[old] & USED)) continue;
      const slot = this.add(hi[old], lo[old]);
      this.flags[slot] = flags[old];
      lanes.forEach((lane, k) => {
        this.lanes[k][slot] = lane[old];
      });
    }
  }
}
