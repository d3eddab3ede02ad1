import type { ResolvedSuite } from '../../spec/config.js';
import type { SliceResult } from '../../generated/result.js';

/** The parts of a slice's result that single-label and multilabel suites fill the same way. */

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
