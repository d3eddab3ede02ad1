import { describe, expect, test } from '@jest/globals';
import {
  bcaSummary,
  detectableDrop,
  linearizedScore,
  normalCdf,
  normalQuantile,
  pairedDeltaIntervals,
  tangoInterval,
  tangoPBelowZero,
  tangoScore,
  type Discordance,
} from '../../src/stats/index.js';

/** Independent Tango: the restricted MLE by golden-section search of the multinomial log-likelihood. */
function restrictedQ(d: Discordance, delta: number): number {
  const { n, gains: g, losses: l } = d;
  const loglik = (q: number) =>
    (g ? g * Math.log(q + delta) : 0) + (l ? l * Math.log(q) : 0) + (n - g - l) * Math.log(1 - 2 * q - delta);
  let lo = Math.max(0, -delta) + 1e-15;
  let hi = (1 - delta) / 2 - 1e-15;
  for (let i = 0; i < 300; i++) {
    const a = lo + (hi - lo) * 0.381966;
    const b = hi - (hi - lo) * 0.381966;
    if (loglik(a) < loglik(b)) lo = a;
    else hi = b;
  }
  return (lo + hi) / 2;
}

describe('Tango score interval', () => {
  const cases: Discordance[] = [
    { n: 50, gains: 1, losses: 4 },
    { n: 100, gains: 3, losses: 3 },
    { n: 44, gains: 0, losses: 2 },
    { n: 500, gains: 11, losses: 15 },
  ];
  test.each(cases)('closed-form restricted MLE = numerical maximum (%o)', (d) => {
    for (const delta of [-0.2, -0.05, 0.03, 0.1]) {
      const q = restrictedQ(d, delta);
      const z = (d.gains - d.losses - d.n * delta) / Math.sqrt(d.n * (2 * q + delta * (1 - delta)));
      expect(tangoScore(d, delta)).toBeCloseTo(z, 5);
    }
  });
  test.each(cases)('bounds solve |Z| = z and the p-value agrees with them (%o)', (d) => {
    const [low, high] = tangoInterval(d, 0.95);
    const z = normalQuantile(0.975);
    expect(tangoScore(d, low)).toBeCloseTo(z, 9);
    expect(tangoScore(d, high)).toBeCloseTo(-z, 9);
    // McNemar at δ = 0; the 1 − 2p interval has its upper bound at 0 exactly
    const p = tangoPBelowZero(d);
    if (d.gains + d.losses > 0 && p < 0.5) {
      const [, h] = tangoInterval(d, 1 - 2 * p);
      expect(h).toBeCloseTo(0, 9);
    }
  });
  test('no discordant pair: an interval of width, not [0, 0]', () => {
    const [low, high] = tangoInterval({ n: 200, gains: 0, losses: 0 }, 0.95);
    expect(low).toBeCloseTo(-0.0188, 4);
    expect(high).toBeCloseTo(0.0188, 4);
    expect(tangoPBelowZero({ n: 200, gains: 0, losses: 0 })).toBe(0.5);
  });
});

describe('BCa', () => {
  test('with z0 = a = 0 it is the percentile interval, and p is the fraction of draws at or above 0', () => {
    const draws = Float64Array.from({ length: 1001 }, (_, i) => (i - 400) / 1000); // median 0.1
    const s = bcaSummary(draws, 0.1, 0)!;
    expect(s.z0).toBeCloseTo(0, 2);
    expect(s.low).toBeCloseTo(-0.375, 2);
    expect(s.high).toBeCloseTo(0.575, 2);
    expect(s.pBelowZero).toBeCloseTo(0.6, 2);
    expect(s.pBelowZero + s.pAboveZero).toBeCloseTo(1, 12);
  });
  test('degenerate draws give no interval', () => {
    expect(bcaSummary(new Float64Array(100), 0, 0)).toBeNull();
  });
});

