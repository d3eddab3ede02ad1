import type { ResolvedSuite } from '../../spec/config.js';
import type { SliceResult } from '../../generated/result.js';
import type { SliceDef } from '../../spec/slices.js';
import type { GoldenColumns } from './golden-columns.js';
import type { PredictionColumns } from './prediction-columns.js';
import type { LabelSpace } from './resolve-labels.js';

/** The parts of a slice's result that single-label and multilabel suites fill the same way. */

/** A classification suite read, joined and sliced: what single-label and multilabel assembly start from. */
export interface JoinedSuite {
  readonly suite: ResolvedSuite;
  readonly golden: GoldenColumns;
  readonly preds: PredictionColumns;
  readonly space: LabelSpace;
  /** For every golden example, the row of its prediction, or −1. */
  readonly rowOf: Int32Array;
  readonly slices: SliceDef[];
  /** Per slice field, each golden example's slice index. */
  readonly membership: Int32Array[];
}

/** The metrics computed per slice (per-class F1 and the confusion matrix are the overall slice's). */
export function sliceMetricNames(suite: ResolvedSuite): string[] {
  return suite.metrics.filter((m) => m !== 'per_class_f1' && m !== 'confusion_matrix');
}

/**
 * One slice per true class with support: its metrics are the class's one-vs-rest metrics computed from the
 * overall statistics (which the slice's `stats` refers to rather than copying).
 */
export function labelSlices(
  suite: ResolvedSuite,
  names: readonly string[],
  supports: readonly number[],
  metricsOf: (c: number) => SliceResult['metrics'],
): SliceResult[] {
  const out: SliceResult[] = [];
  names.forEach((label, c) => {
    if (supports[c] === 0) return;
    out.push({
      key: `${suite.fields.label}=${label}`,
      kind: 'label',
      fields: { [suite.fields.label]: label },
      n: supports[c],
      insufficient: supports[c] < suite.minSupport,
      metrics: metricsOf(c),
      stats: { family: 'label-slice', of: 'overall', class: c },
    });
  });
  return out;
}
