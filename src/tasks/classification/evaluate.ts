import { extraPrediction } from '../extra-predictions.js';
import { assertLabelsMeet, outsideLabels, outsideLabelsNote, type OutsideLabels } from './label-space.js';
import type { ResolvedSuite } from '../../spec/config.js';
import type {
  ExampleRecords,
  SingleLabelStatsJson,
  SliceResult,
  SuiteResult,
} from '../../generated/result.js';
import { InputError, quote } from '../../io/errors.js';
import { planSlices, type SliceDef } from '../../spec/slices.js';
import { canonicalJson, sha256 } from '../../util/hash.js';
import { encodeCodes, encodeColumn } from '../../result/columns.js';
import type { GoldenColumns, PredictionColumns, ScoreRows, Vocab } from './decode.js';
import { perClassMetrics, singleLabelMetrics } from './metrics.js';
import {
  addMultilabelExample,
  emptyMultilabelStats,
  multilabelMetrics,
  multilabelPerClass,
  type MultilabelStats,
} from './multilabel.js';
import { histogramFrom, type SingleLabelStats } from './stats.js';
import { withOps } from '../ops/slices.js';
import { METRIC_DEFINITIONS_VERSION } from '../../util/version.js';
import { eceBinOf, ScoreTerms, scoredLabelOrder } from './score-terms.js';

export { METRIC_DEFINITIONS_VERSION };

const numericOrder = (a: string, b: string) => Number(a) - Number(b);
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface LabelSpace {
  names: string[];
  goldenMap: Int32Array;
  predMap: Int32Array;
  /** final class -> score column */
  scoreColumn: Int32Array | null;
  /** The note on predictions outside the golden labels, if any. */
  note: string | null;
}

function firstLine(
  codes: Int32Array | number[][] | null,
  lines: Int32Array,
  vocabIndex: number,
): number | undefined {
  if (!codes) return undefined;
  for (let i = 0; i < codes.length; i++) {
    const v = codes[i];
    if (typeof v === 'number' ? v === vocabIndex : v.includes(vocabIndex)) return lines[i];
  }
  return undefined;
}

