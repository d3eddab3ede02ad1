import type { Reliability, SuiteComparison, Trend } from '../generated/comparison.js';
import type { EvalgateResult, SingleLabelStatsJson, SuiteResult } from '../generated/result.js';
import { historyPoint } from '../result/history.js';
import { sliceOf } from '../result/slice-index.js';

/** Gated metrics drawn in a suite's trend: the first ones, in the order of its gates. */
const MAX_TREND_METRICS = 3;

/**
 * The suite's gated metrics on the overall slice over the base result's `history`, then the base itself,
 * then the head. No history (a file baseline, a result written before history existed) → no trend.
 */
export function suiteTrend(
  base: EvalgateResult,
  suite: SuiteComparison,
  headSuite: SuiteResult,
): Trend | undefined {
  if (!base.history?.length) return undefined;
  const metrics = [...new Set(suite.gates.map((g) => g.metric))].slice(0, MAX_TREND_METRICS);
  if (metrics.length === 0) return undefined;
  const points = [...base.history, historyPoint(base, base.git?.sha ?? 'unknown', null)];
  const kept = points.filter((p) => p.skipped === undefined);
  const valueOf = (p: (typeof points)[number], metric: string): number | null => {
    const value = p.suites?.find((s) => s.name === suite.name)?.metrics[metric];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const headOverall = headSuite.slices.find((s) => s.kind === 'overall');
  return {
    baselines: kept.map((p) => ({
      sha: p.sha,
      run_number: p.run_number,
      created_at: p.created_at ?? null,
    })),
    skipped: points
      .filter((p) => p.skipped !== undefined)
      .map((p) => ({ sha: p.sha, run_number: p.run_number, reason: p.skipped! })),
    metrics: metrics.map((metric) => ({
      metric,
      values: kept.map((p) => valueOf(p, metric)),
      head: headOverall?.metrics[metric] ?? null,
    })),
  };
}

function scoredStats(suite: SuiteResult | null, key: string): SingleLabelStatsJson['scored'] | undefined {
  const stats = sliceOf(suite, key)?.stats;
  return stats && 'family' in stats && stats.family === 'classification' && 'confusion' in stats
    ? (stats as SingleLabelStatsJson).scored
    : undefined;
}

/**
 * The reliability diagram's data on the overall slice when the suite reports ECE: per equal-width bin of the
 * top score, (lo, hi] as ECE bins them, each side's examples, mean confidence and accuracy, from the
 * results' mergeable bin sums. Bins empty on both sides are left out.
 */
export function suiteReliability(base: SuiteResult | null, head: SuiteResult): Reliability | undefined {
  if (!head.metrics.includes('ece')) return undefined;
  const h = scoredStats(head, 'overall');
  if (!h) return undefined;
  const b = scoredStats(base, 'overall');
  const B = h.bin_count.length;
  if (b && b.bin_count.length !== B) return undefined;
  const side = (s: typeof h | undefined, i: number) =>
    s && s.bin_count[i] > 0
      ? {
          n: s.bin_count[i],
          confidence: s.bin_confidence[i] / s.bin_count[i],
          accuracy: s.bin_correct[i] / s.bin_count[i],
        }
      : null;
  const bins: Reliability['bins'] = [];
  for (let i = 0; i < B; i++) {
    const entry = { lo: i / B, hi: (i + 1) / B, base: side(b, i), head: side(h, i) };
    if (entry.base || entry.head) bins.push(entry);
  }
  return bins.length ? { slice: 'overall', bins } : undefined;
}
