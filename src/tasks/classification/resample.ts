import { gatherF64 } from '../../util/gather.js';
import type { SingleLabelStatsJson, SliceResult, SuiteResult } from '../../generated/result.js';
import type { PairedOutcomes } from '../../stats/paired-score.js';
import {
  unitPerRow,
  type ClassificationCountsData,
  type PairedInput,
  type UnpairedInput,
  type WeightedProblem,
} from '../task-family.js';
import { ClassCounts, countMetricsInto } from './count-metrics.js';
import { countsInfluence } from './counts-influence.js';
import { singleLabelMetrics } from './metrics.js';
import { addMultilabelExample, emptyMultilabelStats, multilabelMetrics } from './multilabel.js';
import type { SingleLabelStats } from './stats.js';
import { isOpsMetric } from '../ops/registry.js';
import { opsPairedTerms, opsUnpaired } from '../ops/slices.js';

/**
 * Resampling of classification metrics. Count metrics (accuracy, P/R/F, balanced accuracy) depend only on
 * how many examples fall in each (true, base prediction, head prediction) state, so a slice's rows are
 * grouped into those states — a few hundred to a few thousand units however many rows — and a resample
 * is a weight per state. Metrics built from per-example scores (ECE, Brier, log loss, top-k) resample rows.
 */
const COUNT_METRICS = new Set([
  'accuracy',
  'balanced_accuracy',
  'micro_precision',
  'micro_recall',
  'micro_f1',
  'macro_precision',
  'macro_recall',
  'macro_f1',
  'weighted_precision',
  'weighted_recall',
  'weighted_f1',
  'samples_f1',
  'hamming_loss',
]);
const ROW_COLUMNS: Record<string, string> = { ece: 'confidence', brier: 'brier', log_loss: 'log_loss' };

export function classificationResamplable(metric: string, slice: SliceResult): boolean {
  if (isOpsMetric(metric)) return slice.kind !== 'label';
  if (slice.kind === 'label')
    return COUNT_METRICS.has(metric) && !metric.startsWith('samples') && metric !== 'hamming_loss';
  return COUNT_METRICS.has(metric) || metric in ROW_COLUMNS;
}

function labelFocus(slice: SliceResult): number | undefined {
  return slice.kind === 'label' && slice.stats?.family === 'label-slice' ? slice.stats.class : undefined;
}

export function pairedClassification(input: PairedInput): WeightedProblem {
  if (input.headSuite.task_type === 'multilabel') return pairedMultilabel(input);
  const { base, head, baseRows, headRows, metrics } = input;
  const k = input.headSuite.labels.length;
  const w = k + 1;
  const focus = labelFocus(input.slice);
  const truth = head.columns.get('truth')!;
  const basePred = base.columns.get('pred')!;
  const headPred = head.columns.get('pred')!;
  const n = headRows.length;
  const rowsAsUnits = metrics.some((m) => m in ROW_COLUMNS || isOpsMetric(m));

  // state code = (t * w + b) * w + h, with k standing for "no prediction"; rows are grouped by state in
  // the same pass unless each row is its own unit
  const stateOf = rowsAsUnits ? new Int32Array(n) : null;
  const index = rowsAsUnits ? null : new Int32Array(k * w * w).fill(-1);
  const states: number[] = [];
  const stateCounts: number[] = [];
  const groupedUnit = rowsAsUnits ? null : new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const t = truth[headRows[i]];
    const b = basePred[baseRows[i]] < 0 ? k : basePred[baseRows[i]];
    const h = headPred[headRows[i]] < 0 ? k : headPred[headRows[i]];
    const state = (t * w + b) * w + h;
    if (stateOf) {
      stateOf[i] = state;
      continue;
    }
    let u = index![state];
    if (u < 0) {
      u = index![state] = states.length;
      states.push(state);
      stateCounts.push(0);
    }
    stateCounts[u]++;
    groupedUnit![i] = u;
  }
  let units: Float64Array;
  let rowUnit: Uint32Array;
  let unitState: Int32Array;
  if (stateOf) {
    ({ units, rowUnit } = unitPerRow(n));
    unitState = stateOf;
  } else {
    units = Float64Array.from(stateCounts);
    rowUnit = groupedUnit!;
    unitState = Int32Array.from(states);
  }
  const rowTerms = rowsAsUnits ? rowTermColumns(input) : null;
  const opsTerms = opsPairedTerms(input);
  // decode each unit's state once
  const U = unitState.length;
  const ut = new Int32Array(U);
  const ub = new Int32Array(U);
  const uh = new Int32Array(U);
  for (let u = 0; u < U; u++) {
    const s = unitState[u];
    uh[u] = s % w;
    const rest = (s - uh[u]) / w;
    ub[u] = rest % w;
    ut[u] = (rest - ub[u]) / w;
  }
  const data: ClassificationCountsData = {
    kind: 'classification-counts',
    k,
    ut,
    ub,
    uh,
    units,
    rowUnit,
    metrics,
    focus,
  };
  const counts = countsProblem(data);
  if (!rowTerms && !opsTerms) return counts;
  const M = metrics.length;
  const evaluate = (weights: Float64Array): Float64Array => {
    const out = counts.evaluate(weights);
    if (rowTerms) {
      const rowValues = rowTerms(weights);
      metrics.forEach((m, j) => {
        if (m in rowValues.base) out[j] = rowValues.base[m];
        if (m in rowValues.head) out[M + j] = rowValues.head[m];
      });
    }
    if (opsTerms) {
      const opsValues = opsTerms(weights);
      metrics.forEach((m, j) => {
        if (m in opsValues.base) out[j] = opsValues.base[m];
        if (m in opsValues.head) out[M + j] = opsValues.head[m];
      });
    }
    return out;
  };
  return { units, rowUnit, evaluate, outcomes: counts.outcomes };
}

