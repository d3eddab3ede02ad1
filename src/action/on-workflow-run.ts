import * as core from '@actions/core';
import type { EvalgateResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { writeResult } from '../result/result-file.js';
import type { ResolvedConfig } from '../spec/config.js';
import { headGateChange, loadBaseConfig } from './base-config.js';
import { downloadResultArtifact, findRunArtifact } from './baseline-store.js';
import type { RunContext, WorkflowRunInfo } from './events.js';
import type { ActionSettings } from './inputs.js';
import { createOctokit, type Octokit } from './octokit.js';
import { report, withFailureStatus } from './publish.js';
import { recoverPull } from './pull-recovery.js';
import {
  baselineOf,
  getLivePull,
  isDependabot,
  lookUpPullBaseline,
  pullCheckSource,
  repoPath,
} from './steps.js';
import { writeSummary } from './summary.js';
import { ArtifactContentError } from './zip.js';

/**
 * workflow_run (phase 2 for fork pull requests): runs with a write token, so it runs no code from the
 * fork and trusts nothing phase 1 produced but the result data, which it validates. It re-finds the PR,
 * reads the base config and the baseline itself and recomputes the comparison and the gates.
 */
export async function onWorkflowRun(
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
  const head = await withFailureStatus(
    { octokit, settings, context, gateConfig, headSha: pull.headSha, what: 'the head result is unusable' },
    () => downloadHeadResult(octokit, context, run, gateConfig),
  );
  await writeResult(settings.resultPath, head);
  core.setOutput('result-path', settings.resultPath);
  const baseline = await lookUpPullBaseline(octokit, gateConfig, context, pull);
  // The fork's own config, read at its head through the API: a change to the gates needs an override.
  const change = await core.group('Head config', () =>
    headGateChange(octokit, context.repo, repoPath(settings), gateConfig, pull.headSha, settings.workspace),
  );
  await report(settings, context, {
    octokit,
    gateConfig,
    head,
    baseline,
    configNote: '',
    gateChange: change,
    issueNumber: pull.number,
    headSha: pull.headSha,
    currentHeadSha: async () => (await getLivePull(octokit, context, pull.number)).headSha,
    markerRun: { runId: run.id, runAttempt: run.attempt },
    // No checkout of the fork here: its files are read through the API at the head commit.
    checkSource: pullCheckSource(octokit, context, pull, { from: 'api' }),
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
