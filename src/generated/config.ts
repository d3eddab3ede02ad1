/* Generated from schema/evalgate.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Which slices a gate checks: all | overall | fields | crosses | labels, a list of slice keys such as ["language=de", "language=de,domain=billing"], {field: language} for every slice of a field, or {top: 5, by: support, field: label} for the largest slices of a field.
 */
export type SliceSelector =
  | ('all' | 'overall' | 'fields' | 'crosses' | 'labels')
  | [string, ...string[]]
  | {
      field: string;
      top?: number;
      by?: 'support';
    };
/**
 * picomatch globs over repository-relative paths, e.g. `models/**`.
 *
 * @minItems 1
 */
export type CheckGlobs = [string, ...string[]];
/**
 * A non-empty list of non-empty strings.
 *
 * @minItems 1
 */
export type CheckStrings = [string, ...string[]];
/**
 * Exactly one kind of requirement.
 */
export type CheckRequirement =
  | ChangedRequirementConfig
  | ChangelogRequirementConfig
  | PrBodyRequirementConfig
  | SectionsRequirementConfig
  | CardRequirementConfig;
/**
 * A path relative to the repository root.
 */
export type CheckPath = string;
/**
 * Documentation checks (`checks:`): each rule says what a PR must also change or contain when a condition holds.
 */
export type CheckRules = CheckRuleConfig[];

/**
 * evalgate configuration (.github/evalgate.yml), version 1.
 */
export interface EvalgateConfig {
  $schema?: string;
  /**
   * Config format version. Always 1.
   */
  version: 1;
  /**
   * The evaluation suites: one golden set and one predictions file each.
   *
   * @minItems 1
   */
  suites: [SuiteConfig, ...SuiteConfig[]];
  comparison?: ComparisonSettings;
  examples?: ExampleSettings;
  checks?: CheckRules;
  baseline?: BaselineSettings;
}
export interface SuiteConfig {
  /**
   * Unique suite name: letters, digits, '_', '.', '-'.
   */
  name: string;
  /**
   * Task family of the suite.
   */
  task: 'classification' | 'ranking' | 'generation' | 'spans' | 'scored';
  /**
   * Golden set file (.jsonl, .jsonl.gz, .csv or .json), relative to the config's project root.
   */
  golden: string;
  /**
   * Predictions file, in the same formats as the golden set.
   */
  predictions: string;
  /**
   * Training set file (.jsonl, .jsonl.gz, .csv or .json), relative to the project root: `evalgate validate` reports golden inputs that also occur in it (leakage). Its text field is fields.text.
   */
  train?: string;
  /**
   * Shell command that writes the predictions file; run before evaluating.
   */
  run?: string;
  /**
   * Override the format detected from the file extension.
   */
  format?: {
    golden?: 'jsonl' | 'csv' | 'json' | 'trec';
    predictions?: 'jsonl' | 'csv' | 'json' | 'trec';
  };
  fields?: FieldMapping;
  /**
   * The full class list. Default: the sorted union of golden labels, predicted labels and score keys. When given, any other label is an error.
   *
   * @minItems 2
   */
  labels?: [string | number, string | number, ...(string | number)[]];
  /**
   * Each example has a set of labels (arrays in the label and prediction fields).
   */
  multilabel?: boolean;
  /**
   * Binary tasks: the positive class for ROC-AUC and average precision. Default: the second label in sorted order.
   */
  positive_label?: string | number;
  /**
   * Golden-set fields to slice by; an array of fields is a cross (every combination of their values).
   */
  slices?: (string | [string, string] | [string, string, string] | [string, string, string, string])[];
  /**
   * Also report one slice per true class (one-vs-rest precision, recall, F1).
   */
  label_slices?: boolean;
  /**
   * Slices with fewer examples are reported as insufficient.
   */
  min_support?: number;
  /**
   * Most slices (overall, field values, crosses, label slices) a suite may have; more is an error before any metric is computed. Raise it for a deliberately fine-grained suite.
   */
  max_slices?: number;
  /**
   * Most distinct labels a suite may have (golden and predicted together); more is an error before any metric is computed.
   */
  max_labels?: number;
  /**
   * A golden example without a prediction: stop with an error, or count it as wrong and report coverage.
   */
  missing_predictions?: 'error' | 'count_as_wrong';
  /**
   * A prediction (or ranked query) whose id is not in the golden set: stop with an error naming its line, or leave it out and say how many in the suite's notes. Default: error; ranking: ignore, as trec_eval ignores run queries without judgements.
   */
  extra_predictions?: 'error' | 'ignore';
  /**
   * Metrics to compute (see the metric registry in the README). Default: accuracy, macro_f1, weighted_f1, micro_f1, per_class_f1, plus ece and brier when scores are given.
   *
   * @minItems 1
   */
  metrics?: [string, ...string[]];
  /**
   * k for top_k_accuracy.
   */
  top_k?: number;
  /**
   * Equal-width bins for ECE.
   */
  ece_bins?: number;
  /**
   * Store compact per-example records in the result so a later comparison can pair examples.
   */
  store_examples?: boolean;
  /**
   * Regression gates checked against the baseline result.
   */
  gates?: GateRule[];
  /**
   * advisory: report every verdict but never fail.
   */
  mode?: 'enforce' | 'advisory';
  /**
   * Default for the suite's gates: what a possible regression (significant alone, not after the correction across gates) does.
   */
  unconfirmed?: 'fail' | 'warn' | 'pass';
  /**
   * Default for the suite's gates: detect_harm fails on a shown regression; prove_safe passes only on a shown non-regression (see How evalgate decides).
   */
  burden?: 'detect_harm' | 'prove_safe';
  checks?: CheckRules;
  ranking?: RankingOptions;
  ops?: OpsOptions;
  spans?: SpanOptions;
  scored?: ScoredOptions;
}
/**
 * Names of the fields in the data files.
 */
