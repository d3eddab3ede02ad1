/**
 * task: scored — judged outputs (an LLM judge, human ratings): per run a numeric score and/or a pass/fail
 * verdict, several runs (repeats) per example. Each example is summarised by its mean score and pass
 * fraction over runs; metrics aggregate those per-example values over the slice's examples.
 */
import type { ResolvedSuite } from '../../spec/config.js';
import type { FlakyExamples, ScoredStatsJson, SliceResult, SuiteResult } from '../../generated/result.js';
import { InputError, describeType, quote } from '../../io/errors.js';
import { codeDtype, encodeColumn } from '../../result/columns.js';
import { joinMany, readKeyedFiles, type DataRecord } from '../keyed-records.js';
import { finishKeyedSuite, keyedSuiteResult } from '../keyed-result.js';
import { planSliceRows, sliceHeader } from '../slice-results.js';
import { quantileOfCounts, valueCountsOf, weightedQuantiles } from '../ops/quantile.js';
import { SCORE_QUANTILES } from './registry.js';
import { NO_VERDICT, summariesOf, summaryColumns, type ExampleSummaries } from './rows.js';
import type { Aggregate, ShardMeta } from '../shard-suite.js';
import { compareIds, type IdSource } from '../../util/id-list.js';

export type { ExampleSummaries };

export const SCORED_DEFINITIONS_VERSION = 1;
/** Flaky examples listed in a result (all are counted). */
export const MAX_FLAKY_LISTED = 50;
export { NO_VERDICT };

interface Run {
  readonly run: string | null;
  readonly score: number | null;
  readonly pass: boolean | null;
}

function scoreOf(value: unknown, file: string, line: number, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new InputError({
    file,
    line,
    field,
    message: `expected a finite number score, got ${describeType(value)}`,
  });
}

const PASS = new Set(['pass', 'passed', 'true', 'yes', '1']);
const FAIL = new Set(['fail', 'failed', 'false', 'no', '0']);

function verdictOf(value: unknown, file: string, line: number, field: string): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (PASS.has(v)) return true;
    if (FAIL.has(v)) return false;
  }
  throw new InputError({
    file,
    line,
    field,
    message: `expected a verdict (true/false, "pass"/"fail" or 1/0), got ${describeType(value)}`,
  });
}

/** The fields a scored suite reads, defaults applied. */
function scoredFields(suite: ResolvedSuite) {
  return {
    id: suite.fields.id,
    score: suite.fields.score ?? 'score',
    verdict: suite.fields.verdict ?? 'verdict',
    run: suite.fields.run ?? 'run',
  };
}

export async function evaluateScored(suite: ResolvedSuite): Promise<SuiteResult> {
  const f = scoredFields(suite);
  const threshold = suite.scored.passThreshold;
  const runField = f.run;
  const { golden, predictions } = await readKeyedFiles(
    suite,
    () => ({ item: null, content: '' }),
    (record: DataRecord, line, file): Run => {
      const score = scoreOf(record[f.score], file, line, f.score);
      let pass = verdictOf(record[f.verdict], file, line, f.verdict);
      if (score === null && pass === null) {
        throw new InputError({
          file,
          line,
          message: `a run needs a score (${f.score}) or a verdict (${f.verdict}); this row has neither`,
        });
      }
      if (pass === null && threshold !== undefined && score !== null) pass = score >= threshold;
      const raw = record[runField];
      const run = raw === undefined || raw === null || raw === '' ? null : String(raw);
      return { run, score, pass };
    },
  );
  const { rowsOf, missing } = joinMany(suite, golden, predictions);

  // one run per id unless runs are named; named runs of an example must differ
  for (const rows of rowsOf) {
    const seen = new Map<string | null, number>();
    for (const r of rows) {
      const row = predictions.rows[r];
      const first = seen.get(row.item.run);
      if (first !== undefined) {
        throw new InputError({
          file: predictions.file,
          line: row.line,
          field: row.item.run === null ? f.id : f.run,
          message:
            row.item.run === null
              ? `duplicate id ${quote(row.id)} (first at line ${predictions.rows[first].line}); give each repeat a ${f.run} field`
              : `duplicate run ${quote(row.item.run)} of id ${quote(row.id)} (first at line ${predictions.rows[first].line})`,
        });
      }
      seen.set(row.item.run, r);
    }
  }
  const summaries = summarize(rowsOf.map((rows) => rows.map((r) => predictions.rows[r].item)));
  const read = { golden, predictions, missing };
  return finishKeyedSuite(suite, read, summaryColumns(summaries), null, {}, aggregateScored);
}

