// The action's entry: route the event to its path (on-*.ts); every path ends in publish.ts. The one
// place the action fails is fail() below.
import * as core from '@actions/core';
import { relative } from 'node:path';
import { formatInputError, InputError } from '../io/errors.js';
import { GitHubApiError } from './api-errors.js';
import { onIssueComment } from './bot/run.js';
import { readRunContext } from './events.js';
import { getSettings } from './inputs.js';
import { onPullRequest } from './on-pull-request.js';
import { onPush } from './on-push.js';
import { onWorkflowRun } from './on-workflow-run.js';
import { VerdictFailure } from './publish.js';
import { onShard } from './shards.js';
import { onWatch, watchRequested } from './watch/run.js';
import { ArtifactContentError } from './zip.js';

/** The action: evaluate (or, for workflow_run, download) a result, compare it with the baseline, report. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const context = readRunContext();
    const { trigger } = context;
    // matrix shards (issue #15): the shard job here, the fan-in job on the pull_request/push paths
    if (settings.shard) await onShard(settings, context, settings.shard);
    else if (trigger.kind === 'pull_request') await onPullRequest(settings, context, trigger.pull);
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

/** The only place the action fails: input errors become a file/line annotation plus a one-line failure. */
function fail(error: unknown): void {
  if (error instanceof VerdictFailure) {
    core.setFailed(error.message);
    return;
  }
  if (error instanceof InputError) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (!error.file) {
      core.setFailed(error.message);
      return;
    }
    // the runner's checkout path says nothing to the reader: the file as the repository names it
    const file = error.file.startsWith('/') ? relative(workspace, error.file) : error.file;
    core.error(error.detail, { file, startLine: error.line, title: 'evalgate input error' });
    core.setFailed(formatInputError({ file, line: error.line, field: error.field, message: error.detail }));
    return;
  }
  if (error instanceof GitHubApiError || error instanceof ArtifactContentError) {
    core.setFailed(error.message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`evalgate internal error: ${message}`);
}
