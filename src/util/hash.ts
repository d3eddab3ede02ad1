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

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche (lowbias32) so near-identical records spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Order-independent fingerprint of a multiset of records: four 32-bit lanes (two independent hashes, each
 * summed and xored over records) plus the count, then sha256. Reordering the file keeps it; changing,
 * adding or removing any record changes it (up to a negligible collision chance).
 */
export function multisetFingerprint(records: readonly string[]): string {
  let sumA = 0;
  let sumB = 0;
  let xorA = 0;
  let xorB = 0;
  for (const r of records) {
    const a = fnv1a(r, 0x811c9dc5);
    const b = fnv1a(r, 0x9747b28c);
    sumA = (sumA + a) >>> 0;
    sumB = (sumB + b) >>> 0;
    xorA = (xorA ^ a) >>> 0;
    xorB = (xorB ^ b) >>> 0;
  }
  return sha256(`${records.length}:${sumA}:${sumB}:${xorA}:${xorB}`);
}
