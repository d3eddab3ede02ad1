/** Statistics engine of the paired comparison: seeded resampling, bootstrap summaries, multiplicity control. */
export * from './rng.js';
export * from './binomial.js';
export * from './resample.js';
export * from './units.js';
export * from './confusion.js';
export * from './normal.js';
export * from './summary.js';
export * from './normal-quantile.js';
export * from './paired-score.js';
export * from './bca.js';
export * from './slice-intervals.js';
export * from './linearized-score.js';
export * from './detectable.js';