/** Count metrics of both sides from (true, base, head) state weights; rebuildable from its data anywhere. */
export function countsProblem(data: ClassificationCountsData): WeightedProblem {
  const { k, ut, ub, uh, metrics, focus } = data;
  const baseCounts = new ClassCounts(k);
  const headCounts = new ClassCounts(k);
  const M = metrics.length;
  const out = new Float64Array(M * 2);
  const evaluate = (weights: Float64Array): Float64Array => {
    baseCounts.reset();
    headCounts.reset();
    for (let u = 0; u < weights.length; u++) {
      const wt = weights[u];
      if (wt === 0) continue;
      baseCounts.add(ut[u], ub[u], wt);
      headCounts.add(ut[u], uh[u], wt);
    }
    countMetricsInto(baseCounts, metrics, focus, out, 0);
    countMetricsInto(headCounts, metrics, focus, out, M);
    return out;
  };
  return {
    units: data.units,
    rowUnit: data.rowUnit,
    evaluate,
    data,
    outcomes: (m) => countOutcomes(data, m),
    influence: countsInfluence(data),
  };
}

const FOCUS_RECALLS = new Set([
  'accuracy',
  'balanced_accuracy',
  'micro_recall',
  'macro_recall',
  'weighted_recall',
]);

/**
 * Accuracy is the mean of "predicted the true class" over the slice; on a label slice, accuracy and the
 * recalls are the class's recall, the same outcome over the examples of that class. Other count metrics
 * are ratios of counts that move with the predictions: null.
 */
function countOutcomes(data: ClassificationCountsData, metric: string): PairedOutcomes | null {
  const { ut, ub, uh, focus } = data;
  if (focus === undefined ? metric !== 'accuracy' : !FOCUS_RECALLS.has(metric)) return null;
  return {
    member: focus === undefined ? null : Uint8Array.from(ut, (t) => (t === focus ? 1 : 0)),
    base: Uint8Array.from(ut, (t, u) => (ub[u] === t ? 1 : 0)),
    head: Uint8Array.from(ut, (t, u) => (uh[u] === t ? 1 : 0)),
  };
}

/** Weighted per-row metric terms (ECE, Brier, log loss) for both sides; weights are per row. */
function rowTermColumns(
  input: PairedInput,
): (weights: Float64Array) => { base: Record<string, number>; head: Record<string, number> } {
  const { base, head, baseRows, headRows, metrics } = input;
  const bins =
    (input.headSuite.slices[0]?.stats as SingleLabelStatsJson | undefined)?.scored?.bin_count.length ?? 15;
  const truth = head.columns.get('truth')!;
  const sides = [
    { table: base, rows: baseRows },
    { table: head, rows: headRows },
  ].map(({ table, rows }) => {
    const pred = table.columns.get('pred')!;
    const get = (name: string) => {
      const col = table.columns.get(name);
      return col ? gatherF64(col, rows) : null;
    };
    const correct = new Uint8Array(rows.length);
    const scored = new Uint8Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const p = pred[rows[i]];
      correct[i] = p === truth[headRows[i]] ? 1 : 0;
      scored[i] = p >= 0 ? 1 : 0;
    }
    return { confidence: get('confidence'), brier: get('brier'), logLoss: get('log_loss'), correct, scored };
  });
  const binCount = new Float64Array(bins);
  const binConf = new Float64Array(bins);
  const binCorrect = new Float64Array(bins);
  const step = 1 / bins;
  const binOf = (c: number): number => {
    let b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    while (b > 0 && c <= b * step) b--;
    while (b < bins - 1 && c > (b + 1) * step) b++;
    return b;
  };
  const binIndex = sides.map((s) => {
    if (!s.confidence) return null;
    const bin = new Int32Array(s.confidence.length);
    for (let i = 0; i < bin.length; i++) bin[i] = binOf(s.confidence[i]);
    return bin;
  });
  return (weights) => {
    const values = sides.map((s, side) => {
      const v: Record<string, number> = {};
      let n = 0;
      for (let i = 0; i < weights.length; i++) if (s.scored[i]) n += weights[i];
      if (metrics.includes('brier') && s.brier) {
        let sum = 0;
        for (let i = 0; i < weights.length; i++) if (s.scored[i]) sum += weights[i] * s.brier[i];
        v.brier = n > 0 ? sum / n : NaN;
      }
      if (metrics.includes('log_loss') && s.logLoss) {
        let sum = 0;
        for (let i = 0; i < weights.length; i++) if (s.scored[i]) sum += weights[i] * s.logLoss[i];
        v.log_loss = n > 0 ? sum / n : NaN;
      }
      if (metrics.includes('ece') && s.confidence) {
        binCount.fill(0);
        binConf.fill(0);
        binCorrect.fill(0);
        const idx = binIndex[side]!;
        for (let i = 0; i < weights.length; i++) {
          if (!s.scored[i] || weights[i] === 0) continue;
          binConf[idx[i]] += weights[i] * s.confidence[i];
          binCorrect[idx[i]] += weights[i] * s.correct[i];
        }
        let sum = 0;
        for (let b = 0; b < bins; b++) sum += Math.abs(binCorrect[b] - binConf[b]);
        v.ece = n > 0 ? sum / n : NaN;
      }
      return v;
    });
    return { base: values[0], head: values[1] };
  };
}