export interface FieldMapping {
  /**
   * Example id, in both files.
   */
  id?: string;
  /**
   * True label in the golden set.
   */
  label?: string;
  /**
   * Predicted label in the predictions file.
   */
  prediction?: string;
  /**
   * Object of class -> probability in the predictions file (optional).
   */
  scores?: string;
  /**
   * task: generation. Reference text or array of reference texts in the golden set.
   */
  references?: string;
  /**
   * task: spans (tags). Optional token list in the golden set; tag sequences must match its length.
   */
  tokens?: string;
  /**
   * Input text in the golden and training sets, for golden-set hygiene (duplicates, leakage); task: spans (offsets): the text the golden spans must end within.
   */
  text?: string;
  /**
   * task: scored. Numeric score of a run in the predictions file.
   */
  score?: string;
  /**
   * task: scored. Pass/fail verdict of a run (true/false, "pass"/"fail" or 1/0).
   */
  verdict?: string;
  /**
   * task: scored. Run (repeat) identifier; several rows per example id, one per run.
   */
  run?: string;
}
export interface GateRule {
  /**
   * A scalar metric the suite computes.
   */
  metric: string;
  slices?: SliceSelector;
  /**
   * Higher-is-better metrics: the largest allowed fall. A number is in display units (points for proportions, e.g. 0.5 = 0.5 pts); "2%" is relative to the baseline value.
   */
  max_drop?: number | string;
  /**
   * Lower-is-better metrics (latency, cost, loss): the largest allowed rise, in display units (ms, $, raw) or "2%".
   */
  max_increase?: number | string;
  /**
   * Absolute floor on the head value (higher-is-better metrics), in display units like every threshold: points for proportions (85 = 85% accuracy).
   */
  min?: number;
  /**
   * Absolute ceiling on the head value (lower-is-better metrics), in display units: ms for latency (e.g. 300), points for proportions.
   */
  max?: number;
  severity?: 'fail' | 'warn';
  /**
   * Fail only when the regression is also statistically significant after correction across slices.
   */
  require_significance?: boolean;
  /**
   * strict: the whole confidence interval must lie beyond the tolerance.
   */
  confidence?: 'default' | 'strict';
  /**
   * What a possible regression does — beyond tolerance and significant on its own, but not after the correction across gates: fail, warn (the default) or pass (still listed). Overrides the suite's `unconfirmed`.
   */
  unconfirmed?: 'fail' | 'warn' | 'pass';
  /**
   * detect_harm (default): fail when a drop beyond tolerance is shown (significant after correction). prove_safe (non-inferiority): pass only when the interval shows the drop is within tolerance — for high-stakes releases. Overrides the suite's `burden`.
   */
  burden?: 'detect_harm' | 'prove_safe';
}
export interface CheckRuleConfig {
  /**
   * Unique name, shown in the report.
   */
  name: string;
  /**
   * `fail`: an unmet requirement fails the verdict; `warn`: it is only reported.
   */
  severity?: 'fail' | 'warn';
  when?: CheckCondition;
  unless?: CheckCondition;
  require: CheckRequirement;
}
/**
 * `when`: the rule applies only when this holds. `unless`: the rule is waived when it holds. Every key given must hold.
 */
