import { extraPrediction } from '../extra-predictions.js';
import { checkMissing } from '../keyed-records.js';
import type { ResolvedSuite } from '../../spec/config.js';
import type { SuiteResult } from '../../generated/result.js';
import { InputError, quote } from '../../io/errors.js';
import { planSlices } from '../../spec/slices.js';
import { canonicalJson, sha256 } from '../../util/hash.js';
import type { GoldenColumns } from './golden-columns.js';
import type { PredictionColumns } from './prediction-columns.js';
import { withOps } from '../ops/slices.js';
import { METRIC_DEFINITIONS_VERSION } from '../../util/version.js';
import { evaluateMultilabel } from './evaluate-multilabel.js';
import { evaluateSingleLabel, scoreTermsFromColumns } from './evaluate-single-label.js';
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
  for (let r = 0; r < preds.n; r++) {
    const gi = golden.byId.get(preds.ids[r], preds.idHashes[r]);
    if (gi < 0) {
      extraPrediction(suite, {
        file: preds.file,
        line: preds.lines[r],
        id: preds.ids[r],
        golden: golden.file,
      });
      continue;
    }
    if (rowOf[gi] >= 0) {
      throw new InputError({
        file: preds.file,
        line: preds.lines[r],
        field: suite.fields.id,
        message: `duplicate id ${quote(preds.ids[r])} (first at line ${preds.lines[rowOf[gi]]})`,
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
  const { rowOf, missing } = joinPredictions(suite, golden, preds);
  const n = golden.n;
  const plan = planSlices(n, suite.slices, golden.slices, suite.maxSlices);
  const taskType = suite.multilabel ? 'multilabel' : k === 2 ? 'binary' : 'multiclass';
  const positiveClass = taskType === 'binary' ? resolvePositive(suite, space.names) : undefined;

  const base = {
    name: suite.name,
    task: 'classification' as const,
    task_type: taskType as SuiteResult['task_type'],
    definition_fingerprint: definitionFingerprint(suite, space.names),
    golden: { path: golden.file, n, fingerprint: golden.fingerprint },
    predictions: {
      path: preds.file,
      n: preds.n,
      matched: n - missing,
      missing,
      coverage: n ? (n - missing) / n : 0,
    },
    labels: space.names,
    positive_label: positiveClass === undefined ? null : space.names[positiveClass],
    min_support: suite.minSupport,
    metrics: [...suite.metrics],
    slice_fields: suite.slices.map((s) => (typeof s === 'string' ? s : [...s])),
    slice_values: Object.fromEntries(golden.slices.map((s) => [s.field, s.values])),
  };

  const joined = { suite, golden, preds, space, rowOf, slices: plan.slices, membership: plan.membership };
  const evaluated = suite.multilabel
    ? evaluateMultilabel(joined)
    : evaluateSingleLabel(joined, positiveClass, terms);
  const result: SuiteResult = { ...base, ...withOps(evaluated, preds.ops, rowOf, plan, suite.metrics) };
  if (space.note) result.notes = [...(result.notes ?? []), space.note];
  return result;
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
