import type { ResolvedConfig } from '../../spec/config.js';
import { gateChangeItem } from '../../bot/gate-change.js';
import {
  MAX_REASON_CHARS,
  overridesMarkdown,
  readFailing,
  readOverrides,
  withOverrides,
  type OverrideRecord,
} from '../../bot/overrides.js';
import { escapeText } from '../../report/escape.js';
import { failingGates, overriddenDescription } from '../../report/run-decision.js';
import { headGateChange } from '../base-config.js';
import { api } from '../api-errors.js';
import { findComment, parseMarker } from '../comment.js';
import type { RepoRef } from '../events.js';
import type { ActionSettings } from '../inputs.js';
import type { Octokit } from '../octokit.js';
import type { LivePull } from '../pull-recovery.js';
import { publishStatus } from '../status.js';
import { headComparison, repoConfigPath } from './head-comparison.js';

export interface OverrideRequest {
  readonly user: string;
  readonly reason: string;
  readonly commentUrl: string;
  readonly pull: LivePull;
  readonly baseConfig: ResolvedConfig;
  /** `evalgate / <name>`'s name: the sticky comment's id and the status context. */
  readonly name: string;
  readonly botLogin: string;
  readonly at: Date;
}

export type OverrideOutcome =
  | { readonly done: true; readonly record: OverrideRecord; readonly markdown: string }
  | { readonly done: false; readonly refusal: string };

/**
 * Lets the current head pass: status `evalgate / <name>` to success ("overridden by @user: reason") and the
 * record appended to the Overrides block of the bot's own sticky comment. The sticky comment must report on
 * this very head, so nothing that was not evaluated can be overridden.
 */
export async function applyOverride(
  octokit: Octokit,
  repo: RepoRef,
  settings: ActionSettings,
  request: OverrideRequest,
  log: (line: string) => void,
): Promise<OverrideOutcome> {
  const { pull, name } = request;
  // Only the token's own comment counts (findComment filters by login): the audit trail is the bot's.
  const existing = await findComment(octokit, repo, pull.number, name, request.botLogin);
  if (!existing) {
    return {
      done: false,
      refusal: `there is no evalgate report for \`${escapeText(name)}\` on this pull request yet, so there is nothing to override`,
    };
  }
  const marker = parseMarker(existing.body);
  if (marker?.headSha !== pull.headSha) {
    return {
      done: false,
      refusal: `the report is for commit ${marker?.headSha.slice(0, 7) ?? 'unknown'}, but the head is now ${pull.headSha.slice(0, 7)}: wait for its evalgate run, then override`,
    };
  }
  const failing =
    readFailing(existing.body) ?? (await recomputeFailing(octokit, repo, settings, request, log));
  const record: OverrideRecord = {
    user: request.user,
    reason: request.reason.slice(0, MAX_REASON_CHARS),
    at: request.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    headSha: pull.headSha,
    failing,
    commentUrl: request.commentUrl,
  };
  await publishStatus(octokit, repo, {
    mode: settings.status,
    name: `evalgate / ${name}`,
    sha: pull.headSha,
    conclusion: 'success',
    description: overriddenDescription(request.user, request.reason),
    targetUrl: request.commentUrl,
    summary: overridesMarkdown([record], pull.headSha),
    annotations: [],
  });
  const records = [...readOverrides(existing.body), record];
  await api(`Updating the PR comment ${existing.id}`, 'pull-requests: write', () =>
    octokit.rest.issues.updateComment({
      owner: repo.owner,
      repo: repo.repo,
      comment_id: existing.id,
      body: withOverrides(existing.body, records, pull.headSha),
    }),
  );
  return { done: true, record, markdown: overridesMarkdown(records, pull.headSha) };
}

/**
 * What fails on the head, for a report written before reports carried their failing items: the comparison
 * recomputed from the head run's artifact under the base gates, and the gate change.
 */
async function recomputeFailing(
  octokit: Octokit,
  repo: RepoRef,
  settings: ActionSettings,
  request: OverrideRequest,
  log: (line: string) => void,
): Promise<string[]> {
  const { pull, baseConfig } = request;
  const compared = await headComparison(octokit, repo, baseConfig, pull, log);
  const failing = compared.ok ? failingGates(compared.comparison) : [`not known (${compared.reason})`];
  const path = repoConfigPath(settings);
  const change = await headGateChange(octokit, repo, path, baseConfig, pull.headSha, settings.workspace);
  return change.changed ? [...failing, gateChangeItem(change)] : failing;
}
