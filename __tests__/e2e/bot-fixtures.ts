// Set-up for the bot's end-to-end tests: a repository whose PR #7 failed its gate (the sticky comment and a
// failure status exist, the pull_request run uploaded the head result), and issue_comment payloads from
// @octokit/webhooks-examples pointed at that PR.
import { readFileSync } from 'node:fs';
import { parseResult } from '../../src/result/result-file.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub, FakeUser } from '../github/harness/fake-github.js';
import { runAction, type ActionRun, type JsonObject } from '../github/harness/run-action.js';
import {
  CONFIG_PATH,
  configText,
  degraded,
  HEAD_SHA,
  OWNER,
  PR,
  predictions,
  REPO,
  runPullRequest,
  seedRepository,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

export const MAINTAINER: FakeUser = { login: 'maintainer-mo', id: 501, type: 'User' };
export const WRITER: FakeUser = { login: 'writer-wu', id: 502, type: 'User' };
/** The PR's author (FakeGitHub.addPull's default user), an admin here. */
export const AUTHOR: FakeUser = { login: 'octocat', id: 1, type: 'User' };

/** The PR's run on the head: fails the gate, posts the sticky comment and the status, uploads the result. */
export async function failingPullRun(
  gh: FakeGitHub,
  baseline: EvalgateResult,
  options: { headSha?: string; runId?: number; seed?: boolean; headConfig?: string } = {},
): Promise<{ run: ActionRun; ws: string }> {
  if (options.seed !== false) seedRepository(gh, baseline);
  const headSha = options.headSha ?? HEAD_SHA;
  // The pull request's own config, as the contents API has it at the head.
  gh.setFile(headSha, CONFIG_PATH, options.headConfig ?? configText());
  gh.setRole(MAINTAINER.login, 'maintain');
  gh.setRole(WRITER.login, 'write');
  gh.setRole(AUTHOR.login, 'admin');
  const ws = workspace({ predictions: degraded(predictions()), config: options.headConfig });
  const runId = options.runId ?? 100;
  const run = await runPullRequest(gh, ws, { runId, headSha });
  if (run.code === 0) throw new Error(`the degraded run should fail:\n${run.stdout}`);
  const head: EvalgateResult = parseResult(readFileSync(run.outputs['result-path'], 'utf8'), 'head');
  // What upload-artifact does in the documented pull request workflow.
  const prRun = gh.addWorkflowRun({ id: runId, headSha, headBranch: 'feature', event: 'pull_request' });
  gh.addArtifact({ runId: prRun.id, name: 'evalgate-result', data: zipResult(head) });
  return { run, ws };
}

export interface CommentPayloadOptions {
  action?: 'created' | 'edited' | 'deleted';
  commentId: number;
  body: string;
  user: FakeUser;
  /** For `edited`: the body before the edit. */
  from?: string;
  /** Who sent the event (default the comment's author). */
  sender?: FakeUser;
}

/** An issue_comment payload (webhooks-examples) for a comment on PR #7, whose author is AUTHOR. */
export function commentPayload(options: CommentPayloadOptions): JsonObject {
  const action = options.action ?? 'created';
  const user = (u: FakeUser) => ({ login: u.login, id: u.id, type: u.type });
  return {
    action,
    issue: {
      number: PR,
      user: user(AUTHOR),
      pull_request: {
        url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR}`,
        html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}`,
      },
    },
    comment: {
      id: options.commentId,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${options.commentId}`,
      body: options.body,
      user: user(options.user),
    },
    sender: user(options.sender ?? options.user),
    ...(action === 'edited' ? { changes: { body: { from: options.from ?? '' } } } : {}),
  };
}

/** Posts the comment in the fake (so it can be reacted to) and runs the bundled action on its event. */
export async function runComment(
  gh: FakeGitHub,
  options: Omit<CommentPayloadOptions, 'commentId'> & { commentId?: number; inputs?: Record<string, string> },
): Promise<ActionRun> {
  const commentId = options.commentId ?? gh.addComment(PR, options.body, options.user).id;
  return runAction({
    apiUrl: gh.url,
    example: {
      event: 'issue_comment',
      action: options.action ?? 'created',
      overrides: commentPayload({ ...options, commentId }),
    },
    workflowRef: `${OWNER}/${REPO}/.github/workflows/evalgate-commands.yml@refs/heads/main`,
    ref: 'refs/heads/main',
    inputs: { config: CONFIG_PATH, 'github-token': TOKEN, ...options.inputs },
  });
}

export { configText };
