/** Statistics engine of the paired comparison: seeded resampling, bootstrap summaries, multiplicity control. */
export {
  createUniform,
  fnv1a32,
  hash32Index,
  hash32Indices,
  hash32ResampleKey,
  lowbias32,
  resampleUniform,
} from './rng.js';
export type { Uniform } from './rng.js';
export { binomialDraw, sampleBinomial } from './binomial.js';
export {
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  RESAMPLE_METHODS,
  hash32RowWeights,
  multinomialWeights,
  pairedBootstrap,
  unitOrderLargestFirst,
} from './resample.js';
export type {
  DeltaStatistic,
  PairedBootstrapOptions,
  PairedBootstrapResult,
  ResampleMethod,
} from './resample.js';
export { groupUnits } from './units.js';
export type { Units } from './units.js';
export { classificationDeltaStatistic, classificationUnits, macroF1FromConfusion } from './confusion.js';
export type { ClassificationUnits } from './confusion.js';
export { normalCdf, normalPdf } from './normal.js';
export {
  benjaminiHochberg,
  holm,
  mean,
  normalPValueBelowZero,
  pairwiseSum,
  percentile,
  percentileInterval,
  percentilePValueBelowZero,
  quantileSorted,
  sortedCopy,
  standardDeviation,
  summarizeDelta,
} from './summary.js';
export type { DeltaSummary } from './summary.js';
export { normalQuantile } from './normal-quantile.js';
export { discordanceOf, tangoInterval, tangoPBelowZero, tangoScore } from './paired-score.js';
export type { Discordance, PairedOutcomes } from './paired-score.js';
export { ACCELERATION_GROUPS, JACKKNIFE_MAX_UNITS, accelerationOf, bcaSummary, jackknife } from './bca.js';
export type { BcaSummary } from './bca.js';
export { MIN_PAIRS, TOO_FEW, describeMethod, pairedDeltaIntervals } from './slice-intervals.js';
export type {
  DeltaInterval,
  IntervalMethod,
  NoDeltaInterval,
  PairedUnitProblem,
  SliceIntervalOptions,
} from './slice-intervals.js';
export { linearizedScore } from './linearized-score.js';
export type { LinearizedScore } from './linearized-score.js';
export { detectableDrop } from './detectable.js';
export type { DetectableDropOptions } from './detectable.js';
