/** A scored suite's per-example summaries as shard rows (shard-rows.ts) and back. */
import { column, type RowColumns } from '../shard-rows.js';
import type { ShardPart } from '../shard-suite.js';

/** run_pass padding: no verdict for this run. */
export const NO_VERDICT = 255;

/** Per-example summaries over runs, in golden order. */
export interface ExampleSummaries {
  readonly runs: Uint32Array;
  /** Mean run score; NaN without a scored run. */
  readonly scoreMean: Float64Array;
  /** Sample standard deviation of the run scores; NaN with fewer than two. */
  readonly scoreSpread: Float64Array;
  /** Share of judged runs that pass; NaN without a judged run (0 for an example without predictions). */
  readonly passFraction: Float64Array;
  readonly passes: Uint32Array;
  readonly judged: Uint32Array;
  /** Runs as columns: score (NaN = none) and verdict (1/0, NO_VERDICT = none), `width` per example. */
  readonly width: number;
  readonly runScore: Float64Array;
  readonly runPass: Uint8Array;
}

export function summaryColumns(s: ExampleSummaries): RowColumns {
  const n = s.runs.length;
  // without any run the run columns are one empty run wide (a column needs a width)
  const runScore = s.width ? s.runScore : new Float64Array(n).fill(NaN);
  const runPass = s.width ? s.runPass : new Uint8Array(n).fill(NO_VERDICT);
  return {
    runs: column(s.runs, 'u32'),
    score_mean: column(s.scoreMean, 'f64'),
    score_spread: column(s.scoreSpread, 'f64'),
    pass_fraction: column(s.passFraction, 'f64'),
    passes: column(s.passes, 'u32'),
    judged: column(s.judged, 'u32'),
    run_score: column(runScore, 'f64', Math.max(1, s.width)),
    run_pass: column(runPass, 'u8', Math.max(1, s.width)),
  };
}

/**
 * The summaries of the rows; the run columns are cut to the most runs these rows have (a shard's rows
 * may have fewer than the whole file, the merged rows as many as the run).
 */
export function summariesOf(columns: RowColumns): ExampleSummaries {
  const runs = columns.runs.values as Uint32Array;
  const n = runs.length;
  let width = 0;
  for (let i = 0; i < n; i++) width = Math.max(width, runs[i]);
  const stored = columns.run_score.width;
  const runScore = new Float64Array(n * width);
  const runPass = new Uint8Array(n * width);
  const scores = columns.run_score.values as Float64Array;
  const passes = columns.run_pass.values as Uint8Array;
  for (let i = 0; i < n; i++) {
    runScore.set(scores.subarray(i * stored, i * stored + width), i * width);
    runPass.set(passes.subarray(i * stored, i * stored + width), i * width);
  }
  return {
    runs,
    scoreMean: columns.score_mean.values as Float64Array,
    scoreSpread: columns.score_spread.values as Float64Array,
    passFraction: columns.pass_fraction.values as Float64Array,
    passes: columns.passes.values as Uint32Array,
    judged: columns.judged.values as Uint32Array,
    width,
    runScore,
    runPass,
  };
}

/** Pads every shard's run columns to the widest shard's. */
export function combineScored(parts: ShardPart[]): Record<string, never> {
  const width = Math.max(...parts.map((p) => p.columns.run_score.width));
  for (const part of parts) {
    const { run_score: score, run_pass: pass } = part.columns;
    if (score.width === width) continue;
    const n = part.columns.runs.values.length;
    const s = new Float64Array(n * width).fill(NaN);
    const v = new Uint8Array(n * width).fill(NO_VERDICT);
    for (let i = 0; i < n; i++) {
      s.set(score.values.subarray(i * score.width, (i + 1) * score.width), i * width);
      v.set(pass.values.subarray(i * pass.width, (i + 1) * pass.width), i * width);
    }
    part.columns = { ...part.columns, run_score: column(s, 'f64', width), run_pass: column(v, 'u8', width) };
  }
  return {};
}