export interface CheckCondition {
  changed?: CheckGlobs;
  /**
   * true: some suite's golden file changed in the PR; false: none did.
   */
  golden_changed?: boolean;
  /**
   * Some gated metric moved significantly against the baseline.
   */
  metrics?: 'changed';
  labels?: CheckStrings;
  /**
   * Every condition holds.
   *
   * @minItems 1
   */
  all?: [CheckCondition, ...CheckCondition[]];
  /**
   * At least one condition holds.
   *
   * @minItems 1
   */
  any?: [CheckCondition, ...CheckCondition[]];
}
/**
 * Some changed file matches one of these globs.
 */
export interface ChangedRequirementConfig {
  changed: CheckGlobs;
}
/**
 * A Keep a Changelog file that must gain an entry under `## [Unreleased]`.
 */
export interface ChangelogRequirementConfig {
  changelog: CheckPath;
}
/**
 * The PR description has these sections filled in and at least this many words.
 */
export interface PrBodyRequirementConfig {
  pr_body: {
    sections?: CheckStrings;
    /**
     * Words outside HTML comments, template placeholders and headings.
     */
    min_words?: number;
  };
}
/**
 * The file (at head) has all these headings (ATX or setext; case, markup and trailing punctuation ignored).
 */
export interface SectionsRequirementConfig {
  sections: {
    file: CheckPath;
    headings: CheckStrings;
  };
}
/**
 * The model card's `<!-- evalgate:metrics -->` … `<!-- /evalgate:metrics -->` block shows the head metrics; `result` names the result artifact to compare with (default: this run's head result).
 */
export interface CardRequirementConfig {
  card: {
    file: CheckPath;
    result?: CheckPath;
    /**
     * Absolute slack per value, on top of the rounding of the printed number.
     */
    tolerance?: number;
  };
}
/**
 * Options of a ranking suite (task: ranking). Its golden set is a TREC qrels file (.qrels, .txt, .trec, or format: trec) or JSONL with a query id, slice fields and judgements {docid: grade}; its predictions a TREC run file or JSONL with a query id and a ranked list [{docid, score}].
 */
export interface RankingOptions {
  /**
   * k of the default @k metrics (metrics listed explicitly may name any k).
   *
   * @minItems 1
   */
  cutoffs?: [number, ...number[]];
  /**
   * nDCG gain: the grade (trec_eval, sklearn) or 2^grade − 1.
   */
  gain?: 'linear' | 'exponential';
  /**
   * A judged document is relevant when its grade is at least this (trec_eval -l); nDCG uses the grades themselves.
   */
  relevance_level?: number;
  /**
   * A golden query without predictions: score 0 on every metric (trec_eval -c) or leave it out of the averages (trec_eval default).
   */
  missing_queries?: 'zero' | 'skip';
  /**
   * ndcg@k's ideal DCG: over all judged documents (trec_eval ndcg_cut) or over the retrieved list with tied scores averaged (sklearn ndcg_score).
   */
  ndcg?: 'trec' | 'sklearn';
  /**
   * With a TREC qrels golden file: a JSONL file of query records (id field plus slice fields).
   */
  queries?: string;
  /**
   * JSONL golden: the field holding {docid: grade}.
   */
  judgements_field?: string;
  /**
   * JSONL predictions: the field holding the ranked list [{docid, score}] (or docids in rank order).
   */
  ranking_field?: string;
}
/**
 * Operational metrics (p50/p95/p99_latency_ms, cost_per_1k) read from per-example fields of the predictions.
 */
