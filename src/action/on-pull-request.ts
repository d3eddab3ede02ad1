import * as core from '@actions/core';
import { writeResult } from '../result/result-file.js';
import { evaluateMergeBase, gitCli, wantsFallback } from './baseline-fallback.js';
import type { PullRequestInfo, RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import { createOctokit } from './octokit.js';
import { pullConfigs } from './pull-configs.js';
import { report, withFailureStatus } from './publish.js';
import { mergeShardResults } from './shards.js';
import {
  evaluate,
  getLiveHead,
  isReadOnlyRun,
  lookUpPullBaseline,
  pullCheckSource,
  readOnlyReason,
  repoPath,
  relativeToWorkspace,
} from './steps.js';

/** pull_request: evaluate the head, compare with the base branch's baseline under the base branch's config. */
export async function onPullRequest(
  settings: ActionSettings,
  context: RunContext,
  pull: PullRequestInfo,
): Promise<void> {
  const octokit = settings.token ? createOctokit(settings.token) : undefined;
  const readOnly = isReadOnlyRun(context, pull.headRepoId);
  const { headConfig, gateConfig, evalConfig, configNote, gateChange } = await pullConfigs(
    settings,
    context,
    pull,
    octokit,
  );
  let baseline = await lookUpPullBaseline(octokit, gateConfig, context, pull);
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
  const git = { sha: pull.headSha, ref: `refs/pull/${pull.number}/head` };
  // fan-in job (shards-dir): the matrix jobs' partial results, merged, stand for the evaluation
  const evaluateHead = () =>
    settings.shardsDir ? mergeShardResults(settings, evalConfig, git) : evaluate(settings, evalConfig, git);
  // bad data or a gate that sees nothing fails the pull request's status too, not only the job (issue #10)
  const head =
    octokit && !readOnly
      ? await withFailureStatus(
          {
            octokit,
            settings,
            context,
            gateConfig,
            headSha: pull.headSha,
            what: 'the head could not be evaluated',
          },
          evaluateHead,
        )
      : await evaluateHead();
  await writeResult(settings.resultPath, head);
  core.setOutput('result-path', settings.resultPath);
  await report(settings, context, {
    octokit: readOnly ? undefined : octokit,
    readOnlyReason: readOnly ? readOnlyReason(context) : undefined,
    gateConfig,
    head,
    baseline,
    configNote,
    gateChange,
    issueNumber: pull.number,
    headSha: pull.headSha,
    currentHeadSha: async () => (octokit ? await getLiveHead(octokit, context, pull.number) : pull.headSha),
    markerRun: { runId: context.runId, runAttempt: context.runAttempt },
    annotateFile: relativeToWorkspace(settings, settings.configPath),
    checkSource: octokit
      ? pullCheckSource(octokit, context, pull, { from: 'workspace', root: settings.workspace })
      : 'no github-token was given, so the changed files cannot be listed',
  });
}
