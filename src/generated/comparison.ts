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

/**
 * An evalgate comparison of a head result with a baseline result: per-slice deltas, bootstrap intervals for gated metrics, and gate verdicts with reasons. Deterministic: the same inputs give byte-identical files.
 */
export interface Comparison {
  $schema?: string;
  kind: 'evalgate-comparison';
  schema_version: 1;
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
   * One-sided p-value of 'head is worse', from the bootstrap standard error.
   */
  p_value: number | null;
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
