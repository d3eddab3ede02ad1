import * as core from '@actions/core';
import { basename, extname, relative, sep } from 'node:path';
import { compareResults } from '../compare/compare.js';
import { attachExcerpts } from '../compare/excerpts.js';
import { DEFAULT_BASELINE, loadConfig } from '../config/load.js';
import { definitionChanges, evaluationConfig } from '../config/gating-config.js';
import type { ResolvedBaselineSettings, ResolvedConfig } from '../spec/config.js';
import { evaluateConfig } from '../evaluate/evaluate.js';
import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { resultMarkdown } from '../report/result-markdown.js';
import { writeFileAtomic, writeResult } from '../result/result-file.js';
import { GitHubApiError } from './api-errors.js';
import { loadBaseConfig } from './base-config.js';
import { configChangeMarkdown } from '../report/config-change.js';
import { onIssueComment } from './bot/run.js';
import {
  downloadResultArtifact,
  findBaseline,
  findRunArtifact,
  type BaselineOutcome,
} from './baseline-store.js';
import { commentBody } from '../report/comment-body.js';
import { evaluateMergeBase, gitCli, wantsFallback } from './baseline-fallback.js';
import { publishComment, type CommentOutcome } from './comment.js';
import { readRunContext, type PullRequestInfo, type RunContext, type WorkflowRunInfo } from './events.js';
import { getSettings, type ActionSettings } from './inputs.js';
import { createOctokit, type Octokit } from './octokit.js';
import { hasCheckRules, runPullChecks, type PullCheckSource } from './pr-checks.js';
import { getPull, recoverPull, type LivePull } from './pull-recovery.js';
import {
  overallVerdict,
  type DocChecks,
  renderReport,
  verdictLabel,
  type CheckOutcome,
  type ReportInput,
} from '../report/pr-comment.js';
import { publishStatus, type GateFinding } from './status.js';
import { suiteCoverage } from '../report/suite-coverage.js';
import { writeSummary } from './summary.js';
import { onWatch, watchRequested } from './watch/run.js';
import { ArtifactContentError } from './zip.js';
import { commitStatusOf, conclusionOf, shouldFail } from '../gates/verdict-policy.js';

/** The action: evaluate (or, for workflow_run, download) a result, compare it with the baseline, report. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const context = readRunContext();
    const { trigger } = context;
    if (trigger.kind === 'pull_request') await onPullRequest(settings, context, trigger.pull);
    else if (trigger.kind === 'workflow_run') await onWorkflowRun(settings, context, trigger.run);
    // the bot (src/action/bot) and the watch (src/action/watch), docs/bot.md
    else if (trigger.kind === 'other' && trigger.eventName === 'issue_comment')
      await onIssueComment(settings, context);
    else if (trigger.kind === 'other' && watchRequested())
      await onWatch(settings, context, trigger.eventName);
    else await onPush(settings, context);
  } catch (error) {
    fail(error);
  }
}

// ---- events ----------------------------------------------------------------------------------------------

/** push (and any other event): evaluate and write the result, which the workflow uploads as the baseline. */
async function onPush(settings: ActionSettings, context: RunContext): Promise<void> {
  const config = await loadLocalConfig(settings);
  const result = await evaluate(settings, config, { sha: context.sha, ref: process.env.GITHUB_REF ?? null });
  await writeResult(settings.resultPath, result);
  core.info(`wrote ${settings.resultPath}`);
  const markdown = resultMarkdown(result);
  await writeSummary(markdown);
  core.setOutput('result-path', settings.resultPath);
  core.setOutput('markdown', markdown);
  core.setOutput('suites', String(result.suites.length));
  core.setOutput('verdict', 'baseline');
  core.notice(
    `Result written to ${relativeToWorkspace(settings, settings.resultPath)}; upload it with actions/upload-artifact as '${baselineOf(config).artifact}' so pull requests can compare with it.`,
  );
}

