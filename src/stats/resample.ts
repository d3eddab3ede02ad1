/**
 * Paired bootstrap over "units".
 *
 * A slice of n examples is grouped into U units (distinct per-example states, e.g. the triple
 * (true label, base prediction, head prediction) for classification, or one row each) with multiplicities
 * m[u], sum m = n. A bootstrap resample of the n rows is then fully described by a weight vector w over
 * units (how many copies of each unit were drawn, sum w = n), and any statistic of the resampled rows is a
 * function of w. Both models are evaluated on the same w, which makes the bootstrap paired.
 *
 * Two ways to draw w:
 * - 'multinomial': w ~ Multinomial(n, m/n) by conditional binomials, O(U) per resample whatever n. Same
 *   distribution as row resampling, different random stream;
 * - 'hash32-rows': the refbench row-index resample (rows in golden order) folded into unit weights, O(n)
 *   per resample, draw-for-draw identical to `ref_eval.py --rng hash32`.
 */
import { binomialDraw } from './binomial.js';
import { fillPoissonMultinomial, planPoissonMultinomial } from './poisson-multinomial.js';
import { hash32Indices, resampleUniform, type Uniform } from './rng.js';

/** From this many units on, multinomial resamples are drawn by Poissonisation (see poisson-multinomial.ts). */
export const POISSON_MIN_UNITS = 64;

/**
 * Statistic of a resample: unit weights in, one value per tracked delta out (e.g. [Δ macro-F1, Δ accuracy]).
 * The weights array may be reused by the caller after the call returns: copy it if you keep it.
 */
export type DeltaStatistic = (weights: Float64Array) => Float64Array;

export const RESAMPLE_METHODS = ['multinomial', 'hash32-rows'] as const;
export type ResampleMethod = (typeof RESAMPLE_METHODS)[number];

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_SEED = 12345;

/** Unit indices by decreasing multiplicity (ties by index): the conditional-binomial order. */
export function unitOrderLargestFirst(m: Float64Array): Uint32Array {
  const order = Uint32Array.from({ length: m.length }, (_, i) => i);
  return order.sort((i, j) => m[j] - m[i] || i - j);
}

/**
 * One Multinomial(n, m/n) draw: w[u_1] ~ Bin(n, m_1/n), then w[u_k] ~ Bin(n − Σ drawn, m_k / Σ remaining m),
 * visiting units in `order` (largest first by default, so the remaining n shrinks fastest). The last unit
 * with positive mass takes whatever is left. Cost O(U) binomial draws, each O(1) expected. Written into
 * `w` (a resample loop reuses one array) and returned.
 */
export function multinomialWeights(
  m: Float64Array,
  n: number,
  uniform: Uniform,
  order: Uint32Array = unitOrderLargestFirst(m),
  w: Float64Array = new Float64Array(m.length),
): Float64Array {
  w.fill(0);
  let trialsLeft = n;
  let massLeft = 0;
  for (let i = 0; i < m.length; i++) massLeft += m[i];
  for (let i = 0; i < order.length && trialsLeft > 0; i++) {
    const u = order[i];
    const mass = m[u];
    if (mass <= 0) continue;
    const draw = mass >= massLeft ? trialsLeft : binomialDraw(trialsLeft, mass / massLeft, uniform);
    w[u] = draw;
    trialsLeft -= draw;
    massLeft -= mass;
  }
  return w;
}

/**
 * The refbench hash32 row resample `b` of slice `sliceName` as unit weights: row idx[i] of the slice (rows
 * in golden order) adds 1 to w[rowUnit[idx[i]]], with n = rowUnit.length.
 */
export function hash32RowWeights(
  rowUnit: Uint32Array,
  unitCount: number,
  sliceName: string,
  seed: number,
  b: number,
): Float64Array {
  for (let i = 0; i < rowUnit.length; i++) {
    if (rowUnit[i] >= unitCount)
      throw new RangeError(`rowUnit[${i}] = ${rowUnit[i]} is not a unit index below ${unitCount}`);
  }
  const w = new Float64Array(unitCount);
  fillHash32RowWeights(w, rowUnit, sliceName, seed, b);
  return w;
}

function fillHash32RowWeights(
  w: Float64Array,
  rowUnit: Uint32Array,
  sliceName: string,
  seed: number,
  b: number,
): void {
  w.fill(0);
  const idx = hash32Indices(seed, sliceName, b, rowUnit.length);
  for (let i = 0; i < idx.length; i++) w[rowUnit[idx[i]]] += 1;
}

