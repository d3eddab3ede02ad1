import * as core from '@actions/core';
import { definitionChanges, evaluationConfig } from '../config/gating-config.js';
import { configChangeMarkdown } from '../report/config-change.js';
import { writeResult } from '../result/result-file.js';
import { loadBaseConfig } from './base-config.js';
import { evaluateMergeBase, gitCli, wantsFallback } from './baseline-fallback.js';
import type { PullRequestInfo, RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import { createOctokit } from './octokit.js';
import { report, withFailureStatus } from './publish.js';
import {
  evaluate,
  getLiveHead,
  isReadOnlyRun,
  loadLocalConfig,
  lookUpPullBaseline,
  pullCheckSource,
  readOnlyReason,
  relativeToWorkspace,
  repoPath,
} from './steps.js';

/** pull_request: evaluate the head, compare with the base branch's baseline under the base branch's config. */
export async function onPullRequest(
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
  const evaluateHead = () =>
    evaluate(settings, evalConfig, { sha: pull.headSha, ref: `refs/pull/${pull.number}/head` });
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
