/* Generated from schema/result.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Sufficient statistics; every numeric field merges across shards by addition.
 */
export type SliceStats =
  | SingleLabelStatsJson
  | MultilabelStatsJson
  | LabelSliceStatsJson
  | RankingStatsJson
  | GenerationStatsJson
  | SpanStatsJson
  | ScoredStatsJson;

/**
 * An evalgate result artifact: per-suite, per-slice metrics with their mergeable sufficient statistics and compact per-example records for paired comparison.
 */
export interface EvalgateResult {
  $schema?: string;
  kind: 'evalgate-result';
  /**
   * 2 (written since evalgate added `history`); version 1 files are still read.
   */
  schema_version: 1 | 2;
  tool: {
    name: 'evalgate';
    version: string;
    /**
     * Version of the metric definitions; results with different versions are not comparable.
     */
    metric_definitions: number;
  };
  created_at: string;
  git?: {
    sha: string;
    ref?: string | null;
  } | null;
  config_fingerprint: string;
  suites: SuiteResult[];
  /**
   * The baselines before this result on its branch, oldest first (at most 10 kept): each one's overall metric values, or why it was skipped. Written by the push run that produced this result, so a pull request comparing with it draws the trend without fetching them again.
   *
   * @maxItems 50
   */
  history?: HistoryPoint[];
  shard?: ShardRun;
}
export interface SuiteResult {
  /**
   * The suite's name (no line breaks, angle brackets, backticks or pipes: it is shown in reports).
   */
  name: string;
  task: 'classification' | 'ranking' | 'generation' | 'spans' | 'scored';
  task_type:
    | 'binary'
    | 'multiclass'
    | 'multilabel'
    | 'ranking'
    | 'generation'
    | 'spans-tags'
    | 'spans-offsets'
    | 'judged';
  /**
   * Hash of everything that defines the metrics (task, fields, labels, options, metric-definition version). Equal fingerprints mean the numbers are comparable.
   */
  definition_fingerprint: string;
  golden: {
    path: string;
    n: number;
    /**
     * Order-independent hash of the records as loaded (id, label, slice fields).
     */
    fingerprint: string;
  };
  predictions: {
    path: string;
    n: number;
    matched: number;
    /**
     * Golden examples without a prediction (counted as wrong).
     */
    missing: number;
    coverage: number;
  };
  labels: string[];
  positive_label?: string | null;
  min_support: number;
  /**
   * Metric names as the registry spells them.
   */
  metrics: string[];
  slice_fields?: (string | string[])[];
  slices: SliceResult[];
  examples?: ExampleRecords;
  /**
   * For each slice field, its values in the order of the field.<name> example column's codes.
   */
  slice_values?: {
    [k: string]: string[];
  };
  /**
   * Things the reader should know about this evaluation (policies applied, e.g. invalid predicted tag sequences).
   */
  notes?: string[];
  flaky?: FlakyExamples;
  shard?: ShardSuite;
}
export interface SliceResult {
  key: string;
  kind: 'overall' | 'field' | 'cross' | 'label';
  fields: {
    [k: string]: string;
  };
  /**
   * Examples in the slice (label slices: the class's true support).
   */
  n: number;
  /**
   * n is below min_support: reported, never gated.
   */
  insufficient: boolean;
  metrics: {
    [k: string]: number | null;
  };
  per_class?: {
    label: string;
    precision: number;
    recall: number;
    f1: number;
    support: number;
  }[];
  confusion_matrix?: number[][];
  stats?: SliceStats;
  ops?: OpsStatsJson;
}
export interface SingleLabelStatsJson {
  family: 'classification';
  k: number;
  n: number;
  /**
   * k × (k+1) row-major; row = true class, last column = no prediction.
   */
  confusion: number[];
  scored?: {
    n: number;
    bin_count: number[];
    bin_confidence: number[];
    bin_correct: number[];
    brier_sum: number;
    log_loss_sum: number;
    top_k_hits: number;
    ranking?: {
      scores: number[];
      positives: number[];
      negatives: number[];
    }[];
  };
}
export interface MultilabelStatsJson {
  family: 'classification-multilabel';
  k: number;
  n: number;
  exact: number;
  tp: number[];
  fp: number[];
  fn: number[];
  samples_precision_sum: number;
  samples_recall_sum: number;
  samples_f1_sum: number;
}
/**
 * A label slice's metrics are one-vs-rest metrics of one class computed from another slice's statistics.
 */
export interface LabelSliceStatsJson {
  family: 'label-slice';
  of: string;
  class: number;
}
/**
 * A ranking slice: per metric, the sum of per-query values and the number of queries averaged (both merge by addition). Per-query values are stored as example columns m.<metric> (f64, NaN when the query is not averaged); operational metrics as ops.latency_ms and ops.cost (f64, NaN without a prediction).
 */
export interface RankingStatsJson {
  family: 'ranking';
  /**
   * Golden queries in the slice.
   */
  queries: number;
  sums: {
    [k: string]: number;
  };
  counts: {
    [k: string]: number;
  };
}
/**
 * Sums over the slice's examples: SQuAD EM/F1 and ROUGE F-measures per example, BLEU and chrF n-gram counts (corpus metrics are computed from the sums).
 */
export interface GenerationStatsJson {
  family: 'generation';
  n: number;
  squad_em_sum: number;
  squad_f1_sum: number;
  rouge1_sum: number;
  rouge2_sum: number;
  rougeL_sum: number;
  bleu: {
    hyp_length: number;
    ref_length: number;
    matches: number[];
    totals: number[];
  };
  chrf: {
    hyp_counts: number[];
    ref_counts: number[];
    matches: number[];
  };
}
/**
 * Entity counts per type (in the suite's labels order), summed over the slice's sentences.
 */
