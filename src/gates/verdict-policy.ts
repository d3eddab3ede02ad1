// The one verdict and fail-on policy, used by both shells (the action's check run and exit code, the
// CLI's `evalgate gate` exit code). Table-driven: change the policy by editing FAILS below.

/** The verdict of a run: the comparison's, or "no baseline", made worse by failing or warning checks. */
export type OverallVerdict = 'pass' | 'warn' | 'fail' | 'not_comparable' | 'no_baseline';
export type FailOn = 'fail' | 'warn' | 'never';
export type Shell = 'action' | 'cli';
/** A check run's conclusion (GitHub's names). */
export type Conclusion = 'success' | 'failure' | 'neutral';

/**
 * Whether a verdict fails the step, per `fail-on`: true/false, 'if_baseline_required' (the config's
 * `baseline.required`), or per shell where the two shells still differ.
 */
type Fails = boolean | 'if_baseline_required' | Readonly<Record<Shell, boolean>>;

export const FAILS: Readonly<Record<OverallVerdict, Readonly<Record<FailOn, Fails>>>> = {
  pass: { fail: false, warn: false, never: false },
  warn: { fail: false, warn: true, never: false },
  fail: { fail: true, warn: true, never: false },
  // The shells disagree here today (issue #10 decides): the CLI's gate fails, the action only with fail-on warn.
  not_comparable: { fail: true, warn: true, never: false },
  no_baseline: { fail: 'if_baseline_required', warn: 'if_baseline_required', never: false },
};

/**
 * The check-run conclusion of a run that does not fail. Green only when something was compared and nothing
 * watched got worse: a warning, a failure let through by fail-on never, and "nothing compared" are neutral.
 */
export const CONCLUSION_WHEN_PASSING: Readonly<Record<OverallVerdict, Conclusion>> = {
  pass: 'success',
  warn: 'neutral',
  fail: 'neutral',
  not_comparable: 'neutral',
  no_baseline: 'neutral',
};

/** A commit status's state (GitHub's names); statuses have no neutral. */
export type CommitState = 'success' | 'failure' | 'error';

/**
 * The commit status of a run that does not fail. Without a neutral state, a warning stays success but says
 * so first ("⚠️ "), a run that compared nothing is an error, and a fail let through by `fail-on: never` is
 * still a failure: the job passes, but a green check would say nothing watched got worse (issue #10).
 */
export const STATUS_WHEN_PASSING: Readonly<
  Record<OverallVerdict, { readonly state: CommitState; readonly prefix: string }>
> = {
  pass: { state: 'success', prefix: '' },
  warn: { state: 'success', prefix: '⚠️ ' },
  fail: { state: 'failure', prefix: '' },
  not_comparable: { state: 'error', prefix: 'nothing was compared: ' },
  no_baseline: { state: 'error', prefix: 'nothing was compared: ' },
};

export function shouldFail(
  shell: Shell,
  verdict: OverallVerdict,
  failOn: FailOn,
  options: { baselineRequired: boolean; lookupFailed?: boolean },
): boolean {
  // "Could not look for a baseline" is not "there is none": it fails unless nothing may fail.
  if (options.lookupFailed && failOn !== 'never') return true;
  const rule = FAILS[verdict][failOn];
  if (typeof rule === 'boolean') return rule;
  if (rule === 'if_baseline_required') return options.baselineRequired;
  return rule[shell];
}

export function conclusionOf(verdict: OverallVerdict, failing: boolean): Conclusion {
  return failing ? 'failure' : CONCLUSION_WHEN_PASSING[verdict];
}

/** The commit status for a verdict: its state, and the description with the prefix the state needs. */
export function commitStatusOf(
  verdict: OverallVerdict,
  failing: boolean,
  description: string,
): { state: CommitState; description: string } {
  if (failing) return { state: 'failure', description };
  const { state, prefix } = STATUS_WHEN_PASSING[verdict];
  return { state, description: `${prefix}${description}` };
}

/**
 * The comparison's verdict (null: no baseline) made worse by the checks' verdicts: a failing check fails
 * the run; a warning check turns a pass (or no baseline) into a warning.
 */
export function overallVerdict(
  comparison: 'pass' | 'warn' | 'fail' | 'not_comparable' | null,
  checks: readonly ('pass' | 'warn' | 'fail')[],
): OverallVerdict {
  const base: OverallVerdict = comparison ?? 'no_baseline';
  if (checks.includes('fail')) return 'fail';
  if (base === 'fail') return 'fail';
  if (checks.includes('warn') && (base === 'pass' || base === 'no_baseline')) return 'warn';
  return base;
}
