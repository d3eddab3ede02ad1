import type { EvalgateResult, HistoryPoint } from '../generated/result.js';

/** How many earlier baselines a result remembers (and the trend chart shows before the compared one). */
export const HISTORY_LENGTH = 10;

/** The run that uploaded a baseline, when known. */
export interface BaselineRun {
  readonly id: number;
  readonly number: number;
}

/** A baseline as one history point: its commit, run and each suite's overall-slice metric values. */
export function historyPoint(result: EvalgateResult, sha: string, run: BaselineRun | null): HistoryPoint {
  return {
    sha,
    run_id: run?.id ?? null,
    run_number: run?.number ?? null,
    created_at: result.created_at,
    suites: result.suites.map((suite) => ({
      name: suite.name,
      metrics: { ...(suite.slices.find((s) => s.kind === 'overall')?.metrics ?? {}) },
    })),
  };
}

/** A baseline whose values could not be had, with why: kept so the next run neither refetches nor hides it. */
export function skippedPoint(sha: string, run: BaselineRun | null, reason: string): HistoryPoint {
  return { sha, run_id: run?.id ?? null, run_number: run?.number ?? null, skipped: reason.slice(0, 300) };
}

/**
 * The history a new result on the branch carries: its baseline's own history, then the baseline itself,
 * the newest HISTORY_LENGTH kept.
 */
export function historyAfter(previous: HistoryPoint[], baseline: HistoryPoint): HistoryPoint[] {
  return [...previous, baseline].slice(-HISTORY_LENGTH);
}
