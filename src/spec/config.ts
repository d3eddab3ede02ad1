import type { RecordFormat } from '../io/records.js';
import type { SliceEntry } from './slices.js';
import type { TaskName } from './tasks.js';
import type { ResolvedGate } from './gates.js';
import type { BaselineSettings, ComparisonSettings } from '../generated/config.js';
import type { OpsSpec, ResolvedRanking } from './tasks.js';
import type { CheckRule } from './checks.js';
import type { ResolvedExampleSettings } from './examples.js';

/** A suite with every default applied and paths resolved: what the core evaluates. */
export interface ResolvedSuite {
  readonly name: string;
  readonly task: TaskName;
  /** Absolute paths for reading; `display` paths (relative to the project root) for messages and results. */
  readonly golden: { readonly path: string; readonly display: string; readonly format?: RecordFormat };
  readonly predictions: { readonly path: string; readonly display: string; readonly format?: RecordFormat };
  readonly run?: string;
  /** Training set for the leakage check of golden-set hygiene. */
  readonly train?: { readonly path: string; readonly display: string; readonly format?: RecordFormat };
  readonly fields: {
    readonly id: string;
    readonly label: string;
    readonly prediction: string;
    readonly scores?: string;
    /** Input text of golden and training records, for golden-set hygiene and spans offsets; absent: `text` if present. */
    readonly text?: string;
    /** Set on the suites of the family that reads them (defaults applied). generation: */
    readonly references?: string;
    /** spans: optional token list the tags must fit. */
    readonly tokens?: string;
    /** scored: a run's score, verdict and run name. */
    readonly score?: string;
    readonly verdict?: string;
    readonly run?: string;
  };
  readonly labels?: readonly string[];
  readonly multilabel: boolean;
  readonly positiveLabel?: string;
  readonly slices: readonly SliceEntry[];
  readonly labelSlices: boolean;
  readonly minSupport: number;
  /** Most slices and labels the suite may have (checked before metrics are computed). */
  readonly maxSlices: number;
  readonly maxLabels: number;
  readonly missingPredictions: 'error' | 'count_as_wrong';
  /** A prediction whose id is not in the golden set: stop with an error, or leave it out and note the count. */
  readonly extraPredictions: 'error' | 'ignore';
  readonly metrics: readonly string[];
  readonly topK: number;
  readonly eceBins: number;
  readonly storeExamples: boolean;
  readonly gates: readonly ResolvedGate[];
  /** advisory: every verdict is reported, the gate never fails. */
  readonly mode: 'enforce' | 'advisory';
  /** task: ranking — its options. A TREC golden or predictions file has no `format`. */
  readonly ranking?: ResolvedRanking;
  /** Operational fields read from the predictions, when the suite computes latency or cost metrics. */
  readonly ops?: OpsSpec;
  /** Documentation checks of this suite (severity defaulted; always set by loadConfig); they see only its golden file. */
  readonly checks?: readonly CheckRule[];
  /** task: spans. */
  readonly spans: {
    readonly format: 'tags' | 'offsets';
    readonly scheme: 'IOB2' | 'IOBES';
    readonly mode: 'default' | 'strict';
  };
  /** task: scored. */
  readonly scored: { readonly passThreshold?: number };
  /** `evaluate --shard i/n`: evaluate only the examples this shard owns (tasks/shard-rows.ts). */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Comparison settings with defaults applied. */
export type ResolvedComparisonSettings = Required<ComparisonSettings>;

export interface ResolvedConfig {
  /** The config file as given (for messages). */
  readonly file: string;
  /** Directory that relative paths in the config are resolved against. */
  readonly root: string;
  readonly suites: readonly ResolvedSuite[];
  readonly comparison: ResolvedComparisonSettings;
  /** Which flipped examples are listed and how their text is shown; absent: DEFAULT_EXAMPLE_SETTINGS. */
  readonly examples?: ResolvedExampleSettings;
  /** Top-level documentation checks (severity defaulted; always set by loadConfig). */
  readonly checks?: readonly CheckRule[];
  /** Where the action finds the baseline (defaults applied; `path` is set when `from` is `file`). Configs
   * built in code may leave it out: DEFAULT_BASELINE applies. */
  readonly baseline?: ResolvedBaselineSettings;
  /** sha256 of the canonical config, for comparability checks. */
  readonly fingerprint: string;
}

/** Baseline settings with defaults applied; `workflow` and `branch` stay optional (the action fills them). */
export type ResolvedBaselineSettings = Required<
  Pick<BaselineSettings, 'from' | 'artifact' | 'required' | 'fallback'>
> &
  Pick<BaselineSettings, 'workflow' | 'branch' | 'path'>;
