import { extraPrediction } from '../extra-predictions.js';
import { checkMissing } from '../keyed-records.js';
import type { ResolvedSuite } from '../../spec/config.js';
import type { SuiteResult } from '../../generated/result.js';
import { InputError, quote } from '../../io/errors.js';
import { planSlices } from '../../spec/slices.js';
import { canonicalJson, sha256 } from '../../util/hash.js';
import type { GoldenColumns } from './golden-columns.js';
import type { PredictionColumns } from './prediction-columns.js';
import { METRIC_DEFINITIONS_VERSION } from '../../util/version.js';
import { evaluateMultilabel } from './evaluate-multilabel.js';
import {
  addRankingHistograms,
  evaluateSingleLabel,
  scoreTermsFromColumns,
  singleLabelRows,
} from './evaluate-single-label.js';
import type { SingleLabelStats } from './stats.js';
import { opsInGoldenOrder } from '../ops/fields.js';
import { opsFromRowColumns, opsRowColumns, withOps, withOpsInGoldenOrder } from '../ops/slices.js';
import { finishSuite, type Aggregate } from '../shard-suite.js';
import { inputFields, sliceSettingFields } from '../keyed-result.js';
import type { GoldenRows, RowColumns } from '../shard-rows.js';
import { resolveLabels } from './resolve-labels.js';
import type { ScoreTerms } from './score-terms.js';

export { METRIC_DEFINITIONS_VERSION };

/** For every golden example, the row of its prediction, or −1. Errors on unknown ids and (by policy) missing ones. */
function joinPredictions(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
): { rowOf: Int32Array; missing: number } {
  const rowOf = new Int32Array(golden.n).fill(-1);
  const goldenRows = preds.goldenRows;
  for (let r = 0; r < preds.n; r++) {
    const gi = goldenRows[r];
    if (gi < 0) {
      extraPrediction(suite, {
        file: preds.file,
        line: preds.lines[r],
        id: preds.idText(r),
        golden: golden.file,
      });
      continue;
    }
    if (rowOf[gi] >= 0) {
      throw new InputError({
        file: preds.file,
        line: preds.lines[r],
        field: suite.fields.id,
        message: `duplicate id ${quote(golden.ids.at(gi))} (first at line ${preds.lines[rowOf[gi]]})`,
      });
    }
    rowOf[gi] = r;
  }
  const missing = checkMissing(suite, golden, preds.file, (i) => rowOf[i] >= 0);
  return { rowOf, missing };
}

export interface ClassificationEvaluation {
  readonly suite: SuiteResult;
}

/**
 * `terms`: the per-example score terms, folded in while the predictions were read (see ScoreTerms); when
 * omitted they are computed here from `preds.scores`.
 */
export function evaluateClassification(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
  termsIn?: ScoreTerms | null,
): SuiteResult {
  let terms = termsIn ?? null;
  if (!terms && preds.scoreKeys && preds.scores && !suite.multilabel)
    terms = scoreTermsFromColumns(suite, golden, preds);
  const space = resolveLabels(suite, golden, preds);
  const k = space.names.length;
  // Before any per-label work: a million labels once ended in "Invalid typed array length".
  if (k > suite.maxLabels) {
    throw new InputError({
      file: golden.file,
      field: `suite ${suite.name}: max_labels`,
      message: `the golden set and predictions hold ${k} distinct labels, over max_labels (${suite.maxLabels}); check the label field, or raise max_labels on the suite`,
    });
  }
  if (suite.shard) assertShardable(suite);
  const { rowOf, missing } = joinPredictions(suite, golden, preds);
  const taskType = suite.multilabel ? 'multilabel' : k === 2 ? 'binary' : 'multiclass';
  const positiveClass = taskType === 'binary' ? resolvePositive(suite, space.names) : undefined;
  if (suite.multilabel) {
    const n = golden.n;
    const plan = planSlices(n, suite.slices, golden.slices, suite.maxSlices);
    const evaluated = evaluateMultilabel(suite, golden, preds, space, rowOf, plan.slices, plan.membership);
    const result: SuiteResult = {
      ...suiteHeader(suite, golden, { file: preds.file, n: preds.n }, missing, space.names, positiveClass),
      ...withOps(evaluated, preds.ops, rowOf, plan, suite.metrics),
    };
    if (space.note) result.notes = [...(result.notes ?? []), space.note];
    return result;
  }
  const columns = singleLabelRows(golden, preds, space, rowOf, terms);
  if (preds.ops) Object.assign(columns, opsRowColumns(opsInGoldenOrder(preds.ops, rowOf)));
  const wantRanking =
    columns.scored !== undefined &&
    preds.scores !== null &&
    suite.metrics.some((m) => m === 'roc_auc' || m === 'average_precision');
  const ranking = wantRanking
    ? (stats: SingleLabelStats[], truth: Int32Array, membership: Int32Array[]) =>
        addRankingHistograms(stats, membership, rowOf, preds.scores!, space.scoreColumn!, truth)
    : null;
  const meta: ClassificationMeta = { labels: space.names, note: space.note, positive: positiveClass ?? null };
  const aggregate: Aggregate<ClassificationMeta> = (...input) => aggregateClassification(...input, ranking);
  const predictions = { file: preds.file, ids: { length: preds.n, at: preds.idText } };
  return finishSuite(suite, golden, columns, predictions, missing, meta, aggregate);
}

