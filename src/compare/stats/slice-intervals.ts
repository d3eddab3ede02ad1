/**
 * Intervals of a slice's paired deltas, one method per metric:
 * - a metric that is the mean of a 0/1 outcome per example (the problem exposes its per-unit outcomes):
 *   Tango's score interval from the discordant counts, no resampling (paired-score.ts);
 * - any other metric: the paired bootstrap's draws with BCa bias correction and jackknife acceleration
 *   (bca.ts).
 * Below MIN_PAIRS examples, or when the draws cannot carry an interval (every resample gives the same
 * delta, or all fall on one side of the point), the metric gets no interval and a reason instead of a
 * narrow interval that would not hold its level.
 */
import { accelerationOf, bcaSummary, jackknife } from './bca.js';
import { discordanceOf, tangoInterval, tangoPBelowZero, type PairedOutcomes } from './paired-score.js';
import { pairedBootstrap, type ResampleMethod } from './resample.js';

/**
 * Fewest paired examples (in the metric's denominator) for which an interval is given. The coverage
 * simulation (docs/bootstrap.md) holds 95 ± 2% from n = 50; at n = 20 Tango still holds its level while
 * BCa of macro-F1 falls to ~90% — below 20 neither is reported.
 */
export const MIN_PAIRS = 20;
export const TOO_FEW = 'too few examples to bound this metric';

export type IntervalMethod = 'tango-score' | 'bca-bootstrap';

/** What a slice's paired problem offers the interval methods (a WeightedProblem fits). */
export interface PairedUnitProblem {
  readonly units: Float64Array;
  readonly rowUnit: Uint32Array;
  /** Base values then head values, in the order of the metrics. */
  readonly evaluate: (weights: Float64Array) => Float64Array;
  /** Per-unit 0/1 outcomes when the metric is the mean of one, else null/absent. */
  readonly outcomes?: (metric: string) => PairedOutcomes | null;
}

export interface DeltaInterval {
  readonly method: IntervalMethod;
  readonly low: number;
  readonly high: number;
  /** Standard error of the delta (Tango: the paired difference's; BCa: the bootstrap's). */
  readonly se: number;
  /** One-sided p-values of Δ < 0 and Δ > 0, each consistent with the interval. */
  readonly pBelowZero: number;
  readonly pAboveZero: number;
}

export interface NoDeltaInterval {
  readonly method: IntervalMethod;
  readonly reason: string;
}

export interface SliceIntervalOptions {
  readonly sliceName: string;
  readonly metrics: readonly string[];
  readonly problem: PairedUnitProblem;
  readonly resamples: number;
  readonly seed: number;
  readonly method: ResampleMethod;
  readonly level: number;
}

/** A short description of each method, for report footnotes. */
export function describeMethod(method: IntervalMethod, resamples: number): string {
  return method === 'tango-score' ? 'Tango score interval' : `BCa bootstrap, ${resamples} resamples`;
}

export function pairedDeltaIntervals(
  options: SliceIntervalOptions,
): Map<string, DeltaInterval | NoDeltaInterval> {
  const { metrics, problem, level } = options;
  const out = new Map<string, DeltaInterval | NoDeltaInterval>();
  const M = metrics.length;
  const boot: number[] = [];
  metrics.forEach((metric, j) => {
    const outcomes = problem.outcomes?.(metric) ?? null;
    if (!outcomes) return boot.push(j);
    const d = discordanceOf(problem.units, outcomes);
    if (d.n < MIN_PAIRS) return out.set(metric, { method: 'tango-score', reason: TOO_FEW });
    const [low, high] = tangoInterval(d, level);
    const diff = (d.gains - d.losses) / d.n;
    const se = Math.sqrt(Math.max(0, (d.gains + d.losses) / d.n - diff * diff) / d.n);
    out.set(metric, {
      method: 'tango-score',
      low,
      high,
      se,
      pBelowZero: tangoPBelowZero(d),
      pAboveZero: tangoPBelowZero({ n: d.n, gains: d.losses, losses: d.gains }),
    });
  });
  if (boot.length) {
    let n = 0;
    for (let u = 0; u < problem.units.length; u++) n += problem.units[u];
    if (n < MIN_PAIRS) {
      for (const j of boot) out.set(metrics[j], { method: 'bca-bootstrap', reason: TOO_FEW });
    } else {
      const deltas = new Float64Array(boot.length);
      const statistic = (weights: Float64Array): Float64Array => {
        const v = problem.evaluate(weights);
        for (let i = 0; i < boot.length; i++) deltas[i] = v[M + boot[i]] - v[boot[i]];
        return deltas;
      };
      const result = pairedBootstrap({
        units: problem.units,
        rowUnit: problem.rowUnit,
        evaluate: statistic,
        resamples: options.resamples,
        seed: options.seed,
        sliceName: options.sliceName,
        method: options.method,
      });
      const jack = jackknife(problem.units, statistic, boot.length);
      boot.forEach((j, i) => {
        const a = accelerationOf(jack.weight, jack.values[i]);
        const s = bcaSummary(result.samples[i], result.point[i], a, level);
        out.set(
          metrics[j],
          s
            ? {
                method: 'bca-bootstrap',
                low: s.low,
                high: s.high,
                se: s.se,
                pBelowZero: s.pBelowZero,
                pAboveZero: s.pAboveZero,
              }
            : { method: 'bca-bootstrap', reason: TOO_FEW },
        );
      });
    }
  }
  // metrics in their given order, whatever the method
  return new Map(metrics.map((m) => [m, out.get(m)!]));
}
