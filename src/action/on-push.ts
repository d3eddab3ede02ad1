import * as core from '@actions/core';
import { resultMarkdown } from '../report/result-markdown.js';
import { writeResult } from '../result/result-file.js';
import type { RunContext } from './events.js';
import type { ActionSettings } from './inputs.js';
import { baselineOf, evaluate, loadLocalConfig, relativeToWorkspace } from './steps.js';
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
