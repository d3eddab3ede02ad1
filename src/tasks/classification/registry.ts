import { proportionMetric, type MetricDef } from '../metric-def.js';

const p = proportionMetric;

const sk = (fn: string) => `sklearn.metrics.${fn}`;

/** Classification metrics (single-label and multilabel), in the order reports list them. */
export const CLASSIFICATION_METRICS: readonly MetricDef[] = [
  p(
    'accuracy',
    'Accuracy',
    'Share of examples whose prediction equals the truth (multilabel: the whole label set). A missing prediction counts as wrong.',
    sk('accuracy_score'),
  ),
  p(
    'balanced_accuracy',
    'Balanced accuracy',
    'Mean recall over the classes present in the truth.',
    sk('balanced_accuracy_score'),
  ),
  p(
    'micro_precision',
    'Micro precision',
    'Precision from counts summed over classes.',
    sk('precision_score(average="micro", zero_division=0)'),
  ),
  p(
    'micro_recall',
    'Micro recall',
    'Recall from counts summed over classes.',
    sk('recall_score(average="micro", zero_division=0)'),
  ),
  p(
    'micro_f1',
    'Micro F1',
    'F1 from counts summed over classes (equals accuracy for single-label data without missing predictions).',
    sk('f1_score(average="micro", zero_division=0)'),
  ),
  p(
    'macro_precision',
    'Macro precision',
    'Unweighted mean of per-class precision over classes present in truth or prediction.',
    sk('precision_score(average="macro", zero_division=0)'),
  ),
  p(
    'macro_recall',
    'Macro recall',
    'Unweighted mean of per-class recall over classes present in truth or prediction.',
    sk('recall_score(average="macro", zero_division=0)'),
  ),
  p(
    'macro_f1',
    'Macro F1',
    "Unweighted mean of per-class F1 over classes present in truth or prediction; on a label slice, that class's F1.",
    sk('f1_score(average="macro", zero_division=0)'),
  ),
  p(
    'weighted_precision',
    'Weighted precision',
    'Per-class precision averaged with true support as weights.',
    sk('precision_score(average="weighted", zero_division=0)'),
  ),
  p(
    'weighted_recall',
    'Weighted recall',
    'Per-class recall averaged with true support as weights.',
    sk('recall_score(average="weighted", zero_division=0)'),
  ),
  p(
    'weighted_f1',
    'Weighted F1',
    'Per-class F1 averaged with true support as weights.',
    sk('f1_score(average="weighted", zero_division=0)'),
  ),
  p(
    'samples_f1',
    'Samples F1',
    'Multilabel: F1 per example, averaged over examples.',
    sk('f1_score(average="samples", zero_division=0)'),
  ),
  {
    name: 'hamming_loss',
    title: 'Hamming loss',
    direction: 'lower',
    unit: 'proportion',
    range: [0, 1],
    description: 'Multilabel: share of (example, label) pairs predicted wrongly.',
    reference: sk('hamming_loss'),
  },
  p(
    'per_class_f1',
    'Per-class P/R/F1',
    'Precision, recall, F1 and support for every class (zero_division=0).',
    sk('precision_recall_fscore_support(labels=all classes, zero_division=0)'),
    { table: true },
  ),
  p(
    'confusion_matrix',
    'Confusion matrix',
    'Counts by true class (rows) and predicted class (columns).',
    sk('confusion_matrix(labels=all classes)'),
    { table: true, unit: 'count', range: [0, null] },
  ),
  p(
    'top_k_accuracy',
    'Top-k accuracy',
    'Share of examples whose true class is among the k highest scores (ties go to the later class in sorted order).',
    sk('top_k_accuracy_score'),
    { needsScores: true },
  ),
  p(
    'roc_auc',
    'ROC-AUC',
    'Binary: area under the ROC curve for the positive label. Multiclass: mean one-vs-rest AUC over the classes that have both positives and negatives.',
    sk('roc_auc_score(multi_class="ovr", average="macro")'),
    { needsScores: true },
  ),
  p(
    'average_precision',
    'Average precision',
    'Step-wise area under the precision-recall curve (not interpolated); multiclass: one-vs-rest macro mean.',
    sk('average_precision_score'),
    { needsScores: true },
  ),
  {
    name: 'log_loss',
    title: 'Log loss',
    direction: 'lower',
    unit: 'score',
    range: [0, null],
    needsScores: true,
    description:
      'Mean negative log probability of the true class; probabilities clipped to [eps, 1−eps] with float64 eps, rows not renormalised.',
    reference: sk('log_loss (scikit-learn ≥ 1.5 conventions)'),
  },
  {
    name: 'brier',
    title: 'Brier score',
    direction: 'lower',
    unit: 'score',
    range: [0, 2],
    needsScores: true,
    description:
      'Binary: mean (y − p)² of the positive class. Multiclass: mean over examples of Σ_k (p_k − 1[y = k])², range [0, 2].',
    reference: sk('brier_score_loss (scikit-learn ≥ 1.7, scale_by_half="auto")'),
  },
  {
    name: 'ece',
    title: 'ECE',
    direction: 'lower',
    unit: 'score',
    range: [0, 1],
    needsScores: true,
    description:
      'Expected calibration error: Σ_b |B_b|/N · |acc_b − conf_b| over equal-width bins (default 15) of the max score; bins are (lo, hi], so a value on an edge goes to the lower bin.',
    reference: 'Guo et al. 2017 (gpleiss/temperature_scaling _ECELoss edge rule)',
  },
];

export const DEFAULT_CLASSIFICATION_METRICS = [
  'accuracy',
  'macro_f1',
  'weighted_f1',
  'micro_f1',
  'per_class_f1',
] as const;
export const DEFAULT_SCORED_METRICS = ['ece', 'brier'] as const;
export const MULTILABEL_ONLY = new Set(['samples_f1', 'hamming_loss']);
export const SINGLE_LABEL_ONLY = new Set([
  'balanced_accuracy',
  'confusion_matrix',
  'top_k_accuracy',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
  'ece',
]);
