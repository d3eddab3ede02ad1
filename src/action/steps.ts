// Steps every event's path shares: load the config, evaluate, look up the baseline, name things.
import * as core from '@actions/core';
import { relative, sep } from 'node:path';
import { DEFAULT_BASELINE, loadConfig } from '../config/load.js';
import { evaluateConfig } from '../evaluate/evaluate.js';
import type { EvalgateResult } from '../generated/result.js';
import type { ResolvedBaselineSettings, ResolvedConfig } from '../spec/config.js';
import { GitHubApiError } from './api-errors.js';
import { findBaseline, type BaselineOutcome } from './baseline-store.js';
import { reportNameOf } from './bot/report-name.js';
import type { PullRequestInfo, RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import type { Octokit } from './octokit.js';
import type { PullCheckSource } from './pr-checks.js';
import { getPull, type LivePull } from './pull-recovery.js';

export function baselineOf(config: ResolvedConfig): ResolvedBaselineSettings {
  return config.baseline ?? DEFAULT_BASELINE;
}

export function loadLocalConfig(settings: ActionSettings): Promise<ResolvedConfig> {
  return core.group('Load config', () => loadConfig(settings.configPath, { root: settings.workspace }));
}

export function evaluate(
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
      ...(settings.shard ? { shard: settings.shard } : {}),
    }),
  );
}

export async function lookUpBaseline(
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

export function getLivePull(octokit: Octokit, context: RunContext, number: number): Promise<LivePull> {
  return getPull(octokit, context.repo, number);
}

export async function getLiveHead(octokit: Octokit, context: RunContext, number: number): Promise<string> {
  return (await getLivePull(octokit, context, number)).headSha;
}

export function isDependabot(actor: string | undefined): boolean {
  return actor === 'dependabot[bot]';
}

/** Fork pull requests (and Dependabot's) get a read-only token: the job reports through summary + outputs. */
export function isReadOnlyRun(context: RunContext, headRepoId: number | undefined): boolean {
  return (context.repo.id !== undefined && headRepoId !== context.repo.id) || isDependabot(context.actor);
}

export function readOnlyReason(context: RunContext): string {
  return isDependabot(context.actor)
    ? 'Dependabot pull requests get a read-only token'
    : 'this pull request comes from a fork, whose runs get a read-only token';
}

/** The config's path inside the repository, for the contents API. */
export function repoPath(settings: ActionSettings): string {
  return relativeToWorkspace(settings, settings.configPath);
}

export function relativeToWorkspace(settings: ActionSettings, path: string): string {
  return relative(settings.workspace, path).split(sep).join('/');
}

/** `evalgate / <name>`: the name input, else the one suite, else the config file's stem. */
export const reportName = reportNameOf;

/** The pull request as the documentation checks read it; its head files from the checkout or the API. */
export function pullCheckSource(
  octokit: Octokit,
  context: RunContext,
  pull: PullRequestInfo | LivePull,
  headFiles: PullCheckSource['headFiles'],
): PullCheckSource {
  return {
    octokit,
    repo: context.repo,
    pullNumber: pull.number,
    baseSha: pull.baseSha,
    headSha: pull.headSha,
    body: pull.body,
    labels: pull.labels,
    changedFiles: pull.changedFiles,
    headFiles,
  };
}

/** The baseline for a pull request: on the config's baseline branch, else the pull request's base branch. */
export function lookUpPullBaseline(
  octokit: Octokit | undefined,
  config: ResolvedConfig,
  context: RunContext,
  pull: PullRequestInfo | LivePull,
): Promise<BaselineOutcome> {
  return lookUpBaseline(octokit, config, context, {
    branch: baselineOf(config).branch ?? pull.baseRef,
    baseSha: pull.baseSha,
    headSha: pull.headSha,
  });
}