/** The suite's result from per-example rows in golden order (evaluate, each shard, and the merge). */
export function aggregateClassification(
  suite: ResolvedSuite,
  golden: GoldenRows,
  columns: RowColumns,
  predictions: { file: string; n: number },
  missing: number,
  meta: ClassificationMeta,
  ranking: ((stats: SingleLabelStats[], truth: Int32Array, membership: Int32Array[]) => void) | null = null,
): SuiteResult {
  const plan = planSlices(golden.n, suite.slices, golden.slices, suite.maxSlices);
  const positiveClass = meta.positive ?? undefined;
  const evaluated = evaluateSingleLabel(
    suite,
    golden,
    columns,
    meta.labels,
    plan.slices,
    plan.membership,
    positiveClass,
    ranking && ((stats, truth) => ranking(stats, truth, plan.membership)),
  );
  const result: SuiteResult = {
    ...suiteHeader(suite, golden, predictions, missing, meta.labels, positiveClass),
    ...withOpsInGoldenOrder(evaluated, opsFromRowColumns(columns), plan, suite.metrics),
  };
  if (meta.note) result.notes = [...(result.notes ?? []), meta.note];
  return result;
}

/** Label space data a classification shard carries to the merge (the same in every shard). */
export interface ClassificationMeta extends Record<string, unknown> {
  readonly labels: string[];
  readonly note: string | null;
  readonly positive: number | null;
}

function suiteHeader(
  suite: ResolvedSuite,
  golden: GoldenRows,
  predictions: { file: string; n: number },
  missing: number,
  names: string[],
  positiveClass: number | undefined,
) {
  const taskType = suite.multilabel ? 'multilabel' : names.length === 2 ? 'binary' : 'multiclass';
  return {
    name: suite.name,
    task: 'classification' as const,
    task_type: taskType as SuiteResult['task_type'],
    definition_fingerprint: definitionFingerprint(suite, names),
    ...inputFields(golden, predictions, missing),
    labels: names,
    positive_label: positiveClass === undefined ? null : names[positiveClass],
    ...sliceSettingFields(suite, golden),
  };
}

/** Multilabel suites and score-ranking metrics keep no per-example rows a merge could sum: not sharded. */
function assertShardable(suite: ResolvedSuite): void {
  const unshardable = suite.multilabel
    ? 'a multilabel suite'
    : suite.metrics.find((m) => m === 'roc_auc' || m === 'average_precision');
  if (unshardable)
    throw new InputError({
      field: `suite ${suite.name}`,
      message: `--shard cannot split ${unshardable.startsWith('a ') ? unshardable : `a suite computing ${unshardable}`} yet; evaluate this suite unsharded (--suite) or drop the metric`,
    });
}

function resolvePositive(suite: ResolvedSuite, names: string[]): number {
  if (suite.positiveLabel === undefined) return 1;
  const idx = names.indexOf(suite.positiveLabel);
  if (idx < 0) {
    throw new InputError({
      field: 'positive_label',
      message: `${quote(suite.positiveLabel)} is not one of the labels ${names.map((n) => quote(n)).join(', ')}`,
    });
  }
  return idx;
}

function definitionFingerprint(suite: ResolvedSuite, labels: string[]): string {
  return sha256(
    canonicalJson({
      definitions: METRIC_DEFINITIONS_VERSION,
      task: suite.task,
      fields: suite.fields,
      labels,
      multilabel: suite.multilabel,
      positive: suite.positiveLabel ?? null,
      missing: suite.missingPredictions,
      topK: suite.topK,
      eceBins: suite.eceBins,
    }),
  );
}
