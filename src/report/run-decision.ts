// What a run decides from its report, for both shells: the overall verdict, whether the step fails (per
// fail-on, gates/verdict-policy), the one-line status description and the failure message. The shells
// only publish what this returns.
import type { Comparison } from '../generated/comparison.js';
import {
  commitStatusOf,
  conclusionOf,
  shouldFail,
  type CommitState,
  type Conclusion,
  type FailOn,
  type OverallVerdict,
  type Shell,
} from '../gates/verdict-policy.js';
import { overallVerdict, verdictLabel, type CheckOutcome, type ReportInput } from './pr-comment.js';

export interface RunDecision {
  readonly verdict: OverallVerdict;
  /** The `verdict` output: the verdict, or `overridden` when an override lets a failing run pass. */
  readonly outcome: OverallVerdict | 'overridden';
  /** The step fails (fail-on decided, or the baseline lookup failed). */
  readonly failing: boolean;
  /** The commit status / check run's one line. */
  readonly statusDescription: string;
  /** Why the step failed, in words, when it does. */
  readonly failureMessage?: string;
  /** What made the run fail, one item each (a gate, a check, "no baseline"): what an override must cover. */
  readonly failingItems: readonly string[];
  /** The check run's conclusion and the commit status, as published. */
  readonly conclusion: Conclusion;
  readonly commitStatus: { readonly state: CommitState; readonly description: string };
  /** An override given on this head: whether it covers this run's failing items, and what it leaves out. */
  readonly override?: OverrideOutcome;
}

/** An override a maintainer gave on the head commit this run evaluated (src/bot/overrides.ts). */
export interface OverrideGrant {
  readonly user: string;
  readonly reason: string;
  /** The failing items the override was given over. */
  readonly covers: readonly string[];
}

export interface OverrideOutcome extends OverrideGrant {
  /** True when every failing item of this run is one the override covers (or nothing fails). */
  readonly applied: boolean;
  /** This run's failing items the override did not cover. */
  readonly uncovered: readonly string[];
}

/** The status line of an overridden run, the same for the command that overrides and later re-runs. */
export function overriddenDescription(user: string, reason: string): string {
  return `overridden by @${user}: ${reason.replace(/\s+/g, ' ').trim()}`;
}

export interface DecisionOptions {
  readonly shell: Shell;
  readonly failOn: FailOn;
  readonly baselineRequired: boolean;
  /** The baseline lookup failed (an API error, not "none exists"): the reason. */
  readonly lookupError?: string;
  /** The suite-coverage check (report/suite-coverage), when it found suites missing from the head. */
  readonly coverage?: CheckOutcome;
  /** The override given on this head commit, if any. */
  readonly override?: OverrideGrant;
}