/** The suite's result from per-example summaries in golden order (evaluate, each shard, and the merge). */
export const aggregateScored: Aggregate<ShardMeta> = (suite, golden, columns, predictions, missing) => {
  const f = scoredFields(suite);
  const threshold = suite.scored.passThreshold;
  const n = golden.n;
  const summaries = summariesOf(columns);

  const { plan, rows } = planSliceRows(suite, n, golden.slices);
  const slices: SliceResult[] = plan.slices.map((def, s) => {
    const stats = sliceStats(summaries, rows[s]);
    return {
      ...sliceHeader(suite, def, rows[s].length),
      metrics: metricsFromStats(stats, suite.metrics),
      stats,
    };
  });

  const flaky = flakyExamples(summaries, golden.ids);
  const notes: string[] = [];
  const maxRuns = summaries.width;
  if (maxRuns > 1) {
    const spreads = Array.from(summaries.scoreSpread).filter((v) => !Number.isNaN(v));
    const meanSpread = spreads.length ? spreads.reduce((a, b) => a + b, 0) / spreads.length : null;
    notes.push(
      `Repeats: up to ${maxRuns} runs per example${meanSpread === null ? '' : `; mean within-example score spread (sd) ${meanSpread.toFixed(4)}`}; intervals resample examples, then runs within each example.`,
    );
  }
  const overall = slices[0].metrics;
  if (suite.metrics.includes('pass_rate') && overall.pass_rate === null)
    notes.push(
      `pass_rate has no value: no run has a verdict (${f.verdict}) and scored.pass_threshold is not set.`,
    );
  if (suite.metrics.some((m) => m !== 'pass_rate' && overall[m] === null))
    notes.push(`the score metrics have no value: no run has a score (${f.score}).`);
  if (missing > 0)
    notes.push(
      `${missing} example(s) without any run count as failed for pass_rate and are left out of the score metrics.`,
    );

  return keyedSuiteResult(suite, golden, predictions, missing, {
    task: 'scored',
    task_type: 'judged',
    definedBy: {
      definitions: SCORED_DEFINITIONS_VERSION,
      fields: [f.id, f.score, f.verdict, f.run],
      passThreshold: threshold ?? null,
    },
    labels: [],
    slices,
    notes,
    flaky,
    columns: () => {
      const runsDtype = codeDtype(maxRuns + 1);
      const RunsCtor = runsDtype === 'u8' ? Uint8Array : runsDtype === 'u16' ? Uint16Array : Uint32Array;
      return {
        runs: encodeColumn(RunsCtor.from(summaries.runs), runsDtype),
        score_mean: encodeColumn(summaries.scoreMean, 'f64'),
        score_spread: encodeColumn(summaries.scoreSpread, 'f64'),
        pass_fraction: encodeColumn(summaries.passFraction, 'f64'),
        ...(maxRuns > 0
          ? {
              run_score: { ...encodeColumn(summaries.runScore, 'f64'), width: maxRuns },
              run_pass: { ...encodeColumn(summaries.runPass, 'u8'), width: maxRuns },
            }
          : {}),
      };
    },
  });
};

/** Per-example means, spreads and pass fractions; the runs of each example in file order. */
export function summarize(runsOf: readonly (readonly Run[])[]): ExampleSummaries {
  const n = runsOf.length;
  const width = runsOf.reduce((w, runs) => Math.max(w, runs.length), 0);
  const out: ExampleSummaries = {
    runs: new Uint32Array(n),
    scoreMean: new Float64Array(n).fill(NaN),
    scoreSpread: new Float64Array(n).fill(NaN),
    passFraction: new Float64Array(n).fill(NaN),
    passes: new Uint32Array(n),
    judged: new Uint32Array(n),
    width,
    runScore: new Float64Array(n * width).fill(NaN),
    runPass: new Uint8Array(n * width).fill(NO_VERDICT),
  };
  runsOf.forEach((runs, i) => {
    out.runs[i] = runs.length;
    const scores: number[] = [];
    let passes = 0;
    let judged = 0;
    runs.forEach((run, j) => {
      if (run.score !== null) {
        scores.push(run.score);
        out.runScore[i * width + j] = run.score;
      }
      if (run.pass !== null) {
        judged++;
        if (run.pass) passes++;
        out.runPass[i * width + j] = run.pass ? 1 : 0;
      }
    });
    if (scores.length) {
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      out.scoreMean[i] = mean;
      if (scores.length > 1) {
        const ss = scores.reduce((a, v) => a + (v - mean) * (v - mean), 0);
        out.scoreSpread[i] = Math.sqrt(ss / (scores.length - 1));
      }
    }
    out.passes[i] = passes;
    out.judged[i] = judged;
    if (judged) out.passFraction[i] = passes / judged;
    else if (runs.length === 0) out.passFraction[i] = 0; // no prediction at all: counted as failed
  });
  return out;
}

