import { COMMENT_BUDGET } from '../../report/comment-budget.js';
import { api } from '../api-errors.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';

/** Marks the bot's replies, so a reply quoting a command is never read as one (even under a personal token). */
export const REPLY_MARKER = '<!-- evalgate:reply -->';

/** Any evalgate marker: a comment carrying one was written by evalgate and is never a command. */
export function isEvalgateComment(body: string): boolean {
  return /<!-- evalgate:[a-z-]+[ >]/.test(body);
}

/** Posts one reply on the pull request; `text` must already be escaped where it echoes the commenter. */
export async function reply(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  text: string,
): Promise<string> {
  const clipped =
    text.length <= COMMENT_BUDGET ? text : `${text.slice(0, COMMENT_BUDGET)}\n\n_(cut to fit a comment)_`;
  const { data } = await api(`Replying on #${issueNumber}`, 'pull-requests: write', () =>
    octokit.rest.issues.createComment({
      owner: repo.owner,
      repo: repo.repo,
      issue_number: issueNumber,
      body: `${REPLY_MARKER}\n${clipped}`,
    }),
  );
  return data.html_url;
}
