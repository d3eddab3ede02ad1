/* Generated from schema/comparison.schema.json by scripts/gen-types.mjs. Do not edit. */

export type SuiteVerdict = 'pass' | 'warn' | 'fail' | 'not_comparable';
/**
 * unconfirmed: beyond tolerance and significant on its own, but not after the correction across gates (a possible regression).
 */
export type Verdict =
  | 'pass'
  | 'warn'
  | 'fail'
  | 'unconfirmed'
  | 'insufficient_data'
  | 'not_comparable'
  | 'new_slice'
  | 'missing_slice';
export type ReliabilityBin = {
  n: number;
  confidence: number;
  accuracy: number;
} | null;

/**
 * An evalgate comparison of a head result with a baseline result: per-slice deltas, bootstrap intervals for gated metrics, and gate verdicts with reasons. Deterministic: the same inputs give byte-identical files.
 */
export interface Comparison {
  $schema?: string;
  kind: 'evalgate-comparison';
  /**
   * 2 adds the suites' `trend` and `reliability`; version 1 files are still read.
   */
  schema_version: 1 | 2;
  tool: {
    name: 'evalgate';
    version: string;
  };
  base: Side;
  head: Side;
  settings: {
    resamples: number;
    confidence: number;
    seed: number;
    method: 'multinomial' | 'rows';
    correction: 'holm' | 'bh' | 'none';
  };
  /**
   * Overall: fail if any enforced suite fails, else warn if any gate warns, else pass.
   */
  verdict: 'pass' | 'warn' | 'fail' | 'not_comparable';
  /**
   * The overall verdict in one sentence.
   */
  summary: string;
  suites: SuiteComparison[];
}
export interface Side {
  created_at: string;
  git: {
    sha: string;
    ref?: string | null;
  } | null;
  config_fingerprint: string;
}
export interface SuiteComparison {
  name: string;
  task: string;
  mode: 'enforce' | 'advisory';
  verdict: SuiteVerdict;
  comparable: boolean;
  /**
   * Why the suite is not comparable, or what the comparison had to do (golden set changed, unpaired fallback…), in words.
   */
  notes: string[];
  /**
   * paired: examples matched by id on both sides; unpaired: intervals from each side's sufficient statistics; none: no intervals.
   */
  pairing: 'paired' | 'unpaired' | 'none';
  golden: {
    same: boolean;
    base_n: number;
    head_n: number;
    /**
     * Examples compared: same id and same golden content on both sides.
     */
    shared: number;
    added: number;
    removed: number;
    relabelled: number;
    examples?: {
      added?: string[];
      removed?: string[];
      relabelled?: string[];
    };
  };
  slices: SliceComparison[];
  gates: GateResult[];
  /**
   * Paired comparisons only: for each gated slice and the overall population, which examples went right → wrong (broken), wrong → right (fixed) or stayed wrong, and the worst broken ones.
   */
  flips?: SliceFlips[];
  /**
   * Why the examples that flipped cannot be told (no per-example records, unpaired, or this family's per-example columns are not stored).
   */
  flips_unavailable?: string;
  trend?: Trend;
  reliability?: Reliability;
}
export interface SliceComparison {
  key: string;
  kind: 'overall' | 'field' | 'cross' | 'label';
  base_n: number | null;
  head_n: number | null;
  metrics: {
    [k: string]: {
      base: number | null;
      head: number | null;
      /**
       * head − base.
       */
      delta: number | null;
      /**
       * (head − base) / |base|.
       */
      relative: number | null;
    };
  };
}
export interface GateResult {
  /**
   * Index in the suite's gates list.
   */
  gate: number;
  metric: string;
  /**
   * The gate in words.
   */
  rule: string;
  severity: 'fail' | 'warn';
  slice: string;
  verdict: Verdict;
  reason: string;
  base: number | null;
  head: number | null;
  delta: number | null;
  /**
   * How much worse head is, in the metric's scale (base − head for higher-is-better).
   */
  worsening: number | null;
  /**
   * Allowed worsening in the metric's scale (relative tolerances resolved against base).
   */
  tolerance: number | null;
  /**
   * Confidence interval of delta (head − base).
   *
   * @minItems 2
   * @maxItems 2
   */
  ci: [number, number] | null;
  /**
   * One-sided p-value of 'head is worse', consistent with ci (the interval at level 1 − 2α excludes zero exactly when p_value < α).
   */
  p_value: number | null;
  /**
   * How ci and p_value were computed, e.g. 'Tango score interval' or 'BCa bootstrap, 1000 resamples'; present whenever an interval was attempted (also when the slice was too small to bound the metric).
   */
  interval_method?: string;
  /**
   * After correction across the suite's gated slices.
   */
  p_adjusted: number | null;
  significant: boolean | null;
  beyond_tolerance: boolean | null;
  base_n: number | null;
  head_n: number | null;
  /**
   * What the verdict does to the suite: fail, warn (⚠️), pass, or not_gated (nothing was tested on this slice).
   */
  outcome: 'fail' | 'warn' | 'pass' | 'not_gated';
  /**
   * detect_harm: fail on a drop beyond tolerance that is significant after correction; prove_safe: pass only when the interval shows the drop is within tolerance.
   */
  burden: 'detect_harm' | 'prove_safe';
  /**
   * What an unconfirmed drop does to the suite.
   */
  on_unconfirmed: 'fail' | 'warn' | 'pass';
  /**
   * Smallest worsening this slice fails with 80% power at the corrected level (metric scale), from the bootstrap standard error; null when no interval was computed.
   */
  detectable_drop: number | null;
  /**
   * True when this slice cannot confirm a drop the size of its tolerance with 80% power at the corrected level.
   */
  underpowered: boolean | null;
  /**
   * About how many examples this slice needs to confirm a drop the size of its tolerance with 80% power (from the standard error's 1/√n scaling).
   */
  needed_n: number | null;
}
export interface SliceFlips {
  slice: string;
  /**
   * The slice's gated metric (null: the overall slice, not gated).
   */
  metric?: string | null;
  /**
   * What 'broken' means for this family and slice, in words.
   */
  definition: string;
  /**
   * Examples of the slice on both sides (same id, same golden content).
   */
  paired: number;
  /**
   * Paired examples the definition applies to (a label slice counts only its class's examples; examples without a verdict are not counted).
   */
  counted: number;
  /**
   * Wrong on base, right on head.
   */
  fixed: number;
  /**
   * Right on base, wrong on head.
   */
  broken: number;
  /**
   * Wrong on both sides.
   */
  still_wrong: number;
  /**
   * The first examples.top broken examples, most severe first, then by id.
   */
  examples: FlippedExample[];
  /**
   * Label slices (single-label classification): other classes' examples the head newly predicts as the class (added; the first ones by id listed) and those the base did but the head no longer does (removed). They move the class's precision and F1 while none of its own examples breaks.
   */
  false_positives?: {
    added: number;
    removed: number;
    examples: FlippedExample[];
  };
  /**
   * Single-label classification: the (true, predicted) label pairs whose count grew most, base → head.
   */
  confusion_shifts?: {
    truth: string;
    /**
     * (none): no prediction.
     */
    predicted: string;
    base: number;
    head: number;
  }[];
}
export interface FlippedExample {
  id: string;
  /**
   * The start of the example's examples.excerpt_field from the head golden set, with examples.redact applied and cut to examples.excerpt_length characters; null when not read.
   */
  excerpt: string | null;
  /**
   * The true label(s) or entity count, in words (null when the family has none to show).
   */
  truth: string | null;
  /**
   * Base's prediction or per-example score, in words.
   */
  base: string;
  /**
   * Head's prediction or per-example score, in words.
   */
  head: string;
  /**
   * How badly it broke (classification: 1; spans: entities lost; generation: F1 lost; ranking: value lost; scored: pass fraction lost).
   */
  severity: number;
  /**
   * The example's value of every slice field.
   */
  slice_values: {
    [k: string]: string;
  };
}
/**
 * The suite's gated metrics (overall slice) over the last baselines on the base branch, oldest first, the compared baseline last; from the baseline result's `history`.
 */
export interface Trend {
  baselines: {
    sha: string;
    run_number: number | null;
    created_at: string | null;
  }[];
  /**
   * Earlier baselines with no values, and why.
   */
  skipped: {
    sha: string;
    run_number: number | null;
    reason: string;
  }[];
  metrics: {
    metric: string;
    /**
     * One per baseline, in the order of `baselines`.
     */
    values: (number | null)[];
    head: number | null;
  }[];
}
/**
 * Calibration of the top score on one slice, per equal-width confidence bin (lo, hi]: examples, mean confidence and accuracy on each side (null: no example in the bin); bins empty on both sides are left out. From the results' mergeable bin sums.
 */
export interface Reliability {
  slice: string;
  bins: {
    lo: number;
    hi: number;
    base: ReliabilityBin;
    head: ReliabilityBin;
  }[];
}
