// What a run decides from its report, for both shells: the overall verdict, whether the step fails (per
// fail-on, gates/verdict-policy), the one-line status description and the failure message. The shells
// only publish what this returns.
import type { Comparison } from '../generated/comparison.js';
import { shouldFail, type FailOn, type OverallVerdict, type Shell } from '../gates/verdict-policy.js';
import { overallVerdict, verdictLabel, type CheckOutcome, type ReportInput } from './pr-comment.js';

export interface RunDecision {
  readonly verdict: OverallVerdict;
  /** The step fails (fail-on decided, or the baseline lookup failed). */
  readonly failing: boolean;
  /** The commit status / check run's one line. */
  readonly statusDescription: string;
  /** Why the step failed, in words, when it does. */
  readonly failureMessage?: string;
}

export interface DecisionOptions {
  readonly shell: Shell;
  readonly failOn: FailOn;
  readonly baselineRequired: boolean;
  /** The baseline lookup failed (an API error, not "none exists"): the reason. */
  readonly lookupError?: string;
  /** The suite-coverage check (report/suite-coverage), when it found suites missing from the head. */
  readonly coverage?: CheckOutcome;
}

export function decideRun(input: ReportInput, options: DecisionOptions): RunDecision {
  const verdict = overallVerdict(input);
  const { lookupError, coverage } = options;
  const failing = shouldFail(options.shell, verdict, options.failOn, {
    baselineRequired: options.baselineRequired,
    lookupFailed: lookupError !== undefined,
  });
  const failedDocChecks = (input.docChecks?.results ?? []).filter((r) => r.status === 'fail');
  const statusDescription =
    lookupError !== undefined
      ? `error: the baseline lookup failed: ${lookupError}`
      : coverage?.verdict === 'fail'
        ? `${verdictLabel(verdict)}: a base-branch suite was not evaluated`
        : failedDocChecks.length > 0
          ? `${verdictLabel(verdict)}: ${failedDocChecks.length} documentation check${failedDocChecks.length === 1 ? '' : 's'} failed`
          : verdict === 'no_baseline'
            ? (input.noBaselineReason ?? 'no baseline was found')
            : (input.comparison?.summary ?? `${verdictLabel(verdict)}: ${input.noBaselineReason ?? ''}`);
  if (!failing) return { verdict, failing, statusDescription };
  const reasons = [
    ...(input.comparison && input.comparison.verdict !== 'pass' ? [input.comparison.summary] : []),
    ...(input.checks ?? [])
      .filter((c) => c.verdict !== 'pass')
      .map((c) => `${c.name}: ${c.markdown.replace(/[`*]/g, '')}`),
    ...failedDocChecks.map((r) => `Check failed: ${r.name}: ${r.reason}`),
    ...(lookupError !== undefined
      ? [`the baseline lookup failed, so nothing was compared: ${lookupError}`]
      : verdict === 'no_baseline'
        ? [`no baseline (${input.noBaselineReason ?? 'none found'})`]
        : []),
  ];
  const failureMessage =
    `${input.title}: ${verdictLabel(verdict)} (fail-on: ${options.failOn}). ${reasons.join(' ')}`.trim();
  return { verdict, failing, statusDescription, failureMessage };
}

/** Failing and warning gates, the enforced failures as errors: what annotations and check runs show. */
export function gateFindings(comparison: Comparison): GateFinding[] {
  return comparison.suites.flatMap((suite) =>
    suite.gates
      .filter((gate) => gate.verdict === 'fail' || gate.verdict === 'warn')
      .map((gate) => ({
        level:
          gate.verdict === 'fail' && suite.mode === 'enforce' ? ('failure' as const) : ('warning' as const),
        title: `evalgate: ${suite.name} ${gate.slice} ${gate.metric}`,
        message: `${gate.reason}${suite.mode === 'advisory' ? ' (advisory suite)' : ''}`,
      })),
  );
}

/** A failing or warning gate, for annotations. */
export interface GateFinding {
  readonly level: 'failure' | 'warning';
  readonly title: string;
  readonly message: string;
}
