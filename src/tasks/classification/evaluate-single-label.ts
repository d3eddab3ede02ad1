import type { ResolvedSuite } from '../../spec/config.js';
import type { ExampleRecords, SliceResult, SuiteResult } from '../../generated/result.js';
import type { SliceColumn, SliceDef } from '../../spec/slices.js';
import { lazyColumn } from '../../result/columns.js';
import type { Codes } from '../../util/growing-column.js';
import { exampleRecords } from '../keyed-result.js';
import type { GoldenColumns } from './golden-columns.js';
import { perClassMetrics, singleLabelMetrics } from './metrics.js';
import type { PredictionColumns, ScoreRows } from './prediction-columns.js';
import type { LabelSpace } from './resolve-labels.js';
import { eceBinOf, ScoreTerms } from './score-terms.js';
import { sliceHeader } from '../slice-results.js';
import { column, type GoldenRows, type RowColumns } from '../shard-rows.js';
import { labelSlices, sliceMetricNames } from './slice-results.js';
import { histogramFrom, singleLabelStatsToJson, type SingleLabelStats } from './stats.js';

/** Single-label (binary, multiclass) slices and example columns of a classification suite. */

/** Per-example rows of a single-label suite, in golden order: what the slice statistics are sums of. */
export function singleLabelRows(
  golden: { readonly n: number; readonly truth: Codes },
  preds: PredictionColumns,
  space: LabelSpace,
  rowOf: Int32Array,
  terms: ScoreTerms | null,
): RowColumns {
  const n = golden.n;
  const scored = space.scoreColumn !== null && terms !== null;
  const truth = new Int32Array(n);
  const pred = new Int32Array(n);
  const rowScored = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rowOf[i];
    truth[i] = space.goldenMap[golden.truth[i]];
    // −1: no prediction; k: a predicted label outside the label space
    pred[i] = r < 0 ? -1 : space.predMap[preds.pred[r]];
    if (scored && r >= 0 && terms.has[i]) rowScored[i] = 1;
  }
  const columns: RowColumns = { truth: column(truth, 'i32'), pred: column(pred, 'i32') };
  if (scored) {
    Object.assign(columns, {
      scored: column(rowScored, 'u8'),
      conf: column(terms.conf, 'f64'),
      brier: column(terms.brier, 'f64'),
      log_loss: column(terms.logLoss, 'f64'),
      hit: column(terms.hit, 'u8'),
    });
  }
  return columns;
}

