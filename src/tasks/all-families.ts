import { loadSuiteData } from './classification/parallel-load.js';
import { Progress } from './progress.js';
import { CLASSIFICATION_METRICS } from './classification/registry.js';
import { evaluateClassification } from './classification/evaluate.js';
import { ScoreTerms } from './classification/score-terms.js';
import {
  classificationResamplable,
  pairedClassification,
  unpairedClassification,
} from './classification/resample.js';
import { rankingFamily } from './ranking/family.js';
import { generationFamily } from './generation/family.js';
import { scoredFamily } from './scored/family.js';
import { spansFamily } from './spans/family.js';
import type { ResolvedSuite } from '../spec/config.js';
import type { ClassificationReadSpec } from './classification/decode.js';
import type { TaskFamily } from './task-family.js';
import { sliceFieldsOf } from './keyed-records.js';
import type { TaskName } from './registry.js';

export function classificationReadSpec(suite: ResolvedSuite): ClassificationReadSpec {
  return {
    idField: suite.fields.id,
    labelField: suite.fields.label,
    predictionField: suite.fields.prediction,
    scoresField: suite.fields.scores,
    sliceFields: sliceFieldsOf(suite),
    multilabel: suite.multilabel,
    ...(suite.ops ? { ops: suite.ops } : {}),
  };
}

const classification: TaskFamily = {
  metrics: CLASSIFICATION_METRICS,
  async evaluate(suite, log) {
    const progress = new Progress(suite.name, log);
    // Score-based metrics only need a few numbers per example: fold each part's scores into them as it
    // arrives and drop the matrix, unless ROC-AUC / average precision need every class's score.
    const keepScores = suite.metrics.some((m) => m === 'roc_auc' || m === 'average_precision');
    let terms: ScoreTerms | null = null;
    const { golden, predictions } = await loadSuiteData(
      suite.golden,
      suite.predictions,
      classificationReadSpec(suite),
      (part) => progress.reporter(part),
      suite.multilabel
        ? undefined
        : (goldenColumns, part) => {
            if (!part.scoreKeys || !part.scores) return;
            terms ??= new ScoreTerms(suite, goldenColumns, part.scoreKeys);
            terms.add(part);
            if (!keepScores) part.scores = null;
          },
    );
    progress.done(golden.n + predictions.n);
    return evaluateClassification(suite, golden, predictions, terms);
  },
  resamplable: classificationResamplable,
  paired: pairedClassification,
  unpaired: unpairedClassification,
};

/** Every task family, by task name: a missing family is a compile error. */
export const FAMILIES: Readonly<Record<TaskName, TaskFamily>> = {
  classification,
  ranking: rankingFamily,
  generation: generationFamily,
  spans: spansFamily,
  scored: scoredFamily,
};