export interface PairedBootstrapOptions {
  /** Multiplicity m[u] of each unit (non-negative integers); n = sum of m. */
  readonly units: Float64Array;
  /** Deltas of a (re)sample from its unit weights; called once with m itself for the point estimate. */
  readonly evaluate: DeltaStatistic;
  /** Number of resamples B (default 1000). */
  readonly resamples?: number;
  /** Seed shared by all slices (default 12345). */
  readonly seed?: number;
  /** Slice name; it keys the random stream, so every slice gets its own. */
  readonly sliceName: string;
  readonly method: ResampleMethod;
  /** 'hash32-rows' only: unit of each row of the slice, rows in golden order (length n). */
  readonly rowUnit?: Uint32Array;
}

export interface PairedBootstrapResult {
  /** evaluate(m): the deltas on the full slice. */
  readonly point: Float64Array;
  /** samples[d][b] = delta d on resample b. */
  readonly samples: Float64Array[];
}

/**
 * Paired bootstrap of the deltas computed by `evaluate`. Resample b of slice s uses its own stream
 * (multinomial: `resampleUniform(seed, s, b)`; hash32-rows: the refbench key of (seed, s, b)), so results
 * depend only on the inputs, never on call order or on other slices.
 */
export function pairedBootstrap(options: PairedBootstrapOptions): PairedBootstrapResult {
  const { units: m, evaluate, sliceName, method, rowUnit } = options;
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer but got '${resamples}'`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 2^32) but got '${seed}'`);
  }
  const n = totalMultiplicity(m);
  const weights = new Float64Array(m.length);
  const drawWeights = weightDrawer(method, weights, m, n, rowUnit, sliceName, seed);

  const point = Float64Array.from(evaluate(Float64Array.from(m)));
  const samples = Array.from({ length: point.length }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    drawWeights(b);
    const deltas = evaluate(weights);
    if (deltas.length !== point.length) {
      throw new Error(
        `evaluate returned ${deltas.length} deltas on resample ${b} of '${sliceName}' but ${point.length} on the full slice`,
      );
    }
    for (let d = 0; d < deltas.length; d++) samples[d][b] = deltas[d];
  }
  return { point, samples };
}

/** Fills `weights` with resample b of the chosen method. */
function weightDrawer(
  method: ResampleMethod,
  weights: Float64Array,
  m: Float64Array,
  n: number,
  rowUnit: Uint32Array | undefined,
  sliceName: string,
  seed: number,
): (b: number) => void {
  if (method === 'multinomial') {
    // Many units (hundreds and up): Poissonised multinomial, cheaper per unit; few: conditional binomials.
    if (m.length >= POISSON_MIN_UNITS) {
      const plan = planPoissonMultinomial(m, n);
      return (b) => fillPoissonMultinomial(weights, plan, resampleUniform(seed, sliceName, b));
    }
    const order = unitOrderLargestFirst(m);
    return (b) => multinomialWeights(m, n, resampleUniform(seed, sliceName, b), order, weights);
  }
  if (method !== 'hash32-rows') {
    throw new Error(`method must be one of ${RESAMPLE_METHODS.join(', ')} but got '${String(method)}'`);
  }
  const rows = checkRowUnits(rowUnit, m, n);
  return (b) => fillHash32RowWeights(weights, rows, sliceName, seed, b);
}

function totalMultiplicity(m: Float64Array): number {
  let n = 0;
  for (let u = 0; u < m.length; u++) {
    const mu = m[u];
    if (!Number.isInteger(mu) || mu < 0) {
      throw new RangeError(`unit multiplicities must be non-negative integers but m[${u}] is '${mu}'`);
    }
    n += mu;
  }
  if (n < 1)
    throw new RangeError('a bootstrap needs at least one example but the unit multiplicities sum to 0');
  return n;
}

function checkRowUnits(rowUnit: Uint32Array | undefined, m: Float64Array, n: number): Uint32Array {
  if (rowUnit === undefined) throw new Error(`method 'hash32-rows' needs rowUnit (the unit of each row)`);
  if (rowUnit.length !== n) {
    throw new Error(`rowUnit has ${rowUnit.length} rows but the unit multiplicities sum to ${n}`);
  }
  const counts = new Float64Array(m.length);
  for (let i = 0; i < rowUnit.length; i++) {
    const u = rowUnit[i];
    if (u >= m.length) throw new RangeError(`rowUnit[${i}] = ${u} is not a unit index below ${m.length}`);
    counts[u] += 1;
  }
  for (let u = 0; u < m.length; u++) {
    if (counts[u] !== m[u])
      throw new Error(`unit ${u} has ${counts[u]} rows in rowUnit but multiplicity ${m[u]}`);
  }
  return rowUnit;
}
