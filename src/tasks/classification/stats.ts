import type { SingleLabelStatsJson } from '../../generated/result.js';

/**
 * Sufficient statistics of a single-label classification slice. Every field merges by element-wise
 * addition, so an evaluation can be split into shards and merged exactly.
 */
export interface SingleLabelStats {
  readonly k: number;
  /** Examples in the slice, including those without a prediction. */
  n: number;
  /** k × (k + 1) counts, row = true class, column = predicted class; column k = no prediction. */
  readonly confusion: Float64Array;
  /** Present when the predictions carry scores. */
  scored?: ScoredStats;
}

export interface ScoredStats {
  /** Examples with scores (those with a prediction). */
  n: number;
  readonly binCount: Float64Array;
  readonly binConfidence: Float64Array;
  readonly binCorrect: Float64Array;
  brierSum: number;
  logLossSum: number;
  topKHits: number;
  /** Per class: distinct scores (ascending) with the count of positives and negatives at each. */
  ranking?: ClassScoreHistogram[];
}

export interface ClassScoreHistogram {
  scores: Float64Array;
  positives: Float64Array;
  negatives: Float64Array;
}

export function emptySingleLabelStats(
  k: number,
  scored?: { bins: number; ranking: boolean },
): SingleLabelStats {
  const stats: SingleLabelStats = { k, n: 0, confusion: new Float64Array(k * (k + 1)) };
  if (scored) {
    stats.scored = {
      n: 0,
      binCount: new Float64Array(scored.bins),
      binConfidence: new Float64Array(scored.bins),
      binCorrect: new Float64Array(scored.bins),
      brierSum: 0,
      logLossSum: 0,
      topKHits: 0,
    };
  }
  return stats;
}

export function mergeSingleLabelStats(a: SingleLabelStats, b: SingleLabelStats): SingleLabelStats {
  if (a.k !== b.k) throw new Error(`cannot merge statistics over ${a.k} and ${b.k} classes`);
  const out: SingleLabelStats = { k: a.k, n: a.n + b.n, confusion: addArrays(a.confusion, b.confusion) };
  if (a.scored && b.scored) {
    out.scored = {
      n: a.scored.n + b.scored.n,
      binCount: addArrays(a.scored.binCount, b.scored.binCount),
      binConfidence: addArrays(a.scored.binConfidence, b.scored.binConfidence),
      binCorrect: addArrays(a.scored.binCorrect, b.scored.binCorrect),
      brierSum: a.scored.brierSum + b.scored.brierSum,
      logLossSum: a.scored.logLossSum + b.scored.logLossSum,
      topKHits: a.scored.topKHits + b.scored.topKHits,
    };
    if (a.scored.ranking && b.scored.ranking) {
      out.scored.ranking = a.scored.ranking.map((h, c) => mergeHistograms(h, b.scored!.ranking![c]));
    }
  }
  return out;
}

function addArrays(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length !== b.length) throw new Error('cannot merge statistics of different shapes');
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
  return out;
}

export function mergeHistograms(a: ClassScoreHistogram, b: ClassScoreHistogram): ClassScoreHistogram {
  const scores: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.scores.length || j < b.scores.length) {
    const take =
      j >= b.scores.length || (i < a.scores.length && a.scores[i] < b.scores[j])
        ? 'a'
        : a.scores[i] === b.scores[j]
          ? 'both'
          : 'b';
    if (take === 'a') {
      scores.push(a.scores[i]);
      pos.push(a.positives[i]);
      neg.push(a.negatives[i]);
      i++;
    } else if (take === 'b') {
      scores.push(b.scores[j]);
      pos.push(b.positives[j]);
      neg.push(b.negatives[j]);
      j++;
    } else {
      scores.push(a.scores[i]);
      pos.push(a.positives[i] + b.positives[j]);
      neg.push(a.negatives[i] + b.negatives[j]);
      i++;
      j++;
    }
  }
  return {
    scores: Float64Array.from(scores),
    positives: Float64Array.from(pos),
    negatives: Float64Array.from(neg),
  };
}

/** Builds one class's histogram from (score, is-positive) pairs. */
export function histogramFrom(scores: Float64Array, positive: Uint8Array): ClassScoreHistogram {
  const order = Array.from(scores.keys()).sort((x, y) => scores[x] - scores[y]);
  const s: number[] = [];
  const p: number[] = [];
  const q: number[] = [];
  for (const idx of order) {
    const v = scores[idx];
    if (s.length === 0 || s[s.length - 1] !== v) {
      s.push(v);
      p.push(0);
      q.push(0);
    }
    if (positive[idx]) p[p.length - 1]++;
    else q[q.length - 1]++;
  }
  return { scores: Float64Array.from(s), positives: Float64Array.from(p), negatives: Float64Array.from(q) };
}

/** The statistics as stored in a result file. */
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
