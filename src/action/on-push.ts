import * as core from '@actions/core';
import type { HistoryPoint } from '../generated/result.js';
import type { ResolvedConfig } from '../spec/config.js';
import { lookUpHistory } from './baseline-history.js';
import { createOctokit } from './octokit.js';
import { resultMarkdown } from '../report/result-markdown.js';
import { writeResult } from '../result/result-file.js';
import type { RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import { baselineOf, evaluate, historyQuery, loadLocalConfig, relativeToWorkspace } from './steps.js';
import { writeSummary } from './summary.js';
import { mergeShardResults } from './shards.js';

/** push (and any other event): evaluate and write the result, which the workflow uploads as the baseline. */
export async function onPush(settings: ActionSettings, context: RunContext): Promise<void> {
  const config = await loadLocalConfig(settings);
  const git = { sha: context.sha, ref: process.env.GITHUB_REF ?? null };
  // fan-in job (shards-dir): the merged partial results are the baseline
  const result = settings.shardsDir
    ? await mergeShardResults(settings, config, git)
    : await evaluate(settings, config, git);
  // the earlier baselines, so pull requests comparing with this result draw the trend without a call
  const history = await pushHistory(settings, config, context);
  if (history) result.history = history;
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

/** A push to a branch with a token: the baseline artifacts of the branch's earlier runs. */
async function pushHistory(
  settings: ActionSettings,
  config: ResolvedConfig,
  context: RunContext,
): Promise<HistoryPoint[] | undefined> {
  const ref = process.env.GITHUB_REF ?? '';
  if (!settings.token || !ref.startsWith('refs/heads/') || baselineOf(config).from !== 'artifact')
    return undefined;
  const octokit = createOctokit(settings.token);
  const query = {
    ...historyQuery(config, context, ref.slice('refs/heads/'.length)),
    beforeRunId: context.runId,
  };
  return core.group('Trend history', () => lookUpHistory(octokit, query, core.warning));
}