/** pull_request: evaluate the head, compare with the base branch's baseline under the base branch's config. */
async function onPullRequest(
  settings: ActionSettings,
  context: RunContext,
  pull: PullRequestInfo,
): Promise<void> {
  const headConfig = await loadLocalConfig(settings);
  const octokit = settings.token ? createOctokit(settings.token) : undefined;
  const readOnly = isReadOnlyRun(context, pull.headRepoId);

  // The base branch's config decides what is gated and how; the PR's only how predictions are produced.
  let gateConfig = headConfig;
  let evalConfig = headConfig;
  let configNote = '';
  if (octokit) {
    const base = await core.group('Base config', () =>
      loadBaseConfig(octokit, context.repo, repoPath(settings), pull.baseSha, headConfig.root),
    );
    if (base) {
      gateConfig = base;
      evalConfig = evaluationConfig(base, headConfig);
      configNote = configChangeMarkdown(base, headConfig, definitionChanges(base, headConfig));
    } else {
      configNote = `> [!NOTE]\n> The base branch has no ${repoPath(settings)} yet: gates come from this pull request's config.`;
    }
  }
  let baseline = await lookUpBaseline(octokit, gateConfig, context, {
    branch: baselineOf(gateConfig).branch ?? pull.baseRef,
    baseSha: pull.baseSha,
    headSha: pull.headSha,
  });
  // ---- hook (issue #12): baseline.fallback: evaluate — all logic in ./baseline-fallback.ts ----
  if (!baseline.found && wantsFallback(baseline, gateConfig !== headConfig, gateConfig)) {
    const reason = baseline.reason;
    baseline = await core.group('Baseline fallback: evaluate the merge base', () =>
      evaluateMergeBase({
        git: gitCli(settings.workspace),
        baseSha: pull.baseSha,
        baseBranch: pull.baseRef,
        gateConfig,
        configPath: repoPath(settings),
        reason,
        suite: settings.suite,
        runCommands: settings.runCommands,
        passEnv: settings.passEnv,
        log: (line) => core.info(line),
        tempDir: process.env.RUNNER_TEMP || undefined,
      }),
    );
  }
  // ---- end hook ----
  // The head is evaluated after the baseline, so no code from the pull request has run before the fallback.
  const head = await evaluate(settings, evalConfig, {
    sha: pull.headSha,
    ref: `refs/pull/${pull.number}/head`,
  });
  await writeResult(settings.resultPath, head);
  core.setOutput('result-path', settings.resultPath);
  await report(settings, context, {
    octokit: readOnly ? undefined : octokit,
    readOnlyReason: readOnly ? readOnlyReason(context) : undefined,
    gateConfig,
    head,
    baseline,
    configNote,
    issueNumber: pull.number,
    headSha: pull.headSha,
    currentHeadSha: async () => (octokit ? await getLiveHead(octokit, context, pull.number) : pull.headSha),
    markerRun: { runId: context.runId, runAttempt: context.runAttempt },
    annotateFile: relativeToWorkspace(settings, settings.configPath),
    checkSource: octokit
      ? {
          octokit,
          repo: context.repo,
          pullNumber: pull.number,
          baseSha: pull.baseSha,
          headSha: pull.headSha,
          body: pull.body,
          labels: pull.labels,
          changedFiles: pull.changedFiles,
          headFiles: { from: 'workspace', root: settings.workspace },
        }
      : 'no github-token was given, so the changed files cannot be listed',
  });
}

/**
 * workflow_run (phase 2 for fork pull requests): runs with a write token, so it runs no code from the
 * fork and trusts nothing phase 1 produced but the result data, which it validates. It re-finds the PR,
 * reads the base config and the baseline itself and recomputes the comparison and the gates.
 */
