// Matrix shards (issue #15). A matrix job with `shard: i/n` evaluates its shard and writes a partial result
// for actions/upload-artifact; the fan-in job (`shards-dir`) merges the downloaded partial results and
// then compares, gates and reports once, on the pull_request or push path (on-pull-request.ts, on-push.ts).
import * as core from '@actions/core';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mergeShards, type ShardInput } from '../evaluate/merge.js';
import type { EvalgateResult } from '../generated/result.js';
import { resolveInside } from '../io/contained.js';
import { InputError } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';
import { readResult, writeResult } from '../result/result-file.js';
import type { ResolvedConfig } from '../spec/config.js';
import { MAX_SHARDS, type ShardSpec } from '../tasks/shard-rows.js';
import type { RunContext } from './events.js';
import { Inputs, type ActionSettings } from './inputs.js';
import { createOctokit } from './octokit.js';
import { pullConfigs } from './pull-configs.js';
import { evaluate, loadLocalConfig, relativeToWorkspace } from './steps.js';
import { writeSummary } from './summary.js';

/** Matrix job: evaluate this shard under the config the fan-in will merge with; write the partial result. */
export async function onShard(
  settings: ActionSettings,
  context: RunContext,
  shard: ShardSpec,
): Promise<void> {
  const { trigger } = context;
  if (trigger.kind === 'workflow_run' || (trigger.kind === 'other' && trigger.eventName === 'issue_comment'))
    throw new InputError({
      field: `input ${Inputs.shard}`,
      message: `shards are for the matrix jobs of pull_request and push workflows, not ${trigger.kind === 'workflow_run' ? 'workflow_run' : 'issue_comment'}`,
    });
  let config: ResolvedConfig;
  let git: { sha: string; ref: string | null };
  if (trigger.kind === 'pull_request') {
    const octokit = settings.token ? createOctokit(settings.token) : undefined;
    config = (await pullConfigs(settings, context, trigger.pull, octokit)).evalConfig;
    git = { sha: trigger.pull.headSha, ref: `refs/pull/${trigger.pull.number}/head` };
  } else {
    config = await loadLocalConfig(settings);
    git = { sha: context.sha, ref: process.env.GITHUB_REF ?? null };
  }
  const result = await evaluate(settings, config, git);
  await writeResult(settings.resultPath, result);
  const examples = result.suites.reduce((sum, s) => sum + s.golden.n, 0);
  const line = `Shard ${shard.index}/${shard.count}: ${examples} example(s) of ${result.suites.length} suite(s) evaluated; the fan-in job (shards-dir) merges the partial results, compares and reports.`;
  core.info(line);
  await writeSummary(line);
  core.setOutput('result-path', settings.resultPath);
  core.setOutput('suites', String(result.suites.length));
  core.setOutput('verdict', 'shard');
  core.notice(
    `Partial result written to ${relativeToWorkspace(settings, settings.resultPath)}; upload it with actions/upload-artifact under a name unique to this shard.`,
  );
}

/** JSON files under the directory (download-artifact with or without merge-multiple), inside the workspace. */
async function partialResultFiles(settings: ActionSettings, dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    throw new InputError({
      field: `input ${Inputs.shardsDir}`,
      message: `cannot read ${relativeToWorkspace(settings, dir)} (${describeFsError(error)}); download the shards' artifacts there first`,
    });
  }
  if (entries.length > MAX_SHARDS)
    throw new InputError({
      field: `input ${Inputs.shardsDir}`,
      message: `${entries.length} JSON files in ${relativeToWorkspace(settings, dir)}; a run has at most ${MAX_SHARDS} shards: download only the partial results`,
    });
  // a symlink planted by a shard job must not read a file of the runner
  return entries.map((f) =>
    resolveInside(
      settings.workspace,
      join(relative(settings.workspace, dir), f),
      `input ${Inputs.shardsDir}`,
    ),
  );
}

/**
 * Fan-in job: the partial results the matrix jobs uploaded (they ran the pull request's code: read with the
 * result size limits and schema, and they must all be of this commit and config) merged into one result.
 */
export async function mergeShardResults(
  settings: ActionSettings,
  config: ResolvedConfig,
  git: { sha: string; ref: string | null },
): Promise<EvalgateResult> {
  const dir = settings.shardsDir!;
  return core.group('Merge shards', async () => {
    const inputs: ShardInput[] = [];
    for (const path of await partialResultFiles(settings, dir)) {
      const file = relativeToWorkspace(settings, path);
      const result = await readResult(path, file);
      if (result.git?.sha !== git.sha)
        throw new InputError({
          file,
          message: `a partial result of commit ${result.git?.sha ?? '(none)'}, not of ${git.sha}; download the partial results of this workflow run only`,
        });
      inputs.push({ file, result });
    }
    if (!inputs.length)
      throw new InputError({
        field: `input ${Inputs.shardsDir}`,
        message: `no partial results (*.json) in ${relativeToWorkspace(settings, dir)}; download the shards' artifacts there (actions/download-artifact with pattern and merge-multiple: true)`,
      });
    const merged = await mergeShards(inputs, config);
    core.info(`merged ${inputs.length} shards: ${inputs.map((i) => i.file).join(', ')}`);
    return merged;
  });
}
