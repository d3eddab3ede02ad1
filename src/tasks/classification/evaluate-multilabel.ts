import type { ResolvedSuite } from '../../spec/config.js';
import type { SliceResult, SuiteResult } from '../../generated/result.js';
import type { SliceColumn, SliceDef } from '../../spec/slices.js';
import { encodeColumn } from '../../result/columns.js';
import { exampleRecords } from '../keyed-result.js';
import type { GoldenColumns } from './golden-columns.js';
import {
  addMultilabelExample,
  emptyMultilabelStats,
  multilabelMetrics,
  multilabelPerClass,
  type MultilabelStats,
} from './multilabel.js';
import type { PredictionColumns } from './prediction-columns.js';
import type { LabelSpace } from './resolve-labels.js';
import { sliceHeader } from '../slice-results.js';
import { labelSlices, sliceMetricNames } from './slice-results.js';

/** Multilabel slices and example columns of a classification suite. */

export function evaluateMultilabel(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
  space: LabelSpace,
  rowOf: Int32Array,
  slices: SliceDef[],
  membership: SliceColumn[],
): Pick<SuiteResult, 'slices' | 'examples'> {
  const k = space.names.length;
  const n = golden.n;
  const stats: MultilabelStats[] = slices.map(() => emptyMultilabelStats(k));
  const truthBits = new Uint8Array(n * k);
  const predBits = new Uint8Array(n * k);
  for (let i = 0; i < n; i++) {
    const t = golden.truthSets![i].map((v) => space.goldenMap[v]);
    const r = rowOf[i];
    const p = r < 0 ? null : preds.predSets![r].map((v) => space.predMap[v]).filter((c) => c < k);
    for (const c of t) truthBits[i * k + c] = 1;
    if (p) for (const c of p) predBits[i * k + c] = 1;
    addMultilabelExample(stats[0], t, p);
    for (const m of membership) addMultilabelExample(stats[m[i]], t, p);
  }
  const metricNames = sliceMetricNames(suite);
  const results: SliceResult[] = slices.map((def, s) => {
    const st = stats[s];
    const result: SliceResult = {
      ...sliceHeader(suite, def, st.n),
      metrics: multilabelMetrics(st, metricNames),
      stats: {
        family: 'classification-multilabel',
        k,
        n: st.n,
        exact: st.exact,
        tp: Array.from(st.tp),
        fp: Array.from(st.fp),
        fn: Array.from(st.fn),
        samples_precision_sum: st.samplesPrecisionSum,
        samples_recall_sum: st.samplesRecallSum,
        samples_f1_sum: st.samplesF1Sum,
      },
    };
    if (def.kind === 'overall' && suite.metrics.includes('per_class_f1')) {
      result.per_class = multilabelPerClass(st).map((m, c) => ({ label: space.names[c], ...m }));
    }
    return result;
  });
  if (suite.labelSlices) {
    const supports = multilabelPerClass(stats[0]).map((c) => c.support);
    results.push(
      ...labelSlices(suite, space.names, supports, (c) => multilabelMetrics(stats[0], metricNames, c)),
    );
  }
  // a multilabel suite is never a shard (assertShardable): examples are stored when the suite asks
  const examples = exampleRecords(suite, golden, () => ({
    truth: { ...encodeColumn(truthBits, 'u8'), width: k },
    pred: { ...encodeColumn(predBits, 'u8'), width: k },
  }));
  return { slices: results, examples };
}
