import { parseConfig } from '../../config/load.js';
import type { ResolvedConfig } from '../../spec/config.js';
import { gateChange } from '../../bot/gate-change.js';
import {
  MAX_REASON_CHARS,
  overridesMarkdown,
  readOverrides,
  withOverrides,
  type OverrideRecord,
} from '../../bot/overrides.js';
import { InputError } from '../../io/errors.js';
import { escapeText } from '../../report/escape.js';
import { api } from '../api-errors.js';
import { findComment, parseMarker } from '../comment.js';
import type { RepoRef } from '../events.js';
import type { ActionSettings } from '../inputs.js';
import type { Octokit } from '../octokit.js';
import type { LivePull } from '../pull-recovery.js';
import { readRepoFile } from '../repo-files.js';
import { publishStatus } from '../status.js';
import { failingGates, headComparison, repoConfigPath } from './head-comparison.js';

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

/** What the pull request's own config changes in the gates, read at the head through the API (never run). */
async function gateChangeLines(
  octokit: Octokit,
  repo: RepoRef,
  settings: ActionSettings,
  base: ResolvedConfig,
  headSha: string,
): Promise<string[]> {
  const path = repoConfigPath(settings);
  const text = await readRepoFile(octokit, repo, path, headSha);
  if (text === undefined) return [`gate change: the pull request removes ${path}`];
  let head: ResolvedConfig;
  try {
    head = parseConfig(text, `${path} (head ${headSha.slice(0, 7)})`, settings.workspace);
  } catch (error) {
    if (error instanceof InputError) return [`gate change: the pull request's ${path} is invalid`];
    throw error;
  }
  const change = gateChange(base, head);
  return change.changed
    ? [`gate change: ${change.removed.length} base rule(s) changed or removed, ${change.added.length} new`]
    : [];
}

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
  const compared = await headComparison(octokit, repo, request.baseConfig, pull, log);
  const failing = compared.ok ? failingGates(compared.comparison) : [`not known (${compared.reason})`];
  failing.push(...(await gateChangeLines(octokit, repo, settings, request.baseConfig, pull.headSha)));
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
    description: `overridden by @${request.user}: ${request.reason.replace(/\s+/g, ' ')}`,
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