function sliceStats(s: ExampleSummaries, rows: readonly number[]): ScoredStatsJson {
  let runs = 0;
  let scored = 0;
  let scoreSum = 0;
  let judged = 0;
  let passSum = 0;
  let flaky = 0;
  const means: number[] = [];
  for (const i of rows) {
    runs += s.runs[i];
    if (!Number.isNaN(s.scoreMean[i])) {
      scored++;
      scoreSum += s.scoreMean[i];
      means.push(s.scoreMean[i]);
    }
    if (!Number.isNaN(s.passFraction[i])) {
      judged++;
      passSum += s.passFraction[i];
    }
    if (s.passes[i] > 0 && s.passes[i] < s.judged[i]) flaky++;
  }
  const counts = valueCountsOf(means);
  return {
    family: 'scored',
    n: rows.length,
    runs,
    scored,
    score_sum: scoreSum,
    judged,
    pass_sum: passSum,
    flaky,
    score_values: [...counts.values],
    score_counts: [...counts.counts],
  };
}

/** Metric values from a slice's statistics; null where the slice has no scores (or no verdicts). */
export function metricsFromStats(
  stats: ScoredStatsJson,
  metrics: readonly string[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of metrics) {
    if (m === 'mean_score') out[m] = stats.scored ? stats.score_sum / stats.scored : null;
    else if (m === 'pass_rate') out[m] = stats.judged ? stats.pass_sum / stats.judged : null;
    else if (m in SCORE_QUANTILES)
      out[m] = stats.scored
        ? quantileOfCounts({ values: stats.score_values, counts: stats.score_counts }, SCORE_QUANTILES[m])
        : null;
  }
  return out;
}

/** Metric values of per-example means and pass fractions repeated by integer weights (bootstrap copies). */
export function weightedMetrics(
  means: readonly number[],
  meanWeights: readonly number[],
  passes: readonly number[],
  passWeights: readonly number[],
  metrics: readonly string[],
): number[] {
  const sum = (v: readonly number[], w: readonly number[]) => {
    let s = 0;
    let total = 0;
    for (let i = 0; i < v.length; i++) {
      s += w[i] * v[i];
      total += w[i];
    }
    return total > 0 ? s / total : NaN;
  };
  const qs = metrics.filter((m) => m in SCORE_QUANTILES);
  const quantiles =
    qs.length && means.length
      ? weightedQuantiles(
          means,
          meanWeights,
          qs.map((m) => SCORE_QUANTILES[m]),
        )
      : [];
  return metrics.map((m) => {
    if (m === 'mean_score') return sum(means, meanWeights);
    if (m === 'pass_rate') return sum(passes, passWeights);
    const q = qs.indexOf(m);
    return q >= 0 && quantiles.length && meanWeights.some((w) => w > 0) ? quantiles[q] : NaN;
  });
}

/** Examples whose verdicts differ across runs, closest to a coin flip first, then by id. */
export function flakyExamples(s: ExampleSummaries, ids: IdSource): FlakyExamples {
  const found: number[] = [];
  let repeated = 0;
  for (let i = 0; i < ids.length; i++) {
    if (s.judged[i] >= 2) repeated++;
    if (s.passes[i] > 0 && s.passes[i] < s.judged[i]) found.push(i);
  }
  const distance = (i: number) => Math.abs(s.passes[i] / s.judged[i] - 0.5);
  found.sort((a, b) => distance(a) - distance(b) || compareIds(ids.at(a)!, ids.at(b)!));
  return {
    count: found.length,
    repeated,
    examples: found.slice(0, MAX_FLAKY_LISTED).map((i) => ({
      id: ids.at(i)!,
      runs: s.runs[i],
      passes: s.passes[i],
      mean_score: Number.isNaN(s.scoreMean[i]) ? null : s.scoreMean[i],
      spread: Number.isNaN(s.scoreSpread[i]) ? null : s.scoreSpread[i],
    })),
  };
}