/** Single-label (binary, multiclass) slices and example columns of a classification suite. */
export function evaluateSingleLabel(
  suite: ResolvedSuite,
  golden: GoldenRows,
  rowColumns: RowColumns,
  names: readonly string[],
  slices: SliceDef[],
  membership: SliceColumn[],
  positiveClass: number | undefined,
  ranking: ((stats: SingleLabelStats[], truth: Int32Array) => void) | null,
): Pick<SuiteResult, 'slices' | 'examples'> {
  const k = names.length;
  const n = golden.n;
  const w = k + 1;
  const scored = rowColumns.scored !== undefined;
  const truth = rowColumns.truth.values as Int32Array;
  const pred = rowColumns.pred.values as Int32Array;
  const rowScored = scored ? (rowColumns.scored.values as Uint8Array) : null;
  const rowConf = scored ? (rowColumns.conf.values as Float64Array) : null;
  const rowBrier = scored ? (rowColumns.brier.values as Float64Array) : null;
  const rowLog = scored ? (rowColumns.log_loss.values as Float64Array) : null;
  const rowHit = scored ? (rowColumns.hit.values as Uint8Array) : null;

  const S = slices.length;
  const B = suite.eceBins;
  const cells = k * w;
  const sliceN = new Float64Array(S);
  const confusion = new Float64Array(S * cells);
  const scoredN = new Float64Array(S);
  const binCount = new Float64Array(S * B);
  const binConf = new Float64Array(S * B);
  const binCorrect = new Float64Array(S * B);
  const brierSum = new Float64Array(S);
  const logSum = new Float64Array(S);
  const hits = new Float64Array(S);
  // One pass over the rows, adding each to overall and to its slice of every column: flat typed arrays,
  // monomorphic loops. Each slice still adds its rows in file order, so sums are reproducible (and the same
  // as one pass per slice column).
  const M = membership.length;
  for (let i = 0; i < n; i++) {
    const cell = truth[i] * w + (pred[i] < 0 ? k : pred[i]);
    if (rowScored === null || rowScored[i] === 0) {
      sliceN[0]++;
      confusion[cell]++;
      for (let m = 0; m < M; m++) {
        const sl = membership[m][i];
        sliceN[sl]++;
        confusion[sl * cells + cell]++;
      }
      continue;
    }
    const bin = eceBinOf(rowConf![i], B);
    const conf = rowConf![i];
    const correct = pred[i] === truth[i] ? 1 : 0;
    const brier = rowBrier![i];
    const log = rowLog![i];
    const hit = rowHit![i];
    for (let m = -1; m < M; m++) {
      const sl = m < 0 ? 0 : membership[m][i];
      sliceN[sl]++;
      confusion[sl * cells + cell]++;
      const b = sl * B + bin;
      scoredN[sl]++;
      binCount[b]++;
      binConf[b] += conf;
      binCorrect[b] += correct;
      brierSum[sl] += brier;
      logSum[sl] += log;
      hits[sl] += hit;
    }
  }
  const stats: SingleLabelStats[] = slices.map((_def, sl) => {
    const st: SingleLabelStats = {
      k,
      n: sliceN[sl],
      confusion: confusion.slice(sl * cells, (sl + 1) * cells),
    };
    if (scored) {
      st.scored = {
        n: scoredN[sl],
        binCount: binCount.slice(sl * B, (sl + 1) * B),
        binConfidence: binConf.slice(sl * B, (sl + 1) * B),
        binCorrect: binCorrect.slice(sl * B, (sl + 1) * B),
        brierSum: brierSum[sl],
        logLossSum: logSum[sl],
        topKHits: hits[sl],
      };
    }
    return st;
  });

  if (ranking) ranking(stats, truth);

  const metricNames = sliceMetricNames(suite);
  const results: SliceResult[] = slices.map((def, s) => {
    const st = stats[s];
    const result: SliceResult = {
      ...sliceHeader(suite, def, st.n),
      metrics: singleLabelMetrics(st, metricNames, { positiveClass }),
      stats: singleLabelStatsToJson(st),
    };
    if (def.kind === 'overall') {
      if (suite.metrics.includes('per_class_f1')) {
        result.per_class = perClassMetrics(st).map((m, c) => ({ label: names[c], ...m }));
      }
      if (suite.metrics.includes('confusion_matrix')) {
        result.confusion_matrix = Array.from({ length: k }, (_, t) =>
          Array.from(st.confusion.subarray(t * w, t * w + k)),
        );
      }
    }
    return result;
  });

  if (suite.labelSlices) {
    const overall = stats[0];
    const supports = perClassMetrics(overall).map((c) => c.support);
    results.push(
      ...labelSlices(suite, names, supports, (c) =>
        singleLabelMetrics(overall, metricNames, { focusClass: c }),
      ),
    );
  }

  // encoded as the result is written (lazyColumn): the row columns are not changed after this
  const examples = exampleRecords(suite, golden, () => {
    const wide = k >= 32767;
    const columns: ExampleRecords['columns'] = {
      truth: lazyColumn(truth, wide ? 'i32' : 'i16'),
      pred: lazyColumn(pred, wide ? 'i32' : 'i16'),
    };
    // per-example metric terms only for the metrics the suite computes (they dominate the size)
    if (rowConf && suite.metrics.includes('ece')) columns.confidence = lazyColumn(rowConf, 'f32');
    if (rowBrier && suite.metrics.includes('brier')) columns.brier = lazyColumn(rowBrier, 'f32');
    if (rowLog && suite.metrics.includes('log_loss')) columns.log_loss = lazyColumn(rowLog, 'f32');
    return columns;
  });
  return { slices: results, examples };
}

/** Score terms from fully decoded predictions (the in-memory path; tests build columns directly). */
export function scoreTermsFromColumns(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
): ScoreTerms {
  const terms = new ScoreTerms(suite, golden, preds.scoreKeys!);
  const K = preds.scoreKeys!.length;
  const scores = preds.scores!;
  const values = new Float64Array(preds.n * K);
  for (let r = 0; r < preds.n; r++)
    values.set(scores.chunkOf(r).subarray(scores.offsetOf(r), scores.offsetOf(r) + K), r * K);
  terms.add({
    n: preds.n,
    lineCount: preds.n,
    ids: { bytes: new Uint8Array(0), offsets: new Int32Array(1), hashes: new Uint32Array(0), plain: true },
    goldenRows: preds.goldenRows,
    lines: new Int32Array(0), // not read by ScoreTerms
    labelNames: preds.labels.names,
    labelsNumeric: preds.labels.allNumeric,
    pred: null, // not read by ScoreTerms
    predSets: preds.predSets,
    scoreKeys: preds.scoreKeys,
    scoreKeysLine: preds.lines.at(0) ?? 0,
    scores: values,
  });
  return terms;
}

export function addRankingHistograms(
  stats: SingleLabelStats[],
  membership: SliceColumn[],
  rowOf: Int32Array,
  scores: ScoreRows,
  col: Int32Array,
  truth: Int32Array,
): void {
  const k = col.length;
  const rowsOfSlice: number[][] = stats.map(() => []);
  for (let i = 0; i < truth.length; i++) {
    if (rowOf[i] < 0) continue;
    rowsOfSlice[0].push(i);
    for (const m of membership) rowsOfSlice[m[i]].push(i);
  }
  stats.forEach((st, s) => {
    const rows = rowsOfSlice[s];
    st.scored!.ranking = Array.from({ length: k }, (_, c) => {
      const values = new Float64Array(rows.length);
      const positive = new Uint8Array(rows.length);
      rows.forEach((i, j) => {
        values[j] = scores.chunkOf(rowOf[i])[scores.offsetOf(rowOf[i]) + col[c]];
        positive[j] = truth[i] === c ? 1 : 0;
      });
      return histogramFrom(values, positive);
    });
  });
}