export function decideRun(input: ReportInput, options: DecisionOptions): RunDecision {
  const verdict = overallVerdict(input);
  const { lookupError, coverage } = options;
  const failing = shouldFail(options.shell, verdict, options.failOn, {
    baselineRequired: options.baselineRequired,
    lookupFailed: lookupError !== undefined,
  });
  const failedDocChecks = (input.docChecks?.results ?? []).filter((r) => r.status === 'fail');
  // other failing checks (a gate change): named first, then what the metrics say when they fail too
  const failedChecks = (input.checks ?? []).filter((c) => c.verdict === 'fail' && c !== coverage);
  const metrics =
    input.comparison && input.comparison.verdict !== 'pass' ? `; ${input.comparison.summary}` : '';
  const statusDescription =
    lookupError !== undefined
      ? `error: the baseline lookup failed: ${lookupError}`
      : coverage?.verdict === 'fail'
        ? `${verdictLabel(verdict)}: a base-branch suite was not evaluated`
        : failedChecks.length > 0
          ? `${verdictLabel(verdict)}: ${failedChecks.map((c) => c.item ?? c.name).join('; ')}${metrics}`
          : failedDocChecks.length > 0
            ? `${verdictLabel(verdict)}: ${failedDocChecks.length} documentation check${failedDocChecks.length === 1 ? '' : 's'} failed`
            : verdict === 'no_baseline'
              ? (input.noBaselineReason ?? 'no baseline was found')
              : (input.comparison?.summary ?? `${verdictLabel(verdict)}: ${input.noBaselineReason ?? ''}`);
  // What an override can lift: a failing step, or a failure status the step does not fail on (fail-on never).
  const blocked = failing || commitStatusOf(verdict, failing, '').state === 'failure';
  const items = blocked ? failingItems(input, lookupError, verdict) : [];
  const grant = options.override;
  const uncovered = grant ? items.filter((item) => !grant.covers.includes(item)) : [];
  const override = grant && { ...grant, applied: uncovered.length === 0, uncovered };
  if (override?.applied && blocked) {
    const description = overriddenDescription(override.user, override.reason);
    return {
      verdict,
      outcome: 'overridden',
      failing: false,
      statusDescription: description,
      failingItems: items,
      conclusion: 'success',
      commitStatus: { state: 'success', description },
      override,
    };
  }
  const published = {
    outcome: verdict,
    failingItems: items,
    conclusion: conclusionOf(verdict, failing),
    commitStatus: commitStatusOf(verdict, failing, statusDescription),
    ...(override ? { override } : {}),
  };
  if (!failing) return { verdict, failing, statusDescription, ...published };
  const reasons = [
    ...(input.comparison && input.comparison.verdict !== 'pass' ? [input.comparison.summary] : []),
    ...(input.checks ?? [])
      .filter((c) => c.verdict !== 'pass')
      .map((c) => `${c.name}: ${c.markdown.split('\n')[0].replace(/[`*]/g, '')}`),
    ...failedDocChecks.map((r) => `Check failed: ${r.name}: ${r.reason}`),
    ...(lookupError !== undefined
      ? [`the baseline lookup failed, so nothing was compared: ${lookupError}`]
      : verdict === 'no_baseline'
        ? [`no baseline (${input.noBaselineReason ?? 'none found'})`]
        : []),
    ...(override
      ? [`The override by @${override.user} on this commit does not cover ${override.uncovered.join('; ')}.`]
      : []),
  ];
  const failureMessage =
    `${input.title}: ${verdictLabel(verdict)} (fail-on: ${options.failOn}). ${reasons.join(' ')}`.trim();
  return { verdict, failing, statusDescription, failureMessage, ...published };
}

/**
 * What fails a failing run, in words stable across re-runs of the same commit: each failing (or, for
 * fail-on warn, warning) gate of an enforced suite, each suite that could not be compared, each failing
 * check, and a missing baseline. An override records these, and a re-run keeps it only while they are covered.
 */
export function failingItems(
  input: Pick<ReportInput, 'comparison' | 'checks' | 'docChecks'>,
  lookupError: string | undefined,
  verdict: OverallVerdict,
): string[] {
  const items = input.comparison ? failingGates(input.comparison) : [];
  for (const suite of input.comparison?.suites ?? [])
    if (suite.verdict === 'not_comparable') items.push(`${suite.name}: not comparable`);
  for (const check of input.checks ?? [])
    if (check.verdict !== 'pass') items.push(check.item ?? `check ${check.name}: ${check.verdict}`);
  for (const result of input.docChecks?.results ?? [])
    if (result.status === 'fail' || result.status === 'warn')
      items.push(`check ${result.name}: ${result.status}`);
  if (input.docChecks?.notRun) items.push('documentation checks did not run');
  if (lookupError !== undefined) items.push('the baseline lookup failed');
  else if (verdict === 'no_baseline') items.push('no baseline');
  return items;
}

/** The gates that make an enforced suite fail or warn, as `suite: metric on slice`. */
export function failingGates(comparison: Comparison): string[] {
  return comparison.suites.flatMap((suite) =>
    suite.mode === 'enforce'
      ? suite.gates
          .filter((g) => g.outcome === 'fail' || g.outcome === 'warn')
          .map((g) => `${suite.name}: ${g.metric} on ${g.slice}`)
      : [],
  );
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