async function onWorkflowRun(
  settings: ActionSettings,
  context: RunContext,
  run: WorkflowRunInfo,
): Promise<void> {
  if (run.event !== 'pull_request') {
    core.notice(`The triggering run ${run.id} ran on '${run.event}', not 'pull_request': nothing to report.`);
    return;
  }
  if (run.conclusion !== 'success' && run.conclusion !== 'failure') {
    core.notice(`The triggering run ${run.id} ended '${run.conclusion ?? 'unfinished'}': nothing to report.`);
    return;
  }
  const fromFork = run.headRepoId !== context.repo.id;
  if (!fromFork && !isDependabot(run.actor)) {
    core.notice(
      `Run ${run.id} is for a branch of this repository: its own pull_request job had a write token and reported.`,
    );
    return;
  }
  if (!settings.token)
    throw new InputError({ field: 'input github-token', message: 'workflow_run needs a token' });
  const octokit = createOctokit(settings.token);
  const recovered = await core.group('Find the pull request', () => recoverPull(octokit, context.repo, run));
  if (!recovered.ok) {
    const message = `Not reporting run ${run.id}: ${recovered.reason}.`;
    core.warning(message);
    await writeSummary(`## evalgate: skipped\n\n${message}\n`);
    core.setOutput('verdict', 'skipped');
    return;
  }
  const pull = recovered.pull;
  core.info(`Run ${run.id} evaluated pull request #${pull.number} at ${pull.headSha}.`);

  const gateConfig = await core.group('Base config', () =>
    loadBaseConfig(octokit, context.repo, repoPath(settings), pull.baseSha, settings.workspace),
  );
  if (!gateConfig) {
    throw new InputError({
      file: repoPath(settings),
      message: `the base branch (${pull.baseRef} at ${pull.baseSha.slice(0, 7)}) has no evalgate config at this path; set the config input`,
    });
  }
  const head = await withFailureStatus(octokit, settings, context, gateConfig, pull.headSha, () =>
    downloadHeadResult(octokit, context, run, gateConfig),
  );
  await writeResult(settings.resultPath, head);
  core.setOutput('result-path', settings.resultPath);
  const baseline = await lookUpBaseline(octokit, gateConfig, context, {
    branch: baselineOf(gateConfig).branch ?? pull.baseRef,
    baseSha: pull.baseSha,
    headSha: pull.headSha,
  });
  await report(settings, context, {
    octokit,
    gateConfig,
    head,
    baseline,
    configNote: '',
    issueNumber: pull.number,
    headSha: pull.headSha,
    currentHeadSha: async () => (await getLivePull(octokit, context, pull.number)).headSha,
    markerRun: { runId: run.id, runAttempt: run.attempt },
    // No checkout of the fork here: its files are read through the API at the head commit.
    checkSource: {
      octokit,
      repo: context.repo,
      pullNumber: pull.number,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      body: pull.body,
      labels: pull.labels,
      changedFiles: pull.changedFiles,
      headFiles: { from: 'api' },
    },
  });
}

/** Phase 1's result for the run, refused when it is for another commit. */
async function downloadHeadResult(
  octokit: Octokit,
  context: RunContext,
  run: WorkflowRunInfo,
  gateConfig: ResolvedConfig,
): Promise<EvalgateResult> {
  const head = await core.group('Download the head result', async () => {
    const artifact = await findRunArtifact(octokit, context.repo, run.id, baselineOf(gateConfig).artifact);
    if (!artifact) {
      throw new ArtifactContentError(
        `run ${run.id} uploaded no '${baselineOf(gateConfig).artifact}' artifact: phase 1 must upload the result under that name`,
      );
    }
    return downloadResultArtifact(octokit, context.repo, artifact);
  });
  if (head.git?.sha !== run.headSha) {
    throw new ArtifactContentError(
      `the downloaded result is for commit ${head.git?.sha ?? 'unknown'}, but run ${run.id} evaluated ${run.headSha}`,
    );
  }
  return head;
}

/**
 * A head result that cannot be used (too large, crafted, for another commit) still ends with a failure
 * status on the pull request, not only a red job in another workflow (issue #11, finding 8).
 */
async function withFailureStatus<T>(
  octokit: Octokit,
  settings: ActionSettings,
  context: RunContext,
  gateConfig: ResolvedConfig,
  headSha: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ArtifactContentError) && !(error instanceof InputError)) throw error;
    await tolerateWriteFailure(() =>
      publishStatus(octokit, context.repo, {
        mode: settings.status,
        name: `evalgate / ${reportName(settings, gateConfig)}`,
        sha: headSha,
        conclusion: 'failure',
        description: `error: the head result is unusable: ${error.message}`,
        targetUrl: context.runUrl,
        summary: error.message,
        annotations: [],
      }),
    );
    throw error;
  }
}