export interface OpsOptions {
  /**
   * Per-example latency in milliseconds.
   */
  latency_field?: string;
  /**
   * Per-example cost (used when no prices are given).
   */
  cost_field?: string;
  input_tokens_field?: string;
  output_tokens_field?: string;
  /**
   * Cost from token counts: (input × input_per_million + output × output_per_million) / 1e6.
   */
  prices?: {
    input_per_million: number;
    output_per_million: number;
  };
}
/**
 * task: spans. How entities are read from the golden and predicted fields.
 */
export interface SpanOptions {
  /**
   * tags: one tag per token (BIO/BIOES); offsets: character spans {start, end, type} with end exclusive.
   */
  format?: 'tags' | 'offsets';
  /**
   * Tagging scheme of tag sequences.
   */
  scheme?: 'IOB2' | 'IOBES';
  /**
   * default: seqeval/conlleval chunking (an orphan I- starts an entity); strict: seqeval strict mode (entities must follow the scheme; an invalid golden sequence is an error).
   */
  mode?: 'default' | 'strict';
}
/**
 * task: scored. How judged scores and verdicts are read.
 */
export interface ScoredOptions {
  /**
   * A run without a verdict passes when its score is at least this value. Without it, pass_rate needs a verdict on every run.
   */
  pass_threshold?: number;
}
/**
 * How deltas are tested. The same inputs always give the same output.
 */
export interface ComparisonSettings {
  /**
   * Bootstrap resamples.
   */
  resamples?: number;
  /**
   * Two-sided confidence level of the intervals; a regression is significant at one-sided level (1 − confidence) / 2.
   */
  confidence?: number;
  seed?: number;
  /**
   * multinomial: draw resample counts over distinct per-example states (fast, exact in distribution); rows: resample row indices with the portable hash32 generator (matches the reference evaluator bit for bit).
   */
  method?: 'multinomial' | 'rows';
  /**
   * Error control across the gated slices of a suite: Holm (family-wise), Benjamini–Hochberg (false discovery rate) or none.
   */
  correction?: 'holm' | 'bh' | 'none';
}
/**
 * Which examples flipped between base and head, listed in the comparison and under each failing or unconfirmed slice of the report. Does not change any metric.
 */
export interface ExampleSettings {
  /**
   * Broken examples listed per gated slice (most severe first, then by id); 0 lists none (the counts stay).
   */
  top?: number;
  /**
   * Golden-record field whose text is shown beside each listed example. Default: the suite's fields.text, else `text` when the records have it.
   */
  excerpt_field?: string;
  /**
   * Characters of the excerpt shown (longer text is cut, with …).
   */
  excerpt_length?: number;
  /**
   * Regular expressions (JavaScript syntax, matched globally) whose matches in the excerpt are replaced by █ before it reaches the comparison, the comment or the job summary.
   */
  redact?: string[];
  /**
   * task: generation. An answer passes when its SQuAD token F1 reaches this; unset: when its exact match is 1.
   */
  f1_pass?: number;
}
/**
 * Where the action finds the base branch's result to compare a pull request with.
 */
export interface BaselineSettings {
  /**
   * artifact: the named artifact of the latest successful push run on the base branch (at the pull request's merge base, else its newest ancestor); file: a result JSON committed in the repository, read at the base commit; none: never compare (report head metrics only).
   */
  from?: 'artifact' | 'file' | 'none';
  /**
   * Artifact name the workflows upload the result under (from: artifact). Default: evalgate-result.
   */
  artifact?: string;
  /**
   * Workflow file name whose push runs hold the baseline artifact, e.g. evalgate-baseline.yml (default: any workflow's push runs; the artifact name picks the run).
   */
  workflow?: string;
  /**
   * Branch whose push runs publish the baseline (default: the pull request's base branch).
   */
  branch?: string;
  /**
   * Result JSON in the repository, relative to its root (from: file).
   */
  path?: string;
  /**
   * Fail when no baseline is found (default: report head metrics with the verdict 'no baseline' and pass).
   */
  required?: boolean;
  /**
   * What the pull_request job does when no baseline is found (no artifact, or it expired): none reports 'no baseline'; evaluate checks out the merge base in a git worktree and evaluates it there with the base branch's config and run: commands (never the pull request's), and compares with that. Not used by the workflow_run report of fork pull requests.
   */
  fallback?: 'none' | 'evaluate';
}