function resolveLabels(suite: ResolvedSuite, golden: GoldenColumns, preds: PredictionColumns): LabelSpace {
  const scoreKeys = preds.scoreKeys ?? [];
  let names: string[];
  let outside: OutsideLabels | null = null;
  if (suite.labels) {
    names = [...suite.labels];
    const allowed = new Set(names);
    const check = (
      vocab: Vocab,
      file: string,
      field: string,
      codes: Int32Array | number[][] | null,
      lines: Int32Array,
    ) => {
      vocab.names.forEach((name, idx) => {
        if (!allowed.has(name)) {
          throw new InputError({
            file,
            line: firstLine(codes, lines, idx),
            field,
            message: `label ${quote(name)} is not in the configured labels (${names.map((n) => quote(n)).join(', ')})`,
          });
        }
      });
    };
    check(golden.labels, golden.file, suite.fields.label, golden.truthSets ?? golden.truth, golden.lines);
    check(preds.labels, preds.file, suite.fields.prediction, preds.predSets ?? preds.pred, preds.lines);
  } else if (preds.scoreKeys) {
    // with scores, the classes are the score keys (every label must have one); the order is fixed before
    // the predictions are joined, as ScoreTerms computes top-k ties and the binary positive class with it
    const keys = new Set(preds.scoreKeys);
    const missing = (vocab: Vocab) => vocab.names.findIndex((name) => !keys.has(name));
    const g = missing(golden.labels);
    const p = missing(preds.labels);
    if (g >= 0 || p >= 0) {
      const fromGolden = g >= 0;
      const name = fromGolden ? golden.labels.names[g] : preds.labels.names[p];
      throw new InputError({
        file: fromGolden ? golden.file : preds.file,
        line: fromGolden
          ? firstLine(golden.truthSets ?? golden.truth, golden.lines, g)
          : firstLine(preds.predSets ?? preds.pred, preds.lines, p),
        field: suite.fields.scores,
        message: `label ${quote(name)} has no score: the scores must cover every label (${preds.file} rows have ${preds.scoreKeys.length})`,
      });
    }
    names = scoredLabelOrder(suite, golden, preds.scoreKeys);
  } else {
    // the golden labels are the label space; predictions outside it are wrong, not new classes
    const numeric =
      golden.labels.allNumeric &&
      golden.labels.names.every((n) => n.trim() !== '' && Number.isFinite(Number(n)));
    names = [...new Set([...golden.labels.names, ...scoreKeys])].sort(numeric ? numericOrder : textOrder);
    outside = outsideLabels(preds.labels.names, new Set(names), preds.predSets ?? preds.pred);
    assertLabelsMeet(outside, names, { predictions: preds.file, field: suite.fields.prediction });
  }
  const index = new Map(names.map((n, i) => [n, i]));
  const goldenMap = Int32Array.from(golden.labels.names, (n) => index.get(n)!);
  // a label outside the space maps to the "no valid prediction" column k: always wrong
  const predMap = Int32Array.from(preds.labels.names, (n) => index.get(n) ?? names.length);
  let scoreColumn: Int32Array | null = null;
  if (preds.scoreKeys) {
    const column = new Map(preds.scoreKeys.map((key, j) => [key, j]));
    for (const key of preds.scoreKeys) {
      if (!index.has(key)) {
        throw new InputError({
          file: preds.file,
          line: preds.lines[0],
          field: `${suite.fields.scores}.${key}`,
          message: `score for a label that is not in the configured labels`,
        });
      }
    }
    scoreColumn = Int32Array.from(names, (name) => {
      const j = column.get(name);
      if (j === undefined) {
        const g = golden.labels.names.indexOf(name);
        const line = g >= 0 ? firstLine(golden.truthSets ?? golden.truth, golden.lines, g) : undefined;
        throw new InputError({
          file: g >= 0 ? golden.file : preds.file,
          line: g >= 0 ? line : preds.lines[0],
          field: suite.fields.scores,
          message: `label ${quote(name)} has no score: the scores must cover every label (${preds.file} rows have ${preds.scoreKeys!.length})`,
        });
      }
      return j;
    });
  }
  return { names, goldenMap, predMap, scoreColumn, note: outside ? outsideLabelsNote(outside) : null };
}

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
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < golden.n; i++) {
    if (rowOf[i] < 0) {
      missing++;
      if (firstMissing < 0) firstMissing = i;
    }
  }
  if (missing > 0 && suite.missingPredictions === 'error') {
    throw new InputError({
      file: golden.file,
      line: golden.lines[firstMissing],
      field: suite.fields.id,
      message: `no prediction for id ${quote(golden.ids[firstMissing])} in ${preds.file} (${missing} golden example(s) have none; set missing_predictions: count_as_wrong to score them as wrong)`,
    });
  }
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

  const evaluated = suite.multilabel
    ? evaluateMultilabel(suite, golden, preds, space, rowOf, plan.slices, plan.membership)
    : evaluateSingleLabel(
        suite,
        golden,
        preds,
        space,
        rowOf,
        plan.slices,
        plan.membership,
        positiveClass,
        terms,
      );
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