// ---- shared steps ----------------------------------------------------------------------------------------

function baselineOf(config: ResolvedConfig): ResolvedBaselineSettings {
  return config.baseline ?? DEFAULT_BASELINE;
}

function loadLocalConfig(settings: ActionSettings): Promise<ResolvedConfig> {
  return core.group('Load config', () => loadConfig(settings.configPath, { root: settings.workspace }));
}

function evaluate(
  settings: ActionSettings,
  config: ResolvedConfig,
  git: { sha: string; ref: string | null },
): Promise<EvalgateResult> {
  return core.group('Evaluate', () =>
    evaluateConfig(config, {
      suite: settings.suite,
      runCommands: settings.runCommands,
      git: git.sha ? git : null,
      log: (line) => core.info(line),
      confineTo: settings.workspace,
      passEnv: settings.passEnv,
    }),
  );
}

async function lookUpBaseline(
  octokit: Octokit | undefined,
  config: ResolvedConfig,
  context: RunContext,
  where: { branch: string; baseSha: string; headSha: string },
): Promise<BaselineOutcome> {
  if (!octokit) return { found: false, reason: 'no github-token was given' };
  return core.group('Baseline', async () => {
    let outcome: BaselineOutcome;
    try {
      outcome = await findBaseline(octokit, {
        settings: baselineOf(config),
        repo: context.repo,
        ...where,
        log: (line) => core.info(line),
      });
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      outcome = { found: false, lookupFailed: true, reason: error.message };
    }
    // "Could not look" is not "none exists": reported as an error (the report fails on it).
    if (!outcome.found && outcome.lookupFailed) core.error(`The baseline lookup failed: ${outcome.reason}`);
    else if (outcome.found)
      core.info(`Baseline: ${outcome.baseline.source}, commit ${outcome.baseline.sha}.`);
    else core.info(`No baseline: ${outcome.reason}.`);
    if (!outcome.found && outcome.problem) core.warning(`Baseline unusable: ${outcome.problem}`);
    return outcome;
  });
}

function getLivePull(octokit: Octokit, context: RunContext, number: number): Promise<LivePull> {
  return getPull(octokit, context.repo, number);
}

async function getLiveHead(octokit: Octokit, context: RunContext, number: number): Promise<string> {
  return (await getLivePull(octokit, context, number)).headSha;
}

function isDependabot(actor: string | undefined): boolean {
  return actor === 'dependabot[bot]';
}

/** Fork pull requests (and Dependabot's) get a read-only token: the job reports through summary + outputs. */
function isReadOnlyRun(context: RunContext, headRepoId: number | undefined): boolean {
  return (context.repo.id !== undefined && headRepoId !== context.repo.id) || isDependabot(context.actor);
}

function readOnlyReason(context: RunContext): string {
  return isDependabot(context.actor)
    ? 'Dependabot pull requests get a read-only token'
    : 'this pull request comes from a fork, whose runs get a read-only token';
}

/** The config's path inside the repository, for the contents API. */
function repoPath(settings: ActionSettings): string {
  return relativeToWorkspace(settings, settings.configPath);
}

function relativeToWorkspace(settings: ActionSettings, path: string): string {
  return relative(settings.workspace, path).split(sep).join('/');
}

/** `evalgate / <name>`: the name input, else the one suite, else the config file's stem. */
function reportName(settings: ActionSettings, config: ResolvedConfig): string {
  if (settings.name) return settings.name;
  if (settings.suite) return settings.suite;
  if (config.suites.length === 1) return config.suites[0].name;
  const file = basename(settings.configDisplay);
  return basename(file, extname(file));
}

// ---- reporting -------------------------------------------------------------------------------------------

