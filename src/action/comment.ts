import { carryOverrides } from '../bot/overrides.js';
import { api, describeApiError, GitHubApiError } from './api-errors.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';
import type { CommentMode } from './inputs.js';

/** What the hidden marker records: which config the comment is for, and which run wrote it. */
export interface CommentMarker {
  readonly id: string;
  readonly headSha: string;
  readonly runId: number;
  readonly runAttempt: number;
}

const MARKER_PATTERN = /<!-- evalgate:report id="([^"]*)" head="([0-9a-f]*)" run="(\d+)" attempt="(\d+)" -->/;

export function markerLine(marker: CommentMarker): string {
  return `<!-- evalgate:report id="${encodeURIComponent(marker.id)}" head="${marker.headSha}" run="${marker.runId}" attempt="${marker.runAttempt}" -->`;
}

export function parseMarker(body: string | null | undefined): CommentMarker | undefined {
  const match = MARKER_PATTERN.exec(body ?? '');
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return { id, headSha: match[2], runId: Number(match[3]), runAttempt: Number(match[4]) };
}

/** (run id, attempt) of a is newer than b's. */
function newerRun(a: CommentMarker, b: CommentMarker): boolean {
  return a.runId !== b.runId ? a.runId > b.runId : a.runAttempt > b.runAttempt;
}

export interface ExistingComment {
  readonly id: number;
  readonly url: string;
  readonly marker: CommentMarker;
  /** The newest run among this identity's comments for the same config (the sticky one or a `new` one). */
  readonly newest: CommentMarker;
  /** The comment's text: its Overrides block (src/bot/overrides.ts) is carried into the next update. */
  readonly body: string;
}

/** The login GITHUB_TOKEN writes as. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

/**
 * The login whose comments are ours: the configured one (an app token's `<app>[bot]`), else the token's
 * user (a PAT: `GET /user`), else github-actions[bot] (GITHUB_TOKEN and app tokens get 403 from `GET /user`).
 * Anyone can write a comment carrying the marker; only this identity's count.
 */
export async function commentIdentity(octokit: Octokit, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403) return GITHUB_ACTIONS_LOGIN;
    throw describeApiError(error, 'Finding who the token is (GET /user)', 'no extra permission');
  }
}

/**
 * This config's comment on the issue, found through every page of comments (100 a page, ascending): the
 * first one written by `author` that carries the marker. Comments by anyone else are ignored, however
 * convincing their marker, so a forged comment can neither silence a run nor be edited into the report.
 */
export async function findComment(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  id: string,
  author: string,
): Promise<ExistingComment | undefined> {
  return api(`Listing the comments of #${issueNumber}`, 'pull-requests: read', async () => {
    let first: Omit<ExistingComment, 'newest'> | undefined;
    let newest: CommentMarker | undefined;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const comment of page.data) {
        if (comment.user?.login.toLowerCase() !== author.toLowerCase()) continue;
        const marker = parseMarker(comment.body);
        if (!marker || marker.id !== id) continue;
        first ??= { id: comment.id, url: comment.html_url, marker, body: comment.body ?? '' };
        if (!newest || newerRun(marker, newest)) newest = marker;
      }
    }
    return first && newest ? { ...first, newest } : undefined;
  });
}

export type CommentOutcome =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly url: string }
  | {
      readonly action: 'skipped';
      readonly reason: string;
      /** True when a newer run owns the report: the status is left alone too. */
      readonly outdated: boolean;
      readonly id?: number;
      readonly url?: string;
    };

export interface PublishCommentOptions {
  readonly mode: CommentMode;
  readonly issueNumber: number;
  readonly marker: CommentMarker;
  /** The report, without the marker (already within the size budget). */
  readonly body: string;
  /** The pull request's head as GitHub has it now; a run for another head is outdated. */
  readonly currentHeadSha: string;
  /** The login our comments are written by (input comment-author); found from the token when unset. */
  readonly author?: string;
  /** The sticky comment when the caller already looked it up (null: looked, none); looked up when undefined. */
  readonly existing?: ExistingComment | null;
  /** False when the report fails on more than the active override covers (its row says so). */
  readonly overrideCovers?: boolean;
}

/**
 * Creates or updates the sticky comment. An outdated run (its head is no longer the PR's head, or a newer run
 * already wrote the comment for the same head) leaves the comment alone.
 */
export async function publishComment(
  octokit: Octokit,
  repo: RepoRef,
  options: PublishCommentOptions,
): Promise<CommentOutcome> {
  const { marker, issueNumber } = options;
  if (options.mode === 'off') return { action: 'skipped', reason: 'comment: off', outdated: false };
  if (marker.headSha !== options.currentHeadSha) {
    return {
      action: 'skipped',
      outdated: true,
      reason: `this run evaluated ${marker.headSha.slice(0, 7)}, but the pull request's head is now ${options.currentHeadSha.slice(0, 7)}; the newer run reports`,
    };
  }
  const body = `${markerLine(marker)}\n${options.body}`;
  const existing =
    options.mode !== 'update'
      ? undefined
      : options.existing !== undefined
        ? (options.existing ?? undefined)
        : await findComment(
            octokit,
            repo,
            issueNumber,
            marker.id,
            await commentIdentity(octokit, options.author),
          );
  if (existing) {
    const theirs = existing.newest;
    if (theirs.headSha === marker.headSha && newerRun(theirs, marker)) {
      return {
        action: 'skipped',
        outdated: true,
        reason: `run ${theirs.runId} (attempt ${theirs.runAttempt}) already reported on this head`,
        id: existing.id,
        url: existing.url,
      };
    }
    try {
      const { data } = await api(`Updating the PR comment ${existing.id}`, 'pull-requests: write', () =>
        octokit.rest.issues.updateComment({
          owner: repo.owner,
          repo: repo.repo,
          comment_id: existing.id,
          // the override audit trail outlives each report
          body: carryOverrides(body, existing.body, marker.headSha, options.overrideCovers),
        }),
      );
      return { action: 'updated', id: data.id, url: data.html_url };
    } catch (error) {
      // Deleted between listing and updating: the report still needs a comment.
      if (!(error instanceof GitHubApiError) || error.status !== 404) throw error;
    }
  }
  const { data } = await api(`Creating the PR comment on #${issueNumber}`, 'pull-requests: write', () =>
    octokit.rest.issues.createComment({
      owner: repo.owner,
      repo: repo.repo,
      issue_number: issueNumber,
      body,
    }),
  );
  return { action: 'created', id: data.id, url: data.html_url };
}