describe('linearized score interval', () => {
  test('for a 0/1 outcome it is Tango', () => {
    // 100 pairs: 3 gains, 8 losses, 89 concordant; delta of a mean, leave-one-out and add-one by unit
    const m = [3, 8, 89];
    const x = [1, -1, 0];
    const n = 100;
    const point = (3 - 8) / n;
    const without = Float64Array.from(x, (xi) => (3 - 8 - xi) / (n - 1));
    const withOne = Float64Array.from(x, (xi) => (3 - 8 + xi) / (n + 1));
    const s = linearizedScore(point, n, Float64Array.from(m), without, withOne)!;
    const [low, high] = tangoInterval({ n, gains: 3, losses: 8 });
    expect(s.discordance.gains).toBeCloseTo(3, 10);
    expect(s.discordance.losses).toBeCloseTo(8, 10);
    expect(s.step).toBeCloseTo(1, 12);
    expect(s.low).toBeCloseTo(low, 9);
    expect(s.high).toBeCloseTo(high, 9);
    expect(s.pBelowZero).toBeCloseTo(tangoPBelowZero({ n, gains: 3, losses: 8 }), 9);
  });
  test('a delta nothing moves gets no interval', () => {
    expect(linearizedScore(0, 50, Float64Array.of(50), Float64Array.of(0), Float64Array.of(0))).toBeNull();
  });
});

describe('pairedDeltaIntervals', () => {
  // units: (base correct, head correct) = (1,1) x80, (1,0) x6, (0,1) x2, (0,0) x12
  const units = Float64Array.of(80, 6, 2, 12);
  const base = [1, 1, 0, 0];
  const head = [1, 0, 1, 0];
  const mean = (w: Float64Array, v: number[]) =>
    v.reduce((s, x, u) => s + x * w[u], 0) / w.reduce((a, b) => a + b, 0);
  const problem = {
    units,
    rowUnit: new Uint32Array(0),
    evaluate: (w: Float64Array) =>
      Float64Array.of(mean(w, base), mean(w, base), mean(w, head), mean(w, head)),
    outcomes: (metric: string) =>
      metric === 'accuracy'
        ? { member: null, base: Uint8Array.from(base), head: Uint8Array.from(head) }
        : null,
  };
  const options = {
    sliceName: 's',
    problem,
    resamples: 200,
    seed: 1,
    method: 'multinomial' as const,
    level: 0.95,
  };
  test('names the method per metric; proportions get Tango, others the jackknife score interval', () => {
    const out = pairedDeltaIntervals({ ...options, metrics: ['accuracy', 'other'] });
    const acc = out.get('accuracy')!;
    const other = out.get('other')!;
    expect(acc.method).toBe('tango-score');
    expect(other.method).toBe('jackknife-score');
    const [low, high] = tangoInterval({ n: 100, gains: 2, losses: 6 });
    expect(acc).toMatchObject({ low, high });
    if (!('low' in other)) throw new Error('no interval');
    expect(other.low).toBeCloseTo(low, 2);
  });
  test('below 20 examples: no interval, with the reason', () => {
    const small = { ...problem, units: Float64Array.of(15, 2, 1, 1) };
    const out = pairedDeltaIntervals({ ...options, problem: small, metrics: ['accuracy', 'other'] });
    expect(out.get('accuracy')).toEqual({
      method: 'tango-score',
      reason: 'too few examples to bound this metric',
    });
    expect(out.get('other')).toEqual({
      method: 'jackknife-score',
      reason: 'too few examples to bound this metric',
    });
  });
});

describe('detectableDrop', () => {
  test('80% power at the drop it returns (score test, normal model)', () => {
    const n = 2000;
    const psi = 0.1;
    const alpha = 0.025;
    const d = detectableDrop({ method: 'tango-score', n, discordance: psi, alpha })!;
    const za = normalQuantile(1 - alpha);
    const power = normalCdf((d * Math.sqrt(n) - za * Math.sqrt(psi)) / Math.sqrt(psi - d * d));
    expect(power).toBeCloseTo(0.8, 9);
    // about (z_α + z_β)·√(ψ/n) for small drops
    expect(d).toBeCloseTo((za + normalQuantile(0.8)) * Math.sqrt(psi / n), 3);
  });
  test('bootstrap: (z_α + z_power)·se; too small a slice: null', () => {
    expect(detectableDrop({ method: 'bca-bootstrap', n: 500, se: 0.01, alpha: 0.025 })).toBeCloseTo(
      0.028016,
      5,
    );
    expect(detectableDrop({ method: 'tango-score', n: 10, discordance: 0.1, alpha: 0.025 })).toBeNull();
    expect(
      detectableDrop({ method: 'jackknife-score', n: 100, discordance: 0.1, step: 2, alpha: 0.025 }),
    ).toBeCloseTo(2 * detectableDrop({ method: 'tango-score', n: 100, discordance: 0.1, alpha: 0.025 })!, 12);
  });
});
