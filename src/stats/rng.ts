/**
 * Portable, seeded random numbers for the paired bootstrap.
 *
 * Everything here is 32-bit integer arithmetic (`Math.imul`, `>>>`) plus exact double operations, so the
 * same inputs give the same outputs on every machine and Node version.
 *
 * Two generators:
 * - the refbench "hash32" row-index resampler (refbench README, "Bootstrap RNG"), reproduced exactly so
 *   that row resampling matches `ref_eval.py --rng hash32` draw for draw;
 * - a counter-based uniform generator built from the same hash, for sampling that has no reference stream
 *   (the multinomial bootstrap).
 */

// Bound once: hot loops call these millions of times, and looking `Math` up on the global object each
// time is very slow in some embeddings (jest's VM context: ~60x).
const { imul, floor } = Math;

/** Chris Wellons' "lowbias32" integer hash: a bijection on 32-bit words. */
export function lowbias32(x: number): number {
  x >>>= 0;
  x ^= x >>> 16;
  x = imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

const textEncoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-8 bytes of `s`. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  // ASCII is its own UTF-8: no encoding (shard assignment hashes every example id)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return fnv1a32Utf8(s);
    h = imul(h ^ c, 0x01000193) >>> 0;
  }
  return h;
}

function fnv1a32Utf8(s: string): number {
  const bytes = textEncoder.encode(s);
  return fnv1a32Bytes(bytes, 0, bytes.length);
}

/** fnv1a32 of a string whose UTF-8 is bytes [start, end). */
export function fnv1a32Bytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

/** The refbench key of resample `b` of slice `sliceName`: lowbias32(fnv1a32(name) ^ lowbias32(seed + b)). */
export function hash32ResampleKey(seed: number, sliceName: string, b: number): number {
  return lowbias32((fnv1a32(sliceName) ^ lowbias32((seed + b) >>> 0)) >>> 0);
}

const TWO_POW_16 = 65536;
const TWO_POW_21 = 2097152;
const TWO_POW_32 = 4294967296;

/**
 * Row index i of a hash32 resample with key `key` over n rows: floor(lowbias32(key ^ i) * n / 2^32).
 * Exact for every n < 2^32 (the product is split in 16-bit halves once it could exceed 2^53), matching
 * the reference's uint64 `(h * n) >> 32`.
 */
export function hash32Index(key: number, i: number, n: number): number {
  const h = lowbias32((key ^ i) >>> 0);
  if (n < TWO_POW_21) return floor((h * n) / TWO_POW_32);
  return hash32ScaleExact(h, n);
}

/** floor(h * n / 2^32) for 32-bit h and n without rounding: h*n = hi*n*2^16 + lo*n. */
function hash32ScaleExact(h: number, n: number): number {
  const hi = h >>> 16;
  const lo = h & 0xffff;
  const loProduct = lo * n; // < 2^48, exact
  const carry = floor(loProduct / TWO_POW_16);
  return floor((hi * n + carry) / TWO_POW_16);
}

/** All n row indices of resample `b` of `sliceName` (rows of the slice in golden order). */
export function hash32Indices(seed: number, sliceName: string, b: number, n: number): Uint32Array {
  const key = hash32ResampleKey(seed, sliceName, b);
  const idx = new Uint32Array(n);
  if (n < TWO_POW_21) {
    for (let i = 0; i < n; i++) idx[i] = floor((lowbias32((key ^ i) >>> 0) * n) / TWO_POW_32);
  } else {
    for (let i = 0; i < n; i++) idx[i] = hash32ScaleExact(lowbias32((key ^ i) >>> 0), n);
  }
  return idx;
}

/** A source of uniform doubles in [0, 1). */
export type Uniform = () => number;

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/**
 * Counter-based uniform generator keyed by two 32-bit words.
 *
 * Word c (a 64-bit counter split into lo/hi halves) is
 *   lowbias32(lowbias32(lo ^ key0) ^ lowbias32(hi ^ key1)),
 * the second hash mixing the key/counter pair that the first (a bijection for fixed key) only permutes.
 * A double takes two consecutive words: ((w0 >>> 5) * 2^26 + (w1 >>> 6)) / 2^53, i.e. 53 random bits,
 * uniform on the grid k / 2^53 in [0, 1). No state beyond the counter, so streams are reproducible from
 * their keys alone.
 */
export function createUniform(key0: number, key1: number): Uniform {
  const k0 = key0 >>> 0;
  const k1 = key1 >>> 0;
  let lo = 0;
  let hi = 0;
  let hiMix = lowbias32(k1);
  const word = (): number => {
    const w = lowbias32((lowbias32((lo ^ k0) >>> 0) ^ hiMix) >>> 0);
    lo = (lo + 1) >>> 0;
    if (lo === 0) {
      hi = (hi + 1) >>> 0;
      hiMix = lowbias32((hi ^ k1) >>> 0);
    }
    return w;
  };
  return () => {
    const a = word() >>> 5;
    const b = word() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  };
}

/**
 * The uniform stream of bootstrap resample `b` of `sliceName` under `seed`. Its two keys are the refbench
 * resample key with distinct salts, so every (seed, slice, resample) has its own 64-bit stream key and a
 * resample can be regenerated on its own.
 */
export function resampleUniform(seed: number, sliceName: string, b: number): Uniform {
  const key0 = hash32ResampleKey((seed ^ 0x9e3779b9) >>> 0, sliceName, b);
  const key1 = hash32ResampleKey((seed ^ 0x85ebca6b) >>> 0, `${sliceName}\u0000uniform`, b);
  return createUniform(key0, key1);
}
