/**
 * An exact id → position index over up to a few million string ids, much faster than a Map at that size:
 * ids are pre-hashed (by the decode workers, where the strings are still in cache) and kept in an
 * open-addressing table of typed arrays; a hit is confirmed by comparing the strings themselves.
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

export class IdIndex {
  private readonly mask: number;
  private readonly slots: Int32Array;

  /** Builds the index; `onDuplicate(i, first)` is called for an id seen before (and it is not indexed). */
  constructor(
    private readonly ids: readonly string[],
    private readonly hashes: Uint32Array,
    onDuplicate?: (index: number, first: number) => void,
  ) {
    let size = 1;
    while (size < ids.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      const first = this.insert(i);
      if (first >= 0 && onDuplicate) onDuplicate(i, first);
    }
  }

  private insert(i: number): number {
    const id = this.ids[i];
    let slot = this.hashes[i] & this.mask;
    for (;;) {
      const at = this.slots[slot];
      if (at < 0) {
        this.slots[slot] = i;
        return -1;
      }
      if (this.hashes[at] === this.hashes[i] && this.ids[at] === id) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Position of `id` (with its hashId), or −1. */
  get(id: string, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const at = this.slots[slot];
      if (at < 0) return -1;
      if (this.hashes[at] === hash && this.ids[at] === id) return at;
      slot = (slot + 1) & this.mask;
    }
  }
}

export function hashIds(ids: readonly string[]): Uint32Array {
  const out = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = hashId(ids[i]);
  return out;
}