function evaluateSingleLabel(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
  space: LabelSpace,
  rowOf: Int32Array,
  slices: SliceDef[],
  membership: Int32Array[],
  positiveClass: number | undefined,
  terms: ScoreTerms | null,
): Pick<SuiteResult, 'slices' | 'examples'> {
  const k = space.names.length;
  const n = golden.n;
  const w = k + 1;
  const scored = space.scoreColumn !== null && terms !== null;
  const wantRanking =
    scored &&
    preds.scores !== null &&
    suite.metrics.some((m) => m === 'roc_auc' || m === 'average_precision');
  const truth = new Int32Array(n);
  const pred = new Int32Array(n);
  // Per-row values first, then one tight pass per slice column: flat typed arrays and monomorphic loops.
  // Each slice still adds its rows in file order, so sums are reproducible.
  const cell = new Int32Array(n); // t * (k + 1) + p
  const rowScored = new Uint8Array(n);
  const rowConf = scored ? terms.conf : null;
  const rowBrier = scored ? terms.brier : null;
  const rowLog = scored ? terms.logLoss : null;
  const rowHit = scored ? terms.hit : null;
  const rowBin = scored ? new Int32Array(n) : null;

  for (let i = 0; i < n; i++) {
    const t = space.goldenMap[golden.truth[i]];
    const r = rowOf[i];
    const p = r < 0 ? k : space.predMap[preds.pred[r]];
    truth[i] = t;
    pred[i] = r < 0 ? -1 : p;
    cell[i] = t * w + p;
    if (scored && r >= 0 && terms.has[i]) {
      rowScored[i] = 1;
      rowBin![i] = eceBinOf(rowConf![i], suite.eceBins);
    }
  }
  const conf = scored ? Float32Array.from(rowConf!) : null;
  const brier = scored ? Float32Array.from(rowBrier!) : null;
  const logLoss = scored ? Float32Array.from(rowLog!) : null;

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
  const columns: (Int32Array | null)[] = [null, ...membership];
  for (const column of columns) {
    for (let i = 0; i < n; i++) {
      const sl = column === null ? 0 : column[i];
      sliceN[sl]++;
      confusion[sl * cells + cell[i]]++;
      if (rowScored[i]) {
        const b = sl * B + rowBin![i];
        scoredN[sl]++;
        binCount[b]++;
        binConf[b] += rowConf![i];
        binCorrect[b] += pred[i] === truth[i] ? 1 : 0;
        brierSum[sl] += rowBrier![i];
        logSum[sl] += rowLog![i];
        hits[sl] += rowHit![i];
      }
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

  if (wantRanking) addRankingHistograms(stats, membership, rowOf, preds.scores!, space.scoreColumn!, truth);

  const metricNames = suite.metrics.filter((m) => m !== 'per_class_f1' && m !== 'confusion_matrix');
  const results: SliceResult[] = slices.map((def, s) => {
    const st = stats[s];
    const result: SliceResult = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: st.n,
      insufficient: st.n < suite.minSupport,
      metrics: singleLabelMetrics(st, metricNames, { positiveClass }),
      stats: singleLabelStatsToJson(st),
    };
    if (def.kind === 'overall') {
      if (suite.metrics.includes('per_class_f1')) {
        result.per_class = perClassMetrics(st).map((m, c) => ({ label: space.names[c], ...m }));
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
      ...labelSlices(suite, space.names, supports, (c) =>
        singleLabelMetrics(overall, metricNames, { focusClass: c }),
      ),
    );
  }

  let examples: ExampleRecords | undefined;
  if (suite.storeExamples) {
    const wide = k >= 32767;
    const columns: ExampleRecords['columns'] = {
      ...commonColumns(golden),
      truth: encodeColumn(wide ? truth : Int16Array.from(truth), wide ? 'i32' : 'i16'),
      pred: encodeColumn(wide ? pred : Int16Array.from(pred), wide ? 'i32' : 'i16'),
    };
    // per-example metric terms only for the metrics the suite computes (they dominate the size)
    if (conf && suite.metrics.includes('ece')) columns.confidence = encodeColumn(conf, 'f32');
    if (brier && suite.metrics.includes('brier')) columns.brier = encodeColumn(brier, 'f32');
    if (logLoss && suite.metrics.includes('log_loss')) columns.log_loss = encodeColumn(logLoss, 'f32');
    examples = { n, ids: golden.ids, columns };
  }
  return { slices: results, examples };
}

/**
 * One slice per true class with support: its metrics are the class's one-vs-rest metrics computed from the
 * overall statistics (which the slice's `stats` refers to rather than copying).
 */
function labelSlices(
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

/** Score terms from fully decoded predictions (the in-memory path; tests build columns directly). */
function scoreTermsFromColumns(
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
    ids: preds.ids,
    idHashes: preds.idHashes,
    lines: preds.lines,
    labelNames: preds.labels.names,
    labelsNumeric: preds.labels.allNumeric,
    pred: preds.pred,
    predSets: preds.predSets,
    scoreKeys: preds.scoreKeys,
    scoreKeysLine: preds.lines[0] ?? 0,
    scores: values,
  });
  return terms;
}

/** Columns every task stores: the golden-content hash and each slice field's value code. */
function commonColumns(golden: GoldenColumns): ExampleRecords['columns'] {
  const columns: ExampleRecords['columns'] = { golden: encodeColumn(golden.recordHashes, 'u32') };
  for (const s of golden.slices) columns[`field.${s.field}`] = encodeCodes(s.codes, s.values.length);
  return columns;
}

function addRankingHistograms(
  stats: SingleLabelStats[],
  membership: Int32Array[],
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

export function singleLabelStatsToJson(st: SingleLabelStats): SingleLabelStatsJson {
  const json: SingleLabelStatsJson = {
    family: 'classification',
    k: st.k,
    n: st.n,
    confusion: Array.from(st.confusion),
  };
  if (st.scored) {
    json.scored = {
      n: st.scored.n,
      bin_count: Array.from(st.scored.binCount),
      bin_confidence: Array.from(st.scored.binConfidence),
      bin_correct: Array.from(st.scored.binCorrect),
      brier_sum: st.scored.brierSum,
      log_loss_sum: st.scored.logLossSum,
      top_k_hits: st.scored.topKHits,
    };
    if (st.scored.ranking) {
      json.scored.ranking = st.scored.ranking.map((h) => ({
        scores: Array.from(h.scores),
        positives: Array.from(h.positives),
        negatives: Array.from(h.negatives),
      }));
    }
  }
  return json;
}

export function singleLabelStatsFromJson(json: SingleLabelStatsJson): SingleLabelStats {
  const st: SingleLabelStats = { k: json.k, n: json.n, confusion: Float64Array.from(json.confusion) };
  if (json.scored) {
    st.scored = {
      n: json.scored.n,
      binCount: Float64Array.from(json.scored.bin_count),
      binConfidence: Float64Array.from(json.scored.bin_confidence),
      binCorrect: Float64Array.from(json.scored.bin_correct),
      brierSum: json.scored.brier_sum,
      logLossSum: json.scored.log_loss_sum,
      topKHits: json.scored.top_k_hits,
      ranking: json.scored.ranking?.map((h) => ({
        scores: Float64Array.from(h.scores),
        positives: Float64Array.from(h.positives),
        negatives: Float64Array.from(h.negatives),
      })),
    };
  }
  return st;
}

function evaluateMultilabel(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
  space: LabelSpace,
  rowOf: Int32Array,
  slices: SliceDef[],
  membership: Int32Array[],
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
  const metricNames = suite.metrics.filter((m) => m !== 'per_class_f1' && m !== 'confusion_matrix');
  const results: SliceResult[] = slices.map((def, s) => {
    const st = stats[s];
    const result: SliceResult = {
      key: def.key,
      kind: def.kind,
      fields: { ...def.fields },
      n: st.n,
      insufficient: st.n < suite.minSupport,
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
  const examples: ExampleRecords | undefined = suite.storeExamples
    ? {
        n,
        ids: golden.ids,
        columns: {
          ...commonColumns(golden),
          truth: { ...encodeColumn(truthBits, 'u8'), width: k },
          pred: { ...encodeColumn(predBits, 'u8'), width: k },
        },
      }
    : undefined;
  return { slices: results, examples };
}