interface ReportJob {
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

/** Failing and warning gates, the enforced failures as errors; what annotations and check runs show. */
function gateFindings(comparison: Comparison): GateFinding[] {
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

/** GitHub shows 10 annotations of each kind per step; the first ones are the ones that matter. */
function annotate(findings: readonly GateFinding[], file: string | undefined): void {
  for (const finding of findings.slice(0, 10)) {
    const properties = { title: finding.title, ...(file ? { file } : {}) };
    if (finding.level === 'failure') core.error(finding.message, properties);
    else core.warning(finding.message, properties);
  }
}

async function report(settings: ActionSettings, context: RunContext, job: ReportJob): Promise<void> {
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
  const failedDocChecks = (docChecks?.results ?? []).filter((r) => r.status === 'fail');
  const input: ReportInput = {
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
  const verdict = overallVerdict(input);
  // Until the core policy has an error verdict for it, a failed lookup fails here (issue #11, finding 4).
  const lookupError = !baseline.found && baseline.lookupFailed === true ? baseline.reason : undefined;
  const failing = shouldFail('action', verdict, settings.failOn, {
    baselineRequired: baselineOf(gateConfig).required,
    lookupFailed: lookupError !== undefined,
  });
  const summary = renderReport(input, 'full');
  await writeSummary(summary);
  const body = commentBody(input);
  if (body.detail !== 'full')
    core.info(`The comment is shortened to fit GitHub's limit (detail: ${body.detail}).`);
  core.setOutput('verdict', verdict);
  core.setOutput('markdown', body.text);
  core.setOutput('suites', String(head.suites.length));

  const statusDescription = (): string =>
    lookupError !== undefined
      ? `error: the baseline lookup failed: ${lookupError}`
      : coverage?.verdict === 'fail'
        ? `${verdictLabel(verdict)}: a base-branch suite was not evaluated`
        : failedDocChecks.length > 0
          ? `${verdictLabel(verdict)}: ${failedDocChecks.length} documentation check${failedDocChecks.length === 1 ? '' : 's'} failed`
          : verdict === 'no_baseline'
            ? (input.noBaselineReason ?? 'no baseline was found')
            : (comparison?.summary ?? `${verdictLabel(verdict)}: ${input.noBaselineReason ?? ''}`);
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
        body: body.text,
        currentHeadSha,
        author: settings.commentAuthor,
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
          conclusion: conclusionOf(verdict, failing),
          ...commitStatusOf(verdict, failing, statusDescription()),
          targetUrl: context.runUrl,
          summary: body.text,
          annotations: comparison
            ? gateFindings(comparison).map((f) => ({ ...f, path: job.annotateFile ?? repoPath(settings) }))
            : [],
        }),
      { required: true },
    );
  });
  if (failing) {
    const reasons = [
      ...(comparison && comparison.verdict !== 'pass' ? [comparison.summary] : []),
      ...checks
        .filter((c) => c.verdict !== 'pass')
        .map((c) => `${c.name}: ${c.markdown.replace(/[`*]/g, '')}`),
      ...failedDocChecks.map((r) => `Check failed: ${r.name}: ${r.reason}`),
      ...(lookupError !== undefined
        ? [`the baseline lookup failed, so nothing was compared: ${lookupError}`]
        : verdict === 'no_baseline'
          ? [`no baseline (${input.noBaselineReason ?? 'none found'})`]
          : []),
    ];
    throw new VerdictFailure(
      `${title}: ${verdictLabel(verdict)} (fail-on: ${settings.failOn}). ${reasons.join(' ')}`.trim(),
    );
  }
}

/**
 * A write that fails leaves the report in the summary and outputs; the job goes on to its verdict. A
 * `required` write (the status) that fails for any reason but a missing permission fails the job.
 */
async function tolerateWriteFailure<T>(
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

/** The gate failed: not an error of the action, the verdict the workflow asked to fail on. */
class VerdictFailure extends Error {}

/** The only place the action fails: input errors become a file/line annotation plus a one-line failure. */
function fail(error: unknown): void {
  if (error instanceof VerdictFailure) {
    core.setFailed(error.message);
    return;
  }
  if (error instanceof InputError) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (error.file) {
      const file = error.file.startsWith('/') ? relative(workspace, error.file) : error.file;
      core.error(error.detail, { file, startLine: error.line, title: 'evalgate input error' });
    }
    core.setFailed(error.message);
    return;
  }
  if (error instanceof GitHubApiError || error instanceof ArtifactContentError) {
    core.setFailed(error.message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`evalgate internal error: ${message}`);
}
