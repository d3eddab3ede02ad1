import { describe, test, expect } from '@jest/globals';
import {
  createUniform,
  fnv1a32,
  hash32Index,
  hash32Indices,
  hash32ResampleKey,
  lowbias32,
  resampleUniform,
} from '../../src/stats/rng.js';

// Computed with the JS snippet of /work/shared/refbench/README.md ("Bootstrap RNG"), seed 12345, and
// confirmed identical to ref_eval.hash32_indices.
const README_SNIPPET_DRAWS = [
  { name: 'overall', n: 12, b: 0, key: 2714796795, idx: [0, 8, 5, 0, 2, 3, 1, 2, 6, 9, 10, 9] },
  {
    name: 'language=de',
    n: 16,
    b: 1,
    key: 2412808245,
    idx: [5, 0, 13, 13, 0, 6, 9, 5, 8, 6, 11, 9, 7, 7, 11, 0],
  },
  { name: 'domain=billing', n: 10, b: 999, key: 486461868, idx: [5, 9, 0, 2, 8, 6, 9, 4, 8, 7] },
  { name: 'language=de,domain=billing', n: 9, b: 7, key: 3453899035, idx: [4, 8, 0, 7, 3, 4, 7, 8, 2] },
  { name: 'Ünïcödé ✓', n: 8, b: 3, key: 1077492519, idx: [0, 0, 7, 6, 7, 2, 2, 5] },
];

describe('hash32 resample indices', () => {
  test.each(README_SNIPPET_DRAWS)(
    'reproduce the refbench draw of $name, n=$n, b=$b',
    ({ name, n, b, key, idx }) => {
      expect(hash32ResampleKey(12345, name, b)).toBe(key);
      expect(Array.from(hash32Indices(12345, name, b, n))).toEqual(idx);
    },
  );

  test('reproduce ref_eval.hash32_indices for n = 5,000,000 (above the 2^21 fast path)', () => {
    const n = 5_000_000;
    const key = hash32ResampleKey(12345, 'overall', 2);
    const at = (positions: number[]) => positions.map((i) => hash32Index(key, i, n));
    expect(at([0, 1, 2, 3, 4, 5])).toEqual([2038668, 2631032, 3989413, 573505, 4582803, 3430611]);
    expect(at([n - 3, n - 2, n - 1])).toEqual([4739527, 4880464, 4998600]);
  });

  test('hash32Indices agrees with hash32Index on both sides of 2^21 rows', () => {
    for (const n of [2097151, 2097153]) {
      const key = hash32ResampleKey(12345, 'language=de', 5);
      const idx = hash32Indices(12345, 'language=de', 5, n);
      for (const i of [0, 1, 77, n - 1]) expect(idx[i]).toBe(hash32Index(key, i, n));
    }
  });

  test('scale hashes to [0, n) exactly like uint64 (h * n) >> 32, for n up to 2^32 - 1', () => {
    const key = hash32ResampleKey(7, 'x', 0);
    for (const n of [1, 2, 2097151, 2097152, 10_000_000, 123_456_789, 2 ** 31 + 11, 2 ** 32 - 1]) {
      for (let i = 0; i < 200; i++) {
        const h = BigInt(lowbias32((key ^ i) >>> 0));
        const want = Number((h * BigInt(n)) >> 32n);
        expect(hash32Index(key, i, n)).toBe(want);
      }
    }
  });

  test('lowbias32 and fnv1a32 match known values', () => {
    expect(lowbias32(0)).toBe(0);
    expect(lowbias32(1)).toBe(lowbias32(0x100000001 >>> 0));
    expect(fnv1a32('')).toBe(0x811c9dc5);
    // FNV-1a 32 test vector: "a" -> 0xe40c292c
    expect(fnv1a32('a')).toBe(0xe40c292c);
  });
});

describe('counter-based uniform generator', () => {
  test('is deterministic per key and differs between keys', () => {
    const a = createUniform(1, 2);
    const b = createUniform(1, 2);
    const c = createUniform(1, 3);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  test('gives the same first draws on every machine (pinned values)', () => {
    const u = resampleUniform(12345, 'overall', 0);
    const first = [u(), u(), u()];
    // 53-bit grid values in [0, 1)
    for (const x of first) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(Number.isInteger(x * 2 ** 53)).toBe(true);
    }
    expect(first).toEqual(PINNED_UNIFORMS);
  });

  test('has uniform moments and no lag-1 correlation over 200k draws', () => {
    const u = createUniform(0xdeadbeef, 42);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let lag = 0;
    let prev = u();
    const bins = new Array<number>(16).fill(0);
    for (let i = 0; i < n; i++) {
      const x = u();
      s += x;
      s2 += x * x;
      lag += (x - 0.5) * (prev - 0.5);
      prev = x;
      bins[Math.floor(x * 16)]++;
    }
    expect(Math.abs(s / n - 0.5)).toBeLessThan(0.003); // sd of the mean 0.00065
    expect(Math.abs(s2 / n - 1 / 3)).toBeLessThan(0.003);
    expect(Math.abs(lag / n)).toBeLessThan(0.0015); // sd 1/12/sqrt(n) = 0.00019
    const expected = n / 16;
    const chi2 = bins.reduce((acc, o) => acc + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(37.7); // chi-square, 15 df, 0.999 quantile
  });
});

const PINNED_UNIFORMS = [0.8004356680643309, 0.44884247892269846, 0.968778669947655];
