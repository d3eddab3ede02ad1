import type { ResolvedSuite } from '../../spec/config.js';
import type { GoldenColumns } from './golden-columns.js';
import type { PredictionPart } from './prediction-columns.js';

/** float64 machine epsilon: scikit-learn's log_loss clipping. */
const EPS = 2.220446049250313e-16;

const numericOrder = (a: string, b: string) => Number(a) - Number(b);
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The class order when predictions carry scores: the configured labels, else the score keys sorted
 * (numerically when every golden label is a number and every key reads as one). Every golden and
 * predicted label must be among them, which the evaluation checks.
 */
export function scoredLabelOrder(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  scoreKeys: readonly string[],
): string[] {
  if (suite.labels) return [...suite.labels];
  const numeric =
    golden.labels.allNumeric && scoreKeys.every((k) => k.trim() !== '' && Number.isFinite(Number(k)));
  return [...scoreKeys].sort(numeric ? numericOrder : textOrder);
}

export function eceBinOf(conf: number, bins: number): number {
  // numpy.linspace(0, 1, bins + 1) edges are j * (1 / bins); bin b holds (edge_b, edge_b+1], bin 0 also holds 0.
  const step = 1 / bins;
  let b = Math.min(bins - 1, Math.max(0, Math.ceil(conf * bins) - 1));
  while (b > 0 && conf <= b * step) b--;
  while (b < bins - 1 && conf > (b + 1) * step) b++;
  return b;
}

/**
 * Per-example terms of the score-based metrics (max score, Brier term, log-loss term, top-k hit), in golden
 * order, computed as each part of the predictions arrives. The parts' score matrices can then be dropped:
 * at a million rows × 20 classes that is 160 MB never held at once.
 */
export class ScoreTerms {
  readonly names: string[];
  readonly conf: Float64Array;
  readonly brier: Float64Array;
  readonly logLoss: Float64Array;
  readonly hit: Uint8Array;
  readonly has: Uint8Array;
  private readonly truthClass: Int32Array;
  private readonly positive: number;

  constructor(
    private readonly suite: ResolvedSuite,
    golden: GoldenColumns,
    readonly scoreKeys: readonly string[],
  ) {
    this.names = scoredLabelOrder(suite, golden, scoreKeys);
    const index = new Map(this.names.map((n, i) => [n, i]));
    // −1: a golden label with no score column (the evaluation reports it)
    const goldenToClass = Int32Array.from(golden.labels.names, (n) => index.get(n) ?? -1);
    this.truthClass = Int32Array.from(golden.truth, (t) => goldenToClass[t]);
    const n = golden.n;
    this.conf = new Float64Array(n);
    this.brier = new Float64Array(n);
    this.logLoss = new Float64Array(n);
    this.hit = new Uint8Array(n);
    this.has = new Uint8Array(n);
    this.positive = suite.positiveLabel !== undefined ? this.names.indexOf(suite.positiveLabel) : 1;
  }

  /** Adds a decoded part's rows; ids not in the golden set are skipped (the join reports them). */
  add(part: PredictionPart): void {
    if (!part.scores || !part.scoreKeys) return;
    const k = this.names.length;
    const K = part.scoreKeys.length;
    const keyIndex = new Map(part.scoreKeys.map((key, j) => [key, j]));
    const col = Int32Array.from(this.names, (name) => keyIndex.get(name) ?? -1);
    if (col.some((c) => c < 0) || K !== k) return; // the merge reports mismatched score keys
    const topK = this.suite.topK;
    const pos = this.positive;
    const values = part.scores;
    const goldenRows = part.goldenRows;
    if (!goldenRows) throw new Error('ScoreTerms.add: the part was not joined to the golden set');
    for (let r = 0; r < part.n; r++) {
      const gi = goldenRows[r];
      if (gi < 0) continue;
      const t = this.truthClass[gi];
      if (t < 0) continue;
      const off = r * K;
      const st = values[off + col[t]];
      let above = 0;
      let sq = 0;
      let c = -Infinity;
      for (let j = 0; j < k; j++) {
        const v = values[off + col[j]];
        if (v > c) c = v;
        if (v > st || (v === st && j > t)) above++;
        const d = j === t ? v - 1 : v;
        sq += d * d;
      }
      if (k === 2 && pos >= 0) {
        const d = values[off + col[pos]] - (t === pos ? 1 : 0);
        sq = d * d;
      }
      this.conf[gi] = c;
      this.brier[gi] = sq;
      this.logLoss[gi] = -Math.log(Math.min(Math.max(st, EPS), 1 - EPS));
      this.hit[gi] = above < topK ? 1 : 0;
      this.has[gi] = 1;
    }
  }
}