export interface SpanStatsJson {
  family: 'spans';
  n: number;
  tp: number[];
  fp: number[];
  fn: number[];
}
/**
 * Per-example means over runs, summed: score_sum over the examples with a score, pass_sum (pass fraction) over the examples with a verdict; score_values/score_counts: the distinct per-example mean scores and how many examples have each (for quantiles; merge by adding counts of equal values).
 */
export interface ScoredStatsJson {
  family: 'scored';
  n: number;
  runs: number;
  scored: number;
  score_sum: number;
  judged: number;
  pass_sum: number;
  flaky: number;
  score_values: number[];
  score_counts: number[];
}
/**
 * Operational statistics of a slice: exact latency value counts (merge by adding counts of equal values) and the cost sum and count.
 */
export interface OpsStatsJson {
  latency?: {
    /**
     * Distinct latencies (ms), ascending.
     */
    values: number[];
    /**
     * Examples with each latency.
     */
    counts: number[];
  };
  cost?: {
    sum: number;
    count: number;
  };
}
/**
 * Compact per-example records in golden-file order, for paired comparison. Columns: truth, pred (class indices, -1 = no prediction), golden (u32 hash of the example's golden content, to detect relabelled examples), field.<name> (code of the example's value in slice_values[name]), and per-example metric terms (confidence, brier, log_loss) when those metrics are computed.
 */
export interface ExampleRecords {
  n: number;
  ids: string[];
  columns: {
    [k: string]: Column;
  };
}
/**
 * Per-example values as a typed array (little-endian) in base64: `width` values an example.
 */
export interface Column {
  dtype: 'u8' | 'u16' | 'u32' | 'i16' | 'i32' | 'f32' | 'f64';
  /**
   * Values per example (default 1).
   */
  width?: number;
  data: string;
}
/**
 * task: scored. Examples whose verdict differs across runs (some runs pass, some fail).
 */
export interface FlakyExamples {
  count: number;
  /**
   * Examples with a verdict on two or more runs.
   */
  repeated: number;
  /**
   * Up to 50 flaky examples, closest to a coin flip first.
   */
  examples: {
    id: string;
    runs: number;
    passes: number;
    mean_score: number | null;
    /**
     * Sample standard deviation of the run scores (null with one scored run).
     */
    spread: number | null;
  }[];
}
/**
 * A suite of a partial result: the whole golden set's size and id fingerprint (equal in every shard of one run), the family's data the merge combines, and the shard's examples as the merge reads them: ids; rows (u32: each example's row in the golden set, the merge's golden order); golden (u32: each example's golden-content hash); fields (slice-value codes); columns (the family's per-example rows). The merge scatters them back to golden order and runs the family's aggregation over them.
 */
export interface ShardSuite {
  golden_n: number;
  golden_ids: string;
  /**
   * The family's data beside the rows. spans: types (the golden set's and this shard's predicted entity types, sorted), goldTypes (the golden set's), invalid (predicted sequences breaking the scheme). classification: labels, note (on predicted labels outside the label space), positive (class index).
   */
  meta: {
    types?: string[];
    goldTypes?: string[];
    invalid?: number;
    labels?: string[];
    note?: string | null;
    positive?: number | null;
  };
  /**
   * Predictions this shard owns whose id is not in the golden set (extra_predictions: ignore).
   */
  extra?: {
    count: number;
    first: string;
    line: number;
    file: string;
  };
  /**
   * Examples this shard holds (the length of ids, rows and every column).
   */
  n: number;
  /**
   * The examples' ids: the UTF-8 bytes of their JSON array without its brackets (JSON.stringify(ids).slice(1, -1)), in base64. The merge checks and copies them as bytes.
   */
  ids: string;
  rows: Column;
  golden: Column;
  /**
   * Per slice field: each example's code in slice_values[field].
   */
  fields: {
    [k: string]: Column;
  };
  /**
   * The family's per-example rows, by name (classification: truth, pred, scored, conf, brier, log_loss, hit; ranking: m.<metric>; spans: counts; scored: runs, run_score, run_pass, …; ops.* for latency and cost).
   */
  columns: {
    [k: string]: Column;
  };
}
export interface HistoryPoint {
  sha: string;
  /**
   * The workflow run that uploaded this baseline.
   */
  run_id: number | null;
  run_number: number | null;
  created_at?: string | null;
  /**
   * @maxItems 100
   */
  suites?: {
    name: string;
    /**
     * The suite's overall-slice metric values.
     */
    metrics: {
      [k: string]: number | null;
    };
  }[];
  /**
   * Why this baseline has no values (its artifact expired, could not be read).
   */
  skipped?: string;
}
/**
 * Set on a partial result written by `evalgate evaluate --shard i/n`: it holds only the examples whose id hashes to shard `index` of `count`. `evalgate merge` combines the partial results of every shard into the result of the whole run; a partial result is never compared, and its suites keep their per-example data in `shard`, not `examples`.
 */
export interface ShardRun {
  index: number;
  count: number;
  /**
   * How ids are assigned: FNV-1a over the id's UTF-8 bytes, lowbias32, modulo count, plus one.
   */
  hash: 'fnv1a32-lowbias32-mod';
  /**
   * Layout of the partial result's per-example data (the suites' `shard`). 2: ids as one byte string, typed columns; a partial result of another layout is refused (evaluate the shards again with this evalgate).
   */
  format: 2;
}