function pairedMultilabel(input: PairedInput): WeightedProblem {
  const { base, head, baseRows, headRows, metrics } = input;
  const k = input.headSuite.labels.length;
  const truth = head.columns.get('truth')!;
  const basePred = base.columns.get('pred')!;
  const headPred = head.columns.get('pred')!;
  const n = headRows.length;
  const setOf = (col: ArrayLike<number>, r: number) => {
    const out: number[] = [];
    for (let c = 0; c < k; c++) if (col[r * k + c]) out.push(c);
    return out;
  };
  const rows = Array.from({ length: n }, (_, i) => ({
    t: setOf(truth, headRows[i]),
    b: setOf(basePred, baseRows[i]),
    h: setOf(headPred, headRows[i]),
  }));
  const focus = labelFocus(input.slice);
  const out = new Float64Array(metrics.length * 2);
  const opsTerms = opsPairedTerms(input);
  return {
    ...unitPerRow(n),
    evaluate: (weights) => {
      const opsValues = opsTerms ? opsTerms(weights) : null;
      const bs = emptyMultilabelStats(k);
      const hs = emptyMultilabelStats(k);
      for (let i = 0; i < n; i++) {
        for (let r = 0; r < weights[i]; r++) {
          addMultilabelExample(bs, rows[i].t, rows[i].b);
          addMultilabelExample(hs, rows[i].t, rows[i].h);
        }
      }
      const bv = multilabelMetrics(bs, metrics, focus);
      const hv = multilabelMetrics(hs, metrics, focus);
      metrics.forEach((m, j) => {
        out[j] = opsValues?.base[m] ?? bv[m] ?? NaN;
        out[metrics.length + j] = opsValues?.head[m] ?? hv[m] ?? NaN;
      });
      return out;
    },
  };
}

/** Unpaired: each side's confusion cells are its units (single-label count metrics only). */
export function unpairedClassification(
  input: UnpairedInput,
): { base: WeightedProblem; head: WeightedProblem } | null {
  if (input.metrics.every(isOpsMetric)) return opsUnpaired(input);
  if (input.headSuite.task_type === 'multilabel') return null;
  if (input.metrics.some((m) => !COUNT_METRICS.has(m))) return null;
  const side = (
    slice: SliceResult,
    suite: SuiteResult,
    position: 'base' | 'head',
  ): WeightedProblem | null => {
    const stats =
      slice.kind === 'label' ? suite.slices.find((s) => s.kind === 'overall')?.stats : slice.stats;
    if (!stats || stats.family !== 'classification') return null;
    const cells: number[] = [];
    const counts: number[] = [];
    stats.confusion.forEach((c, i) => {
      if (c > 0) {
        cells.push(i);
        counts.push(c);
      }
    });
    const units = Float64Array.from(counts);
    const k = stats.k;
    const st: SingleLabelStats = { k, n: 0, confusion: new Float64Array(stats.confusion.length) };
    const focus = labelFocus(slice);
    const out = new Float64Array(input.metrics.length * 2).fill(NaN);
    const offset = position === 'base' ? 0 : input.metrics.length;
    return {
      units,
      rowUnit: new Uint32Array(0),
      evaluate: (weights) => {
        st.confusion.fill(0);
        let n = 0;
        for (let u = 0; u < weights.length; u++) {
          st.confusion[cells[u]] += weights[u];
          n += weights[u];
        }
        st.n = n;
        const v = singleLabelMetrics(st, input.metrics, { focusClass: focus });
        input.metrics.forEach((m, j) => (out[offset + j] = v[m] ?? NaN));
        return out;
      },
    };
  };
  const b = side(input.base, input.baseSuite, 'base');
  const h = side(input.head, input.headSuite, 'head');
  return b && h ? { base: b, head: h } : null;
}
