import * as core from '@actions/core';
import { definitionChanges, evaluationConfig } from '../config/gating-config.js';
import { configChangeMarkdown } from '../report/config-change.js';
import type { ResolvedConfig } from '../spec/config.js';
import { loadBaseConfig } from './base-config.js';
import type { PullRequestInfo, RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import type { Octokit } from './octokit.js';
import { loadLocalConfig, repoPath } from './steps.js';

/** The configs of a pull request run: its own, the one that gates it, the one it is evaluated under. */
export interface PullConfigs {
  readonly headConfig: ResolvedConfig;
  readonly gateConfig: ResolvedConfig;
  readonly evalConfig: ResolvedConfig;
  readonly configNote: string;
}

/**
 * The base branch's config decides what is gated and how; the PR's only how predictions are produced.
 * Shared by the pull_request path and its matrix shards, so every shard evaluates under the same config.
 */
export async function pullConfigs(
  settings: ActionSettings,
  context: RunContext,
  pull: PullRequestInfo,
  octokit: Octokit | undefined,
): Promise<PullConfigs> {
  const headConfig = await loadLocalConfig(settings);
  if (!octokit) return { headConfig, gateConfig: headConfig, evalConfig: headConfig, configNote: '' };
  const base = await core.group('Base config', () =>
    loadBaseConfig(octokit, context.repo, repoPath(settings), pull.baseSha, headConfig.root),
  );
  if (!base)
    return {
      headConfig,
      gateConfig: headConfig,
      evalConfig: headConfig,
      configNote: `> [!NOTE]\n> The base branch has no ${repoPath(settings)} yet: gates come from this pull request's config.`,
    };
  return {
    headConfig,
    gateConfig: base,
    evalConfig: evaluationConfig(base, headConfig),
    configNote: configChangeMarkdown(base, headConfig, definitionChanges(base, headConfig)),
  };
}
