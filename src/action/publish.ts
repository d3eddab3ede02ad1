// The end of every event's path: compare with the baseline, run the checks, decide (report/run-decision),
// then publish: job summary, outputs, annotations, the sticky comment and the status.
import * as core from '@actions/core';
import { compareResults } from '../compare/compare.js';
import { attachExcerpts } from '../compare/excerpts.js';
import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { decideWithOverrides } from '../bot/override-decision.js';
import type { GateChange } from '../bot/gate-change.js';
import { failingDataLine, overridesLength, readOverrides } from '../bot/overrides.js';
import { InputError } from '../io/errors.js';
import { commentBody } from '../report/comment-body.js';
import { COMMENT_BUDGET } from '../report/comment-budget.js';
import { renderReport, type CheckOutcome, type DocChecks, type ReportInput } from '../report/pr-comment.js';
import { gateFindings, type GateFinding } from '../report/run-decision.js';
import { suiteCoverage } from '../report/suite-coverage.js';
import { writeFileAtomic } from '../result/result-file.js';
import type { ResolvedConfig } from '../spec/config.js';
import { GitHubApiError } from './api-errors.js';
import type { BaselineOutcome } from './baseline-store.js';
import { getBotSettings } from './bot/settings.js';
import {
  commentIdentity,
  findComment,
  publishComment,
  type CommentOutcome,
  type ExistingComment,
} from './comment.js';
import type { RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import type { Octokit } from './octokit.js';
import { hasCheckRules, runPullChecks, type PullCheckSource } from './pr-checks.js';
import { publishStatus } from './status.js';
import { baselineOf, repoPath, reportName } from './steps.js';
import { writeSummary } from './summary.js';
import { ArtifactContentError } from './zip.js';

export interface ReportJob {
  /** Undefined when nothing may be written (no token, or a read-only token). */
  readonly octokit: Octokit | undefined;
  readonly readOnlyReason?: string;
  readonly gateConfig: ResolvedConfig;
  readonly head: EvalgateResult;
  readonly baseline: BaselineOutcome;
  readonly configNote: string;
  readonly issueNumber: number;
  readonly headSha: string;
  readonly currentHeadSha: () => Promise<string>;
  readonly markerRun: { runId: number; runAttempt: number };
  /** Annotations for failing gates point at this file (the config) when set. */
  readonly annotateFile?: string;
  /** Documentation checks' outcomes (src/checks), when the caller ran them. */
  readonly checks?: readonly CheckOutcome[];
  /** The pull request the config's documentation rules are checked against, or why they cannot be. */
  readonly checkSource?: PullCheckSource | string;
  /** The pull request's config against the base branch's (src/bot/gate-change.ts), when both were read. */
  readonly gateChange?: GateChange;
}

/**
 * The sticky comment as it is before this run writes (its Overrides records decide this run), or undefined
 * when there is none or it cannot be read: then no override applies, which can only make the run stricter.
 */
async function readSticky(
  settings: ActionSettings,
  context: RunContext,
  job: ReportJob,
  name: string,
): Promise<ExistingComment | null | undefined> {
  if (!job.octokit || settings.comment === 'off') return undefined;
  const octokit = job.octokit;
  try {
    const author = await commentIdentity(octokit, settings.commentAuthor);
    return (await findComment(octokit, context.repo, job.issueNumber, name, author)) ?? null;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    core.warning(`${error.message} Overrides on this commit are not applied.`);
    return undefined;
  }
}

/** The config's documentation rules against the pull request; undefined when the config has none. */
async function runDocChecks(
  settings: ActionSettings,
  job: ReportJob,
  comparison: Comparison | undefined,
): Promise<DocChecks | undefined> {
  if (!hasCheckRules(job.gateConfig, settings.suite) || job.checkSource === undefined) return undefined;
  const source = job.checkSource;
  if (typeof source === 'string') {
    core.warning(`Documentation checks did not run: ${source}.`);
    return { results: [], changedFilesTruncated: false, notRun: source };
  }
  return core.group('Checks', async () => {
    let checks: DocChecks;
    try {
      checks = await runPullChecks(job.gateConfig, source, job.head, comparison, settings.suite);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      core.warning(`Documentation checks did not run: ${error.message}`);
      return { results: [], changedFilesTruncated: false, notRun: error.message.replace(/\.$/, '') };
    }
    if (checks.changedFilesTruncated)
      core.warning('The pull request changes more than 3,000 files; the checks saw only the first 3,000.');
    for (const result of checks.results) {
      core.info(`${result.status}: ${result.name}: ${result.reason}`);
      const message = `${result.reason}${result.fix ? ` Fix: ${result.fix}` : ''}`;
      if (result.status === 'fail') core.error(message, { title: `evalgate check: ${result.name}` });
      else if (result.status === 'warn') core.warning(message, { title: `evalgate check: ${result.name}` });
    }
    return checks;
  });
}

function baselineNote(outcome: BaselineOutcome): string | undefined {
  if (!outcome.found) return undefined;
  const { baseline } = outcome;
  if (baseline.note) return baseline.note;
  const branch = baseline.branch;
  const where =
    baseline.behindBy === null
      ? 'its distance from the base tip is unknown'
      : baseline.behindBy === 0
        ? `the tip of ${branch}`
        : `${baseline.behindBy} commit${baseline.behindBy === 1 ? '' : 's'} behind ${branch}`;
  const mergeBase = baseline.atMergeBase ? ', the merge base of this pull request' : '';
  return `Baseline: commit \`${baseline.sha.slice(0, 7)}\` (${where}${mergeBase}), from ${baseline.source}.`;
}

/** GitHub shows 10 annotations of each kind per step; the first ones are the ones that matter. */
function annotate(findings: readonly GateFinding[], file: string | undefined): void {
  for (const finding of findings.slice(0, 10)) {
    const properties = { title: finding.title, ...(file ? { file } : {}) };
    if (finding.level === 'failure') core.error(finding.message, properties);
    else core.warning(finding.message, properties);
  }
}

export async function report(settings: ActionSettings, context: RunContext, job: ReportJob): Promise<void> {
  const { gateConfig, head, baseline } = job;
  const name = reportName(settings, gateConfig);
  const title = `evalgate / ${name}`;
  let comparison: Comparison | undefined;
  if (baseline.found) {
    comparison = await core.group('Compare', async () => {
      const compared = compareResults(baseline.baseline.result, head, gateConfig);
      await attachExcerpts(compared, gateConfig);
      return compared;
    });
    await writeFileAtomic(settings.comparisonPath, JSON.stringify(comparison, null, 2));
    core.setOutput('comparison-path', settings.comparisonPath);
    core.setOutput('baseline-sha', baseline.baseline.sha);
    annotate(gateFindings(comparison), job.annotateFile);
  }
  const coverage = suiteCoverage(gateConfig, head, settings.suite);
  const checks = [...(coverage ? [coverage] : []), ...(job.checks ?? [])];
  const docChecks = await runDocChecks(settings, job, comparison);
  const sticky = await readSticky(settings, context, job, name);
  const records = readOverrides(sticky?.body);
  const reportInput: ReportInput = {
    title,
    head,
    comparison,
    noBaselineReason: baseline.found
      ? undefined
      : baseline.lookupFailed
        ? `the baseline lookup failed (${baseline.reason})`
        : baseline.reason,
    baselineNote: baselineNote(baseline),
    configNote: job.configNote,
    checks,
    docChecks,
    footer: `<sub>${job.headSha.slice(0, 7)} · [run ${context.runId}](${context.runUrl})</sub>`,
  };
  const lookupError = !baseline.found && baseline.lookupFailed === true ? baseline.reason : undefined;
  // The gate change and any override given on this head (src/bot/override-decision.ts) are part of the decision.
  const { input, decision } = decideWithOverrides(
    reportInput,
    {
      shell: 'action',
      failOn: settings.failOn,
      baselineRequired: baselineOf(gateConfig).required,
      lookupError,
      coverage,
    },
    { gateChange: job.gateChange, records, headSha: job.headSha, prefix: getBotSettings().prefix },
  );
  if (decision.override)
    core.info(
      decision.override.applied
        ? `Override by @${decision.override.user} on this commit applies.`
        : `The override by @${decision.override.user} does not cover: ${decision.override.uncovered.join('; ')}.`,
    );
  const summary = renderReport(input, 'full');
  await writeSummary(summary);
  // What the run failed on rides along in the comment (hidden), for an override to record.
  const failingLine = failingDataLine(decision.failingItems);
  const body = commentBody(
    input,
    COMMENT_BUDGET - failingLine.length - 1 - overridesLength(records, job.headSha),
  );
  if (body.detail !== 'full')
    core.info(`The comment is shortened to fit GitHub's limit (detail: ${body.detail}).`);
  core.setOutput('verdict', decision.outcome);
  core.setOutput('markdown', body.text);
  core.setOutput('suites', String(head.suites.length));

  await core.group('Publish', async () => {
    if (!job.octokit) {
      core.notice(
        `${job.readOnlyReason ?? 'No github-token was given'}: the report is in the job summary and the outputs.` +
          (job.readOnlyReason
            ? ' The workflow_run workflow (docs/action.md) posts the comment and the status.'
            : ''),
      );
      return;
    }
    const octokit = job.octokit;
    // Without the pull request's current head this run could overwrite a newer run's report: write nothing.
    const currentHeadSha = await job.currentHeadSha().catch((error: unknown) => {
      if (!(error instanceof GitHubApiError)) throw error;
      throw new GitHubApiError(
        `${error.message} Without the pull request's current head the report could be stale, so no comment or status was written.`,
        error.status,
      );
    });
    const comment = await tolerateWriteFailure(async (): Promise<CommentOutcome> =>
      publishComment(octokit, context.repo, {
        mode: settings.comment,
        issueNumber: job.issueNumber,
        marker: { id: name, headSha: job.headSha, ...job.markerRun },
        body: `${body.text}${failingLine}\n`,
        currentHeadSha,
        author: settings.commentAuthor,
        existing: sticky,
        overrideCovers: decision.override?.applied ?? true,
      }),
    );
    if (comment) {
      if (comment.action === 'skipped') core.info(`Comment left alone: ${comment.reason}.`);
      else core.info(`Comment ${comment.action}: ${comment.url}`);
      if (comment.id !== undefined) core.setOutput('comment-id', String(comment.id));
      if (comment.url !== undefined) core.setOutput('comment-url', comment.url);
    }
    if (comment?.action === 'skipped' && comment.outdated) return;
    // The status is what branch protection reads: failing to write it fails the job (issue #11, finding 10).
    await tolerateWriteFailure(
      () =>
        publishStatus(octokit, context.repo, {
          mode: settings.status,
          name: title,
          sha: job.headSha,
          conclusion: decision.conclusion,
          ...decision.commitStatus,
          targetUrl: context.runUrl,
          summary: body.text,
          annotations: comparison
            ? gateFindings(comparison).map((f) => ({ ...f, path: job.annotateFile ?? repoPath(settings) }))
            : [],
        }),
      { required: true },
    );
  });
  if (decision.failureMessage !== undefined) throw new VerdictFailure(decision.failureMessage);
}

/**
 * A write that fails leaves the report in the summary and outputs; the job goes on to its verdict. A
 * `required` write (the status) that fails for any reason but a missing permission fails the job.
 */
export async function tolerateWriteFailure<T>(
  write: () => Promise<T>,
  options: { required?: boolean } = {},
): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    if (error.forbidden) core.warning(`${error.message} The report is in the job summary and the outputs.`);
    else if (options.required) throw error;
    else core.error(error.message);
    return undefined;
  }
}

/**
 * A head result that cannot be used (too large, crafted, for another commit) or computed (bad data, a gate
 * that sees nothing, labels that do not meet) still ends with a failure status on the pull request, not
 * only a red job (issue #11, finding 8; issue #10).
 */
export async function withFailureStatus<T>(
  where: {
    octokit: Octokit;
    settings: ActionSettings;
    context: RunContext;
    gateConfig: ResolvedConfig;
    headSha: string;
    /** What went wrong, before the error's own line: `the head could not be evaluated`. */
    what: string;
  },
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ArtifactContentError) && !(error instanceof InputError)) throw error;
    const { octokit, settings, context } = where;
    await tolerateWriteFailure(() =>
      publishStatus(octokit, context.repo, {
        mode: settings.status,
        name: `evalgate / ${reportName(settings, where.gateConfig)}`,
        sha: where.headSha,
        conclusion: 'failure',
        description: `error: ${where.what}: ${error.message}`,
        targetUrl: context.runUrl,
        summary: error.message,
        annotations: [],
      }),
    );
    throw error;
  }
}

/** The gate failed: not an error of the action, the verdict the workflow asked to fail on. */
export class VerdictFailure extends Error {}
